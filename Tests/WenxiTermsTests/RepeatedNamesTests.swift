import Foundation
import Testing
@testable import WenxiSegmentation
@testable import WenxiTerms
@testable import WenxiText

/// Organization names found again where they recur.
@Suite struct RepeatedNamesTests {
    let extractor: TermExtractor

    init() throws {
        extractor = try TermExtractor()
    }

    @Test func aRecognizedOrganizationIsFoundAgainWhereItRecurs() {
        let text = "记者从工业和信息化部了解到，工业和信息化部将加强企业培育。"
        let folded = text.unicodeScalars.map(\.value)
        let first = TermEntity(range: 3..<10, type: "organization")
        let all = TermEntity.addingRepeats(of: [first], in: folded)
        #expect(all.map(\.range) == [3..<10, 14..<21])
        let terms = extractor.terms(in: text, entities: [first]).map(\.term)
        #expect(terms.filter { $0 == "工业和信息化部" }.count == 2)
        #expect(!terms.contains("信息化") && !terms.contains("部将"))
        // Short names are not searched again: 北京 sits inside other words.
        #expect(TermEntity.addingRepeats(of: [TermEntity(range: 0..<2, type: "place")], in: Array("北京北京大学".unicodeScalars.map(\.value))).count == 1)
    }
}
