/// The lines of a text as `--lines` counts them.
public enum TextLines {
    /// `text` split at line feeds, each line without its carriage return (CR LF ends one line);
    /// a final line break opens no further line, and empty text has none.
    ///
    /// Works on code points: Swift reads CR LF as one `Character`, which is no "\n".
    ///
    /// - Complexity: O(*n*).
    public static func split(_ text: String) -> [String] {
        if text.isEmpty { return [] }
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.last == "\r" ? line.dropLast() : line)
        }
        if text.unicodeScalars.last == "\n" { lines.removeLast() }
        return lines
    }
}
