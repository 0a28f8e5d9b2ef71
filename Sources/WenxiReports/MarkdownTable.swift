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
        var out = head
        for row in rows { out += line(row) }
        return out
    }

    /// The header and alignment lines.
    var head: String {
        var out = "| " + header.joined(separator: " | ") + " |\n|"
        for i in header.indices { out += rightAligned.contains(i) ? " ---: |" : " --- |" }
        return out + "\n"
    }

    /// One row's line, for a table handed on a row at a time (`rows` is then left empty).
    func line(_ row: [String]) -> String {
        var cells = Array(row.prefix(header.count))
        while cells.count < header.count { cells.append("") }
        return "| " + cells.joined(separator: " | ") + " |\n"
    }
}
