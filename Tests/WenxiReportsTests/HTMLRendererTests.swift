import Testing
import Foundation
import WenxiArticles
@testable import WenxiReports
@testable import WenxiTerms

/// The text between the first `start` at or after `from` and the next `end`.
private func slice(_ text: String, from start: String, to end: String, after from: String = "") -> String? {
    let base = from.isEmpty ? text.startIndex : (text.range(of: from)?.upperBound ?? text.endIndex)
    guard let s = text.range(of: start, range: base..<text.endIndex),
          let e = text.range(of: end, range: s.upperBound..<text.endIndex) else { return nil }
    return String(text[s.lowerBound..<e.upperBound])
}

/// Occurrences of `needle` in `text`.
private func occurrences(of needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
}

@Suite struct RenderHTMLTests {
    let economy = HTMLRenderer.article(RenderFixtures.economy, corpusTitle: nil)
    let research = HTMLRenderer.article(RenderFixtures.research, corpusTitle: "样例语料 <A&B>")
    let index = HTMLRenderer.index(RenderFixtures.corpus, articles: RenderFixtures.articles)

    var allPages: [String] {
        RenderFixtures.articles.map { HTMLRenderer.article($0, corpusTitle: "语料") } + [economy, research, index]
    }

    @Test func pagesAreSelfContainedChinesePages() {
        // The index page has one inline script (sorting and filtering tables), no other page any.
        #expect(occurrences(of: "<script>", in: index) == 1 && occurrences(of: "<script", in: index) == 1)
        for page in allPages.map(withoutScript) {
            #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"))
            #expect(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
            #expect(page.contains("@media print{") && page.contains("@media (max-width:40rem){"))
            #expect(page.contains("\"Noto Sans CJK SC\"") && page.contains("\"Microsoft YaHei\"") && page.contains("\"PingFang SC\""))
            for banned in ["http://", "https://", "src=", "url(", "@import", "<script", "<link", "@font-face"] {
                #expect(!page.contains(banned), "\(banned)")
            }
            #expect(page.hasSuffix("</html>\n"))
        }
    }

    /// The page without its inline script, if any.
    func withoutScript(_ page: String) -> String {
        guard let start = page.range(of: "<script>"), let end = page.range(of: "</script>") else { return page }
        return String(page[..<start.lowerBound] + page[end.upperBound...])
    }

    /// Every `&` in a page starts one of the five references the escaper writes.
    @Test func noBareAmpersands() {
        for page in allPages {
            let parts = page.components(separatedBy: "&").dropFirst()
            for part in parts {
                #expect(["amp;", "lt;", "gt;", "quot;", "#39;"].contains { part.hasPrefix($0) }, "\(part.prefix(20))")
            }
        }
    }

    @Test func titleIsEscaped() {
        var hostile = RenderFixtures.economy
        hostile.title = "<script>alert('x')</script> & “引号”|竖线"
        let page = HTMLRenderer.article(hostile, corpusTitle: nil)
        #expect(page.contains("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; “引号”|竖线</h1>"))
        #expect(page.contains("<title>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; “引号”|竖线 · 文析报告</title>"))
        #expect(!page.contains("<script"))
        #expect(research.contains("<h1>研发（R&amp;D）经费投入强度首次突破2.6%</h1>"))
        #expect(research.contains("<nav class=\"top\"><a href=\"index.html\">← 样例语料 &lt;A&amp;B&gt;</a></nav>"))
    }

    @Test func articleLinksBackToIndex() {
        #expect(economy.contains("<a href=\"index.html\">← 总览<span class=\"en\">Index</span></a>"))
    }

    @Test func metadataAndCounts() {
        #expect(economy.contains("<p class=\"subtitle\">高技术制造业增势良好，设备更新带动投资回升</p>"))
        #expect(economy.contains("<dd>新华社北京10月18日电<span class=\"code\">新华社 · 北京 · 2024-10-18</span></dd>"))
        #expect(economy.contains("<dd>记者 王明、李华</dd>"))
        #expect(economy.contains("<dt>字数<span class=\"en\">Characters</span></dt><dd>1,862</dd>"))
        #expect(economy.contains("<dt>阅读时间<span class=\"en\">Reading time</span></dt><dd>5 分钟</dd>"))
    }

