/// Unsigned numbers as variable-length bytes (LEB128): seven bits a byte, low first, the high bit
/// set on every byte but the last, so numbers under 128 take one byte. The scratch forms use it:
/// the compact form (``CompactEncoder``), the corpus passes' kept counts, the word streams.
package enum VarInt {
    /// Appends `value` to `bytes`.
    @inlinable
    package static func append(_ value: UInt64, to bytes: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// The number at `at` of `bytes`, `at` moved past it; nil when the bytes end before it does or
    /// it runs past 64 bits.
    @inlinable
    package static func read(_ bytes: UnsafeBufferPointer<UInt8>, at: inout Int) -> UInt64? {
        var value: UInt64 = 0, shift: UInt64 = 0
        while at < bytes.endIndex, shift < 64 {
            let byte = bytes[at]
            at += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }
}
