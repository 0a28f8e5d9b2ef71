import Testing
@testable import WenxiTerms

@Suite struct NGramTests {
    static let documents = [
        CorpusDocument(article: 1, tokens: ["数字", "经济", "发展", "，", "数字", "经济", "增长"]),
        CorpusDocument(article: 2, tokens: ["发展", "数字", "经济", "。"]),
    ]

    @Test func countsAndArticles() throws {
        let grams = NGram.count(in: NGramTests.documents, lengths: 2...3)
        let digital = try #require(grams.first { $0.words == ["数字", "经济"] })
        #expect(digital.count == 3 && digital.articles == 2)
        #expect(grams.first == digital)
        // The comma breaks the text: no 发展 数字 in the first article; the second has one.
        #expect(grams.first { $0.words == ["发展", "数字"] }?.count == 1)
        #expect(grams.filter { $0.words.count == 3 }.map(\.text).sorted() == ["发展 数字 经济", "数字 经济 发展", "数字 经济 增长"])
        // Bigrams 数字 经济, 经济 发展, 经济 增长, 发展 数字; three trigrams.
        #expect(grams.count == 4 + 3)
    }
}
