import WenxiArticles
import WenxiEntities
import WenxiFigures
import WenxiText

/// One line of `wenxi map`'s output: an analysed article, an input that was read, or an input that
/// could not be read. `wenxi reduce` merges any set of them into the reports `wenxi report` writes.
///
/// Every record is one JSON object on one line, keys sorted, with `"format": "wenxi-record"`,
/// `"version"` (``Record/version``), `"kind"` and `"id"`; docs/cli.md describes the fields.
public enum Record: Sendable, Hashable {
    /// An article with everything the corpus stage and the report builder read from it, and the
    /// reference date it was analysed with (it resolves datelines without a year in the reports).
    case article(ArticleAnalysis, referenceDate: CalendarDate?)
    /// An input that was read, with the number of articles found in it (records of those follow).
    case input(path: String?, articles: Int)
    /// An input that could not be read: its path and the whole message (`PATH: byte N: reason`).
    case failure(path: String?, problem: String)

    /// The value of every record's `"format"`.
    public static let format = "wenxi-record"
    /// The record layout this wenxi writes and reads; raised whenever a field changes meaning.
    public static let version = 1

    /// Where the record sorts: by input path (standard input first), then article number; an input's
    /// `input` and `failure` records have article number 0.
    public var key: RecordKey {
        switch self {
        case .article(let analysis, _): RecordKey(analysis.article)
        case .input(let path, _), .failure(let path, _): RecordKey(path: path, article: 0)
        }
    }

    /// The record's `"id"`: ``RecordKey/id``.
    public var id: String { key.id }

    /// The record as one line of JSON, without the line feed.
    public func line() -> String {
        // Encoding plain values cannot fail; an empty object is never written.
        (try? JSONWriter.string(RecordLine(self), pretty: false)) ?? "{}"
    }
}

/// The order of records, which is the order of the report's articles: by input path (as Swift
/// compares strings, the order of a folder's listing; standard input first), then by article number.
public struct RecordKey: Sendable, Hashable, Comparable {
    /// The input path; nil for standard input.
    public var path: String?
    /// The article's number in its input, from 1; 0 for the input itself.
    public var article: Int

    public init(path: String?, article: Int) {
        self.path = path
        self.article = article
    }

    /// The key of an article.
    public init(_ article: Article) {
        self.init(path: article.source.path, article: article.index)
    }

    /// `PATH#000003` for an article (at least six digits), `PATH` for an input; `<stdin>` for
    /// standard input. Sorting ids as strings gives the same order unless a path extends another by
    /// characters below `#`; the reduce sorts by the key itself.
    public var id: String {
        let name = path ?? "<stdin>"
        guard article > 0 else { return name }
        let digits = String(article)
        return name + "#" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    public static func < (a: RecordKey, b: RecordKey) -> Bool {
        switch (a.path, b.path) {
        case (nil, nil): return a.article < b.article
        case (nil, _): return true
        case (_, nil): return false
        case (let x?, let y?): return x != y ? x < y : a.article < b.article
        }
    }
}

extension Analyzer {
    /// The records of one input that was read: its `input` record, then one per article, in order.
    ///
    /// - Complexity: that of ``analyze(_:)`` for each article.
    public func records(path: String?, text: String) -> [Record] {
        let articles = self.articles(in: text, path: path)
        return [.input(path: path, articles: articles.count)]
            + articles.map { .article(analyze($0), referenceDate: options.referenceDate) }
    }
}
