import Testing
@testable import WenxiText

@Suite struct DatelineParserTests {
    func parse(_ text: String) -> DatelineParser.Match? { DatelineParser.parse(Array(text.unicodeScalars)) }

    @Test func agencyPlaceDateAndReporter() throws {
        let match = try #require(parse("新华社杭州3月2日电（记者 王明）今天上午，杭州召开大会。"))
        let d = match.dateline
        #expect(d.raw == "新华社杭州3月2日电（记者 王明）")
        #expect(d.agency == "新华社" && d.place == "杭州")
        #expect(d.year == nil && d.month == 3 && d.day == 2)
        #expect(d.reporters == ["王明"])
        #expect(match.length == 17 && match.consumed == 17)   // 3 + 2 + 4 + 1 + 7 code points
    }

    @Test func fullDateAndSeparatorsAfterIt() throws {
        let match = try #require(parse("  新华社北京2024年11月4日电——记者从有关部门获悉"))
        #expect(match.dateline.raw == "新华社北京2024年11月4日电")
        #expect(match.dateline.year == 2024 && match.dateline.month == 11 && match.dateline.day == 4)
        #expect(match.length == 18)       // two spaces, then 16 code points
        #expect(match.consumed == 20)     // and the dash
    }

    @Test func chineseNumeralDates() throws {
        let d = try #require(parse("新华社华盛顿十一月二十三日电 美国……")).dateline
        #expect(d.place == "华盛顿" && d.month == 11 && d.day == 23)
    }

    @Test func agencyWithoutDate() throws {
        let benbao = try #require(parse("本报讯 记者李华报道："))
        #expect(benbao.dateline.raw == "本报讯" && benbao.dateline.agency == "本报")
        #expect(benbao.dateline.place == nil && benbao.dateline.day == nil)
        #expect(benbao.consumed == 4)
        let ju = try #require(parse("据新华社电 国务院……"))
        #expect(ju.dateline.raw == "据新华社电" && ju.dateline.agency == "新华社")
    }

    @Test func unknownAgencyEndingInShe() throws {
        let d = try #require(parse("塔斯社莫斯科5月9日电 红场……")).dateline
        #expect(d.agency == "塔斯社" && d.place == "莫斯科" && d.month == 5 && d.day == 9)
    }

    @Test(arguments: [
        "", "记者了解到，今年以来全省经济运行稳中向好。", "中国通讯社的记者报道了这件事。",
        "新华社北京13月2日电 某某", "新华社北京3月32日电 某某", "今天是3月2日。",
    ])
    func notDatelines(text: String) {
        #expect(parse(text) == nil)
    }

    /// Only the first 80 code points are looked at.
    @Test func onlyTheStartIsRead() {
        #expect(parse(String(repeating: " ", count: 80) + "新华社北京3月2日电") == nil)
        #expect(parse(String(repeating: " ", count: 70) + "新华社北京3月2日电") != nil)
    }
}
