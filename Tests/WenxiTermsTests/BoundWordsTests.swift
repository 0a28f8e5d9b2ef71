import Foundation
import Testing
@testable import WenxiSegmentation
@testable import WenxiTerms
@testable import WenxiText

/// Words always beside the same word: pieces of fixed phrases.
@Suite struct BoundWordsTests {
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
        // The entropy it uses is the compounds' boundary entropy: three distinct neighbours, or
        // three edges (each a neighbour of its own), give ln 3; five of one and one other give
        // -(5/6 ln 5/6 + 1/6 ln 1/6).
        #expect(abs(TermDiscovery.entropy([0: 1, 1: 1, 2: 1], edges: 0) - log(3.0)) < 1e-12)
        #expect(abs(TermDiscovery.entropy([:], edges: 3) - log(3.0)) < 1e-12)
        #expect(abs(TermDiscovery.entropy([0: 5, 1: 1], edges: 0) - -(5.0 / 6 * log(5.0 / 6) + 1.0 / 6 * log(1.0 / 6))) < 1e-12)
    }
}
