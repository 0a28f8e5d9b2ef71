import WenxiTerms

/// Renders report data as Markdown (GitHub-flavoured tables): `<slug>.md` for an article and an
/// overview of the corpus. Every value from the text is escaped, so a `|` or `<` in a term shows as
/// itself. The output depends only on the data: the same reports give byte-identical Markdown.
public enum MarkdownRenderer {
    /// The Markdown report of one article: heading and metadata, counts, keywords, entities by type,
    /// figures, repairs, warnings and the body paragraphs.
    /// - Complexity: O(size of the report).
    public static func article(_ r: ArticleReport) -> String {
        let e = MarkdownEscape.inline
        var out = "# " + e(ReportLabels.articleTitle(r.title, index: r.index)) + "\n\n"
        out += metadata(r) + overview(r.statistics) + keywordSection(r.keywords) + entitySection(r.entities)
            + figureSection(r.figures)
        out += "## 修复 (Repairs)\n\n" + list(r.repairs)
        out += "## 警告 (Warnings)\n\n" + list(r.warnings)

        if !r.paragraphs.isEmpty {
            out += "## 正文 (Text)\n\n"
            for p in r.paragraphs where !ReportLabels.isBlank(p) { out += e(p) + "\n\n" }
        }
        return trimmedToOneNewline(out)
    }

    /// The list of subtitle, dateline, byline and source.
    static func metadata(_ r: ArticleReport) -> String {
        let e = MarkdownEscape.inline
        var out = ""
        var meta: [String] = []
        if let subtitle = r.subtitle, !ReportLabels.isBlank(subtitle) {
            meta.append("副题 (Subtitle)：" + e(subtitle))
        }
        if let d = r.dateline {
            var line = "电头 (Dateline)：" + e(d.text)
            if let detail = ReportLabels.datelineDetail(d) { line += "（" + e(detail) + "）" }
            meta.append(line)
        }
        if !r.byline.isEmpty {
            meta.append("作者 (Byline)：" + r.byline.map(e).joined(separator: "、"))
        }
        meta.append("来源 (Source)：" + e(ReportLabels.source(r.source)))
        out += meta.map { "- " + $0 + "\n" }.joined() + "\n"
        return out
    }

    /// The counts table.
    static func overview(_ s: ArticleStatistics) -> String {
        var out = ""
        out += "## 概况 (Overview)\n\n"
        out += MarkdownTable(
            header: ["项目 (Measure)", "数值 (Value)"], rightAligned: [1],
            rows: [
                ["字数 (Characters)", FixedFormat.grouped(s.characters)],
                ["句数 (Sentences)", FixedFormat.grouped(s.sentences)],
                ["词数 (Words)", FixedFormat.grouped(s.words)],
                ["不同词语 (Distinct terms)", FixedFormat.grouped(s.distinctTerms)],
                ["阅读时间 (Reading time)", "\(s.readingMinutes) 分钟 (min)"],
            ]).rendered + "\n"
        return out
    }

    /// The keyword table, best first.
    static func keywordSection(_ keywords: [Keyword]) -> String {
        var out = ""
        out += section("关键词 (Keywords)", isEmpty: keywords.isEmpty) {
            MarkdownTable(
                header: ["#", "词语 (Term)", "得分 (Score)", "次数 (Count)"], rightAligned: [0, 2, 3],
                rows: keywords.enumerated().map { i, k in
                    ["\(i + 1)", MarkdownEscape.cell(k.term), FixedFormat.fixed(k.score, 3), FixedFormat.grouped(k.count)]
                }).rendered + "\n"
        }
        return out
    }

    /// One table of entities a type.
    static func entitySection(_ entities: [ReportEntity]) -> String {
        let e = MarkdownEscape.inline
        var out = ""
        out += "## 实体 (Entities)\n\n"
        let groups = ReportLabels.groupedEntities(entities)
        if groups.isEmpty { out += "无 (none)\n\n" }
        for group in groups {
            let label = ReportLabels.entityType(group.type)
            out += "### " + e(label.chinese) + " (" + e(label.english) + ")\n\n"
                + MarkdownTable(
                header: ["名称 (Name)", "次数 (Count)", "写法 (Forms)"], rightAligned: [1],
                rows: group.entities.map { entity in
                    [MarkdownEscape.cell(entity.name), FixedFormat.grouped(entity.count),
                     entity.forms.isEmpty ? "" : entity.forms.map(e).joined(separator: "、")]
                }).rendered + "\n"
        }
        return out
    }

