import Testing
@testable import WenxiTerms

@Suite struct TextRankTests {
    @Test func noTermsNoScores() {
        #expect(TextRank().scores([]).isEmpty)
    }

    /// A term with no neighbour keeps only the teleport share, 1 − damping.
    @Test func loneTerms() throws {
        #expect(abs(try #require(TextRank().scores(["城市"])["城市"]) - 0.15) < 1e-12)
        #expect(abs(try #require(TextRank().scores(["城市", "城市", "城市"])["城市"]) - 0.15) < 1e-12)  // no self-links
    }

    /// Two linked terms share the rank equally: s = 0.15 + 0.85 s, so s = 1.
    @Test func aPair() {
        let scores = TextRank().scores(["数字", "经济"])
        #expect(scores.count == 2)
        for score in scores.values { #expect(abs(score - 1) < 1e-9) }
    }

    /// The path a – b – c (window 1): s_b = 0.15 + 0.85 (s_a + s_c) and s_a = s_c = 0.15 + 0.85 · s_b / 2,
    /// so s_b = 54/37 and s_a = s_c = 57/74; the scores sum to the number of terms.
    @Test func aPathByHand() throws {
        let scores = TextRank(window: 1, iterations: 200).scores(["甲", "乙", "丙"])
        #expect(abs(try #require(scores["乙"]) - 54.0 / 37) < 1e-9)
        #expect(abs(try #require(scores["甲"]) - 57.0 / 74) < 1e-9)
        #expect(abs(try #require(scores["丙"]) - 57.0 / 74) < 1e-9)
        #expect(abs(scores.values.reduce(0, +) - 3) < 1e-9)
    }

    /// The window decides who is linked: with window 1, 甲 and 丙 are not neighbours.
    @Test func windowLimitsTheLinks() throws {
        let narrow = TextRank(window: 1, iterations: 200).scores(["甲", "乙", "丙"])
        let wide = TextRank(window: 2, iterations: 200).scores(["甲", "乙", "丙"])
        // With window 2 the three form a triangle: all equal, 1 each.
        for score in wide.values { #expect(abs(score - 1) < 1e-9) }
        #expect(try #require(narrow["乙"]) > 1)
        #expect(TextRank(window: 0).window == 1)
    }
}
