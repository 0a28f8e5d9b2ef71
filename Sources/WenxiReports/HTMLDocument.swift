/// The frame shared by the HTML report pages: doctype, `lang="zh-CN"`, UTF-8 and viewport meta,
/// the inline style sheet, and small builders for headings and tables. Text passed as `String`
/// parameters here is escaped; parameters named `html` are trusted markup.
enum HTMLDocument {
    /// A complete page around `bodyHTML`, with `scriptHTML` (trusted, inline) at the end of the body.
    /// What ``page(title:bodyHTML:scriptHTML:)`` puts before the body and after it, for a page
    /// whose body is handed on in pieces.
    static func pageParts(title: String, scriptHTML: String = "") -> (head: String, tail: String) {
        // No page text holds a NUL: it marks where the body goes.
        let whole = page(title: title, bodyHTML: "\u{0}", scriptHTML: scriptHTML)
        let cut = whole.firstIndex(of: "\u{0}")!
        return (String(whole[..<cut]), String(whole[whole.index(after: cut)...]))
    }

    static func page(title: String, bodyHTML: String, scriptHTML: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLEscape.text(title))</title>
        <style>
        \(HTMLStyle.css)
        </style>
        </head>
        <body>
        <div class="page">
        \(bodyHTML)</div>
        \(scriptHTML)</body>
        </html>

        """
    }

    /// A bilingual heading: `<h2 id="keywords">关键词<span class="en">Keywords</span></h2>`.
    static func heading(_ level: Int, _ chinese: String, _ english: String, id: String? = nil) -> String {
        let idAttribute = id.map { " id=\"" + HTMLEscape.text($0) + "\"" } ?? ""
        return "<h\(level)\(idAttribute)>" + HTMLEscape.text(chinese) + "<span class=\"en\">"
            + HTMLEscape.text(english) + "</span></h\(level)>\n"
    }

    /// A table head row; `numeric` columns are right-aligned. Header texts are escaped; in a header
    /// "词语 Term" the part after the first space is English, shown muted and hidden on phones.
    static func head(_ headers: [String], numeric: Set<Int> = []) -> String {
        "<thead><tr>" + headers.enumerated().map { i, h in
            (numeric.contains(i) ? "<th class=\"num\">" : "<th>") + headerText(h) + "</th>"
        }.joined() + "</tr></thead>\n"
    }

    /// "词语 Term" as `词语<span class="en">Term</span>`; a header without a space, or whose first word
    /// is not Chinese ("Log Ratio"), as it is.
    static func headerText(_ header: String) -> String {
        guard let space = header.firstIndex(of: " "),
              header[..<space].unicodeScalars.contains(where: { $0.value >= 0x2E80 })
        else { return HTMLEscape.text(header) }
        return HTMLEscape.text(String(header[..<space])) + "<span class=\"en\">"
            + HTMLEscape.text(String(header[header.index(after: space)...])) + "</span>"
    }

    /// A table in a wrapper that scrolls sideways when it is wider than the screen.
    static func scrollingTable(className: String? = nil, headHTML: String, rowsHTML: String) -> String {
        let cls = className.map { " class=\"" + $0 + "\"" } ?? ""
        return "<div class=\"scroll\"><table\(cls)>\n" + headHTML + "<tbody>\n" + rowsHTML + "</tbody></table></div>\n"
    }

    /// "无 (none)" as a muted paragraph.
    static let none = "<p class=\"none\">无<span class=\"en\">none</span></p>\n"

    /// A bulleted list of escaped items, or `none`.
    static func list(_ items: [String]) -> String {
        if items.isEmpty { return none }
        return "<ul>\n" + items.map { "<li>" + HTMLEscape.text($0) + "</li>\n" }.joined() + "</ul>\n"
    }

    /// A right-aligned number cell.
    static func num(_ text: String, title: String? = nil) -> String {
        // Appended to one string made with room for it: a chain of `+` made a string a piece.
        var out = ""
        out.reserveCapacity(32 + text.utf8.count + (title?.utf8.count ?? 0))
        out += "<td class=\"num\""
        if let title {
            out += " title=\""
            out += HTMLEscape.text(title)
            out += "\""
        }
        out += ">"
        out += HTMLEscape.text(text)
        out += "</td>"
        return out
    }

    /// An escaped text cell.
    static func cell(_ text: String?, className: String? = nil) -> String {
        var out = ""
        out.reserveCapacity(24 + (text?.utf8.count ?? 0) + (className?.utf8.count ?? 0))
        out += "<td"
        if let className {
            out += " class=\""
            out += className
            out += "\""
        }
        out += ">"
        out += HTMLEscape.text(text ?? "")
        out += "</td>"
        return out
    }

    /// `sentence` escaped, with the first occurrence of `part` wrapped in `<mark>`.
    ///
    /// The search runs over UTF-8 bytes: a match of whole UTF-8 characters can only start where
    /// a character does, so it is the first match of the characters too.
    /// - Complexity: O(n × m) for a sentence of n and a part of m bytes; both are short.
    static func highlighted(_ sentence: String, _ part: String) -> String {
        let s = Array(sentence.utf8), p = Array(part.utf8)
        guard !p.isEmpty, p.count <= s.count else { return HTMLEscape.text(sentence) }
        for start in 0...(s.count - p.count) where s[start] == p[0] && s[start..<(start + p.count)].elementsEqual(p) {
            func text(_ slice: ArraySlice<UInt8>) -> String { HTMLEscape.text(String(decoding: slice, as: UTF8.self)) }
            return text(s[..<start]) + "<mark>" + text(s[start..<(start + p.count)]) + "</mark>"
                + text(s[(start + p.count)...])
        }
        return HTMLEscape.text(sentence)
    }
}
