import WenxiTerms

/// What the corpus passes after the first read of an article's terms, kept compactly from the
/// first pass: its term counts, token count and compound parts, so that those passes need not
/// count the terms again from the tokens.
///
/// Terms and part lists are numbered in the order the first pass meets them. Each article is a
/// few bytes a distinct term: variable-length numbers, its term numbers in ascending order as
/// differences, each with its count. The first pass also sums the document frequencies and
/// totals through the same numbers.
///
/// The numbering depends on dictionary order, but nothing read back does: a document comes back
/// as the counts it had.
struct CountedDocuments: Sendable {
    /// The terms by number.
    private(set) var terms: [String] = []
    /// The compound part lists by number.
    private var partLists: [[String]] = []
    /// Each article's encoded counts, by its place among the articles added.
    private var encoded: [[UInt8]] = []
    /// In how many documents each term occurs, by term number, until ``finish()``.
    private var documentFrequency: [Int] = []
    /// Each term's occurrences over the corpus, by term number, until ``finish()``.
    private var totals: [Int] = []
    private var numbers: [String: UInt32] = [:]
    private var partNumbers: [[String]: UInt32] = [:]

    /// The number of articles added.
    var count: Int { encoded.count }

    /// Adds `document`'s counts to the corpus sums; with `keep`, keeps them too.
    ///
    /// - Complexity: O(*t* log *t*) for *t* distinct terms.
    mutating func add(_ document: DocumentTerms, keep: Bool) {
        var pairs: [(number: UInt32, count: Int)] = []
        pairs.reserveCapacity(document.counts.distinctCount)
        for (term, n) in document.counts.counts {
            let number = self.number(of: term)
            documentFrequency[Int(number)] += 1
            totals[Int(number)] += n
            pairs.append((number, n))
        }
        guard keep else { return }
        pairs.sort { $0.number < $1.number }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(pairs.count * 3 + 8)
        Self.write(document.tokenCount, to: &bytes)
        Self.write(pairs.count, to: &bytes)
        var previous: UInt32 = 0
        for pair in pairs {
            Self.write(Int(pair.number - previous), to: &bytes)
            Self.write(pair.count, to: &bytes)
            previous = pair.number
        }
        var compounds: [(term: UInt32, parts: UInt32)] = []
        for (term, parts) in document.compoundParts { compounds.append((number(of: term), partNumber(of: parts))) }
        compounds.sort { $0.term < $1.term }
        Self.write(compounds.count, to: &bytes)
        for (term, parts) in compounds {
            Self.write(Int(term), to: &bytes)
            Self.write(Int(parts), to: &bytes)
        }
        encoded.append(bytes)
    }

    /// Ends the adding: lets go of the numbering tables and hands over the sums, by term number
    /// (``terms``), keeping only what reading needs.
    mutating func finish() -> (documentFrequency: [Int], totals: [Int]) {
        numbers = [:]
        partNumbers = [:]
        defer { (documentFrequency, totals) = ([], []) }
        return (documentFrequency, totals)
    }

    /// The document kept `index`-th: its counts, token count and compound parts, without its
    /// occurrences (``DocumentTerms/init(counts:tokenCount:compoundParts:)``).
    func document(_ index: Int) -> DocumentTerms {
        encoded[index].withUnsafeBufferPointer { bytes in
            var at = 0
            let tokenCount = Self.read(bytes, &at)
            let distinct = Self.read(bytes, &at)
            var counts: [String: Int] = [:]
            counts.reserveCapacity(distinct)
            var number = 0
            for _ in 0..<distinct {
                number += Self.read(bytes, &at)
                counts[terms[number]] = Self.read(bytes, &at)
            }
            var parts: [String: [String]] = [:]
            for _ in 0..<Self.read(bytes, &at) {
                let term = Self.read(bytes, &at)
                parts[terms[term]] = partLists[Self.read(bytes, &at)]
            }
            return DocumentTerms(counts: TermCounts(counts), tokenCount: tokenCount, compoundParts: parts)
        }
    }

    private mutating func number(of term: String) -> UInt32 {
        if let known = numbers[term] { return known }
        let next = UInt32(terms.count)
        numbers[term] = next
        terms.append(term)
        documentFrequency.append(0)
        totals.append(0)
        return next
    }

    private mutating func partNumber(of parts: [String]) -> UInt32 {
        if let known = partNumbers[parts] { return known }
        let next = UInt32(partLists.count)
        partNumbers[parts] = next
        partLists.append(parts)
        return next
    }

    /// Appends `value` (≥ 0) in seven-bit groups, low first, the high bit set on all but the last.
    private static func write(_ value: Int, to bytes: inout [UInt8]) {
        var rest = UInt(value)
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// The number written by ``write(_:to:)`` at `at`, which moves past it.
    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ at: inout Int) -> Int {
        var value = 0, shift = 0
        while true {
            let byte = bytes[at]
            at += 1
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }
}
