/// The lines of a text as `--lines` counts them.
public enum TextLines {
    /// `text` split at line feeds, each line without its carriage return; a final line feed opens
    /// no further line.
    ///
    /// - Complexity: O(*n*).
    public static func split(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        if text.hasSuffix("\n") { lines.removeLast() }
        return lines
    }
}
