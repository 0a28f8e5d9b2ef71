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

    /// Past the compared articles, a report that does not hold their figures gets them from the
    /// source, and the file is the JSON of the report holding them; a source that fails is named.
    @Test func figuresPastTheComparedOnesComeFromTheSource() {
        let count = CorpusReport.comparisonLimit + 2
        let figure = ReportFigure(text: "3.5%", kind: "percentage", value: "3.5", sentence: "")
        var full = CorpusReport(generator: "wenxi 0.1.0", inputs: [], articles: (0..<count).map {
            CorpusArticle(index: $0 + 1, slug: "a\($0)", title: nil, date: nil, characters: 10, figures: [figure])
        }, terms: TermTable(terms: [], counts: [], perTenThousand: []), keyness: [], similarity: [], sharedEntities: [],
                                skipped: [])
        var lean = full
        for i in CorpusReport.comparisonLimit..<count { lean.articles[i].figures = [] }
        lean.figuresElsewhere = true
        #expect(lean.hasFigures)
        #expect(CorpusJSON.string(lean, shelved: shelved(figures: { _ in .success([figure]) })) == ReportWriter.json(full))
        #expect(CorpusJSON.string(lean, shelved: shelved(figures: { _ in .success([]) })) != ReportWriter.json(full))
        var text = ""
        let failure = CorpusJSON.write(lean, shelved: shelved(figures: { _ in .failure(ShelfError(reason: "disk")) })) {
            text += $0
        }
        #expect(failure?.reason == "disk" && !text.isEmpty)
        full.articles = full.articles.map { var a = $0; a.figures = []; return a }
        #expect(!full.hasFigures)
    }

    /// Past the compared articles, a report that does not hold their keyness gets each from the
    /// shelf, in article order, and the file is the JSON of the report holding it all.
    @Test func keynessPastTheComparedOnesComesFromTheShelf() {
        let count = CorpusReport.comparisonLimit + 3
        let keyness = (0..<count).map { i in
            ArticleKeyness(slug: "a\(i)", terms: [KeynessTerm(term: "词\(i)", count: i + 1, otherCount: 2 * i,
                                                              logLikelihood: Double(i) / 3, p: 0.01, logRatio: 1.5)])
        }
        let full = CorpusReport(generator: "wenxi 0.1.0", inputs: [], articles: (0..<count).map {
            CorpusArticle(index: $0 + 1, slug: "a\($0)", title: nil, date: nil, characters: 10, figures: [])
        }, terms: TermTable(terms: [], counts: [], perTenThousand: []), keyness: keyness, similarity: [],
                                sharedEntities: [], skipped: [])
        var lean = full
        lean.keyness = Array(keyness.prefix(CorpusReport.comparisonLimit))
        lean.keynessElsewhere = true
        let fromShelf = ShelvedEntries(figures: ShelvedEntries.none.figures, keyness: { .success(keyness[$0]) })
        #expect(CorpusJSON.string(lean, shelved: fromShelf) == ReportWriter.json(full))
        let failing = ShelvedEntries(figures: ShelvedEntries.none.figures,
                                     keyness: { _ in .failure(ShelfError(reason: "disk")) })
        var text = ""
        #expect(CorpusJSON.write(lean, shelved: failing) { text += $0 }?.reason == "disk")
        #expect(text.contains("\"slug\" : \"a\(count - 1)\""))
    }

    /// Shelved entries that give these figures and no keyness.
    func shelved(figures: @escaping @Sendable (Int) -> Result<[ReportFigure], ShelfError>) -> ShelvedEntries {
        ShelvedEntries(figures: figures, keyness: ShelvedEntries.none.keyness)
    }
}
