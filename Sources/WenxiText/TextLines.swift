/// The lines of a text as `--lines` counts them.
package enum TextLines {
    /// `text` split at line feeds, each line without its carriage return; a final line feed opens
    /// no further line, and an empty text has no line.
    ///
    /// Works on code points: Swift's `Character` holds "\r\n" as one grapheme, which a split at
    /// "\n" would not see.
    ///
    /// - Complexity: O(*n*).
    package static func split(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(Substring(line.last == "\r" ? line.dropLast() : line))
        }
        if text.unicodeScalars.last == "\n" { lines.removeLast() }
        return lines
    }
}
