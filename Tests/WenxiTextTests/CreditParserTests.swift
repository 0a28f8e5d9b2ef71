import Testing
@testable import WenxiText

@Suite struct CreditParserTests {
    func parse(_ text: String) -> Byline? { CreditParser.parse(Array(text.unicodeScalars)) }

    @Test func reportersContributorsAndPhotographers() throws {
        let both = try #require(parse("记者 王明 李华"))
        #expect(both.reporters == ["王明", "李华"] && both.contributors.isEmpty && both.photographers.isEmpty)
        let mixed = try #require(parse("记者 王明、通讯员 李华"))
        #expect(mixed.reporters == ["王明"] && mixed.contributors == ["李华"])
        let photo = try #require(parse("新华社记者 刘洋摄"))
        #expect(photo.photographers == ["刘洋"] && photo.reporters.isEmpty)
        let sent = try #require(parse("新华社发（王明 摄）"))
        #expect(sent.photographers == ["王明"] && sent.reporters.isEmpty)
    }

    /// A lone 摄 after names makes those names photographers.
    @Test func loneSheAfterNames() throws {
        let credit = try #require(parse("本报记者 赵刚 孙丽 摄"))
        #expect(credit.photographers == ["赵刚", "孙丽"] && credit.reporters.isEmpty)
    }

    @Test func bracketsAndWhiteSpaceAroundAreDropped() throws {
        let credit = try #require(parse("  （记者 周红）  "))
        #expect(credit.raw == "记者 周红" && credit.reporters == ["周红"])
    }

    @Test func transliteratedNamesWithAMiddleDot() throws {
        #expect(try #require(parse("记者 阿卜杜拉·买买提")).reporters == ["阿卜杜拉·买买提"])
    }

    @Test(arguments: [
        "",                         // nothing
        "王明 李华",                 // names without a role word or 摄
        "记者了解到",                // 了 is no name character
        "记者 王明说",               // 说 neither
        "记者 张三丰李四光",          // six characters: too long for a name without a dot
        "记者 " + String(repeating: "王明 ", count: 20),  // longer than 60 characters
    ])
    func notCredits(text: String) {
        #expect(parse(text) == nil)
    }
}
