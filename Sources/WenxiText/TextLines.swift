/// Where lines end: the one rule every command uses.
///
/// A line ends at a line feed, a carriage return, or the pair CR LF (one break, not two), and at
/// the Unicode breaks NEL (U+0085), LINE SEPARATOR and PARAGRAPH SEPARATOR, as the article reader
/// reads them. A final break opens no further line.
package enum TextLines {
    /// `text` split into lines, each without its break.
    ///
    /// - Complexity: O(*n*).
    package static func split(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            ranges(in: bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        }
    }

    /// The byte ranges of the lines of UTF-8 `bytes`, each without its break.
    ///
    /// - Complexity: O(*n*).
    package static func ranges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            let (end, next) = lineEnd(in: bytes, from: start)
            result.append(start..<end)
            start = next
        }
        return result
    }

    /// The end of the line that starts at `start` (where its break begins, or the end of the
    /// bytes) and where the next line starts.
    ///
    /// - Complexity: O(length of the line).
    @inline(__always)
    package static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, next: Int) {
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            // Only LF, CR and the lead bytes of NEL (C2) and LS, PS (E2) can start a break.
            if b > 0x0D && b != 0xC2 && b != 0xE2 {
                i += 1
                continue
            }
            if b == 0x0A { return (i, i + 1) }
            if b == 0x0D { return (i, i + 1 < n && bytes[i + 1] == 0x0A ? i + 2 : i + 1) }
            if b == 0xC2, i + 1 < n, bytes[i + 1] == 0x85 { return (i, i + 2) }
            if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 { return (i, i + 3) }
            i += 1
        }
        return (n, n)
    }

    /// Whether a line ends before the end of `bytes`: its break is complete. A CR at the very
    /// end may still be followed by an LF, so it is not counted until more bytes come.
    package static func hasCompleteLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        let (end, next) = lineEnd(in: bytes, from: start)
        guard end < bytes.count else { return false }
        return !(bytes[end] == 0x0D && next == bytes.count)
    }
}
