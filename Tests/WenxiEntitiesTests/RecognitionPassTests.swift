import Testing
@testable import WenxiEntities
@testable import WenxiSegmentation
@testable import WenxiText

/// Precision rules: list and suffix matches that cut words, short aliases inside words, ordinary
/// words read as names, and attributive place names. Sentences written for these tests.
@Suite struct RecognitionPassTests {
    func seen(_ text: String) -> [Seen] {
        EntityRecognizerTests.recognizer.mentions(in: text).map(Seen.init)
    }

    @Test(arguments: [
        // A list name that straddles two words is not there (上海|城市, 新兴|城市).
        ("上海城市建设取得新的成绩", [Seen("上海", .place, 0, "上海市")]),
        ("这是一座新兴城市", []),
        // Names that are also ordinary words need an address chain before them.
        ("城区道路整修完毕", []),
        ("长治市城区道路整修完毕", [Seen("长治市", .place, 0), Seen("城区", .place, 3)]),
        // A stray character before a short tagged feature: the whole, or nothing; a verb-like
        // one (亮) is part of the name only right after a place (朝阳区亮|马河).
        ("朝阳区亮马河沿岸景色宜人", [Seen("朝阳区", .place, 0), Seen("亮马河", .place, 3)]),
        ("他们去探阴山", []),
        // A listed body whose last word runs on (工业和信息化部|将 cut as 部将).
        ("工业和信息化部将加强培育", [Seen("工业和信息化部", .organization, 0)]),
        // Still found where the words agree.
        ("海城市位于辽宁省", [Seen("海城市", .place, 0), Seen("辽宁省", .place, 5)]),
    ])
    func listMatchesFitTheWords(text: String, expected: [Seen]) {
        #expect(seen(text) == expected)
    }

    @Test(arguments: [
        "人民城市人民建，人民城市为人民", "人民建设美好家园", "全体人民建言献策",
    ])
    func shortAliasesNeedWordBoundaries(text: String) {
        #expect(seen(text).filter { $0.type == .organization } == [])
    }

    @Test func shortAliasesStandingAloneAreFound() {
        #expect(seen("民建和民革的代表") == [
            Seen("民建", .organization, 0, "中国民主建国会"), Seen("民革", .organization, 3, "中国国民党革命委员会"),
        ])
    }

    @Test(arguments: [
        "群众的安全感和幸福感不断增强", "高效率推进各项工作", "获得感、幸福感、安全感更加充实",
        "加强制度的严密性", "注重工作的全面性",
    ])
    func ordinaryWordsNeedStrongContext(text: String) {
        #expect(seen(text).filter { $0.type == .person } == [])
    }

    @Test func ordinaryWordsWithStrongContextAreNames() {
        #expect(seen("记者安全感报道").filter { $0.type == .person } == [Seen("安全感", .person, 2)])
    }

    @Test(arguments: [
        ("实现中华民族伟大复兴", []),
        ("弘扬中华优秀传统文化", []),
        ("海内外中华儿女欢聚一堂", []),
        ("为振兴中华而奋斗", [Seen("中华", .place, 3, "中国")]),
        ("走遍中华大地", [Seen("中华", .place, 2, "中国")]),
    ])
    func attributivePlaceNames(text: String, expected: [Seen]) {
        #expect(seen(text) == expected)
    }
}
