import Foundation
import Testing
@testable import WenxiTerms

@Suite struct CollocationTests {
    /// Eight words: 数字 经济 发展 ， 数字 经济 增长 。 经济 数据.
    static let document = CorpusDocument(tokens: ["数字", "经济", "发展", "，", "数字", "经济", "增长", "。", "经济", "数据"])

    @Test func measuresFromTheirFormulas() throws {
        let list = Collocate.collocates(in: [CollocationTests.document], left: 1, right: 1) { $0 == "经济" }
        // 经济 at word positions 1, 4, 6; windows of one word each side cover positions 0, 2, 3, 5, 7
        // (5 is in two windows, counted once): W = 5. 数字 is seen twice in them and occurs twice among
        // N = 8 words; the node occurs 3 times.
        let digital = try #require(list.first { $0.term == "数字" })
        let (o, w, fn, fc, n) = (2.0, 5.0, 3.0, 2.0, 8.0)
        let e = w * fc / n
        #expect(digital.observed == 2 && digital.frequency == 2)
        #expect(abs(digital.expected - 1.25) < 1e-12)
        #expect(abs(digital.mi - log2(o / e)) < 1e-12)
        #expect(abs(digital.tScore - (o - e) / o.squareRoot()) < 1e-12)
        #expect(abs(digital.logDice - (14 + log2(2 * o / (fn + fc)))) < 1e-12)
        #expect(abs(digital.logDice - 13.678) < 1e-3)
        // The 2×2 table: O11 = 2, O12 = 5 − 2 = 3, O21 = 2 − 2 = 0, O22 = 8 − 5 − 2 + 2 = 3;
        // expected 5·2/8, 5·6/8, 3·2/8, 3·6/8.
        let g2 = 2 * (2 * log(2 / 1.25) + 3 * log(3 / 3.75) + 3 * log(3 / 2.25))
        #expect(abs(digital.logLikelihood - g2) < 1e-12)
        #expect(abs(digital.logLikelihood - 2.2672) < 1e-4)
    }

    @Test func windowsSkipPunctuationAndSortByTheMeasure() {
        let list = Collocate.collocates(in: [CollocationTests.document], left: 1, right: 1, measure: .observed) { $0 == "经济" }
        // 增长 sits between two nodes across the full stop: one occurrence, counted once.
        #expect(list.map(\.term) == ["数字", "发展", "增长", "数据"])  // Ties by term: U+53D1, U+589E, U+6570.
        #expect(list.map(\.observed) == [2, 1, 1, 1])
        let leftOnly = Collocate.collocates(in: [CollocationTests.document], left: 1, right: 0) { $0 == "经济" }
        #expect(Set(leftOnly.map(\.term)) == ["数字", "增长"])
    }
}
