import WenxiPipeline
import WenxiText

/// What the corpus report needs of one article: held for every article while the article's whole
/// report waits on an ``ArticleShelf``, so a large corpus holds no article's text.
public struct ArticleDigest: Sendable, Hashable {
    /// The article's input path (nil for standard input) and number on its page: its slug's stem.
    public var path: String?
    public var page: Int
    /// The article's report without its body, entities, figures, repairs and warnings: what the
    /// index pages list (title, subtitle, dateline, statistics).
    public var summary: ArticleReport
    /// How many figures it has (their list waits with the report: ``ReportFigure/bare``).
    public var figureCount: Int
    /// The entities mentioned in the text (credits aside), by id in the run's ``EntityNameTable``,
    /// ascending, and how often each is mentioned: for the shared-entity table.
    public var mentionIDs: [Int32]
    public var mentionCounts: [Int32]
    /// Tokens that are not punctuation or symbols.
    public var words: Int
    /// The text's length in code points: the dispersion plot's scale.
    public var length: Int

    /// The digest of `analysis`, whose report before the corpus stage is `pending`
    /// (``ReportBuilder/pending(_:)``), its entities' names given ids in `names`.
    ///
    /// - Complexity: O(*n*) in the length of the article's text.
    public init(_ analysis: ArticleAnalysis, pending: ArticleReport, names: EntityNameTable) {
        path = analysis.article.source.path
        page = analysis.article.index
        summary = pending
        summary.paragraphs = []
        summary.entities = []
        summary.figures = []
        summary.repairs = []
        summary.warnings = []
        summary.byline = []
        figureCount = pending.figures.count
        var mentions: [EntityNameTable.Name: Int32] = [:]
        for mention in analysis.entities {
            mentions[EntityNameTable.Name(type: mention.type.rawValue, name: mention.name), default: 0] += 1
        }
        let named = Array(mentions)
        let counted = zip(names.ids(of: named.map(\.key)), named.map(\.value)).sorted { $0.0 < $1.0 }
        (mentionIDs, mentionCounts) = (counted.map(\.0), counted.map(\.1))
        words = analysis.wordCount
        length = analysis.article.paragraphs.reduce(max(0, analysis.article.paragraphs.count - 1)) {
            $0 + $1.unicodeScalars.count
        }
    }
}

extension ArticleDigest {
    /// How often the entity whose id is `id` is mentioned (0 when it is not).
    ///
    /// - Complexity: O(log *m*) for *m* distinct entities.
    func mentions(of id: Int32) -> Int {
        let low = mentionIDs.partitioningIndex { $0 >= id }
        return low < mentionIDs.count && mentionIDs[low] == id ? Int(mentionCounts[low]) : 0
    }
}
