import Testing
@testable import WenxiTerms

@Suite struct FrequencyListTests {
    /// Two small articles: five words and three words (punctuation is no word).
    static let documents = [
        CorpusDocument(article: 1, tokens: ["城市", "的", "更新", "，", "城市", "建设", "。"], terms: ["城市", "更新", "建设"]),
        CorpusDocument(article: 2, tokens: ["乡村", "的", "城市", "。"], terms: ["乡村", "城市"]),
    ]

    @Test func countsRatesRangeAndDispersion() throws {
        let list = FrequencyList(FrequencyListTests.documents, byArticle: true)
        #expect(list.wordCount == 8)
        #expect(list.articleSizes == [5, 3])
        let city = try #require(list.entry(for: "城市"))
        #expect(city.count == 3)
        #expect(abs(city.perTenThousand - 3.0 * 10_000 / 8) < 1e-9)
        #expect(city.articles == 2)
        #expect(city.byArticle == [2, 1])
        let dp = 0.5 * (abs(2.0 / 3 - 5.0 / 8) + abs(1.0 / 3 - 3.0 / 8))
        #expect(abs(city.dispersion.dp - dp) < 1e-12)
        #expect(list.entry(for: "，") == nil)
        #expect(list.entries.map(\.term).prefix(2) == ["城市", "的"])
    }

    @Test func minimumCountAndTermsOnly() {
        let list = FrequencyList(FrequencyListTests.documents, minimumCount: 2)
        #expect(list.entries.map(\.term) == ["城市", "的"])
        let terms = FrequencyList(FrequencyListTests.documents, termsOnly: true)
        #expect(!terms.entries.contains { $0.term == "的" })
        #expect(terms.entries.count == 4)
        #expect(terms.wordCount == 8)
    }
}
