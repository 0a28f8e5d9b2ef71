/// Writes Unicode scalars as UTF-8 into a byte buffer: the fast way to make a `String` of
/// scalars (``Swift/Array/string(_:)``).
package enum UTF8Writing {
    /// Writes `scalar` into `out` at byte `at` and returns the byte after it. `out` must have room
    /// for `UTF8.width(scalar)` bytes there.
    @inline(__always)
    package static func write(_ scalar: Unicode.Scalar, into out: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        let v = scalar.value
        switch v {
        case 0..<0x80:
            out[at] = UInt8(truncatingIfNeeded: v)
            return at + 1
        case 0x80..<0x800:
            out[at] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
            out[at + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
            return at + 2
        case 0x800..<0x10000:
            out[at] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
            out[at + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
            out[at + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
            return at + 3
        default:
            out[at] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
            out[at + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
            out[at + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
            out[at + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
            return at + 4
        }
    }

    /// A `String` of the scalars `scalar(0)`, `scalar(1)`, … `scalar(count - 1)`, leaving out the
    /// `nil` ones; the same string as appending them to a `String.UnicodeScalarView`, much faster.
    @inline(__always)
    package static func string(count: Int, _ scalar: (Int) -> Unicode.Scalar?) -> String {
        var bytes = 0
        for k in 0..<count { if let c = scalar(k) { bytes += UTF8.width(c) } }
        return String(unsafeUninitializedCapacity: bytes) { out in
            var at = 0
            for k in 0..<count { if let c = scalar(k) { at = write(c, into: out, at: at) } }
            return at
        }
    }
}
