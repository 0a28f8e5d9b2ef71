import WenxiArticles
import WenxiEntities
import WenxiFigures
import WenxiSegmentation
import WenxiTerms
import WenxiText

/// The JSON form of a ``Record``: every field any kind has, the absent ones nil.
///
/// An article's text is written once (its paragraphs); sentences are offsets into it, and tokens
/// are columns (``TokenColumns``), so a record is about five times its article's UTF-8 text.
struct RecordLine: Codable {
    var format: String
    var version: Int
    var kind: String
    var id: String
    // article
    var article: ArticleBody?
    var sentences: [Int]?
    var entities: [EntityMention]?
    var figures: [Figure]?
    var credits: [EntityMention]?
    var tokens: TokenColumns?
    var wordCount: Int?
    var referenceDate: String?
    // input and failure
    var path: String?
    var articles: Int?
    var problem: String?

    enum CodingKeys: String, CodingKey {
        case format, version, kind, id, article, sentences, entities, figures, credits, tokens
        case wordCount = "word_count"
        case referenceDate = "reference_date"
        case path, articles, problem
    }

    init(_ record: Record) {
        format = Record.format
        version = Record.version
        id = record.id
        switch record {
        case .article(let analysis, let referenceDate):
            kind = "article"
            article = ArticleBody(article: analysis.article)
            sentences = analysis.sentences.flatMap { [$0.start, $0.end] }
            entities = analysis.entities
            figures = analysis.figures
            credits = analysis.credits
            tokens = TokenColumns(analysis.tokens, text: Array(analysis.article.text.unicodeScalars))
            wordCount = analysis.wordCount
            self.referenceDate = referenceDate?.description
        case .input(let path, let count):
            kind = "input"
            self.path = path
            articles = count
        case .failure(let path, let problem):
            kind = "failure"
            self.path = path
            self.problem = problem
        }
    }

    /// The record this line holds; throws a short message when its fields do not make one.
    func record() throws(RecordError.Problem) -> Record {
        switch kind {
        case "article":
            guard let body = article, let sentences, let entities, let figures, let credits, let tokens, let wordCount
            else { throw .malformed("an article record lacks one of its fields") }
            let article = body.article
            let scalars = Array(article.text.unicodeScalars)
            let date = try referenceDate.map { text throws(RecordError.Problem) -> CalendarDate in
                guard let date = CalendarDate(text) else { throw .malformed("reference_date '\(text)' is not a date") }
                return date
            }
            let analysis = ArticleAnalysis(
                article: article, sentences: try RecordLine.sentences(sentences, in: scalars), entities: entities,
                figures: figures, tokens: try tokens.tokens(text: scalars), wordCount: wordCount, credits: credits)
            guard RecordKey(article).id == id else { throw .malformed("id '\(id)' is not the article's") }
            return .article(analysis, referenceDate: date)
        case "input":
            guard let articles else { throw .malformed("an input record lacks \"articles\"") }
            return .input(path: path, articles: articles)
        case "failure":
            guard let problem else { throw .malformed("a failure record lacks \"problem\"") }
            return .failure(path: path, problem: problem)
        default:
            throw .malformed("unknown kind '\(kind)'")
        }
    }

    /// Sentences from flat start/end offsets into the article's text.
    static func sentences(_ offsets: [Int], in scalars: [Unicode.Scalar]) throws(RecordError.Problem) -> [Sentence] {
        guard offsets.count % 2 == 0 else { throw .malformed("sentences hold an odd number of offsets") }
        return try stride(from: 0, to: offsets.count, by: 2).map { i throws(RecordError.Problem) -> Sentence in
            let (start, end) = (offsets[i], offsets[i + 1])
            guard 0 <= start, start <= end, end <= scalars.count else { throw .malformed("a sentence lies outside the text") }
            return Sentence(text: scalars[start..<end].string, start: start, end: end)
        }
    }
}

/// An article as a record writes it: every field but `text`, which its paragraphs make.
struct ArticleBody: Codable {
    var article: Article

    enum CodingKeys: String, CodingKey {
        case index, title, subtitle, dateline, byline, paragraphs, source, warnings, repairs
    }

    init(article: Article) { self.article = article }

    init(from decoder: any Decoder) throws { article = try Article(from: decoder) }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(article.index, forKey: .index)
        try c.encodeIfPresent(article.title, forKey: .title)
        try c.encodeIfPresent(article.subtitle, forKey: .subtitle)
        try c.encodeIfPresent(article.dateline, forKey: .dateline)
        try c.encodeIfPresent(article.byline, forKey: .byline)
        try c.encode(article.paragraphs, forKey: .paragraphs)
        try c.encode(article.source, forKey: .source)
        try c.encode(article.warnings, forKey: .warnings)
        try c.encode(article.repairs, forKey: .repairs)
    }
}

extension ArraySlice<Unicode.Scalar> {
    /// The scalars as a string.
    var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: self)
        return String(view)
    }
}
