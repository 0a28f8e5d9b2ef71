import Foundation

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
        var left: [String: [String: Int]] = [:], right: [String: [String: Int]] = [:]
        var unique = 0
        func neighbour(_ tokens: [TermToken], _ j: Int, adjacentTo i: Int) -> String {
            guard tokens.indices.contains(j), tokens[j].kind != .punctuation,
                  abs(j - i) == 1, (j < i ? tokens[j].end == tokens[i].start : tokens[i].end == tokens[j].start)
            else {
                unique += 1
                return "\u{1F}\(unique)"  // an edge or a mark: new each time
            }
            return tokens[j].text
        }
        for tokens in documents {
            for (i, token) in tokens.enumerated() where token.kind == .word && token.entityType == nil && token.length >= 2 {
                left[token.text, default: [:]][neighbour(tokens, i - 1, adjacentTo: i), default: 0] += 1
                right[token.text, default: [:]][neighbour(tokens, i + 1, adjacentTo: i), default: 0] += 1
            }
        }
        var bound: Set<String> = []
        for (word, before) in left {
            let count = before.values.reduce(0, +)
            guard count >= minimumCountBothSides, let after = right[word] else { continue }
            let (l, r) = (entropy(before), entropy(after))
            if count >= minimumCount ? (l < maximumEntropy || r < maximumEntropy) : (l == 0 && r == 0) { bound.insert(word) }
        }
        return bound
    }

    /// The entropy (natural log) of a distribution given by counts.
    static func entropy(_ counts: [String: Int]) -> Double {
        let total = Double(counts.values.reduce(0, +))
        guard total > 0 else { return 0 }
        return counts.values.reduce(0.0) { h, c in
            let p = Double(c) / total
            return h - p * log(p)
        }
    }
}
