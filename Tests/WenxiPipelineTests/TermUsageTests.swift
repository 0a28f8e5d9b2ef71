import Testing
import WenxiArticles
@testable import WenxiPipeline
import WenxiText

@Suite struct TermUsageTests {
    func article(_ index: Int, _ paragraphs: [String]) -> Article {
        Article(index: index, title: "第\(index)篇", paragraphs: paragraphs, source: SourceRange(path: "a.txt", firstLine: 1, lastLine: 2))
    }

    @Test func countsContextsAndRate() throws {
        let usage = TermUsage.find("数字经济", in: [article(1, ["数字经济发展快。数字经济是新引擎。"])], width: 3)
        let use = try #require(usage.articles.first)
        #expect(usage.term == "数字经济" && use.count == 2 && use.path == "a.txt" && use.title == "第1篇")
        #expect(use.contexts == [
            TermUsage.Context(left: "", match: "数字经济", right: "发展快", start: 0, end: 4),
            TermUsage.Context(left: "展快。", match: "数字经济", right: "是新引", start: 8, end: 12),
        ])
        // 2 occurrences in 17 characters: 2 × 10,000 / 17 = 1176.47…
        #expect(use.perTenThousand == 1176.47)
    }

    @Test func occurrencesDoNotOverlap() throws {
        let use = try #require(TermUsage.find("哈哈", in: [article(1, ["哈哈哈哈哈"])]).articles.first)
        #expect(use.contexts.map(\.start) == [0, 2])
    }

    @Test func emptyTermAndEmptyArticle() throws {
        #expect(try #require(TermUsage.find("", in: [article(1, ["数字经济"])]).articles.first).count == 0)
        let empty = try #require(TermUsage.find("经济", in: [article(1, [])]).articles.first)
        #expect(empty.count == 0 && empty.perTenThousand == 0)
        #expect(TermUsage.find("经济", in: []).articles.isEmpty)
    }

    /// The search runs on folded text: full-width and (with simplify) Traditional forms match,
    /// and the match shows the original.
    @Test func foldedMatching() throws {
        let wide = try #require(TermUsage.find("GDP", in: [article(1, ["ＧＤＰ增长５％"])]).articles.first)
        #expect(wide.count == 1 && wide.contexts.first?.match == "ＧＤＰ")
        let traditional = [article(1, ["經濟發展"])]
        #expect(try #require(TermUsage.find("经济", in: traditional).articles.first).count == 0)
        let simplified = TermUsage.find("经济", in: traditional, normalizer: TextNormalizer(simplify: true))
        #expect(try #require(simplified.articles.first).contexts.first?.match == "經濟")
    }

    /// A line break inside the context is shown as a space; every article gets a row, in order.
    @Test func contextsAcrossParagraphsAndManyArticles() throws {
        let usage = TermUsage.find("丙", in: [article(1, ["甲乙", "丙丁"]), article(2, ["无"])], width: 2)
        #expect(usage.articles.map(\.article) == [1, 2])
        #expect(usage.articles[0].contexts.first?.left == "乙 ")
        #expect(usage.articles[1].count == 0)
    }
}
