extension HTMLRenderer {
    /// The overview page of a corpus (`index.html`): the articles, linking to `<slug>.html`; the
    /// term × article heatmap; keyness per article (G², p, Log Ratio); the similarity matrix as a shaded
    /// table; shared entities; figures side by side; skipped inputs. `articles` gives each article's
    /// top keywords and subtitle in the list; it may be empty.
    /// - Complexity: O(size of the report).
    public static func index(_ c: CorpusReport, articles: [ArticleReport]) -> String {
        var text = ""
        index(c, articles: articles) { text += $0 }
        return text
    }

    /// Bytes of page text gathered before they are handed on: the article list grows with the
    /// corpus (4.5 MB of HTML for 20,880 articles), the rest does not.
    static let indexPieceSize = 1 << 16

    /// The same page handed to `sink` in pieces, in order: their concatenation is the page, and
    /// no more than about ``indexPieceSize`` bytes of it are held at once.
    public static func index(_ c: CorpusReport, articles: [ArticleReport], to sink: (String) -> Void) {
        let esc = HTMLEscape.text
        let reports = CorpusLookup(articles)
        let (head, tail) = HTMLDocument.pageParts(title: "文析 · 语料报告", scriptHTML: HTMLTableScript.script)
        sink(head)
        var b = "<header>\n<h1>文析 · 语料报告<span class=\"en\">Corpus report</span></h1>\n"
        b += "<p class=\"subtitle\">\(c.articles.count) 篇文章<span class=\"en\">\(c.articles.count) articles</span>"
        if !c.skipped.isEmpty {
            b += "，跳过 \(c.skipped.count) 个输入<span class=\"en\">\(c.skipped.count) skipped</span>"
        }
        b += "</p>\n</header>\n<main>\n"

        // Articles.
        b += "<section>\n" + HTMLDocument.heading(2, "文章", "Articles", id: "articles")
        if c.articles.isEmpty {
            b += HTMLDocument.none
        } else {
            b += "<ol class=\"articles\">\n"
            for a in c.articles {
                let report = reports[a.slug]
                var details: [String] = []
                if let date = a.date { details.append(date) }
                details.append(FixedFormat.grouped(a.characters) + " 字")
                if let keywords = report?.keywords.prefix(5).map(\.term), !keywords.isEmpty {
                    details.append(keywords.joined(separator: "、"))
                }
                b += "<li><span class=\"badge\">#\(a.index)</span><a class=\"t\" href=\"" + HTMLEscape.href(a.slug, "html")
                    + "\">" + esc(ReportLabels.articleTitle(a.title, index: a.index)) + "</a>"
                if let subtitle = report?.subtitle, !ReportLabels.isBlank(subtitle) {
                    b += "<span class=\"d\">" + esc(subtitle) + "</span>"
                }
                b += "<span class=\"d\">" + esc(details.joined(separator: " · ")) + "</span></li>\n"
                if b.utf8.count >= indexPieceSize {
                    sink(b)
                    b = ""
                }
            }
            b += "</ol>\n"
        }
        b += "</section>\n"

        if c.compared.count < c.articles.count {
            b += "<p class=\"legend\">以下对照只列前 \(c.compared.count) 篇；corpus.json 有全部数据。"
                + "<span class=\"en\">The comparisons below show the first \(c.compared.count) articles; corpus.json has them all.</span></p>\n"
        }
        b += "<section>\n" + HTMLDocument.heading(2, "词语 × 文章", "Terms × articles", id: "terms") + heatmap(c)
            + "</section>\n"
        b += "<section>\n" + HTMLDocument.heading(2, "分布图", "Dispersion plot", id: "dispersion") + dispersionPlot(c)
            + "</section>\n"
        b += "<section>\n" + HTMLDocument.heading(2, "趋势", "Trends", id: "trends") + trendChart(c) + "</section>\n"
        b += "<section>\n" + HTMLDocument.heading(2, "关键性", "Keyness", id: "keyness") + keyness(c) + "</section>\n"
        b += "<section>\n" + HTMLDocument.heading(2, "相似度", "Similarity", id: "similarity") + similarity(c)
            + "</section>\n"
        b += "<section>\n" + HTMLDocument.heading(2, "共有实体", "Shared entities", id: "entities")
            + sharedEntities(c) + "</section>\n"
        b += "<section>\n" + HTMLDocument.heading(2, "数字对照", "Figures side by side", id: "figures")
            + figuresSideBySide(c) + "</section>\n"
        b += "<section>\n" + HTMLDocument.heading(2, "跳过的输入", "Skipped inputs", id: "skipped")
            + HTMLDocument.list(c.skipped.map { $0.path + "：" + $0.problem }) + "</section>\n"
        b += "</main>\n<footer>" + esc(c.generator)
        if !c.inputs.isEmpty { b += " · " + c.inputs.map(esc).joined(separator: "、") }
        b += "</footer>\n"
        sink(b)
        sink(tail)
    }

