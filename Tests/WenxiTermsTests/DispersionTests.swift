import Testing
@testable import WenxiTerms

@Suite struct DispersionTests {
    /// A word found 2, 0 and 1 times in parts of 10, 20 and 70 words.
    @Test func grieseDPAndJuillandDFromTheirFormulas() {
        let d = Dispersion(counts: [2, 0, 1], sizes: [10, 20, 70])
        // DP = ½ Σ |vᵢ − sᵢ|: shares of the word 2/3, 0, 1/3 against shares of the text 0.1, 0.2, 0.7.
        let dp = 0.5 * (abs(2.0 / 3 - 0.1) + abs(0 - 0.2) + abs(1.0 / 3 - 0.7))
        #expect(abs(d.dp - dp) < 1e-12)
        #expect(abs(d.dp - 0.5667) < 1e-4)
        #expect(abs(d.dpNorm - dp / (1 - 0.1)) < 1e-12)
        // D = 1 − V/√(n−1) over the rates 2/10, 0/20, 1/70.
        let rates = [0.2, 0.0, 1.0 / 70]
        let mean = rates.reduce(0, +) / 3
        let sd = (rates.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 3).squareRoot()
        let juilland = 1 - (sd / mean) / 2.0.squareRoot()
        #expect(abs((d.juillandD ?? -1) - juilland) < 1e-12)
        #expect(abs((d.juillandD ?? -1) - 0.0981) < 1e-3)
    }

    @Test func aWordSpreadAsTheTextIsHasDPZeroAndDOne() {
        let d = Dispersion(counts: [1, 2, 3], sizes: [100, 200, 300])
        #expect(abs(d.dp) < 1e-12)
        #expect(abs((d.juillandD ?? 0) - 1) < 1e-12)
    }

    @Test func aSinglePartHasNoJuillandD() {
        let d = Dispersion(counts: [4], sizes: [50])
        #expect(d.dp == 0)
        #expect(d.juillandD == nil)
    }
}
