/// A fast seeded hash of a few bytes, for the hash tables keyed by words (``ExactString``).
///
/// Eight bytes at a time, each pair of words folded by a 64 × 64 → 128-bit multiply (the mixing
/// step of wyhash, whose constants these are); a word of up to five ideographs takes one or two
/// multiplies where SipHash takes a dozen rounds. Not for anything that must resist a chosen
/// input: the tables it serves hold the words of the texts being read.
enum ByteHash {
    /// Mixing constants (wyhash's secret): odd, with half their bits set.
    static let k0: UInt64 = 0xa076_1d64_78bd_642f
    static let k1: UInt64 = 0xe703_7ed1_a0b4_28db
    static let k2: UInt64 = 0x8ebc_6af0_9c88_c6e3

    /// A seed drawn once a process, from the standard hasher's own seed, so that hashes differ
    /// from run to run as `Hasher`'s do (or are fixed with `SWIFT_DETERMINISTIC_HASHING`).
    static let processSeed: UInt64 = UInt64(UInt(bitPattern: 0x5745_4E58.hashValue))

    /// The high and low halves of `a` × `b`, folded by exclusive or.
    @inline(__always)
    static func fold(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }

    /// Up to eight bytes from `at` as one word, zero-padded.
    @inline(__always)
    static func word(_ bytes: UnsafeRawBufferPointer, at: Int, count: Int) -> UInt64 {
        var word: UInt64 = 0
        withUnsafeMutableBytes(of: &word) {
            $0.baseAddress!.copyMemory(from: bytes.baseAddress! + at, byteCount: count)
        }
        return word
    }

    /// The hash of `bytes` under `seed`: the same bytes and seed give the same hash.
    ///
    /// - Complexity: O(*n*) for *n* bytes.
    static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 {
        let count = bytes.count
        var state = seed ^ fold(seed ^ k0, UInt64(count) ^ k1)
        var at = 0
        while count - at > 16 {
            state = fold(word(bytes, at: at, count: 8) ^ k1, word(bytes, at: at + 8, count: 8) ^ state)
            at += 16
        }
        let rest = count - at
        let a = rest > 0 ? word(bytes, at: at, count: min(rest, 8)) : 0
        let b = rest > 8 ? word(bytes, at: at + 8, count: rest - 8) : 0
        return fold(k1 ^ UInt64(count), fold(a ^ k1, b ^ state) ^ k2)
    }
}
