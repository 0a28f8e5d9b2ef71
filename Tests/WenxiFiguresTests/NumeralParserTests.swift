import Testing
@testable import WenxiFigures

/// Numerals read into values: Arabic, Chinese, mixed, ranges of adjacent digits, edge cases.
@Suite struct NumeralParserTests {
    func parse(_ text: String, at start: Int = 0) -> ParsedNumber? {
        NumeralParser.parse(text.unicodeScalars.map(\.value), at: start)
    }

    @Test func emptyAndOutOfRangeGiveNothing() {
        #expect(parse("") == nil)
        #expect(parse("5", at: 1) == nil)
        #expect(parse("5", at: -1) == nil)
        #expect(parse("人") == nil)
    }

    @Test func oneDigit() {
        #expect(parse("7")?.value == 7)
        #expect(parse("七")?.value == 7)
        #expect(parse("一")?.isLoneOne == true)
        #expect(parse("７")?.value == 7)
    }

    @Test(arguments: [
        ("1,234,567", 1234567.0), ("2.37亿", 237000000), ("5万4千6百", 54600), ("三千五百万", 35000000),
        ("一百五", 150), ("三万五", 35000), ("三千零五十", 3050), ("十五", 15), ("10万万", 1e9), ("1.3908万亿", 1.3908e12),
        ("二〇二三", 2023), ("三点五", 3.5), ("二十点五", 20.5), ("一百点零五", 100.05), ("二点三七亿", 237000000),
        ("一千二点四", 1200.4), ("壹佰贰拾", 120), ("3万5000", 35000), ("一千二百三十四", 1234),
    ])
    func manyForms(_ text: String, _ value: Double) {
        let v = parse(text)?.value ?? -1
        #expect(abs(v - value) <= value * 1e-12, "\(text)")
    }

    @Test func adjacentDigitsAreARange() {
        let n = parse("三四十")
        #expect(n?.value == 30)
        #expect(n?.upper == 40)
        #expect(parse("一两")?.upper == 2)
        #expect(parse("三五")?.upper == 5)
    }

    @Test func vagueDigitsAreLowerBounds() {
        #expect(parse("几十")?.value == 10)
        #expect(parse("十几万")?.value == 100000)
        #expect(parse("十几万")?.upper == 200000)
        #expect(parse("几十")?.upper == 100)
        #expect(parse("一百几十")?.upper == 200)
        #expect(parse("数千")?.vague == true)
        #expect(parse("数人") == nil)   // 数 starts a number only before a multiplier
    }

    @Test func flagsDescribeTheRun() {
        #expect(parse("二〇二三")?.digitString == true)
        #expect(parse("192.168.1.1")?.dotted == true)
        #expect(parse("2024")?.plainDigits == 4)
        #expect(parse("1.5")?.plainDigits == 0)
        #expect(parse("万")?.bareMultiplier == true)
        #expect(parse("5万")?.trailingBigExponent == 4)
        #expect(parse("千米") == nil)   // a unit that starts with a multiplier
    }

    @Test func extremesStayFinite() {
        #expect(parse("9223372036854775807")?.value == 9223372036854775807)
        let long = parse(String(repeating: "9", count: 40))
        #expect(long.map { abs($0.value / 1e40 - 1) < 1e-9 } == true)
        #expect(parse("1" + String(repeating: "亿", count: 3))?.value == 1e24)
        #expect(parse("1" + String(repeating: "亿", count: 50))?.value.isFinite == false)
        #expect(parse(String(repeating: "一", count: 20))?.end == 8)   // a digit string stops at 8 digits
    }
}
