import Foundation
import Testing
@testable import WenxiSegmentation
@testable import WenxiTerms
@testable import WenxiText

/// Items of parallel slogan lists (sentences written for these tests).
@Suite struct SloganListsTests {
    let extractor: TermExtractor

    init() throws {
        extractor = try TermExtractor()
    }

    @Test func itemsOfASloganListAreFound() {
        let text = "推动工作制度化、规范化、程序化，发展无人化、电动化、智能化装备，完善交通、教育、文体设施。"
        let tokens = extractor.tokens(in: text)
        let found = SloganLists.find(in: [tokens])
        for item in ["制度化", "规范化", "程序化", "无人化", "智能化"] { #expect(found.contains(item), "\(item) in \(found)") }
        for noun in ["交通", "教育", "文体", "设施", "装备"] { #expect(!found.contains(noun), "\(noun)") }
    }
}