    /// The figure table.
    static func figureSection(_ figures: [ReportFigure]) -> String {
        let e = MarkdownEscape.inline
        var out = ""
        out += section("数字 (Figures)", isEmpty: figures.isEmpty) {
            MarkdownTable(
                header: ["#", "原文 (Text)", "类型 (Kind)", "数值 (Value)", "单位 (Unit)", "约数 (Approx.)",
                         "句子 (Sentence)"],
                rightAligned: [0],
                rows: figures.enumerated().map { i, f in
                    ["\(i + 1)", MarkdownEscape.cell(f.text),
                     e(ReportLabels.figureKind(f.kind)) + " (" + e(f.kind) + ")",
                     e(ReportLabels.figureValue(f.value)), MarkdownEscape.cell(f.unit, placeholder: ""),
                     f.approximate.map { e(ReportLabels.approximate($0) ?? $0) + " (" + e($0) + ")" } ?? "",
                     MarkdownEscape.cell(f.sentence)]
                }).rendered + "\n"
        }
        return out
    }

    /// The Markdown overview of a corpus: its articles (linking to `<slug>.md`), the term × article
    /// table, keyness per article, the similarity matrix, shared entities, figures per article and
    /// skipped inputs. `articles` gives each article's top keywords in the list; it may be empty.
    /// - Complexity: O(size of the report).
    public static func corpus(_ c: CorpusReport, articles: [ArticleReport]) -> String {
        var text = ""
        corpus(c, articles: articles) { text += $0 }
        return text
    }

    /// The same page handed to `sink` in pieces, in order: their concatenation is the page, and
    /// the article list, which grows with the corpus, is handed on a few rows at a time.
    public static func corpus(_ c: CorpusReport, articles: [ArticleReport], to sink: (String) -> Void) {
        let e = MarkdownEscape.inline
        var out = "# 语料报告 (Corpus report)\n\n"
        out += "- 生成 (Generator)：" + e(c.generator) + "\n"
        out += "- 文章 (Articles)：\(c.articles.count)\n"
        out += "- 输入 (Inputs)：" + (c.inputs.isEmpty ? "—" : c.inputs.map(e).joined(separator: "、")) + "\n\n"
        out += "## 文章 (Articles)\n\n"
        sink(out)
        articleTable(c, articles: articles, to: sink)
        out = termTable(c) + keynessSection(c) + comparisonSections(c)
        out += "## 跳过的输入 (Skipped inputs)\n\n"
        out += list(c.skipped.map { $0.path + "：" + $0.problem })
        // The last piece is never only line feeds (it has the skipped inputs' heading).
        sink(trimmedToOneNewline(out))
    }

    /// The article list, with each article's top keywords, a piece of about
    /// ``HTMLRenderer/indexPieceSize`` bytes at a time.
    static func articleTable(_ c: CorpusReport, articles: [ArticleReport], to sink: (String) -> Void) {
        let e = MarkdownEscape.inline
        let reports = CorpusLookup(articles)
        let table = MarkdownTable(header: ["#", "标题 (Title)", "日期 (Date)", "字数 (Characters)", "关键词 (Keywords)"],
                                  rightAligned: [0, 3])
        var out = table.head
        for a in c.articles {
            out += table.line(["\(a.index)",
                               "[" + e(ReportLabels.articleTitle(a.title, index: a.index)) + "](" + HTMLEscape.href(a.slug, "md") + ")",
                               MarkdownEscape.cell(a.date), FixedFormat.grouped(a.characters),
                               (reports[a.slug]?.keywords.prefix(5).map { e($0.term) } ?? []).joined(separator: "、")])
            if out.utf8.count >= HTMLRenderer.indexPieceSize {
                sink(out)
                out = ""
            }
        }
        sink(out + "\n")
    }

    /// The term × article table (the first articles only), after a note when the corpus has more.
    static func termTable(_ c: CorpusReport) -> String {
        var out = ""
        if c.compared.count < c.articles.count {
            out += "以下对照表只列前 \(c.compared.count) 篇；corpus.json 有全部数据。"
                + "The tables below show the first \(c.compared.count) articles; corpus.json has them all.\n\n"
        }
        out += section("词语 × 文章 (Terms × articles)", isEmpty: c.terms.terms.isEmpty) {
            "每格：次数（每万字）。Each cell: count (per 10,000 characters).\n\n"
                + MarkdownTable(
                header: ["词语 (Term)"] + c.compared.map { "#\($0.index)" },
                rightAligned: Set(1...max(1, c.compared.count)),
                rows: c.terms.terms.enumerated().map { t, term in
                    [MarkdownEscape.cell(term)] + c.compared.indices.map { a in
                        let count = Grid.cell(c.terms.counts, t, a)
                        let rate = Grid.cell(c.terms.perTenThousand, t, a)
                        guard let count else { return "—" }
                        return FixedFormat.grouped(count) + (rate.map { " (" + FixedFormat.fixed($0, 1) + ")" } ?? "")
                    }
                }).rendered + "\n"
        }
        return out
    }

