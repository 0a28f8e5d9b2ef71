import WenxiText

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

// Keywords fill the encoders' trees and read themselves back from the compact form by themselves
// (``TreeEncodable``, ``CompactDecodable``), as the synthesized `encode(to:)` and `init(from:)` do.
extension Keyword: TreeEncodable, CompactDecodable {
    package func encode(into tree: EncodedTree, at index: Int) {
        tree.makeObject(index)
        tree.add("term", .string(term), to: index)
        tree.add("score", .double(score), to: index)
        tree.add("count", .integer(Int64(count)), to: index)
    }

    package init(compact members: CompactMembers) throws {
        self.init(term: try members.string("term"), score: try members.double("score"), count: try members.int("count"))
    }
}
