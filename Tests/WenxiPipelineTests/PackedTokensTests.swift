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

    /// Occurrences are dropped past `occurrencesKept` under TF-IDF, the counts kept.
    @Test func occurrencesKeptOnlyForTheFirstArticles() throws {
        let analyzer = try #require(Self.analyzer)
        var options = Analyzer.CorpusOptions(keywords: 5)
        options.occurrencesKept = 1
        let lean = analyzer.analyzeCorpus(CorpusAnalysisTests.articles, options: options)
        let full = analyzer.analyzeCorpus(CorpusAnalysisTests.articles, options: .init(keywords: 5))
        #expect(lean.documents[0] == full.documents[0])
        #expect(lean.documents[1].occurrences.isEmpty && !full.documents[1].occurrences.isEmpty)
        #expect(lean.documents.map(\.counts) == full.documents.map(\.counts))
        #expect(lean.keywords == full.keywords && lean.keyness == full.keyness)
        options.method = .textrank
        let ranked = analyzer.analyzeCorpus(CorpusAnalysisTests.articles, options: options)
        #expect(!ranked.documents[2].occurrences.isEmpty)
    }
}

/// Only the sentences a figure starts in keep their text (sentences written for these tests).
@Suite struct QuotedSentencesTests {
    @Test func sentencesWithFiguresKeepTheirText() throws {
        let analyzer = try #require(PackedTokensTests.analyzer)
        let article = Article(index: 1, paragraphs: ["秋粮陆续上市。全县收购小麦3.2万吨，同比增长12%。仓储条件明显改善。"],
                              source: SourceRange(path: "q.txt", firstLine: 1, lastLine: 1))
        var analysis = analyzer.analyze(article)
        let before = analysis.sentences
        analysis.keepQuotedSentencesOnly()
        #expect(analysis.sentences.count == before.count && before.count == 3)
        #expect(analysis.sentences.map(\.start) == before.map(\.start) && analysis.sentences.map(\.end) == before.map(\.end))
        #expect(analysis.sentences[0].text.isEmpty && analysis.sentences[2].text.isEmpty)
        #expect(analysis.sentences[1].text == before[1].text && !before[1].text.isEmpty)
        for figure in analysis.figures {
            #expect(analysis.sentence(containing: figure.start)?.text == before[1].text)
        }
        #expect(!analysis.figures.isEmpty)
    }
}

/// A finished vocabulary unpacks what it packed and holds nothing more itself.
@Suite struct FinishedVocabularyTests {
    @Test func finishedVocabularyUnpacks() {
        let tokens = [TermToken(text: "港口", start: 0, end: 2, kind: .word, tag: "n"),
                      TermToken(text: "，", start: 2, end: 3, kind: .punctuation, tag: "x"),
                      TermToken(text: "港口", start: 3, end: 5, kind: .word, tag: "n")]
        let vocabulary = TokenVocabulary()
        let packed = vocabulary.pack(tokens)
        let finished = vocabulary.finish()
        #expect(finished.tokens(packed) == tokens)
        #expect(vocabulary.frozen().entries.isEmpty && finished.entries.count == 2)
    }
}

/// The corpus stage over a ``PackedCorpus`` gives the same result and lets go of the tokens.
@Suite struct PackedCorpusTests {
    @Test func corpusReleasesItsTokens() throws {
        let analyzer = try #require(PackedTokensTests.analyzer)
        let analyses = CorpusAnalysisTests.articles.map { analyzer.analyze($0) }
        let vocabulary = TokenVocabulary()
        let packed = PackedCorpus(packed: analyses.map { vocabulary.pack($0.tokens) }, vocabulary: vocabulary.finish())
        #expect(packed.tokens(1) == analyses[1].tokens)
        let stripped = analyses.map { analysis -> ArticleAnalysis in
            var copy = analysis
            copy.tokens = []
            return copy
        }
        let direct = analyzer.corpus(from: analyses, options: .init(keywords: 5))
        let fromPacked = analyzer.corpus(from: stripped, packed: packed, options: .init(keywords: 5))
        #expect(fromPacked.keywords == direct.keywords && fromPacked.documents == direct.documents)
        #expect(fromPacked.nearest == direct.nearest && fromPacked.compounds == direct.compounds)
    }
}
