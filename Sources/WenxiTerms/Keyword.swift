/// One keyword of an article: a term, how strongly it characterizes the article, and its count.
public struct Keyword: Sendable, Hashable, Codable {
    /// The term's normalized form.
    public var term: String
    /// The score of the extraction method (larger is better; comparable within one list).
    public var score: Double
    /// How often the term occurs in the article.
    public var count: Int

    public init(term: String, score: Double, count: Int) {
        self.term = term
        self.score = score
        self.count = count
    }
}
