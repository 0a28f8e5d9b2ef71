import WenxiPipeline

/// What the corpus report needs of one article: held for every article while the article's whole
/// report waits on an ``ArticleShelf``, so a large corpus holds no article's text.
public struct ArticleDigest: Sendable, Hashable {
    /// An entity by type and name.
    public struct EntityName: Sendable, Hashable {
        public var type: String
        public var name: String
    }

    /// The article's input path (nil for standard input) and number on its page: its slug's stem.
    public var path: String?
    public var page: Int
    /// The article's report without its body, entities, figures, repairs and warnings: what the
    /// index pages list (title, subtitle, dateline, statistics).
    public var summary: ArticleReport
    /// Its figures without their sentences, for the side-by-side table.
    public var figures: [ReportFigure]
    /// How often each entity is mentioned in the text (credits aside), for the shared-entity table.
    public var mentions: [EntityName: Int]
    /// Tokens that are not punctuation or symbols.
    public var words: Int
    /// The text's length in code points: the dispersion plot's scale.
    public var length: Int

    /// The digest of `analysis`, whose report before the corpus stage is `pending`
    /// (``ReportBuilder/pending(_:)``).
    ///
    /// - Complexity: O(*n*) in the length of the article's text.
    public init(_ analysis: ArticleAnalysis, pending: ArticleReport) {
        path = analysis.article.source.path
        page = analysis.article.index
        summary = pending
        summary.paragraphs = []
        summary.entities = []
        summary.figures = []
        summary.repairs = []
        summary.warnings = []
        summary.byline = []
        figures = pending.figures.map { figure in
            var bare = figure
            bare.sentence = ""
            return bare
        }
        mentions = [:]
        for mention in analysis.entities {
            mentions[EntityName(type: mention.type.rawValue, name: mention.name), default: 0] += 1
        }
        words = analysis.wordCount
        length = analysis.article.paragraphs.reduce(max(0, analysis.article.paragraphs.count - 1)) {
            $0 + $1.unicodeScalars.count
        }
    }
}
