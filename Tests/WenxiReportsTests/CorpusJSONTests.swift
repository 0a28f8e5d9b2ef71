import Testing
@testable import WenxiReports

/// corpus.json piece by piece is byte for byte the JSON of the whole report.
@Suite struct CorpusJSONTests {
    @Test func piecesMakeTheWholeReportsJSON() {
        var corpus = RenderFixtures.corpus
        corpus.nearest = [NearestArticles(slug: "01-gongye-zengzhang", others: ["03-yanfa-touru"], cosines: [0.312]),
                          NearestArticles(slug: "02-zhiyuan-fuwu", others: [], cosines: [])]
        #expect(CorpusJSON.string(corpus) == ReportWriter.json(corpus))
        corpus.trends = TermTrends(unit: "day", periods: ["2024-11-04", "2024-11-05"], articles: [2, 1], words: [500, 300],
                                   series: [TrendSeries(term: "制造业", counts: [8, 2], perTenThousand: [160, 66.67])])
        corpus.dispersion = TermDispersion(terms: ["制造业", "社区"], articles: [
            DispersionArticle(slug: "01-gongye-zengzhang", characters: 900, offsets: [[3, 120], []]),
        ])
        #expect(CorpusJSON.string(corpus) == ReportWriter.json(corpus))
    }

    /// An empty corpus: every list empty, `[]` where the encoder writes it.
    @Test func emptyCorpus() {
        let corpus = CorpusReport(generator: "wenxi 0.1.0", inputs: [], articles: [],
                                  terms: TermTable(terms: [], counts: [], perTenThousand: []), keyness: [],
                                  similarity: [], sharedEntities: [], skipped: [])
        #expect(CorpusJSON.string(corpus) == ReportWriter.json(corpus))
    }
}
