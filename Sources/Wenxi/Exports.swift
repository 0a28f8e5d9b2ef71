// The `Wenxi` library: every stage, re-exported, so `import Wenxi` gives the whole public API.
@_exported import WenxiArticles
@_exported import WenxiEntities
@_exported import WenxiFigures
@_exported import WenxiPipeline
@_exported import WenxiReports
@_exported import WenxiSegmentation
@_exported import WenxiTerms
@_exported import WenxiText
