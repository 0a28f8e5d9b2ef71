import Testing
@testable import WenxiEntities
@testable import WenxiSegmentation
@testable import WenxiText

/// Organization names by the suffix grammar, level bodies, congresses and quoted names.
/// Sentences written for these tests.
@Suite struct OrganizationRulesTests {
    func seen(_ text: String) -> [Seen] {
        EntityRecognizerTests.recognizer.mentions(in: text).map(Seen.init)
    }

    @Test(arguments: [
        ("青石镇党委和镇纪委联合发文", [Seen("青石镇党委", .organization, 0), Seen("镇纪委", .organization, 6)]),
        ("柳林乡党委工作人员说", [Seen("柳林乡党委", .organization, 0)]),
        ("县委、县政府高度重视", [Seen("县委", .organization, 0)]),
        ("由县纪委牵头", [Seen("县纪委", .organization, 1)]),
        ("中国作家协会理事会审议报告", [Seen("中国作家协会理事会", .organization, 0)]),
        ("政协第九届全国委员会开幕", [Seen("政协第九届全国委员会", .organization, 0)]),
        ("党的十六大以来", [Seen("十六大", .organization, 2)]),
        ("评出十大新闻", []),
        ("共分十二大类", []),
        ("中共中央政治局常委出席", [Seen("中共中央政治局", .organization, 0)]),
    ])
    func organizationForms(text: String, expected: [Seen]) {
        #expect(seen(text) == expected)
    }

    @Test func bodiesInsideBodiesAreNested() throws {
        let mentions = EntityRecognizerTests.recognizer.mentions(in: "中国纺织品行业协会党支部召开会议")
        #expect(mentions.map(Seen.init) == [Seen("中国纺织品行业协会党支部", .organization, 0)])
        let nested = try #require(mentions.first?.nested)
        #expect(nested.map(Seen.init) == [Seen("中国纺织品行业协会", .organization, 0)])
        #expect(nested.first?.nested?.map(Seen.init) == [Seen("中国", .place, 0)])
    }

    @Test(arguments: [
        ("市体育局主办了这次比赛", [Seen("市体育局", .organization, 0)]),
        ("参议院以多数票通过了该法案", [Seen("参议院", .organization, 0)]),
        ("市政局宣布新的安排", [Seen("市政局", .organization, 0)]),
        ("编辑部的同事们", []),
        ("会议作出战略部署", []),
        ("圭亚那—中国友好协会主席致辞", [Seen("圭亚那—中国友好协会", .organization, 0)]),
        ("中法企业家协会举办年会", [Seen("中法企业家协会", .organization, 0)]),
    ])
    func bodiesWithoutAPlaceBeforeThem(text: String, expected: [Seen]) {
        #expect(seen(text).filter { $0.type == .organization } == expected)
    }

    @Test func aNationalCongressBelongsToNoPlaceBeforeIt() {
        #expect(seen("香港特别行政区第九届全国人民代表大会代表选举会议").prefix(2) == [
            Seen("香港特别行政区", .place, 0), Seen("第九届全国人民代表大会", .organization, 7),
        ])
    }

    @Test(arguments: ["要以党的统领统揽全局", "实行接诉即办", "召开第一次全体会议"])
    func phrasesAreNoBodies(text: String) {
        #expect(seen("“\(text)”").filter { $0.type == .organization } == [])
    }

    @Test(arguments: ["发展国防工业", "繁荣社会科学研究", "两国发表联合公报"])
    func ordinaryCompoundsTheLexiconTagsAsBodiesAreNone(sentence: String) {
        #expect(EntityRecognizerTests.recognizer.mentions(in: sentence).filter { $0.type == .organization }.isEmpty)
    }

    @Test func bodiesWithoutASuffixKeepTheirTag() {
        // 中共|中央 and 全国|工商联 hold an abbreviation: the nt tag stands.
        let found = EntityRecognizerTests.recognizer.mentions(in: "中共中央和全国工商联联合发出通知").filter { $0.type == .organization }
        #expect(found.map(\.text) == ["中共中央", "全国工商联"])
    }

    @Test(arguments: [("省财政厅和市教委联合发文", ["省财政厅", "市教委"]), ("据《华商晚报》报道", ["华商晚报"]),
                      ("《经济周刊》记者采访了他", ["经济周刊"]), ("人事部发出通知", ["人事部"])])
    func levelBodiesMediaAndFormerMinistries(sentence: String, expected: [String]) {
        let found = EntityRecognizerTests.recognizer.mentions(in: sentence).filter { $0.type == .organization }
        #expect(found.map(\.text) == expected)
    }

    @Test(arguments: ["两国发表《联合公报》", "他写了《工作简报》", "印发《关于加强管理的通报》"])
    func titlesEndingInCommonWordsAreNoPapers(sentence: String) {
        #expect(EntityRecognizerTests.recognizer.mentions(in: sentence).filter { $0.type == .organization }.isEmpty)
    }
}
