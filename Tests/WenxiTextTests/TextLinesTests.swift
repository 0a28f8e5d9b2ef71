import Testing
@testable import WenxiText

@Suite struct TextLinesTests {
    @Test(arguments: [
        ("", []), ("\n", [""]), ("甲", ["甲"]), ("甲\n", ["甲"]), ("甲\n\n乙", ["甲", "", "乙"]),
        ("甲\r\n乙\r\n", ["甲", "乙"]), ("甲\n\n", ["甲", ""]), ("\r\n", [""]),
    ] as [(String, [String])])
    func lines(text: String, expected: [String]) {
        #expect(TextLines.split(text) == expected)
    }
}
