import Foundation
import Testing
@testable import WenxiSegmentation
@testable import WenxiTerms
@testable import WenxiText

/// Predicates, parallel phrases, bound words and slogan lists: what keywords must not be. The
/// sentences are written for these tests.
@Suite struct FragmentsTests {
    let extractor: TermExtractor

    init() throws {
        extractor = try TermExtractor()
    }

    @Test func fourCharacterPredicatesAreNoTerms() throws {
        let lexicon = extractor.segmenter.lexicon
        // Verb + verb/adjective, adjective/adverb + verb/adjective, A-B-A-C.
        for phrase in ["建立健全", "开展调查", "幸福美好", "认真学习", "依法依规", "分级分类"] {
            #expect(PredicatePhrase.isPredicate(phrase, lexicon: lexicon), "\(phrase)")
        }
        // A noun as the second word makes a noun phrase.
        // A-B-A-C of two nouns is two subjects side by side.
        for noun in ["美好生活", "创新平台", "数字经济", "粮食安全", "人民城市", "农业农村"] {
            #expect(!PredicatePhrase.isPredicate(noun, lexicon: lexicon), "\(noun)")
        }
        let terms = extractor.terms(in: "各地要建立健全监管制度，依法依规开展检查，共创幸福美好生活。").map(\.term)
        for phrase in ["建立健全", "依法", "依规", "幸福美好"] { #expect(!terms.contains(phrase), "\(phrase) in \(terms)") }
        #expect(terms.contains("监管"))
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

    @Test func wordsAlwaysBesideTheSameWordAreBound() {
        func tokens(_ words: [String]) -> [TermToken] {
            var offset = 0
            return words.map { word in
                let n = word.unicodeScalars.count
                defer { offset += n }
                let kind: Token.Kind = word == "，" || word == "。" ? .punctuation : .word
                return TermToken(text: word, start: offset, end: offset + n, kind: kind, tag: "n")
            }
        }
        // 质量 is followed by 发展 three times out of three (entropy 0); 城市 by 更新, 建设 and 治理
        // (entropy ln 3 ≈ 1.10, above 0.5); 标准 occurs twice, too few to judge.
        let document = tokens(["推动", "质量", "发展", "，", "城市", "更新", "，", "质量", "发展", "。", "城市", "建设",
                               "，", "质量", "发展", "，", "城市", "治理", "，", "标准", "体系", "，", "标准", "体系"])
        #expect(BoundWords.find(in: [document]) == ["质量", "发展"])
        #expect(abs(BoundWords.entropy(["更新": 1, "建设": 1, "治理": 1]) - log(3.0)) < 1e-12)
        #expect(abs(BoundWords.entropy(["a": 5, "b": 1]) - -(5.0 / 6 * log(5.0 / 6) + 1.0 / 6 * log(1.0 / 6))) < 1e-12)
    }

    @Test func itemsOfASloganListAreFound() {
        let text = "推动工作制度化、规范化、程序化，发展无人化、电动化、智能化装备，完善交通、教育、文体设施。"
        let tokens = extractor.tokens(in: text)
        let found = SloganLists.find(in: [tokens])
        for item in ["制度化", "规范化", "程序化", "无人化", "智能化"] { #expect(found.contains(item), "\(item) in \(found)") }
        for noun in ["交通", "教育", "文体", "设施", "装备"] { #expect(!found.contains(noun), "\(noun)") }
    }
}
