import WenxiTerms
import WenxiText

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
///
/// Given a scratch file, the encoded articles go there, to be read back one at a time, so a large
/// corpus holds only the terms; those the file does not take stay in memory.
struct CountedDocuments: Sendable {
    /// Where one article's encoded counts are.
    private enum Place: Sendable {
        case memory([UInt8])
        case file(ScratchFile.Span)
    }

    /// The terms by number.
    private(set) var terms: [String] = []
    /// The compound part lists by number.
    private var partLists: [[String]] = []
    /// Each article's encoded counts, by its place among the articles kept.
    private var encoded: [Place] = []
    private let scratch: ScratchFile?
    /// In how many documents each term occurs, by term number, until ``finish()``.
    private var documentFrequency: [Int] = []
    /// Each term's occurrences over the corpus, by term number, until ``finish()``.
    private var totals: [Int] = []
    private var numbers: [ExactString: UInt32] = [:]
    private var partNumbers: [[String]: UInt32] = [:]

    /// The number of articles kept.
    var count: Int { encoded.count }

    /// An empty store; kept articles go to `scratch` when there is one.
    init(scratch: ScratchFile? = nil) {
        self.scratch = scratch
    }

    /// Adds `document`'s counts to the corpus sums; with `keep`, keeps them too.
    ///
    /// - Complexity: O(*t* log *t*) for *t* distinct terms.
    mutating func add(_ document: DocumentTerms, keep: Bool) {
        var pairs: [(number: UInt32, count: Int)] = []
        pairs.reserveCapacity(document.counts.distinctCount)
        for (term, n) in document.counts.exactCounts {
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
        for (term, parts) in document.compoundParts {
            compounds.append((number(of: ExactString(term)), partNumber(of: parts)))
        }
        compounds.sort { $0.term < $1.term }
        Self.write(compounds.count, to: &bytes)
        for (term, parts) in compounds {
            Self.write(Int(term), to: &bytes)
            Self.write(Int(parts), to: &bytes)
        }
        if let scratch, let span = bytes.withUnsafeBytes({ scratch.append($0) }) {
            encoded.append(.file(span))
        } else {
            encoded.append(.memory(bytes))
        }
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
    /// occurrences (``DocumentTerms/init(counts:tokenCount:compoundParts:)``); nil when the scratch
    /// file cannot give it back (a disk error).
    func document(_ index: Int) -> DocumentTerms? {
        switch encoded[index] {
        case .memory(let bytes):
            return bytes.withUnsafeBufferPointer { decode($0) }
        case .file(let span):
            return try? scratch?.read(span) { (raw) throws(ScratchError) in decode(raw.bindMemory(to: UInt8.self)) }
        }
    }

    /// The document encoded in `bytes` by ``add(_:keep:)``; nil when they are not such a document.
    private func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> DocumentTerms? {
        var at = 0
        func next() -> Int? { Self.read(bytes, &at) }
        guard let tokenCount = next(), let distinct = next() else { return nil }
        var counts: [ExactString: Int] = [:]
        counts.reserveCapacity(distinct)
        var number = 0
        for _ in 0..<distinct {
            guard let step = next(), let count = next(), number + step < terms.count else { return nil }
            number += step
            counts[ExactString(terms[number])] = count
        }
        guard let compounds = next() else { return nil }
        var parts: [String: [String]] = [:]
        for _ in 0..<compounds {
            guard let term = next(), let list = next(), term < terms.count, list < partLists.count else { return nil }
            parts[terms[term]] = partLists[list]
        }
        guard at == bytes.count else { return nil }
        return DocumentTerms(counts: TermCounts(exact: counts), tokenCount: tokenCount, compoundParts: parts)
    }

    private mutating func number(of term: ExactString) -> UInt32 {
        if let known = numbers[term] { return known }
        let next = UInt32(terms.count)
        numbers[term] = next
        terms.append(term.string)
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

    /// Appends `value` (≥ 0) as a variable-length number.
    private static func write(_ value: Int, to bytes: inout [UInt8]) { VarInt.append(UInt64(value), to: &bytes) }

    /// The number written by ``write(_:to:)`` at `at`, which moves past it; nil past the end.
    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ at: inout Int) -> Int? {
        VarInt.read(bytes, at: &at).flatMap { Int(exactly: $0) }
    }
}