    /// Column headers "#1", "#2" ... with the article's title as tooltip.
    static func articleColumns(_ c: CorpusReport) -> String {
        c.compared.map { a in
            "<th class=\"num\" title=\"" + HTMLEscape.text(ReportLabels.articleTitle(a.title, index: a.index))
                + "\">#\(a.index)</th>"
        }.joined()
    }

    /// The term × article table: each cell shows the count and is shaded by occurrences per 10,000
    /// characters, on a square-root scale up to the highest rate in the table.
    static func heatmap(_ c: CorpusReport) -> String {
        let t = c.terms
        if t.terms.isEmpty || c.articles.isEmpty { return HTMLDocument.none }
        let top = t.perTenThousand.joined().filter(\.isFinite).max() ?? 0
        var out = "<div class=\"legend\"><span>每格为次数，颜色按每万字出现次数（平方根刻度）。"
            + "<span class=\"en\">Cells show counts, shaded by occurrences per 10,000 characters (square-root scale).</span></span>"
            + "<span>0 <span class=\"ramp\" style=\"background:" + HeatColor.gradient + "\"></span> "
            + FixedFormat.fixed(top, 1) + "</span></div>\n"
        let rows = t.terms.enumerated().map { i, term in
            "<tr><th class=\"term\">" + HTMLEscape.text(term) + "</th>" + c.compared.indices.map { a in
                guard let count = Grid.cell(t.counts, i, a) else { return "<td class=\"zero\">—</td>" }
                let rate = Grid.cell(t.perTenThousand, i, a) ?? 0
                let intensity = top > 0 && rate > 0 ? (rate / top).squareRoot() : 0
                let tip = term + " · #\(c.compared[a].index) " + ReportLabels.articleTitle(c.compared[a].title, index: c.compared[a].index)
                    + "：\(count) 次，每万字 " + FixedFormat.fixed(rate, 1)
                let cls = count == 0 ? " class=\"zero\"" : ""
                return "<td\(cls) style=\"" + HeatColor.style(intensity) + "\" title=\"" + HTMLEscape.text(tip) + "\">"
                    + FixedFormat.grouped(count) + "</td>"
            }.joined() + "</tr>\n"
        }.joined()
        out += HTMLDocument.scrollingTable(
            className: "heat sortable",
            headHTML: "<thead><tr><th class=\"term\">" + HTMLDocument.headerText("词语 Term") + "</th>" + articleColumns(c) + "</tr></thead>\n",
            rowsHTML: rows)
        return out
    }

    /// For each compared article, its distinctive terms with G², p and Log Ratio (corpus.json has
    /// every article's: a page for thousands of articles would be mostly this list).
    static func keyness(_ c: CorpusReport) -> String {
        if c.keyness.isEmpty { return HTMLDocument.none }
        var out = "<p class=\"legend\">对数似然 G² 与显著性 p，Log Ratio 为效应量（以 2 为底），以本篇对其余各篇。"
            + "<span class=\"en\">Log-likelihood G², its p-value, and Log Ratio (binary log of the ratio of relative "
            + "frequencies), each article against the rest.</span></p>\n<div class=\"cards wide\">\n"
        for k in c.keyness.prefix(c.compared.count) {
            out += "<div>\n<h3>" + articleLink(c, slug: k.slug) + "</h3>\n"
            if k.terms.isEmpty {
                out += HTMLDocument.none + "</div>\n"
                continue
            }
            let rows = k.terms.map { t in
                "<tr>" + HTMLDocument.cell(t.term, className: "nowrap") + HTMLDocument.num(FixedFormat.grouped(t.count))
                    + HTMLDocument.num(FixedFormat.grouped(t.otherCount)) + HTMLDocument.num(FixedFormat.fixed(t.logLikelihood, 2))
                    + HTMLDocument.num(FixedFormat.pValue(t.p)) + HTMLDocument.num(FixedFormat.fixed(t.logRatio, 2)) + "</tr>\n"
            }.joined()
            out += HTMLDocument.scrollingTable(
                className: "sortable",
                headHTML: HTMLDocument.head(["词语 Term", "本篇", "其余", "G²", "p", "Log Ratio"], numeric: [1, 2, 3, 4, 5]),
                rowsHTML: rows) + "</div>\n"
        }
        return out + "</div>\n"
    }

