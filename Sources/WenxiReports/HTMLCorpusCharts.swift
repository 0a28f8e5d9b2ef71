/// The index page's charts: the main terms' trend over the datelines' dates and their dispersion
/// plot over the articles, as inline SVG (readable without scripts, printable), each with its data.
extension HTMLRenderer {
    /// Line colours of the charted terms, distinct for colour-blind readers (Okabe–Ito).
    static let seriesColours = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000"]

    static func colour(_ i: Int) -> String { seriesColours[i % seriesColours.count] }

    /// The trend chart: one line per term, the rate per 10,000 words in each period; then the numbers.
    static func trendChart(_ c: CorpusReport) -> String {
        guard let t = c.trends, !t.periods.isEmpty else {
            return "<p class=\"none\">不足两个日期<span class=\"en\">fewer than two dated periods</span></p>\n"
        }
        let (width, height, left, bottom, top) = (640.0, 220.0, 44.0, 28.0, 10.0)
        let peak = niceCeiling(t.series.flatMap(\.perTenThousand).max() ?? 0)
        let step = t.periods.count > 1 ? (width - left - 48) / Double(t.periods.count - 1) : 0
        func x(_ i: Int) -> Double { left + 8 + Double(i) * step }
        func y(_ v: Double) -> Double { top + (height - top - bottom) * (1 - v / peak) }
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"词语趋势 Term trends\">\n"
        for k in 0...4 {
            let v = peak * Double(k) / 4
            svg += "<line x1=\"\(Int(left))\" x2=\"\(Int(width))\" y1=\"\(fmt(y(v)))\" y2=\"\(fmt(y(v)))\" class=\"grid\"/>"
                + "<text x=\"\(Int(left) - 4)\" y=\"\(fmt(y(v) + 4))\" class=\"ax\" text-anchor=\"end\">" + FixedFormat.fixed(v, 0) + "</text>\n"
        }
        for (i, period) in t.periods.enumerated() {
            svg += "<text x=\"\(fmt(x(i)))\" y=\"\(Int(height) - 8)\" class=\"ax\" text-anchor=\"middle\">"
                + HTMLEscape.text(shortPeriod(period)) + "</text>\n"
        }
        for (s, series) in t.series.enumerated() {
            let points = series.perTenThousand.enumerated().map { "\(fmt(x($0))),\(fmt(y($1)))" }.joined(separator: " ")
            svg += "<polyline fill=\"none\" stroke=\"\(colour(s))\" stroke-width=\"2\" points=\"\(points)\"/>\n"
            for (i, v) in series.perTenThousand.enumerated() {
                svg += "<circle cx=\"\(fmt(x(i)))\" cy=\"\(fmt(y(v)))\" r=\"3.5\" fill=\"\(colour(s))\"><title>"
                    + HTMLEscape.text("\(series.term) · \(t.periods[i])：\(series.counts[i]) 次，每万词 " + FixedFormat.fixed(v, 1))
                    + "</title></circle>\n"
            }
        }
        svg += "</svg>\n"
        let unit = t.unit == "day" ? ("按日", "per day") : ("按月", "per month")
        var out = "<p class=\"legend\">每万词出现次数，\(unit.0)（据电头日期）。<span class=\"en\">Occurrences per 10,000 words, "
            + "\(unit.1), by dateline date.</span></p>\n" + legend(t.series.map(\.term)) + svg
        let rows = t.series.map { series in
            "<tr>" + HTMLDocument.cell(series.term, className: "nowrap") + series.perTenThousand.enumerated().map { i, v in
                HTMLDocument.num(FixedFormat.fixed(v, 1), title: "\(series.counts[i]) / \(t.words[i])")
            }.joined() + "</tr>\n"
        }.joined()
        out += HTMLDocument.scrollingTable(
            className: "sortable",
            headHTML: HTMLDocument.head(["词语 Term"] + t.periods.map(shortPeriod), numeric: Set(1...t.periods.count)),
            rowsHTML: rows)
        return out
    }

    /// The dispersion plot: for each term a strip of the compared articles laid end to end (each as
    /// wide as it is long), a tick wherever the term occurs.
    static func dispersionPlot(_ c: CorpusReport) -> String {
        guard let d = c.dispersion, !d.articles.isEmpty, !d.terms.isEmpty else { return HTMLDocument.none }
        let total = Double(max(1, d.articles.reduce(0) { $0 + max(1, $1.characters) }))
        var starts: [Double] = []
        var position = 0.0
        for a in d.articles {
            starts.append(position)
            position += Double(max(1, a.characters)) / total * 1000
        }
        var out = "<p class=\"legend\">每行一词，文章首尾相接、宽度按篇幅；竖线为出现位置。"
            + "<span class=\"en\">One row per term; the articles end to end, each as wide as it is long; a tick per occurrence.</span></p>\n"
            + "<div class=\"scroll\"><table class=\"disp\">\n<tbody>\n"
        for (t, term) in d.terms.enumerated() {
            var svg = "<svg viewBox=\"0 0 1000 20\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"" + HTMLEscape.text(term) + "\">"
            for (i, a) in d.articles.enumerated() {
                let width = Double(max(1, a.characters)) / total * 1000
                svg += "<rect x=\"\(fmt(starts[i]))\" y=\"0\" width=\"\(fmt(width))\" height=\"20\" class=\"\(i % 2 == 0 ? "even" : "odd")\"/>"
                for offset in t < a.offsets.count ? a.offsets[t] : [] {
                    let x = starts[i] + Double(offset) / Double(max(1, a.characters)) * width
                    svg += "<line x1=\"\(fmt(x))\" x2=\"\(fmt(x))\" y1=\"2\" y2=\"18\" stroke=\"\(colour(t))\" stroke-width=\"2\"/>"
                }
            }
            let count = d.articles.reduce(0) { $0 + (t < $1.offsets.count ? $1.offsets[t].count : 0) }
            out += "<tr><th class=\"term\">" + HTMLEscape.text(term) + "</th><td class=\"num\">\(count)</td><td class=\"strip\">"
                + svg + "</svg></td></tr>\n"
        }
        out += "<tr><th></th><td></td><td class=\"strip\"><div class=\"axis\">" + d.articles.enumerated().map { i, a in
            let width = Double(max(1, a.characters)) / total * 100
            let index = c.articles.first { $0.slug == a.slug }?.index ?? (i + 1)
            return "<span style=\"width:\(fmt(width))%\">#\(index)</span>"
        }.joined() + "</div></td></tr>\n"
        return out + "</tbody></table></div>\n"
    }

    /// Colour swatches naming each line.
    static func legend(_ terms: [String]) -> String {
        "<p class=\"legend\">" + terms.enumerated().map { i, term in
            "<span><span class=\"swatch\" style=\"background:\(colour(i))\"></span>" + HTMLEscape.text(term) + "</span>"
        }.joined() + "</p>\n"
    }

    /// "XXXX-11-04" as "11-04": an unknown year says nothing.
    static func shortPeriod(_ period: String) -> String {
        period.hasPrefix("XXXX-") ? String(period.dropFirst(5)) : period
    }

    static func fmt(_ v: Double) -> String { FixedFormat.fixed(v, 1) }

    /// The least of 1, 2, 4, 5 or 8 times a power of ten at or above `v` (at least 1): a round top
    /// for an axis in four steps.
    static func niceCeiling(_ v: Double) -> Double {
        guard v.isFinite, v > 1 else { return 1 }
        var power = 1.0
        while power * 10 < v { power *= 10 }
        return [1.0, 2, 4, 5, 8, 10].map { $0 * power }.first { $0 >= v } ?? power * 10
    }
}
