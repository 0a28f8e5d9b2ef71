import Testing
@testable import WenxiTerms

@Suite struct StopwordsTests {
    @Test func parseReadsWordsAndSkipsComments() {
        #expect(Stopwords.parse("的 了\n# a comment 是\n是 # tail 在\n\n  和\t与  \r\n") == ["的", "了", "是", "和", "与"])
        #expect(Stopwords.parse("").isEmpty)
        #expect(Stopwords.parse("# only a comment").isEmpty)
    }

    /// English stopwords match in any case that has a lower-case letter; all capitals is an acronym.
    @Test func englishWordsByCase() {
        let stopwords = Stopwords(words: ["的"], englishWords: ["The", "of"])
        #expect(stopwords.contains("的"))
        #expect(stopwords.contains("the") && stopwords.contains("The") && stopwords.contains("Of"))
        #expect(!stopwords.contains("THE") && !stopwords.contains("OF"))
        #expect(!stopwords.contains("经济") && !stopwords.contains(""))
    }
}