    /// "#2 标题" linking to the article's page, or the slug when no article has it.
    static func articleLink(_ c: CorpusReport, slug: String) -> String {
        guard let a = c.articles.first(where: { $0.slug == slug }) else { return HTMLEscape.text(slug) }
        return "<span class=\"badge\">#\(a.index)</span><a href=\"" + HTMLEscape.href(a.slug, "html") + "\">"
            + HTMLEscape.text(ReportLabels.articleTitle(a.title, index: a.index)) + "</a>"
    }

    /// The similarity matrix, shaded from 0 to 1; the diagonal is greyed.
    static func similarity(_ c: CorpusReport) -> String {
        if c.articles.isEmpty { return HTMLDocument.none }
        let rows = c.compared.indices.map { i in
            "<tr><th class=\"term\" title=\"" + HTMLEscape.text(ReportLabels.articleTitle(c.compared[i].title, index: c.compared[i].index))
                + "\">#\(c.compared[i].index)</th>" + c.compared.indices.map { j in
                    guard let v = Grid.cell(c.similarity, i, j) else { return "<td class=\"zero\">—</td>" }
                    if i == j { return "<td class=\"diag\">" + FixedFormat.fixed(v, 2) + "</td>" }
                    return "<td style=\"" + HeatColor.style(v) + "\">" + FixedFormat.fixed(v, 2) + "</td>"
                }.joined() + "</tr>\n"
        }.joined()
        return "<p class=\"legend\">TF-IDF 向量的余弦相似度。<span class=\"en\">Cosine similarity of TF-IDF vectors.</span>"
            + "<span>0 <span class=\"ramp\" style=\"background:" + HeatColor.gradient + "\"></span> 1</span></p>\n"
            + HTMLDocument.scrollingTable(
                className: "heat",
                headHTML: "<thead><tr><th class=\"term\"></th>" + articleColumns(c) + "</tr></thead>\n",
                rowsHTML: rows)
    }

    /// Entities named in several articles, with their count in each.
    static func sharedEntities(_ c: CorpusReport) -> String {
        if c.sharedEntities.isEmpty { return HTMLDocument.none }
        let rows = c.sharedEntities.map { s in
            "<tr>" + HTMLDocument.cell(s.name, className: "nowrap") + HTMLDocument.cell(ReportLabels.entityType(s.type).chinese)
                + c.compared.indices.map { a in
                    guard let n = Grid.item(s.counts, a) else { return "<td class=\"num muted\">—</td>" }
                    return n == 0 ? "<td class=\"num muted\">·</td>" : HTMLDocument.num(FixedFormat.grouped(n))
                }.joined() + "</tr>\n"
        }.joined()
        return HTMLDocument.scrollingTable(
            className: "sortable",
            headHTML: "<thead><tr><th>" + HTMLDocument.headerText("名称 Name") + "</th><th>" + HTMLDocument.headerText("类型 Type") + "</th>" + articleColumns(c) + "</tr></thead>\n",
            rowsHTML: rows)
    }

    /// One column per article listing its figures: text, kind, value and unit.
    static func figuresSideBySide(_ c: CorpusReport) -> String {
        if !c.hasFigures { return HTMLDocument.none }
        let esc = HTMLEscape.text
        var out = "<div class=\"cards\">\n"
        for a in c.compared {
            out += "<div>\n<h3>" + articleLink(c, slug: a.slug) + "</h3>\n"
            if a.figures.isEmpty {
                out += HTMLDocument.none + "</div>\n"
                continue
            }
            out += "<ul class=\"figs\">\n"
            for f in a.figures {
                var detail = ReportLabels.figureKind(f.kind) + " " + ReportLabels.figureValue(f.value)
                if let unit = f.unit, !unit.isEmpty { detail += " " + unit }
                if let approx = ReportLabels.approximate(f.approximate) { detail += "（" + approx + "）" }
                out += "<li title=\"" + esc(f.sentence) + "\"><b>" + esc(f.text) + "</b> <span class=\"muted\">"
                    + esc(detail) + "</span></li>\n"
            }
            out += "</ul>\n</div>\n"
        }
        return out + "</div>\n"
    }
}
