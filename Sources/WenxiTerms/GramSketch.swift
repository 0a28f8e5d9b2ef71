/// Upper bounds of how often each word sequence occurs, in fixed memory: a count-min sketch of
/// two rows of saturating one-byte counters. A sequence's bound is never below its count, so a
/// sequence whose bound is below the minimum count can be left out of the exact count without
/// changing it; the exact count then holds only the sequences that may reach the minimum, not
/// every sequence once seen (most occur once or twice, and a large corpus has tens of millions).
struct GramSketch {
    private var cells: [UInt8]
    private let mask: Int
    private let rowSize: Int

    /// The fewest cells a row has, and the most: a row of at least as many cells as there are
    /// sequences to add keeps most rare sequences below a small minimum, and 16 Mi cells (32 MiB
    /// for both rows) bounds it for any corpus.
    static let smallestRow = 1 << 12
    static let largestRow = 1 << 24

    /// A sketch for about `expected` additions.
    init(expected: Int) {
        var size = GramSketch.smallestRow
        while size < expected && size < GramSketch.largestRow { size <<= 1 }
        rowSize = size
        mask = size - 1
        cells = [UInt8](repeating: 0, count: 2 * size)
    }

    /// The cells of `gram` in the two rows.
    private func slots(_ gram: TermDiscovery.Gram) -> (Int, Int) {
        // SplitMix64's finalizer over the four ids, once for each row's seed.
        @inline(__always) func step(_ z: UInt64, _ id: Int32) -> UInt64 {
            var z = (z ^ UInt64(UInt32(bitPattern: id))) &* 0x9E37_79B9_7F4A_7C15
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        @inline(__always) func mix(_ seed: UInt64) -> Int {
            Int(truncatingIfNeeded: step(step(step(step(seed, gram.a), gram.b), gram.c), gram.d))
        }
        return (mix(0x243F_6A88_85A3_08D3) & mask, rowSize + (mix(0x1319_8A2E_0370_7344) & mask))
    }

    /// Counts one occurrence of `gram`.
    mutating func add(_ gram: TermDiscovery.Gram) {
        let (first, second) = slots(gram)
        if cells[first] < UInt8.max { cells[first] += 1 }
        if cells[second] < UInt8.max { cells[second] += 1 }
    }

    /// At least the number of times `gram` was added (up to 255, where the counters stop).
    func bound(_ gram: TermDiscovery.Gram) -> Int {
        let (first, second) = slots(gram)
        return Int(min(cells[first], cells[second]))
    }
}