    /// Bar widths are the scores over the top score, in keyword order.
    @Test func keywordBarsScaleToTheTopScore() throws {
        let chart = try #require(slice(economy, from: "<table class=\"kw\">", to: "</table>"))
        let widths = chart.components(separatedBy: "<span class=\"bar\" style=\"width:").dropFirst()
            .map { String($0.prefix { $0 != "%" }) }
        // 0.356 / 0.412 = 86.41 %, 0.301 / 0.412 = 73.06 %, ... 0.120 / 0.412 = 29.13 %.
        #expect(widths == ["100.0", "86.4", "73.1", "59.2", "48.1", "41.5", "32.3", "29.1"])
        #expect(chart.contains("<td class=\"nowrap\">工业增加值</td><td class=\"barcell\"><span class=\"bar\" style=\"width:100.0%\"></span></td><td class=\"num\">0.412</td><td class=\"num\">9</td>"))
        #expect(research.contains("<td class=\"nowrap\">R&amp;D</td><td class=\"barcell\"><span class=\"bar\" style=\"width:100.0%\">"))
    }

    @Test(arguments: [
        (0.5, 1.0, "50.0"), (0.0, 1.0, "0.0"), (-0.2, 1.0, "0.0"), (0.3, 0.0, "0.0"), (2.0, 1.0, "100.0"),
        (Double.nan, 1.0, "0.0"), (1.0, 3.0, "33.3"),
    ])
    func barWidths(score: Double, top: Double, expected: String) {
        #expect(HTMLRenderer.barWidth(score: score, top: top) == expected)
    }

    @Test func entitiesAndFigures() {
        #expect(economy.contains("<h3>人物<span class=\"en\">People</span></h3>"))
        #expect(economy.contains("<tr><td>国家统计局</td><td class=\"num\">5</td><td class=\"muted\">统计局</td></tr>"))
        #expect(economy.contains("<td class=\"sentence\" colspan=\"5\">新能源汽车产量<mark>超过800万辆</mark>，集成电路产量增长两成以上。</td>"))
        #expect(economy.contains("<td class=\"nowrap\">数量<span class=\"code\">number</span></td><td class=\"nowrap\">8,000,000</td><td class=\"nowrap\">辆</td><td class=\"nowrap\">多于</td>"))
        #expect(research.contains("<td class=\"sentence\" colspan=\"5\">基础研究经费占比 &lt;7%，企业经费贡献<mark>近六成</mark>。</td>"))
        #expect(research.contains("<li>第9行含有无法识别的字符 &lt;U+FFFD&gt; &amp; 已删除</li>"))
        #expect(occurrences(of: "<td class=\"sentence\" colspan=\"5\">", in: economy) == RenderFixtures.economy.figures.count)
    }

    @Test func indexLinksEveryArticle() {
        for a in RenderFixtures.articles {
            #expect(index.contains("<a class=\"t\" href=\"\(a.slug).html\">"))
        }
        #expect(index.contains("<span class=\"badge\">#3</span><a class=\"t\" href=\"03-yanfa-touru.html\">研发（R&amp;D）经费投入强度首次突破2.6%</a>"))
        #expect(index.contains("<span class=\"d\">XXXX-09-25 · 1,395 字 · R&amp;D、研发经费、投入强度、基础研究、企业</span>"))
    }

