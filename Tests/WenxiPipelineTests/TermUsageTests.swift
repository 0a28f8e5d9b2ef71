import Testing
@testable import WenxiPipeline
import WenxiTerms

@Suite struct TermUsageTests {
    /// 数字经济 发展 快 。 数字经济 是 新 引擎 。 — 7 words, 2 of them 数字经济.
    static let first = CorpusDocument(
        path: "a.txt", article: 1,
        tokens: ["数字经济", "发展", "快", "。", "数字经济", "是", "新", "引擎", "。"])

    @Test func countsContextsAndRate() throws {
        let usage = TermUsage.count("数字经济", in: [TermUsageTests.first], width: 3)
        let use = try #require(usage.articles.first)
        #expect(usage.term == "数字经济" && use.count == 2 && use.path == "a.txt" && use.article == 1)
        #expect(use.contexts == [
            TermUsage.Context(left: "", match: "数字经济", right: "发展快", start: 0, end: 4),
            TermUsage.Context(left: "展快。", match: "数字经济", right: "是新引", start: 8, end: 12),
        ])
        // 2 occurrences in 7 words: 2 × 10,000 / 7 = 2857.142…, two decimals.
        #expect(use.perTenThousand == 2857.14)
    }

    /// Words, not substrings: 经济 inside the word 数字经济 is no occurrence of 经济.
    @Test func countsWordsNotSubstrings() throws {
        let use = try #require(TermUsage.count("经济", in: [TermUsageTests.first]).articles.first)
        #expect(use.count == 0 && use.contexts.isEmpty)
    }

    @Test func emptyTermAndEmptyDocument() throws {
        #expect(try #require(TermUsage.count("", in: [TermUsageTests.first]).articles.first).count == 0)
        let empty = try #require(TermUsage.count("经济", in: [CorpusDocument(tokens: [])]).articles.first)
        #expect(empty.count == 0 && empty.perTenThousand == 0)
        #expect(TermUsage.count("经济", in: []).articles.isEmpty)
    }

    /// Every document gets a row, in order, with its own count.
    @Test func oneRowPerDocumentInOrder() throws {
        let second = CorpusDocument(path: "b.txt", article: 2, tokens: ["无", "数字经济"])
        let usage = TermUsage.count("数字经济", in: [TermUsageTests.first, second])
        #expect(usage.articles.map(\.article) == [1, 2])
        #expect(usage.articles.map(\.count) == [2, 1])
        // 1 occurrence in 2 words: 5000 per 10,000.
        #expect(usage.articles[1].perTenThousand == 5000)
    }
}
