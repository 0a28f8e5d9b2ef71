/// Escaping of text for Markdown (CommonMark and GitHub tables), so that report values never turn into
/// markup: a `|` in a term does not split a table cell, a leading `#` does not make a heading.
public enum MarkdownEscape {
    /// Characters escaped with a backslash wherever they occur: they start or end inline markup,
    /// entity references or table cells.
    static let alwaysEscaped: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "~", "#"]

    /// `text` as one line of inline Markdown: backslash-escaped specials, line breaks and tabs made
    /// spaces, white space at the ends trimmed, and a leading block marker (`-`, `+`, `=`, `1. `, `1) `)
    /// escaped so the text cannot start a list or heading. Safe in table cells, list items and headings.
    /// - Complexity: O(n) in the length of `text`.
    public static func inline(_ text: String) -> String {
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

    /// `inline(text)`, or `placeholder` when the text is empty after trimming.
    public static func cell(_ text: String?, placeholder: String = "—") -> String {
        guard let text else { return placeholder }
        let escaped = inline(text)
        return escaped.isEmpty ? placeholder : escaped
    }
}
