/// How often each term occurs: in one article, or summed over a corpus.
public struct TermCounts: Sendable, Hashable, Codable {
    /// Occurrences by term.
    public private(set) var counts: [String: Int]
    /// The sum of all occurrences.
    public private(set) var total: Int

    public init(_ counts: [String: Int] = [:]) {
        self.counts = counts.filter { $0.value > 0 }
        self.total = self.counts.values.reduce(0, +)
    }

    /// The counts of a list of occurrences.
    public init(_ occurrences: [TermOccurrence]) {
        var counts: [String: Int] = [:]
        for occurrence in occurrences { counts[occurrence.term, default: 0] += 1 }
        self.init(counts)
    }

    /// The counts of a corpus: every document's counts summed.
    public init(corpus documents: [TermCounts]) {
        var counts: [String: Int] = [:]
        for document in documents { counts.merge(document.counts, uniquingKeysWith: +) }
        self.init(counts)
    }

    /// The count of `term` (0 when absent).
    public subscript(term: String) -> Int { counts[term] ?? 0 }

    /// The number of distinct terms.
    public var distinctCount: Int { counts.count }

    /// The relative frequency of `term`, count / total (0 for an empty text).
    public func frequency(of term: String) -> Double {
        total == 0 ? 0 : Double(self[term]) / Double(total)
    }

    /// Terms by count, most frequent first, ties by term.
    public func sorted() -> [(term: String, count: Int)] {
        counts.map { (term: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.term < $1.term }
    }
}

/// The terms of one document (an article's text), as keyword extraction and comparison need them.
public struct DocumentTerms: Sendable, Hashable, Codable {
    /// Every term occurrence, in text order.
    public var occurrences: [TermOccurrence]
    /// The number of tokens of the text (words, figures, punctuation...).
    public var tokenCount: Int
    /// The parts of each compound term that occurs (for estimating IDF of unknown compounds).
    public var compoundParts: [String: [String]]
    /// Occurrences by term.
    public var counts: TermCounts

    public init(occurrences: [TermOccurrence], tokenCount: Int, compoundParts: [String: [String]] = [:]) {
        self.occurrences = occurrences
        self.tokenCount = tokenCount
        self.compoundParts = compoundParts
        self.counts = TermCounts(occurrences)
    }

    /// A document known by its counts alone, its occurrences not kept (empty): all that TF-IDF
    /// keywords, vectors and keyness read.
    public init(counts: TermCounts, tokenCount: Int, compoundParts: [String: [String]] = [:]) {
        self.occurrences = []
        self.tokenCount = tokenCount
        self.compoundParts = compoundParts
        self.counts = counts
    }
}