    /// Keyness tables, one an article.
    static func keynessSection(_ c: CorpusReport) -> String {
        let e = MarkdownEscape.inline
        var out = ""
        out += "## 关键性 (Keyness)\n\n"
        out += "对数似然 G²、显著性 p 与 Log Ratio（效应量），以本篇对其余各篇。"
            + "Log-likelihood G², its p-value and Log Ratio (effect size), each article against the rest.\n\n"
        if c.keyness.isEmpty { out += "无 (none)\n\n" }
        // The compared articles only, as the other tables: corpus.json has every article's.
        for k in c.keyness.prefix(c.compared.count) {
            out += "### " + e(articleLabel(c, slug: k.slug)) + "\n\n"
            if k.terms.isEmpty {
                out += "无 (none)\n\n"
                continue
            }
            out += MarkdownTable(
                header: ["词语 (Term)", "本篇 (Here)", "其余 (Rest)", "G²", "p", "Log Ratio"],
                rightAligned: [1, 2, 3, 4, 5],
                rows: k.terms.map { t in
                    [MarkdownEscape.cell(t.term), FixedFormat.grouped(t.count), FixedFormat.grouped(t.otherCount),
                     FixedFormat.fixed(t.logLikelihood, 2), e(FixedFormat.pValue(t.p)), FixedFormat.fixed(t.logRatio, 2)]
                }).rendered + "\n"
        }
        return out
    }

    /// The similarity matrix, shared entities and figures side by side.
    static func comparisonSections(_ c: CorpusReport) -> String {
        let e = MarkdownEscape.inline
        var out = ""
        out += section("相似度 (Similarity)", isEmpty: c.articles.isEmpty) {
            "TF-IDF 向量的余弦相似度。Cosine similarity of TF-IDF vectors.\n\n"
                + MarkdownTable(
                header: [""] + c.compared.map { "#\($0.index)" },
                rightAligned: Set(1...max(1, c.compared.count)),
                rows: c.compared.indices.map { i in
                    ["#\(c.compared[i].index)"] + c.compared.indices.map { j in
                        Grid.cell(c.similarity, i, j).map { FixedFormat.fixed($0, 2) } ?? "—"
                    }
                }).rendered + "\n"
        }

        out += section("共有实体 (Shared entities)", isEmpty: c.sharedEntities.isEmpty) {
            MarkdownTable(
                header: ["名称 (Name)", "类型 (Type)"] + c.compared.map { "#\($0.index)" },
                rightAligned: Set(2..<(2 + c.compared.count)),
                rows: c.sharedEntities.map { s in
                    let label = ReportLabels.entityType(s.type)
                    return [MarkdownEscape.cell(s.name), e(label.chinese)]
                        + c.compared.indices.map { a in Grid.item(s.counts, a).map(FixedFormat.grouped) ?? "—" }
                }).rendered + "\n"
        }

        out += "## 数字对照 (Figures side by side)\n\n"
        if !c.hasFigures { out += "无 (none)\n\n" }
        for a in c.compared where !a.figures.isEmpty {
            out += "### " + e("#\(a.index) " + ReportLabels.articleTitle(a.title, index: a.index)) + "\n\n"
            out += list(a.figures.map(figureSummary))
        }
        return out
    }

    /// A `## heading` and `body()`, or "无 (none)" when there is nothing to show.
    static func section(_ heading: String, isEmpty: Bool, _ body: () -> String) -> String {
        "## \(heading)\n\n" + (isEmpty ? "无 (none)\n\n" : body())
    }

    /// "#2 标题" for the article with that slug, or the slug itself.
    static func articleLabel(_ c: CorpusReport, slug: String) -> String {
        guard let a = c.articles.first(where: { $0.slug == slug }) else { return slug }
        return "#\(a.index) " + ReportLabels.articleTitle(a.title, index: a.index)
    }

    /// "2.37亿 — 数量 237000000 人（多于）" for a figure, unescaped.
    static func figureSummary(_ f: ReportFigure) -> String {
        var s = f.text + " — " + ReportLabels.figureKind(f.kind) + " " + ReportLabels.figureValue(f.value)
        if let unit = f.unit, !unit.isEmpty { s += " " + unit }
        if let approx = ReportLabels.approximate(f.approximate) { s += "（" + approx + "）" }
        return s
    }

    /// A bulleted list of escaped items, or "无 (none)", followed by a blank line.
    static func list(_ items: [String]) -> String {
        if items.isEmpty { return "无 (none)\n\n" }
        return items.map { "- " + MarkdownEscape.cell($0, placeholder: "") + "\n" }.joined() + "\n"
    }

    /// The text ending in exactly one newline.
    static func trimmedToOneNewline(_ text: String) -> String {
        var t = text
        while t.hasSuffix("\n") { t.removeLast() }
        return t + "\n"
    }
}
