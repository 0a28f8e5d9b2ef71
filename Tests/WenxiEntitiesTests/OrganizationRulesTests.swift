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
}
