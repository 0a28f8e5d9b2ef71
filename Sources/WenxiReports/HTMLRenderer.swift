import WenxiTerms

/// Renders report data as self-contained HTML pages: inline CSS, charts drawn with CSS, no scripts,
/// no fonts or images from elsewhere. Pages read on a phone (tables scroll sideways) and print with
/// their colours. The same data gives byte-identical pages.
public enum HTMLRenderer {
    /// The page of one article (`<slug>.html`): heading and metadata, counts, keywords as a bar chart
    /// scaled to the top score, entities by type, figures with their sentences, repairs, warnings and
    /// the body text. It links back to `index.html`, named by `corpusTitle` when given.
    /// - Complexity: O(size of the report).
    public static func article(_ r: ArticleReport, corpusTitle: String?) -> String {
        let esc = HTMLEscape.text
        let title = ReportLabels.articleTitle(r.title, index: r.index)
        var b = "<nav class=\"top\"><a href=\"index.html\">← "
            + (corpusTitle.map(esc) ?? "总览<span class=\"en\">Index</span>") + "</a></nav>\n"
        b += "<header>\n<h1>" + esc(title) + "</h1>\n"
        if let subtitle = r.subtitle, !ReportLabels.isBlank(subtitle) {
            b += "<p class=\"subtitle\">" + esc(subtitle) + "</p>\n"
        }
        b += "<dl class=\"meta\">\n"
        if let d = r.dateline {
            b += "<dt>电头 Dateline</dt><dd>" + esc(d.text)
                + (ReportLabels.datelineDetail(d).map { "<span class=\"code\">" + esc($0) + "</span>" } ?? "") + "</dd>\n"
        }
        if !r.byline.isEmpty {
            b += "<dt>作者 Byline</dt><dd>" + r.byline.map(esc).joined(separator: "、") + "</dd>\n"
        }
        b += "<dt>来源 Source</dt><dd>" + esc(ReportLabels.source(r.source)) + "</dd>\n</dl>\n</header>\n<main>\n"

        b += "<section>\n" + HTMLDocument.heading(2, "概况", "Overview", id: "overview")
        let s = r.statistics
        let stats: [(String, String, String)] = [
            ("字数", "Characters", FixedFormat.grouped(s.characters)),
            ("句数", "Sentences", FixedFormat.grouped(s.sentences)),
            ("词数", "Words", FixedFormat.grouped(s.words)),
            ("不同词语", "Distinct terms", FixedFormat.grouped(s.distinctTerms)),
            ("阅读时间", "Reading time", "\(s.readingMinutes) 分钟"),
        ]
        b += "<dl class=\"stats\">\n" + stats.map { zh, en, value in
            "<div><dt>" + esc(zh) + "<span class=\"en\">" + esc(en) + "</span></dt><dd>" + esc(value) + "</dd></div>\n"
        }.joined() + "</dl>\n</section>\n"

        b += "<section>\n" + HTMLDocument.heading(2, "关键词", "Keywords", id: "keywords") + keywordChart(r.keywords)
            + "</section>\n"
        b += "<section>\n" + HTMLDocument.heading(2, "实体", "Entities", id: "entities") + entityTables(r.entities)
            + "</section>\n"
        b += "<section>\n" + HTMLDocument.heading(2, "数字", "Figures", id: "figures") + figureTable(r.figures)
            + "</section>\n"
        b += "<section>\n" + HTMLDocument.heading(2, "修复", "Repairs", id: "repairs") + HTMLDocument.list(r.repairs)
            + "</section>\n"
        b += "<section>\n" + HTMLDocument.heading(2, "警告", "Warnings", id: "warnings") + HTMLDocument.list(r.warnings)
            + "</section>\n"
        let paragraphs = r.paragraphs.filter { !ReportLabels.isBlank($0) }
        if !paragraphs.isEmpty {
            b += "<section class=\"body\">\n" + HTMLDocument.heading(2, "正文", "Text", id: "text")
                + paragraphs.map { "<p>" + esc($0) + "</p>\n" }.joined() + "</section>\n"
        }
        b += "</main>\n"
        let pageTitle = title + " · " + (corpusTitle ?? "文析报告")
        return HTMLDocument.page(title: pageTitle, bodyHTML: b)
    }

