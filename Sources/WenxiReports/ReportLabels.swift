/// The Chinese and English names that reports show for entity types, figure kinds and
/// approximation markers. Codes not listed here are shown as they are.
public enum ReportLabels {
    /// Entity types in the order reports list them.
    public static let entityTypeOrder = ["person", "place", "organization"]

    /// "人物 (People)" for "person"; an unknown type is shown as its code.
    public static func entityType(_ type: String) -> (chinese: String, english: String) {
        switch type {
        case "person": return ("人物", "People")
        case "place": return ("地点", "Places")
        case "organization": return ("机构", "Organizations")
        default: return (type, type)
        }
    }

    /// "日期" for "date"; an unknown kind is shown as its code.
    public static func figureKind(_ kind: String) -> String {
        switch kind {
        case "number": return "数量"
        case "percentage": return "百分比"
        case "money": return "金额"
        case "date": return "日期"
        case "time": return "时刻"
        case "duration": return "时长"
        case "age": return "年龄"
        case "ordinal": return "序数"
        default: return kind
        }
    }

    /// "多于" for "more"; nil for nil.
    public static func approximate(_ marker: String?) -> String? {
        switch marker {
        case nil: return nil
        case "more": return "多于"
        case "less": return "少于"
        case "about": return "约"
        case let other?: return other
        }
    }

    /// The entities grouped by type: the known types first in `entityTypeOrder`, then any other
    /// types in code order; within a group the input order is kept. Empty groups are left out.
    /// - Complexity: O(n × t) for n entities of t types.
    public static func groupedEntities(_ entities: [ReportEntity]) -> [(type: String, entities: [ReportEntity])] {
        var types: [String] = []
        for e in entities where !types.contains(e.type) { types.append(e.type) }
        types.sort { a, b in
            let ia = entityTypeOrder.firstIndex(of: a) ?? entityTypeOrder.count
            let ib = entityTypeOrder.firstIndex(of: b) ?? entityTypeOrder.count
            return ia != ib ? ia < ib : a < b
        }
        return types.map { type in (type, entities.filter { $0.type == type }) }
    }

    /// A display title for an article: its title, or "第 N 篇" when it has none.
    public static func articleTitle(_ title: String?, index: Int) -> String {
        if let title, !isBlank(title) { return title }
        return "第 \(index) 篇 (Article \(index))"
    }

    /// Whether `text` is empty or only white space.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }

    /// The parts understood from a dateline, joined by " · ": "新华社 · 北京 · 2024-11-04"; nil when none.
    public static func datelineDetail(_ dateline: ReportDateline) -> String? {
        let parts = [dateline.agency, dateline.place, dateline.date].compactMap { $0 }.filter { !isBlank($0) }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// Where an article came from: "seeds/a.txt，第 3–40 行 (lines 3–40)".
    public static func source(_ source: ReportSource) -> String {
        "\(source.path)，第 \(source.firstLine)–\(source.lastLine) 行 (lines \(source.firstLine)–\(source.lastLine))"
    }

    /// A figure's normalized value for display: plain decimal numbers of five or more integer digits
    /// grouped by thousands ("237000000" → "237,000,000"); dates, years and other values as they are;
    /// "—" for an unresolved value.
    public static func figureValue(_ value: String?) -> String {
        guard let value, !value.isEmpty else { return "—" }
        var scalars = Array(value.unicodeScalars)
        var sign = ""
        if scalars.first == "-" {
            sign = "-"
            scalars.removeFirst()
        }
        let point = scalars.firstIndex(of: ".") ?? scalars.count
        let integer = scalars[..<point], fraction = scalars[point...]
        func isDigits(_ s: ArraySlice<Unicode.Scalar>) -> Bool { s.allSatisfy { ("0"..."9").contains($0) } }
        guard integer.count >= 5, isDigits(integer), fraction.isEmpty || (fraction.count > 1 && isDigits(fraction.dropFirst()))
        else { return value }
        var out = sign
        for (i, d) in integer.enumerated() {
            if i > 0 && (integer.count - i) % 3 == 0 { out.append(",") }
            out.unicodeScalars.append(d)
        }
        out.unicodeScalars.append(contentsOf: fraction)
        return out
    }
}
