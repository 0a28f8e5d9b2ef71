import Foundation
import Testing
@testable import WenxiTerms

@Suite struct ReferenceKeynessTests {
    /// Ten words, 城市 three times.
    static let target = CorpusDocument(
        tokens: ["城市", "更新", "城市", "建设", "城市", "的", "发展", "规划", "治理", "交通"],
        terms: ["城市", "更新", "建设", "发展", "规划", "治理", "交通"])
    /// Twenty words, 城市 once, 发展 four times.
    static let reference = CorpusDocument(
        tokens: ["城市", "的", "发展", "发展", "发展", "发展", "农业", "农村", "农民", "的",
                 "乡村", "振兴", "产业", "兴旺", "粮食", "安全", "耕地", "保护", "种子", "科技"],
        terms: ["城市", "发展", "农业", "农村", "农民", "乡村", "振兴", "产业", "兴旺", "粮食", "安全", "耕地", "保护", "种子", "科技"])

    @Test func logLikelihoodPercentDiffAndLogRatioByHand() throws {
        let rows = ReferenceKeyness.compare([ReferenceKeynessTests.target], against: [ReferenceKeynessTests.reference],
                                            minimumLogLikelihood: 0)
        let city = try #require(rows.first { $0.keyness.term == "城市" })
        // a = 3 of c = 10, b = 1 of d = 20: E₁ = 10·4/30, E₂ = 20·4/30.
        let e1 = 10.0 * 4 / 30, e2 = 20.0 * 4 / 30
        let g2 = 2 * (3 * log(3 / e1) + 1 * log(1 / e2))
        #expect(abs(city.keyness.logLikelihood - g2) < 1e-9)
        #expect(abs(city.keyness.logLikelihood - 2.9039) < 1e-4)
        #expect(abs(city.keyness.pValue - erfc((g2 / 2).squareRoot())) < 1e-12)
        #expect(abs(city.keyness.logRatio - log2((3.0 / 10) / (1.0 / 20))) < 1e-12)
        // %DIFF = (0.3 − 0.05) · 100 / 0.05 = 500.
        #expect(abs((city.percentDiff ?? 0) - 500) < 1e-9)
        // A term the reference lacks has no %DIFF.
        #expect(rows.first { $0.keyness.term == "规划" }?.percentDiff == nil)
        #expect(rows.first { $0.keyness.term == "的" } == nil)  // Not a term.
    }

    @Test func bonferroniDividesAlphaByTheTermsTested() throws {
        let rows = ReferenceKeyness.compare([ReferenceKeynessTests.target], against: [ReferenceKeynessTests.reference],
                                            minimumLogLikelihood: 0, underused: true)
        // 7 target terms and 15 reference terms, 城市 and 发展 in both: m = 20.
        #expect(rows.count == 20)
        for row in rows {
            #expect(row.significant == (row.keyness.pValue < 0.05 / 20), "\(row.keyness.term)")
        }
        // 城市's p ≈ 0.088 is not significant even before the correction.
        #expect(rows.first { $0.keyness.term == "城市" }?.significant == false)
        let kept = ReferenceKeyness.compare([ReferenceKeynessTests.target], against: [ReferenceKeynessTests.reference])
        #expect(kept.allSatisfy { $0.keyness.logLikelihood >= 3.84 && $0.keyness.isOverused })
        let overused = ReferenceKeyness.compare([ReferenceKeynessTests.target], against: [ReferenceKeynessTests.reference],
                                                minimumLogLikelihood: 0)
        #expect(overused.count == rows.filter(\.keyness.isOverused).count)
        #expect(overused.contains { $0.keyness.term == "城市" } && !overused.contains { $0.keyness.term == "农业" })
    }
}

extension ReferenceKeynessTests {
    @Test func jsonIsFlatAndRoundTrips() throws {
        let rows = ReferenceKeyness.compare([ReferenceKeynessTests.target], against: [ReferenceKeynessTests.reference],
                                            minimumLogLikelihood: 0)
        let data = try JSONEncoder().encode(rows)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"reference_count\":1") && text.contains("\"log_ratio\""))
        #expect(try JSONDecoder().decode([ReferenceKeyness].self, from: data) == rows)
    }
}
