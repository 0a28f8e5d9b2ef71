import WenxiText

/// Cuts page text into trimmed non-empty lines.
enum PageReader {
    /// One trimmed non-empty line.
    struct Line {
        var text: [Unicode.Scalar]
        /// 1-based line number.
        var number: Int
        /// Blank lines between this line and the previous non-empty one (0 for the first).
        var blanksBefore: Int
    }

    /// The trimmed non-empty lines of `text`, with 1-based numbers and blank-line gaps.
    ///
    /// Lines end at LF, CR LF, CR, NEL, LS or PS. Leading and trailing white space (ideographic
    /// indentation included) is trimmed.
    ///
    /// - Complexity: O(n).
    static func lines(in text: String) -> [Line] {
        let scalars = Array(text.unicodeScalars)
        var lines: [Line] = []
        var number = 1
        var blanks = 0
        var start = 0
        var k = 0
        func flush(_ end: Int) {
            var lo = start
            var hi = end
            while lo < hi, CharacterClasses.isSpace(scalars[lo]) { lo += 1 }
            while hi > lo, CharacterClasses.isSpace(scalars[hi - 1]) { hi -= 1 }
            if lo == hi {
                blanks += 1
            } else {
                lines.append(Line(text: Array(scalars[lo..<hi]), number: number, blanksBefore: lines.isEmpty ? 0 : blanks))
                blanks = 0
            }
        }
        while k < scalars.count {
            let c = scalars[k]
            if CharacterClasses.isNewline(c) {
                flush(k)
                if c == "\r", k + 1 < scalars.count, scalars[k + 1] == "\n" { k += 1 }
                number += 1
                start = k + 1
            }
            k += 1
        }
        if start < scalars.count { flush(scalars.count) }
        return lines
    }

    /// The width of hard-wrapped text, if the page is hard-wrapped: the most common line length
    /// (among lines of 8 characters or more) when at least 5 lines and 40 % of all lines have it
    /// (or one less, for a wide character pushed to the next line).
    static func wrapWidth(_ lines: [Line]) -> Int? {
        var counts: [Int: Int] = [:]
        for l in lines where l.text.count >= 8 { counts[l.text.count, default: 0] += 1 }
        guard let (width, _) = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { return nil }
        let near = (counts[width] ?? 0) + (counts[width - 1] ?? 0)
        return near >= 5 && near * 5 >= lines.count * 2 ? width : nil
    }
}
