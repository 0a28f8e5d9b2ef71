import Foundation
import Testing
@testable import WenxiSegmentation
@testable import WenxiTerms
@testable import WenxiText

@Suite struct TermsKeynessTests {
    @Test func logLikelihoodPValueAndLogRatioByHand() {
        // a = 10 of c = 1000, b = 10 of d = 9000: E1 = 2, E2 = 18,
        // G² = 2 (10 ln 5 + 10 ln(10/18)) = 20.4330; Log Ratio = log2(0.01 / (10/9000)) = log2 9.
        let k = Keyness(term: "光伏", targetCount: 10, targetTotal: 1000, referenceCount: 10, referenceTotal: 9000)
        #expect(abs(k.logLikelihood - 2 * (10 * log(5.0) + 10 * log(10.0 / 18.0))) < 1e-12)
        #expect(abs(k.logLikelihood - 20.433024950639627) < 1e-9)
        #expect(abs(k.pValue - 6.175487178559211e-06) < 1e-12)
        #expect(abs(k.logRatio - log2(9.0)) < 1e-12)
        #expect(k.isOverused)
    }

    @Test func zeroInTheReference() {
        // b = 0: G² = 2 · 3 ln(3 / 0.3) = 6 ln 10; Log Ratio with 0.5 for the zero: log2(0.03 / (0.5/900)) = log2 54.
        let k = Keyness(term: "储能", targetCount: 3, targetTotal: 100, referenceCount: 0, referenceTotal: 900)
        #expect(abs(k.logLikelihood - 6 * log(10.0)) < 1e-12)
        #expect(abs(k.logRatio - log2(54.0)) < 1e-12)
    }

    @Test func criticalValues() {
        // The χ²(1) critical values: G² 3.8415 is p = 0.05, 10.8276 is p = 0.001.
        #expect(abs(erfc((3.841458820694124 / 2).squareRoot()) - 0.05) < 1e-9)
        let even = Keyness(term: "x", targetCount: 5, targetTotal: 100, referenceCount: 50, referenceTotal: 1000)
        #expect(even.logLikelihood == 0 && even.pValue == 1 && even.logRatio == 0)
    }

    @Test func distinctiveTermsAgainstTheRest() {
        let a = TermCounts(["光伏": 10, "能源": 5, "国家": 5])
        let b = TermCounts(["小麦": 10, "国家": 5, "农民": 5])
        let c = TermCounts(["小麦": 2, "国家": 8, "农民": 10])
        let result = Keyness.distinctiveTerms(of: [a, b, c])
        #expect(result[0].map(\.term) == ["光伏", "能源"])
        let pv = result[0][0]
        #expect(pv.targetCount == 10 && pv.targetTotal == 20 && pv.referenceCount == 0 && pv.referenceTotal == 40)
        #expect(abs(pv.logLikelihood - 2 * 10 * log(10 / (20.0 * 10 / 60))) < 1e-12)
        #expect(result[1].map(\.term) == ["小麦"])
    }

    @Test func cosineByHand() {
        let u = ["a": 1.0, "b": 2.0], v = ["b": 2.0, "c": 3.0]
        #expect(abs(Similarity.cosine(u, v) - 4 / (5.0.squareRoot() * 13.0.squareRoot())) < 1e-15)
        #expect(Similarity.cosine(u, [:]) == 0)
        let m = Similarity.matrix([u, v, ["c": 1]])
        #expect(abs(m[0][0] - 1) < 1e-15 && m[0][1] == m[1][0] && m[0][2] == 0)
        #expect(abs(m[1][2] - 3 / 13.0.squareRoot()) < 1e-15)
    }

    @Test func articlesOnTheSameSubjectAreCloser() throws {
        let analysis = try TermAnalyzer().analyze(TermsTestArticles.all + [TermsTestArticles.newEnergy])
        let weights = IDFWeights(documents: analysis.documents, background: try BackgroundIDF.shared())
        let m = Similarity.matrix(Similarity.tfidfVectors(analysis.documents, weights: weights))
        #expect(abs(m[2][4] - 1) < 1e-12)
        for i in 0..<4 { for j in 0..<4 where i != j { #expect(m[i][j] < 0.2, "\(i) \(j) \(m[i][j])") } }
    }
}
