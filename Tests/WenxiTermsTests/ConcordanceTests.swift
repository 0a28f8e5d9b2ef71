import Testing
@testable import WenxiSegmentation
@testable import WenxiTerms
@testable import WenxiText

@Suite struct ConcordanceTests {
    static let document = CorpusDocument(
        path: "a.txt", article: 1,
        tokens: ["推进", "城市", "更新", "，", "完善", "城市", "功能", "，", "建设", "宜居", "城市", "。"])

    @Test func oneLinePerOccurrenceWithContext() {
        let kwic = Concordance([ConcordanceTests.document], term: "城市", width: 3)
        #expect(kwic.lines.count == 3)
        #expect(kwic.lines.map(\.start) == [2, 9, 18])
        #expect(kwic.lines[1].left == "，完善")
        #expect(kwic.lines[1].keyword == "城市")
        #expect(kwic.lines[1].right == "功能，")
        #expect(kwic.lines[0].left == "推进")
        #expect(kwic.lines[2].right == "。")
    }

    @Test func sortsByTheWordsNextToTheKeyword() {
        let left = Concordance([ConcordanceTests.document], term: "城市", sort: .left)
        // L1 words: 推进 (U+63A8), 完善 (U+5B8C), 宜居 (U+5B9C).
        #expect(left.lines.map(\.start) == [9, 18, 2])
        let right = Concordance([ConcordanceTests.document], term: "城市", sort: .right)
        // R1 words: 更新 (U+66F4), 功能 (U+529F), none (the end of the text sorts first).
        #expect(right.lines.map(\.start) == [18, 9, 2])
    }

    @Test func itsCountIsTheWordListCountOnSegmentedText() throws {
        let extractor = try TermExtractor()
        let text = "城市更新要让城市更宜居。城市规划和城市群建设同步推进，城市化进程加快。"
        let words = extractor.corpusWords(from: extractor.tokens(in: text))
        let document = CorpusDocument(text: text, words: words)
        let list = FrequencyList([document])
        for entry in list.entries {
            #expect(Concordance([document], term: entry.term).lines.count == entry.count, "\(entry.term)")
        }
        // Words, not substrings: 城市 inside 城市群 or 城市化 is not 城市.
        let substrings = text.components(separatedBy: "城市").count - 1
        let tokens = Concordance([document], term: "城市").lines.count
        #expect(substrings == 5)
        // 城市更新, 城市规划, 城市群 and 城市化 are words of their own: 城市 alone is said once (让城市更宜居).
        #expect(tokens == 1)
    }
}
