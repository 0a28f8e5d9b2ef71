import Testing
import WenxiArticles
@testable import WenxiPipeline
import WenxiText

@Suite struct CorpusAnalysisTests {
    static let analyzer: Analyzer? = try? Analyzer()

    static let articles: [Article] = [
        ["今年以来，全省新能源汽车产量持续增长，新能源汽车出口同比增长三成。", "新能源汽车企业加快布局海外市场，新能源汽车产业链不断完善。"],
        ["新能源汽车销量再创新高，多家新能源汽车企业扩大产能。", "业内人士认为，新能源汽车消费潜力仍在释放。"],
        ["秋收时节，全县小麦播种面积稳中有增，农业机械化水平明显提高。", "农技人员深入田间地头，指导农民科学播种。"],
    ].enumerated().map { k, paragraphs in
        Article(index: k + 1, paragraphs: paragraphs, source: SourceRange(path: "c.txt", firstLine: 1, lastLine: 2))
    }

    @Test func emptyCorpus() throws {
        let corpus = try #require(Self.analyzer).analyzeCorpus([])
        #expect(corpus.articles.isEmpty && corpus.documents.isEmpty && corpus.keywords.isEmpty)
        #expect(corpus.similarity.isEmpty && corpus.nearest.isEmpty && corpus.keyness.isEmpty && corpus.compounds.isEmpty)
    }

    @Test func oneArticleIsLikeItself() throws {
        let corpus = try #require(Self.analyzer).analyzeCorpus([Self.articles[0]], options: .init(keywords: 3))
        #expect(corpus.similarity.count == 1 && abs(corpus.similarity[0][0] - 1) < 1e-12)
        #expect(corpus.nearest == [[]])   // no other article
        #expect(corpus.keywords.count == 1 && corpus.keywords[0].count == 3)
        #expect(corpus.articles[0].tokens.isEmpty)   // dropped once counted
    }

    /// One row per article in every table; the two car articles are closer to each other than to
    /// the farming one; the result does not depend on the threads.
    @Test func manyArticles() throws {
        let analyzer = try #require(Self.analyzer)
        let one = analyzer.analyzeCorpus(Self.articles, options: .init(keywords: 5, jobs: 1))
        #expect(one.articles.map(\.article.index) == [1, 2, 3])
        #expect(one.documents.count == 3 && one.keywords.count == 3 && one.keyness.count == 3)
        #expect(one.similarity.count == 3 && one.similarity.allSatisfy { $0.count == 3 })
        #expect(one.similarity[0][1] > one.similarity[0][2] && one.similarity[0][1] > one.similarity[1][2])
        // Each car article's nearest is the other; the neighbours' cosines are the matrix's.
        #expect(one.nearest.count == 3 && one.nearest[0].first?.index == 1 && one.nearest[1].first?.index == 0)
        #expect(one.nearest[0].first?.cosine == one.similarity[0][1])
        // 新能源汽车 is four of the first article's clauses; the farming article never names it.
        #expect(one.keywords[0].first?.term.hasPrefix("新能源") == true)
        #expect(!one.keywords[2].contains { $0.term.contains("新能源") })
        let two = analyzer.analyzeCorpus(Self.articles, options: .init(keywords: 5, jobs: 2))
        #expect(two.keywords == one.keywords && two.similarity == one.similarity && two.keyness == one.keyness)
        #expect(two.nearest == one.nearest)
        #expect(two.compounds == one.compounds)
    }

    /// The matrix covers only the first `similarityShown` articles; the neighbours cover all.
    @Test func matrixOnlyForTheShownArticles() throws {
        var options = Analyzer.CorpusOptions(keywords: 3)
        options.similarityShown = 2
        let corpus = try #require(Self.analyzer).analyzeCorpus(Self.articles, options: options)
        #expect(corpus.similarity.count == 2 && corpus.similarity.allSatisfy { $0.count == 2 })
        #expect(corpus.nearest.count == 3)
        let full = try #require(Self.analyzer).analyzeCorpus(Self.articles, options: .init(keywords: 3))
        #expect(full.similarity.prefix(2).map { Array($0.prefix(2)) } == corpus.similarity)
    }

    /// Phases are reported in the order they run.
    @Test func phasesInOrder() throws {
        var phases: [String] = []
        _ = try #require(Self.analyzer).analyzeCorpus([Self.articles[2]]) { phases.append($0) }
        #expect(phases == ["analyse articles (entities, figures, tokens)", "discover compounds", "terms",
                           "keywords", "similarity", "keyness and term table"])
    }
}
