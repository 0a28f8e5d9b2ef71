import Foundation
import Testing
@testable import WenxiSegmentation
@testable import WenxiTerms
@testable import WenxiText

/// Four-character predicates are no terms (sentences written for these tests).
@Suite struct PredicatePhraseTests {
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
}
