import Testing
@testable import WenxiSegmentation
@testable import WenxiTerms
@testable import WenxiText

/// The corpus tools' words are the term stage's tokens, terms marked as the term stage finds them.
@Suite struct CorpusWordsTests {
    @Test func theTermsAmongTheWordsAreTheTermStagesTerms() throws {
        let extractor = try TermExtractor()
        let text = "新华社北京5月1日电（记者张明）国家统计局表示，2024年GDP增长5.2%，AI产业和粮食安全受到关注。"
        let tokens = extractor.tokens(in: text)
        let words = extractor.corpusWords(from: tokens)
        #expect(words.filter(\.isTerm).map(\.text) == extractor.terms(from: tokens).map(\.term))
        #expect(words.filter { !$0.isWord }.allSatisfy { $0.text.unicodeScalars.allSatisfy { !$0.properties.isAlphabetic } })
    }

    @Test func documentsOfTokensMarkPunctuationAndTerms() {
        let document = CorpusDocument(tokens: ["城市", "，", "GDP", "增长", "5%"], terms: ["城市", "GDP"])
        #expect(document.words.map(\.isWord) == [true, false, true, true, true])
        #expect(document.words.map(\.isTerm) == [true, false, true, false, false])
        #expect(document.wordCount == 4)
        #expect(document.words.map(\.start) == [0, 2, 3, 6, 8])
        #expect(document.label == "-#1")
    }
}