    /// The width of a keyword's bar in percent of the widest, "0.0"..."100.0": the score over the top
    /// score; 0 for scores at or below zero, or when no score is positive.
    package static func barWidth(score: Double, top: Double) -> String {
        guard top > 0, score > 0, score.isFinite, top.isFinite else { return "0.0" }
        return FixedFormat.fixed(min(1, score / top) * 100, 1)
    }

    /// The keywords as a table whose middle column is a horizontal bar scaled to the top score.
    static func keywordChart(_ keywords: [Keyword]) -> String {
        if keywords.isEmpty { return HTMLDocument.none }
        let top = keywords.map(\.score).filter(\.isFinite).max() ?? 0
        let rows = keywords.enumerated().map { i, k in
            "<tr>" + HTMLDocument.num("\(i + 1)") + HTMLDocument.cell(k.term, className: "nowrap")
                + "<td class=\"barcell\"><span class=\"bar\" style=\"width:" + barWidth(score: k.score, top: top)
                + "%\"></span></td>" + HTMLDocument.num(FixedFormat.fixed(k.score, 3))
                + HTMLDocument.num(FixedFormat.grouped(k.count)) + "</tr>\n"
        }.joined()
        return HTMLDocument.scrollingTable(
            className: "kw",
            headHTML: HTMLDocument.head(["#", "词语 Term", "", "得分 Score", "次数 Count"], numeric: [0, 3, 4]),
            rowsHTML: rows)
    }

    /// One table per entity type, side by side on wide screens.
    static func entityTables(_ entities: [ReportEntity]) -> String {
        let groups = ReportLabels.groupedEntities(entities)
        if groups.isEmpty { return HTMLDocument.none }
        var out = "<div class=\"groups\">\n"
        for group in groups {
            let label = ReportLabels.entityType(group.type)
            out += "<div>\n" + HTMLDocument.heading(3, label.chinese, label.english)
            let rows = group.entities.map { e in
                "<tr>" + HTMLDocument.cell(e.name) + HTMLDocument.num(FixedFormat.grouped(e.count))
                    + HTMLDocument.cell(e.forms.joined(separator: "、"), className: "muted") + "</tr>\n"
            }.joined()
            out += HTMLDocument.scrollingTable(
                headHTML: HTMLDocument.head(["名称 Name", "次数 Count", "写法 Forms"], numeric: [1]), rowsHTML: rows)
            out += "</div>\n"
        }
        return out + "</div>\n"
    }

    /// The figures in text order, each in two rows: its values, then its sentence with the figure
    /// marked, under the values (a sentence column would push the table far off a phone's screen).
    static func figureTable(_ figures: [ReportFigure]) -> String {
        if figures.isEmpty { return HTMLDocument.none }
        let esc = HTMLEscape.text
        // One string appended to, piece by piece: each `+` of a long row made a string of its own.
        var rows = ""
        rows.reserveCapacity(figures.count * 400)
        for (i, f) in figures.enumerated() {
            rows += "<tr class=\"fig\">"
            rows += HTMLDocument.num("\(i + 1)")
            rows += HTMLDocument.cell(f.text, className: "nowrap")
            rows += "<td class=\"nowrap\">"
            rows += esc(ReportLabels.figureKind(f.kind))
            rows += "<span class=\"code\">"
            rows += esc(f.kind)
            rows += "</span></td>"
            rows += HTMLDocument.cell(ReportLabels.figureValue(f.value), className: "nowrap")
            rows += HTMLDocument.cell(f.unit, className: "nowrap")
            rows += HTMLDocument.cell(ReportLabels.approximate(f.approximate), className: "nowrap")
            rows += "</tr>\n<tr class=\"sent\"><td></td><td class=\"sentence\" colspan=\"5\">"
            rows += HTMLDocument.highlighted(f.sentence, f.text)
            rows += "</td></tr>\n"
        }
        return HTMLDocument.scrollingTable(
            className: "figs",
            headHTML: HTMLDocument.head(["#", "原文 Text", "类型 Kind", "数值 Value", "单位 Unit", "约数 Approx."],
                                        numeric: [0]) + "<tr class=\"sent\"><th></th><th colspan=\"5\">"
                + HTMLDocument.headerText("句子 Sentence") + "</th></tr>\n",
            rowsHTML: rows)
    }
}
