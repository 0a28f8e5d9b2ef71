import WenxiText

/// Words that are pieces of a fixed phrase: across the input, the word next to them on one side is
/// (nearly) always the same. 高质量 is always followed by 发展 (高质量发展, a phrase whose head is
/// too general to be a term), 共创 always by 幸福美好 (half of a slogan repeated through the page).
/// Such a word names nothing by itself, so it weighs less as a keyword (``KeywordExtractor``).
///
/// The measure is ``TermDiscovery``'s boundary entropy, on single words: the entropy (natural log)
/// of the tokens just before a word and of those just after it. Punctuation, white space and text
/// edges are a new neighbour each time: a word that ends clauses is not bound.
public enum BoundWords {
    /// The fewest occurrences in the input for a word to be judged by one side: below, a repeated
    /// neighbour on one side is chance.
    public static let minimumCount = 3
    /// The fewest occurrences for a word to be judged by both sides: twice between the same two
    /// words (天津大学 北洋 园) is one longer expression said twice, of which the word is a piece.
    public static let minimumCountBothSides = 2
    /// A word is bound when the entropy of its neighbours on either side is below this (nats):
    /// 0.5 is the compounds' boundary threshold; five times the same neighbour out of six is 0.45.
    public static let maximumEntropy = 0.5

    /// The bound words of `documents` (each a text's tokens): Chinese words of two or more
    /// characters that are not entities.
    ///
    /// - Complexity: O(*n*) hash operations for *n* tokens.
    public static func find(in documents: [[TermToken]]) -> Set<String> {
        var tally = Tally()
        for tokens in documents { tally.add(tokens) }
        return tally.bound()
    }

    /// The neighbours of every candidate word, gathered one text at a time: ``find(in:)`` over
    /// the texts added, without holding them.
    public struct Tally: Sendable {
        /// Neighbours' ids and words' sides, by the words' bytes (see ``ExactString``).
        private var ids: [ExactString: Int64] = [:]
        private var sides: [ExactString: Sides] = [:]

        public init() {}

        /// Adds one text's tokens.
        public mutating func add(_ tokens: [TermToken]) {
            for (i, token) in tokens.enumerated() where token.kind == .word && token.entityType == nil && token.length >= 2 {
                let left = neighbour(tokens, i - 1, adjacentTo: i), right = neighbour(tokens, i + 1, adjacentTo: i)
                sides[ExactString(token.text), default: Sides()].add(left: left, right: right)
            }
        }

        /// The neighbour's id, or nil for an edge or a mark (a new neighbour each time).
        private mutating func neighbour(_ tokens: [TermToken], _ j: Int, adjacentTo i: Int) -> Int64? {
            guard tokens.indices.contains(j), tokens[j].kind != .punctuation,
                  j < i ? tokens[j].end == tokens[i].start : tokens[i].end == tokens[j].start else { return nil }
            let word = ExactString(tokens[j].text)
            if let id = ids[word] { return id }
            let id = Int64(ids.count)
            ids[word] = id
            return id
        }

        /// The bound words of the texts added.
        public func bound() -> Set<String> {
            var bound: Set<String> = []
            for (word, side) in sides where side.count >= minimumCountBothSides {
                let l = TermDiscovery.entropy(side.left, edges: side.leftEdges)
                let r = TermDiscovery.entropy(side.right, edges: side.rightEdges)
                if side.count >= minimumCount ? (l < maximumEntropy || r < maximumEntropy) : (l == 0 && r == 0) {
                    bound.insert(word.string)
                }
            }
            return bound
        }
    }

    /// A word's neighbours on each side: counts by neighbour id, and edges (text edges, marks).
    struct Sides: Sendable {
        var left: [Int64: Int] = [:], right: [Int64: Int] = [:]
        var leftEdges = 0, rightEdges = 0, count = 0

        mutating func add(left l: Int64?, right r: Int64?) {
            count += 1
            if let l { left[l, default: 0] += 1 } else { leftEdges += 1 }
            if let r { right[r, default: 0] += 1 } else { rightEdges += 1 }
        }
    }
}
