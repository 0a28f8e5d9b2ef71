import WenxiText

/// How often each term occurs: in one article, or summed over a corpus.
public struct TermCounts: Sendable, Hashable, Codable {
    /// Occurrences by term, the terms by their bytes (``ExactString``): the corpus passes look up
    /// every term of every document here.
    public private(set) var exactCounts: [ExactString: Int]
    /// The sum of all occurrences.
    public private(set) var total: Int

    /// Occurrences by term (made from ``exactCounts`` at each call).
    ///
    /// - Complexity: O(*n*) for *n* distinct terms.
    public var counts: [String: Int] { Dictionary(uniqueKeysWithValues: exactCounts.map { ($0.key.string, $0.value) }) }

    public init(_ counts: [String: Int] = [:]) {
        var exact: [ExactString: Int] = [:]
        exact.reserveCapacity(counts.count)
        for (term, count) in counts where count > 0 { exact[ExactString(term)] = count }
        self.init(exact: exact)
    }

    /// Counts by the terms' bytes; those not above 0 are dropped.
    public init(exact counts: [ExactString: Int]) {
        self.exactCounts = counts.filter { $0.value > 0 }
        self.total = self.exactCounts.values.reduce(0, +)
    }

    /// The counts of a list of occurrences.
    public init(_ occurrences: [TermOccurrence]) {
        var counts: [ExactString: Int] = [:]
        for occurrence in occurrences { counts[ExactString(occurrence.term), default: 0] += 1 }
        self.init(exact: counts)
    }

    /// The counts of a corpus: every document's counts summed.
    public init(corpus documents: [TermCounts]) {
        var counts: [ExactString: Int] = [:]
        for document in documents { counts.merge(document.exactCounts, uniquingKeysWith: +) }
        self.init(exact: counts)
    }

    private enum CodingKeys: String, CodingKey { case counts, total }

    /// Reads the form ``encode(to:)`` writes: the counts by term, and the total.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let counts = try container.decode([String: Int].self, forKey: .counts)
        self.init(counts)
        total = try container.decode(Int.self, forKey: .total)
    }

    /// Writes the counts by term and the total, as a dictionary keyed by `String` would.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(counts, forKey: .counts)
        try container.encode(total, forKey: .total)
    }

    /// The count of `term` (0 when absent).
    public subscript(term: String) -> Int { exactCounts[ExactString(term)] ?? 0 }

    /// The number of distinct terms.
    public var distinctCount: Int { exactCounts.count }

    /// The relative frequency of `term`, count / total (0 for an empty text).
    public func frequency(of term: String) -> Double {
        total == 0 ? 0 : Double(self[term]) / Double(total)
    }

    /// Terms by count, most frequent first, ties by term.
    public func sorted() -> [(term: String, count: Int)] {
        exactCounts.map { (term: $0.key.string, count: $0.value) }
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
