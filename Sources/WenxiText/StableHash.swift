/// Hashes that are the same in every run and on every machine, unlike `Hashable`'s, which Swift
/// seeds afresh in each process.
public enum StableHash {
    /// FNV-1a's 64-bit offset basis: the hash of nothing.
    public static let basis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// One 64-bit FNV-1a step: `hash` with `value` folded in (a byte, or a whole code point where
    /// a hash runs over code points).
    @inlinable @inline(__always)
    public static func step(_ hash: UInt64, _ value: UInt64) -> UInt64 { (hash ^ value) &* 0x0000_0100_0000_01b3 }

    /// FNV-1a, 64 bits, over the text's UTF-8 bytes.
    ///
    /// - Complexity: O(*n*) in the text's length in bytes.
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash = basis
        for byte in text.utf8 { hash = step(hash, UInt64(byte)) }
        return hash
    }
}
