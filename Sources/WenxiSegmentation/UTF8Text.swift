/// A quick check that bytes are UTF-8 text the segmenter can read as they are.
public enum UTF8Text {
    /// The offset of the first byte that is not UTF-8 text — invalid UTF-8 (overlong forms,
    /// surrogates, past U+10FFFF), NUL or a control byte other than tab, line feed, form feed and
    /// carriage return — or `nil` when there is none.
    ///
    /// - Complexity: O(*n*); ASCII is checked eight bytes at a time.
    public static func firstBadByte(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = b.count
        var i = 0
        guard let base = b.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        while i < n {
            // Eight ASCII bytes of 0x20 and above at once (control bytes go the slow way).
            while i + 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let high = word & 0x8080_8080_8080_8080
                let low = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
                if high != 0 || low != 0 { break }
                i += 8
            }
            guard i < n else { return nil }
            let c = b[i]
            if c < 0x80 {
                if c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0C && c != 0x0D { return i }
                i += 1
                continue
            }
            // Three-byte sequences that need no range check (E1–EC, EE–EF): most Chinese text.
            if (0xE1...0xEF).contains(c), c != 0xED, i + 2 < n, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 {
                i += 3
                continue
            }
            guard let length = sequenceLength(b, at: i) else { return i }
            i += length
        }
        return nil
    }

    /// The length of the valid multi-byte sequence at `i`, or `nil`.
    @inline(__always)
    private static func sequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let c = b[i]
        let need: Int
        var value: UInt32
        let minimum: UInt32
        switch c {
        case 0xC2...0xDF: need = 1; value = UInt32(c & 0x1F); minimum = 0x80
        case 0xE0...0xEF: need = 2; value = UInt32(c & 0x0F); minimum = 0x800
        case 0xF0...0xF4: need = 3; value = UInt32(c & 0x07); minimum = 0x10000
        default: return nil
        }
        guard i + need < b.count else { return nil }
        for k in 1...need {
            let next = b[i + k]
            guard next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
        }
        if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return nil }
        return need + 1
    }
}
