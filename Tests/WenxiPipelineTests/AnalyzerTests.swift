import Testing
import WenxiArticles
import WenxiEntities
import WenxiFigures
@testable import WenxiPipeline
import WenxiText

@Suite struct AnalyzerTests {
    static let analyzer: Analyzer? = try? Analyzer()

    func article(_ paragraphs: [String], dateline: Dateline? = nil) -> Article {
        Article(index: 1, dateline: dateline, paragraphs: paragraphs, source: SourceRange(firstLine: 1, lastLine: 1))
    }

    @Test func oneArticleThroughEveryStage() throws {
        let analyzer = try #require(Self.analyzer)
        let text = "前三季度全省地区生产总值增长5.2%。省长王建华在杭州表示，经济运行稳中向好。"
        let analysis = analyzer.analyze(article([text]))
        #expect(analysis.sentences.map(\.text) == ["前三季度全省地区生产总值增长5.2%。", "省长王建华在杭州表示，经济运行稳中向好。"])
        let percent = try #require(analysis.figures.first { $0.kind == .percentage })
        #expect(percent.text == "5.2%" && percent.value == .number(5.2))
        #expect(analysis.entities.contains { $0.text == "杭州" && $0.type == .place })
        #expect(analysis.entities.contains { $0.text == "王建华" && $0.type == .person })
        // Words exclude the three punctuation marks.
        #expect(analysis.wordCount == analysis.tokens.count - 3)
    }

    /// Relative dates resolve against the article's dateline before the reference date.
    @Test func datelineAnchorsRelativeDates() throws {
        let analyzer = try #require(Self.analyzer)
        let analysis = analyzer.analyze(article(["去年全市新增就业12万人。"], dateline: Dateline(raw: "新华社北京2024年3月2日电", year: 2024, month: 3, day: 2)))
        let date = try #require(analysis.figures.first { $0.kind == .date })
        #expect(date.value == .string("2023"))
    }

    @Test func emptyArticle() throws {
        let analysis = try #require(Self.analyzer).analyze(article([]))
        #expect(analysis.sentences.isEmpty && analysis.entities.isEmpty && analysis.figures.isEmpty)
        #expect(analysis.tokens.isEmpty && analysis.wordCount == 0)
    }

    @Test func sentenceContainingAnOffset() {
        var analysis = ArticleAnalysis(article: article(["甲乙。丙丁。"]), sentences: [], entities: [], figures: [],
                                       tokens: [], wordCount: 0)
        #expect(analysis.sentence(containing: 0) == nil)           // no sentences at all
        analysis.sentences = [Sentence(text: "甲乙。", start: 0, end: 3), Sentence(text: "丙丁。", start: 4, end: 7)]
        #expect(analysis.sentence(containing: 0)?.start == 0)
        #expect(analysis.sentence(containing: 2)?.start == 0)      // the last code point of the first
        #expect(analysis.sentence(containing: 3) == nil)           // the gap between them
        #expect(analysis.sentence(containing: 4)?.start == 4)
        #expect(analysis.sentence(containing: 6)?.start == 4)
        #expect(analysis.sentence(containing: 7) == nil)           // past the end
        #expect(analysis.sentence(containing: -1) == nil)
    }
}
