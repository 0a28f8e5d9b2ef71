/// A GitHub-flavoured Markdown pipe table.
struct MarkdownTable {
    /// Column headers, already escaped.
    var header: [String]
    /// Columns aligned right (numbers).
    var rightAligned: Set<Int> = []
    /// Rows of cells, already escaped; short rows are padded with empty cells.
    var rows: [[String]] = []

    /// The table as lines ending in "\n".
    var rendered: String {
        var out = "| " + header.joined(separator: " | ") + " |\n|"
        for i in header.indices { out += rightAligned.contains(i) ? " ---: |" : " --- |" }
        out += "\n"
        for row in rows {
            var cells = Array(row.prefix(header.count))
            while cells.count < header.count { cells.append("") }
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }
}
