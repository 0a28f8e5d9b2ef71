/// Hashes that are the same in every run and on every machine, unlike `Hashable`'s, which Swift
/// seeds afresh in each process.
public enum StableHash {
    /// FNV-1a, 64 bits, over the text's UTF-8 bytes.
    ///
    /// - Complexity: O(*n*) in the text's length in bytes.
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }
}
