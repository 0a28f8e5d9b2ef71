import Testing
import WenxiArticles
import WenxiSegmentation
import WenxiTerms
@testable import WenxiPipeline

/// Tokens packed into a shared vocabulary come back exactly (sentences written for these tests).
@Suite struct PackedTokensTests {
    static let analyzer: Analyzer? = try? Analyzer()

    @Test func tokensComeBackAsTheyWere() throws {
        let analyzer = try #require(Self.analyzer)
        let texts = ["新华社北京3月5日电  国务院总理李强在政府工作报告中说，今年发展主要预期目标是：GDP增长5%左右。",
                     "上海市　浦东新区加快建设国际科技创新中心，ＡＩ产业规模突破3000亿元。"]
        let vocabulary = TokenVocabulary()
        let lists = texts.map { analyzer.termExtractor.tokens(in: $0) }
        let packed = lists.map { vocabulary.pack($0) }
        let frozen = vocabulary.frozen()
        for (list, pack) in zip(lists, packed) {
            #expect(pack.count == list.count)
            #expect(frozen.tokens(pack) == list)
        }
    }

    /// Gaps (white space the segmenter leaves out, a first token not at 0) and a token whose text
    /// is not the one it covers survive.
    @Test func gapsAndOwnTextsSurvive() {
        let tokens = [TermToken(text: "经济", start: 2, end: 4, kind: .word, tag: "n"),
                      TermToken(text: "增长", start: 4, end: 6, kind: .word, tag: "v"),
                      TermToken(text: "AI", start: 9, end: 11, kind: .latin, tag: nil),
                      TermToken(text: "北京", start: 11, end: 13, kind: .word, tag: "ns", entityType: "place"),
                      TermToken(text: "经济", start: 13, end: 15, kind: .word, tag: "n")]
        let vocabulary = TokenVocabulary()
        let packed = vocabulary.pack(tokens)
        #expect(vocabulary.frozen().tokens(packed) == tokens)
        #expect(packed.ids[0] == packed.ids[4] && packed.ids[0] != packed.ids[1])
        #expect(vocabulary.frozen().tokens(vocabulary.pack([])).isEmpty)
    }

    /// The corpus stage over packed tokens is the corpus stage over the tokens.
    @Test func corpusFromPackedTokensIsTheSame() throws {
        let analyzer = try #require(Self.analyzer)
        let analyses = CorpusAnalysisTests.articles.map { analyzer.analyze($0) }
        let vocabulary = TokenVocabulary()
        let packed = analyses.map { vocabulary.pack($0.tokens) }
        let stripped = analyses.map { analysis -> ArticleAnalysis in
            var copy = analysis
            copy.tokens = []
            return copy
        }
        let direct = analyzer.corpus(from: analyses, options: .init(keywords: 5, jobs: 2))
        let fromPacked = analyzer.corpus(from: stripped, packed: packed, vocabulary: vocabulary.frozen(),
                                         options: .init(keywords: 5, jobs: 2))
        #expect(fromPacked.keywords == direct.keywords && fromPacked.compounds == direct.compounds)
        #expect(fromPacked.documents == direct.documents && fromPacked.keyness == direct.keyness)
        #expect(fromPacked.nearest == direct.nearest && fromPacked.similarity == direct.similarity)
    }

    /// Past `documentsKept` under TF-IDF no document is held, and every other result is the same:
    /// the passes count those documents again.
    @Test func documentsKeptOnlyForTheFirstArticles() throws {
        let analyzer = try #require(Self.analyzer)
        var options = Analyzer.CorpusOptions(keywords: 5)
        options.documentsKept = 1
        let lean = analyzer.analyzeCorpus(CorpusAnalysisTests.articles, options: options)
        let full = analyzer.analyzeCorpus(CorpusAnalysisTests.articles, options: .init(keywords: 5))
        #expect(lean.documents == [full.documents[0]])
        #expect(full.documents.count == CorpusAnalysisTests.articles.count)
        #expect(lean.keywords == full.keywords && lean.keyness == full.keyness)
        #expect(lean.nearest == full.nearest && lean.similarity == full.similarity)
        #expect(lean.distinctTerms == full.documents.map(\.counts.distinctCount))
        #expect(lean.table == full.table && !full.table.terms.isEmpty)
        options.method = .textrank
        let ranked = analyzer.analyzeCorpus(CorpusAnalysisTests.articles, options: options)
        #expect(ranked.documents.count == CorpusAnalysisTests.articles.count)
    }

    /// The table's counts are each article's counts of its terms, which are the corpus's most
    /// frequent among the articles' first keywords.
    @Test func tableCountsAreTheDocumentsCounts() throws {
        let analyzer = try #require(Self.analyzer)
        let full = analyzer.analyzeCorpus(CorpusAnalysisTests.articles, options: .init(keywords: 5))
        for (t, term) in full.table.terms.enumerated() {
            #expect(full.table.counts[t] == full.documents.map { $0.counts[term] })
            #expect(full.keywords.contains { $0.prefix(5).contains { $0.term == term } })
        }
        let totals = full.table.terms.map { term in full.documents.reduce(0) { $0 + $1.counts[term] } }
        #expect(totals == totals.sorted(by: >))
    }
}