    /// One shaded cell per term and article, each showing its count.
    @Test func heatmapHasACellPerTermAndArticle() throws {
        let c = RenderFixtures.corpus
        let table = try #require(slice(index, from: "<table class=\"heat sortable\">", to: "</table>", after: "id=\"terms\""))
        #expect(occurrences(of: "<td", in: table) == c.terms.terms.count * c.articles.count)
        #expect(occurrences(of: "<th class=\"term\">", in: table) == c.terms.terms.count + 1)
        #expect(table.contains("<th class=\"num\" title=\"全国注册志愿者超过2.37亿人\">#2</th>"))
        // 志愿者 is 14 in article 2: 90.9 per 10k, the highest rate, so the darkest cell.
        #expect(table.contains("<td style=\"background:#08306b;color:#fff\" title=\"志愿者 · #2 全国注册志愿者超过2.37亿人：14 次，每万字 90.9\">14</td>"))
        #expect(table.contains("<td class=\"zero\" style=\"background:#f7fbff\" title=\"志愿者 · #1 "))
        #expect(table.contains("<th class=\"term\">R&amp;D</th>"))
    }

    @Test func keynessSimilarityEntitiesFiguresSkipped() throws {
        #expect(index.contains("<tr><td class=\"nowrap\">志愿者</td><td class=\"num\">14</td><td class=\"num\">0</td><td class=\"num\">33.02</td><td class=\"num\">&lt; 0.0001</td><td class=\"num\">5.11</td></tr>"))
        #expect(occurrences(of: "<h3><span class=\"badge\">", in: index) == 6)
        let similarity = try #require(slice(index, from: "<table class=\"heat\">", to: "</table>", after: "id=\"similarity\""))
        #expect(occurrences(of: "<td class=\"diag\">1.00</td>", in: similarity) == 3)
        #expect(occurrences(of: "<td", in: similarity) == 9)
        #expect(similarity.contains(">0.31</td>"))
        #expect(index.contains("<tr><td class=\"nowrap\">国家统计局</td><td>机构</td><td class=\"num\">5</td><td class=\"num muted\">·</td><td class=\"num\">2</td></tr>"))
        #expect(index.contains("<b>超过2.37亿人</b> <span class=\"muted\">数量 237,000,000 人（多于）</span>"))
        #expect(index.contains("<li>samples/broken.txt：无法解码：第 1,024 字节不是有效的 UTF-8 &lt;0xFF&gt;</li>"))
        #expect(index.contains("<footer>wenxi 0.1.0 · samples/</footer>"))
    }

    /// The index pages handed on in pieces are the pages, the article list in small pieces however
    /// many articles the corpus lists, and the HTML page's frame is the whole page's.
    @Test func indexComesInBoundedPieces() {
        var corpus = RenderFixtures.corpus
        let article = corpus.articles[0]
        corpus.articles = (0..<3_000).map { i in
            var copy = article
            copy.index = i + 1
            copy.slug = "part-\(i)"
            return copy
        }
        var pieces: [String] = []
        HTMLRenderer.index(corpus, articles: RenderFixtures.articles) { pieces.append($0) }
        #expect(pieces.joined() == HTMLRenderer.index(corpus, articles: RenderFixtures.articles))
        #expect(pieces.count > 4)
        let longestRow = 2_000
        // The head, then the article list a piece at a time, then the comparisons (of the first
        // 60 articles, whatever the corpus) and the tail.
        #expect(pieces.dropFirst().dropLast(2).allSatisfy { $0.utf8.count < HTMLRenderer.indexPieceSize + longestRow })
        #expect(pieces.dropFirst().dropLast(2).reduce(0) { $0 + $1.utf8.count } > 3_000 * 100)
        var lines: [String] = []
        MarkdownRenderer.corpus(corpus, articles: RenderFixtures.articles) { lines.append($0) }
        #expect(lines.joined() == MarkdownRenderer.corpus(corpus, articles: RenderFixtures.articles))
        #expect(lines.dropLast().allSatisfy { $0.utf8.count < HTMLRenderer.indexPieceSize + longestRow } && lines.count > 3)
        #expect(lines.joined().components(separatedBy: "](part-").count == 3_001)
        let (head, tail) = HTMLDocument.pageParts(title: "标题 & 题", scriptHTML: "<script></script>")
        #expect(head + "<p>x</p>" + tail == HTMLDocument.page(title: "标题 & 题", bodyHTML: "<p>x</p>", scriptHTML: "<script></script>"))
        #expect(head.hasSuffix("<div class=\"page\">\n") && tail.hasPrefix("</div>"))
    }

