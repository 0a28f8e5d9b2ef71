import Testing
@testable import WenxiTerms

@Suite struct StopwordsTests {
    @Test func parseReadsWordsAndSkipsComments() {
        #expect(Stopwords.parse("的 了\n# a comment 是\n是 # tail 在\n\n  和\t与  \r\n") == ["的", "了", "是", "和", "与"])
        #expect(Stopwords.parse("").isEmpty)
        #expect(Stopwords.parse("# only a comment").isEmpty)
    }

    /// Every line break `Character.isNewline` knows ends a comment; Unicode white space separates words.
    @Test func parseKnowsUnicodeLineBreaksAndSpaces() {
        #expect(Stopwords.parse("甲\u{3000}乙#丙\u{2028}丁\u{A0}戊#己\r\n庚\u{85}辛\u{0C}壬") == ["甲", "乙", "丁", "戊", "庚", "辛", "壬"])
        #expect(Stopwords.parse("word#note\nnext") == ["word", "next"])
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
