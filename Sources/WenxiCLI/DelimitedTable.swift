import ArgumentParser

/// The formats of the commands that print a table: `freq`, `collocates`, `ngrams`.
enum TableFormat: String, CaseIterable, ExpressibleByArgument {
    case tsv, csv, json
}

/// Rows written as CSV (RFC 4180 quoting) or TSV (tabs and line breaks in a cell become spaces).
enum DelimitedTable {
    /// The separators a table can be written with.
    enum Style {
        case csv, tsv
    }

    /// The text of `rows` (the header first), one line each.
    static func render(_ rows: [[String]], style: Style) -> String {
        var out = ""
        for row in rows {
            out += row.map { cell(of: $0, style: style) }.joined(separator: style == .csv ? "," : "\t")
            out += "\n"
        }
        return out
    }

    static func cell(of text: String, style: Style) -> String {
        switch style {
        case .tsv:
            return String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
        case .csv:
            guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
    }
}
