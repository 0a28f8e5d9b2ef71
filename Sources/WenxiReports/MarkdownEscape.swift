import WenxiText

/// Escaping of text for Markdown (CommonMark and GitHub tables), so that report values never turn into
/// markup: a `|` in a term does not split a table cell, a leading `#` does not make a heading.
package enum MarkdownEscape {
    /// Characters escaped with a backslash wherever they occur: they start or end inline markup,
    /// entity references or table cells.
    static let alwaysEscaped: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "~", "#"]

    /// `text` as one line of inline Markdown: backslash-escaped specials, line breaks and tabs made
    /// spaces, white space at the ends trimmed, and a leading block marker (`-`, `+`, `=`, `1. `, `1) `)
    /// escaped so the text cannot start a list or heading. Safe in table cells, list items and headings.
    /// - Complexity: O(n) in the length of `text`.
    package static func inline(_ text: String) -> String {
        if needsNoEscaping(text) { return text }
        var scalars: [Unicode.Scalar] = []
        for s in text.unicodeScalars {
            switch s {
            case "\n", "\r", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
                scalars.append(" ")
            default:
                scalars.append(s)
            }
        }
        // Trim ASCII spaces at both ends (they would be markup-significant indentation).
        var lo = 0, hi = scalars.count
        while lo < hi && scalars[lo] == " " { lo += 1 }
        while hi > lo && scalars[hi - 1] == " " { hi -= 1 }
        var out = String.UnicodeScalarView()
        var i = lo
        // A leading run of digits followed by "." or ")" would start an ordered list.
        var leadingDigits = lo
        while leadingDigits < hi && ("0"..."9").contains(scalars[leadingDigits]) { leadingDigits += 1 }
        // (CommonMark: one to nine digits, then the marker, then a space or the end of the line.)
        let orderedMarkerAt = leadingDigits > lo && leadingDigits - lo <= 9 && leadingDigits < hi
            && (scalars[leadingDigits] == "." || scalars[leadingDigits] == ")")
            && (leadingDigits + 1 == hi || scalars[leadingDigits + 1] == " ") ? leadingDigits : -1
        while i < hi {
            let s = scalars[i]
            if alwaysEscaped.contains(s) || i == orderedMarkerAt
                || (i == lo && (s == "-" || s == "+" || s == "=")) {
                out.append("\\")
            }
            out.append(s)
            i += 1
        }
        return String(out)
    }

    /// Bytes that ``inline(_:)`` changes or that need a closer look: the escaped characters, line
    /// breaks, tabs and other controls, and the lead bytes of U+0085 (C2) and U+2028, U+2029 (E2).
    private static let bytesToLookAt: [Bool] = (0..<256).map { (byte: Int) -> Bool in
        if byte < 0x20 || byte == 0xC2 || byte == 0xE2 { return true }
        return byte < 0x80 && alwaysEscaped.contains(Unicode.Scalar(UInt8(byte)))
    }

    /// Whether `inline(text)` is `text` itself, told from its bytes alone: no byte to look at, none
    /// of the line separators U+0085, U+2028, U+2029, and no space or block marker at an end.
    private static func needsNoEscaping(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last, last != UInt8(ascii: " "),
              !" -+=0123456789".utf8.contains(first) else { return text.isEmpty }
        // Over the bytes where they lie: a loop over the view's indices costs several times more.
        return bytes.withContiguousStorageIfAvailable(noMarkup) ?? Array(bytes).withUnsafeBufferPointer(noMarkup)
    }

    /// Whether `bytes` hold no character ``needsNoEscaping(_:)`` looks for (past the first).
    ///
    /// One table test a byte; only at a lead byte of a separator (C2, E2, which also start 《, —
    /// and “) are the next bytes read.
    private static func noMarkup(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let table = bytesToLookAt
        let count = bytes.count
        var i = 0
        while i < count {
            let byte = bytes[i]
            if table[Int(byte)] {
                if byte < 0x80 { return false }
                if byte == 0xC2 && i + 1 < count && bytes[i + 1] == 0x85 { return false }
                if byte == 0xE2 && i + 2 < count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) {
                    return false
                }
            }
            i += 1
        }
        return true
    }

    /// `inline(text)`, or `placeholder` when the text is empty after trimming.
    package static func cell(_ text: String?, placeholder: String = "—") -> String {
        guard let text else { return placeholder }
        let escaped = inline(text)
        return escaped.isEmpty ? placeholder : escaped
    }
}
