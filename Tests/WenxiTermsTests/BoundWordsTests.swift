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
        #expect(abs(BoundWords.entropy(["更新": 1, "建设": 1, "治理": 1]) - log(3.0)) < 1e-12)
        #expect(abs(BoundWords.entropy(["a": 5, "b": 1]) - -(5.0 / 6 * log(5.0 / 6) + 1.0 / 6 * log(1.0 / 6))) < 1e-12)
    }
}