    @Test func emptyCorpusStillRenders() {
        let empty = CorpusReport(generator: "wenxi 0.1.0", inputs: [], articles: [],
                                 terms: TermTable(terms: [], counts: [], perTenThousand: []),
                                 keyness: [], similarity: [], sharedEntities: [], skipped: [])
        let page = HTMLRenderer.index(empty, articles: [])
        #expect(occurrences(of: "<p class=\"none\">", in: page) == 9)
        #expect(!MarkdownRenderer.corpus(empty, articles: []).isEmpty)
        let bare = ArticleReport(index: 4, slug: "04", source: SourceRange(firstLine: 1, lastLine: 1),
                                 statistics: ArticleStatistics(characters: 0, sentences: 0, words: 0, distinctTerms: 0, readingMinutes: 1))
        #expect(HTMLRenderer.article(bare, corpusTitle: nil).contains("<h1>第 4 篇 (Article 4)</h1>"))
    }

    @Test func deterministic() throws {
        #expect(HTMLRenderer.article(RenderFixtures.economy, corpusTitle: nil) == economy)
        #expect(HTMLRenderer.index(RenderFixtures.corpus, articles: RenderFixtures.articles) == index)
        // Through JSON and back, as the report command will read it.
        let data = try JSONEncoder().encode(RenderFixtures.corpus)
        let decoded = try JSONDecoder().decode(CorpusReport.self, from: data)
        #expect(HTMLRenderer.index(decoded, articles: RenderFixtures.articles) == index)
    }
}

@Suite struct CorpusPageSizeTests {
    /// A corpus one article larger than the pages compare, each article with one distinctive term.
    static let large: CorpusReport = {
        let n = CorpusReport.comparisonLimit + 1
        let articles = (1...n).map { CorpusArticle(index: $0, slug: "a-\($0)", title: "第\($0)篇", date: nil, characters: 100, figures: []) }
        let keyness = (1...n).map {
            ArticleKeyness(slug: "a-\($0)", terms: [KeynessTerm(term: "词\($0)号", count: 3, otherCount: 0,
                                                                logLikelihood: 9.5, p: 0.002, logRatio: 4.1)])
        }
        return CorpusReport(generator: "wenxi 0.1.0", inputs: [], articles: articles,
                            terms: TermTable(terms: [], counts: [], perTenThousand: []),
                            keyness: keyness, similarity: [], sharedEntities: [], skipped: [])
    }()

    /// Keyness is listed for the compared articles only, like the other comparisons: a page for
    /// thousands of articles would otherwise be mostly this list.
    @Test func indexPagesListKeynessOfTheComparedArticlesOnly() {
        let last = CorpusReport.comparisonLimit
        for page in [HTMLRenderer.index(Self.large, articles: []), MarkdownRenderer.corpus(Self.large, articles: [])] {
            #expect(page.contains("词1号") && page.contains("词\(last)号"))
            #expect(!page.contains("词\(last + 1)号"))
            #expect(page.contains("第\(last + 1)篇"), "every article is still listed")
        }
    }

    /// The first occurrence of a figure's text is marked in its sentence, the rest escaped.
    @Test(arguments: [
        ("全年增长5.2%，其中二季度增长5.2%", "5.2%", "全年增长<mark>5.2%</mark>，其中二季度增长5.2%"),
        ("R&D投入<3亿元>", "3亿元", "R&amp;D投入&lt;<mark>3亿元</mark>&gt;"),
        ("没有这个数", "7天", "没有这个数"),
        ("短", "更长的部分", "短"),
        ("句子", "", "句子"),
        ("末尾是5万", "5万", "末尾是<mark>5万</mark>"),
    ])
    func sentencesMarkTheirFigure(sentence: String, part: String, expected: String) {
        #expect(HTMLDocument.highlighted(sentence, part) == expected)
    }
}
