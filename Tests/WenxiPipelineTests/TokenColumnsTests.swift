import Testing
import WenxiSegmentation
import WenxiTerms
@testable import WenxiPipeline

@Suite struct TokenColumnsTests {
    /// Gaps, a token longer than one digit can say, a folded text, an entity and a missing tag survive.
    @Test func columnsRoundTrip() throws {
        let long = String(repeating: "a", count: 40)
        let text = Array("北京 ，\(long)".unicodeScalars)
        let tokens = [
            TermToken(text: "北京", start: 0, end: 2, kind: .word, tag: "ns", entityType: "place"),
            TermToken(text: ",", start: 3, end: 4, kind: .punctuation, tag: nil),
            TermToken(text: long, start: 4, end: 44, kind: .latin, tag: "eng"),
        ]
        let columns = TokenColumns(tokens, text: text)
        #expect(columns.lengths == "21~" && columns.gapAt == [1] && columns.gaps == [1] && columns.longs == [40])
        #expect(columns.textAt == [1] && columns.texts == [","])
        #expect(try columns.tokens(text: text) == tokens)
        #expect(try TokenColumns([], text: []).tokens(text: []) == [])
    }

    @Test func columnsOfDifferentLengthsAreMalformed() {
        var columns = TokenColumns([TermToken(text: "北", start: 0, end: 1, kind: .word, tag: "n")], text: ["北"])
        columns.kinds = "ww"
        #expect(throws: RecordError.Problem.self) { try columns.tokens(text: ["北"]) }
    }
}
