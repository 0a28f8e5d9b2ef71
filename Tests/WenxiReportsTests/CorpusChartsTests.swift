import Testing
@testable import WenxiReports
@testable import WenxiTerms

@Suite struct CorpusChartsTests {
    /// Four articles: two on 11-04 (200 and 300 words), one undated, one on 11-05 (500 words).
    static let dates: [String?] = ["XXXX-11-04", "XXXX-11-04", nil, "XXXX-11-05"]
    static let words = [200, 300, 1_000, 500]
    /// Each article's counts, as the term table holds them: a row per term of `terms`.
    static let articleCounts = [TermCounts(["城市": 4, "乡村": 1]), TermCounts(["城市": 1]), TermCounts(["城市": 50]),
                                TermCounts(["乡村": 6])]
    static func counts(_ terms: [String]) -> [[Int]] { terms.map { term in articleCounts.map { $0[term] } } }

    @Test func ratesPerDayFromCountsAndWords() throws {
        let t = try #require(ReportBuilder.trends(dates: CorpusChartsTests.dates, words: CorpusChartsTests.words,
                                                  counts: CorpusChartsTests.counts(["城市", "乡村"]), terms: ["城市", "乡村"]))
        #expect(t.unit == "day")
        #expect(t.periods == ["XXXX-11-04", "XXXX-11-05"])
        #expect(t.articles == [2, 1])
        #expect(t.words == [500, 500])
        // 城市: (4 + 1) per 500 words, then 0; 乡村: 1 per 500, then 6 per 500 (the undated article is left out).
        #expect(t.series[0].counts == [5, 0])
        let city: [Double] = [5.0 * 10_000 / 500, 0]
        let village: [Double] = [1.0 * 10_000 / 500, 6.0 * 10_000 / 500]
        #expect(t.series[0].perTenThousand == city)
        #expect(t.series[1].perTenThousand == village)
    }

    @Test func longSpansGoByMonthAndOneDateIsNoTrend() throws {
        let dates: [String?] = ["2024-01-05", "2024-03-09", "2024-03-20", "2024-07-01"]
        let t = try #require(ReportBuilder.trends(dates: dates, words: CorpusChartsTests.words,
                                                  counts: CorpusChartsTests.counts(["城市"]), terms: ["城市"]))
        #expect(t.unit == "month" && t.periods == ["2024-01", "2024-03", "2024-07"])
        #expect(t.series[0].counts == [4, 51, 0])
        #expect(ReportBuilder.trends(dates: ["2024-01-05", nil, "2024-01-05", "XXXX-XX-05"], words: CorpusChartsTests.words,
                                     counts: CorpusChartsTests.counts(["城市"]), terms: ["城市"]) == nil)
    }

    @Test func theIndexDrawsBothChartsAsInlineSVG() {
        var corpus = RenderFixtures.corpus
        corpus.trends = ReportBuilder.trends(dates: CorpusChartsTests.dates, words: CorpusChartsTests.words,
                                             counts: CorpusChartsTests.counts(["城市", "乡村"]), terms: ["城市", "乡村"])
        let documents = [
            DocumentTerms(occurrences: [TermOccurrence(term: "城市", start: 0, end: 2, kind: .word, position: 0),
                                        TermOccurrence(term: "城市", start: 50, end: 52, kind: .word, position: 9)],
                          tokenCount: 20),
            DocumentTerms(occurrences: [TermOccurrence(term: "乡村", start: 10, end: 12, kind: .word, position: 3)], tokenCount: 10),
        ]
        corpus.dispersion = ReportBuilder.dispersion(documents, characters: [100, 100], slugs: ["a", "b"],
                                                     terms: ["城市", "乡村"], limit: 60)
        let offsets: [[[Int]]] = [[[0, 50], []], [[], [10]]]
        #expect(corpus.dispersion?.articles.map(\.offsets) == offsets)
        let page = HTMLRenderer.index(corpus, articles: RenderFixtures.articles)
        // Two lines of two points each; a tick per occurrence: the first article spans 0–500 of the
        // strip, so 城市 at 0 and 50 of 100 characters sit at 0 and 250, 乡村 at 500 + 10/100 · 500 = 550.
        #expect(page.components(separatedBy: "<polyline").count - 1 == 2)
        #expect(page.contains("<line x1=\"0.0\" x2=\"0.0\""))
        #expect(page.contains("<line x1=\"250.0\" x2=\"250.0\""))
        #expect(page.contains("<line x1=\"550.0\" x2=\"550.0\""))
        #expect(page.contains("<th class=\"num\">11-04</th>"))
        #expect(page.contains("<div class=\"scroll\"><table class=\"sortable\">"))
    }

    @Test func axisTopsAreRound() {
        #expect(HTMLRenderer.niceCeiling(71) == 80)
        #expect(HTMLRenderer.niceCeiling(0.3) == 1)
        #expect(HTMLRenderer.niceCeiling(120) == 200)
        #expect(HTMLRenderer.niceCeiling(45) == 50)
    }
}
