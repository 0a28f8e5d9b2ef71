import Foundation
import Testing
@testable import Wenxi

@Suite struct ReportTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Reports/ in the repository is what `wenxi report` writes from seeds/: regenerate it with
    /// `swift run -c release wenxi report` when this fails.
    @Test func committedReportsAreCurrent() throws {
        #expect(FileManager.default.currentDirectoryPath == ReportTests.root.path,
                "run the tests from the package root, as `swift test` does")
        let run = ReportRun(paths: ["seeds"], analyzer: try Analyzer(), jobs: 2)
        let files = ReportWriter.files(articles: try run.articles(), corpus: run.corpus, jobs: 2)
        let folder = ReportTests.root.appendingPathComponent("Reports")
        let present = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
        #expect(Set(present) == Set(files.map(\.name)), "Reports/ holds other files than a run writes")
        for (name, contents) in files {
            let committed = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(committed == contents, "Reports/\(name) is stale")
        }
    }

    @Test func reportsDoNotDependOnThreadsOrRuns() throws {
        let analyzer = try Analyzer()
        let one = ReportRun(paths: ["seeds"], analyzer: analyzer, jobs: 1)
        let two = ReportRun(paths: ["seeds"], analyzer: analyzer, jobs: 2)
        #expect(ReportWriter.files(articles: try one.articles(), corpus: one.corpus).map(\.contents)
                == ReportWriter.files(articles: try two.articles(), corpus: two.corpus, jobs: 2).map(\.contents))
    }

    /// Articles come by path and number, so the order of the paths given does not change the reports.
    @Test func orderOfPathsDoesNotMatter() throws {
        let scratch = try ScratchFolder()
        let a = try scratch.write("a.txt", Array("国家统计局今天发布数据，全国粮食总产量比上年增长1.3%。\n".utf8))
        let b = try scratch.write("b.txt", Array("市政府召开安全生产工作会议，要求全年事故起数下降10%以上。\n".utf8))
        let analyzer = try Analyzer()
        let forward = ReportRun(paths: [a, b], analyzer: analyzer)
        let backward = ReportRun(paths: [b, a], analyzer: analyzer)
        #expect(try backward.articles().map(\.source.path) == [a, b])
        #expect(backward.corpus.inputs == [a, b])
        #expect(ReportWriter.files(articles: try forward.articles(), corpus: forward.corpus).map(\.contents)
                == ReportWriter.files(articles: try backward.articles(), corpus: backward.corpus).map(\.contents))
    }

    @Test func badInputsAreSkippedAndListed() throws {
        let scratch = try ScratchFolder()
        _ = try scratch.write("a.txt", Array("国家统计局今天发布数据，全国粮食总产量达到13908亿斤，比上年增长1.3%。\n".utf8))
        _ = try scratch.write("b.txt", [0xFF, 0xFF, 0x00])
        let run = ReportRun(paths: [scratch.url.path], analyzer: try Analyzer())
        #expect(try run.articles().count == 1)
        #expect(run.corpus.skipped.count == 1)
        #expect(run.corpus.skipped.first?.path.hasSuffix("b.txt") == true)
        #expect(try run.articles()[0].figures.contains { $0.text == "1.3%" && $0.value == "1.3" && $0.kind == "percentage" })
        #expect(try run.articles()[0].figures.contains { $0.text == "13908亿斤" && $0.value == "1390800000000" })
    }

    /// The pipeline computes the similarity matrix for as many articles as the report shows.
    @Test func matrixCoversTheComparedArticles() {
        #expect(Analyzer.CorpusOptions().similarityShown == CorpusReport.comparisonLimit)
    }

    @Test func articleReportHoldsEveryStage() throws {
        let page = """
        西湖区推进老旧小区改造

        新华社杭州3月2日电（记者 王明）浙江省杭州市西湖区今年计划改造老旧小区120个，总投资约8.5亿元。区住房和城乡建设局局长李建国介绍，改造完成后将惠及居民3万余户。

        李建国说，西湖区将持续推进老旧小区改造，2024年已完成改造的小区居民满意度达到95%。
        """
        let analyzer = try Analyzer(options: .init(referenceDate: CalendarDate("2025-03-10")))
        let articles = analyzer.articles(in: page, path: "page.txt")
        let corpus = analyzer.analyzeCorpus(articles)
        let (reports, _) = ReportBuilder(referenceDate: CalendarDate("2025-03-10"))
            .reports(for: corpus, inputs: ["page.txt"], skipped: [])
        let report = try #require(reports.first)
        #expect(report.title == "西湖区推进老旧小区改造")
        #expect(report.dateline?.date == "2025-03-02")
        #expect(report.byline == ["王明"])
        #expect(report.entities.contains { $0.name == "李建国" && $0.type == "person" && $0.count == 2 })
        #expect(report.entities.contains { $0.type == "place" && $0.name.hasPrefix("杭州") })
        #expect(report.figures.contains { $0.text == "约8.5亿元" && $0.kind == "money" && $0.value == "850000000" && $0.unit == "CNY" })
        #expect(report.figures.contains { $0.text == "95%" && $0.sentence.hasPrefix("李建国说") })
        #expect(report.keywords.prefix(5).contains { $0.term.contains("小区") })
        #expect(!report.keywords.contains { $0.term.contains("2024") || $0.term == "说" || $0.term == "，" })
        #expect(report.statistics.sentences == 3)
    }
}

@Suite struct SpilledReportTests {
    /// A run whose articles wait in a scratch file writes what a run holding them in memory writes.
    @Test func aShelfOnTheFolderChangesNoFile() throws {
        let scratch = try ScratchFolder()
        let analyzer = try Analyzer()
        let held = ReportRun(paths: ["seeds"], analyzer: analyzer, jobs: 2)
        let shelf = ArticleShelf(folder: scratch.url.path)
        #expect(shelf.isSpilling)
        let spilled = ReportRun(paths: ["seeds"], analyzer: analyzer, jobs: 2, shelf: shelf)
        let out = scratch.url.appendingPathComponent("out")
        let outcome = try ReportWriter(folder: out).write(summaries: spilled.summaries, corpus: spilled.corpus, jobs: 2,
                                                          shelved: spilled.shelved) { spilled.article($0) }
        #expect(outcome.failures.isEmpty)
        for (name, contents) in ReportWriter.files(articles: try held.articles(), corpus: held.corpus) {
            #expect(try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8) == contents, "\(name)")
        }
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: out.path)) == Set(outcome.written))
    }

    /// Past the compared articles, the corpus report holds no figures or keyness, and corpus.json
    /// still lists every article's: read back from the shelf, the same as from articles held in memory.
    @Test func figuresPastTheComparedArticlesComeFromTheShelf() throws {
        let scratch = try ScratchFolder()
        let input = scratch.url.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let count = CorpusReport.comparisonLimit + 5
        // Written for this test: one short article a file, each with its own figures and a crop
        // that only one article in ten names (so each has keyness to list).
        let crops = ["小麦", "玉米", "水稻", "大豆", "棉花", "油菜", "花生", "甘蔗", "茶叶", "苹果"]
        for i in 0..<count {
            let crop = crops[i % crops.count]
            let text = "新华社北京3月\(i % 28 + 1)日电 今年全县粮食产量达到\(i + 10)万吨，同比增长\(i % 9 + 1).5%，"
                + "投资\(i + 3)亿元建设农田水利工程。\(crop)种植面积扩大，\(crop)价格稳定，\(crop)销路很好。\n"
            try text.write(to: input.appendingPathComponent(String(format: "a%03d.txt", i)), atomically: true, encoding: .utf8)
        }
        let analyzer = try Analyzer()
        let held = ReportRun(paths: [input.path], analyzer: analyzer, jobs: 2)
        #expect(held.corpus.figuresElsewhere && held.corpus.hasFigures)
        #expect(held.corpus.articles[count - 1].figures.isEmpty && !held.corpus.articles[0].figures.isEmpty)
        let shelf = ArticleShelf(folder: scratch.url.path)
        let spilled = ReportRun(paths: [input.path], analyzer: analyzer, jobs: 2, shelf: shelf)
        let out = scratch.url.appendingPathComponent("out")
        let outcome = try ReportWriter(folder: out).write(summaries: spilled.summaries, corpus: spilled.corpus, jobs: 2,
                                                          shelved: spilled.shelved) { spilled.article($0) }
        #expect(outcome.failures.isEmpty)
        let json = try Data(contentsOf: out.appendingPathComponent("corpus.json"))
        let written = try JSONDecoder().decode(CorpusReport.self, from: json)
        let articles = try held.articles()
        #expect(written.articles.map(\.figures) == articles.map { $0.figures.map(\.bare) })
        #expect(written.articles[count - 1].figures.contains { $0.kind == "percentage" })
        #expect(held.corpus.keynessElsewhere && held.corpus.keyness.count == CorpusReport.comparisonLimit)
        #expect(written.keyness.count == count && written.keyness[count - 1].terms.contains { $0.term == crops[(count - 1) % crops.count] })
        let files = ReportWriter.files(articles: articles, corpus: held.corpus, shelved: held.shelved)
        #expect(files.first { $0.name == "corpus.json" }?.contents == String(decoding: json, as: UTF8.self))
    }

    /// Summaries hold what the index pages list, not the articles' texts.
    @Test func summariesHoldNoText() throws {
        let run = ReportRun(paths: ["seeds"], analyzer: try Analyzer())
        let articles = try run.articles()
        #expect(!run.summaries.isEmpty && run.summaries.count == articles.count)
        for (summary, article) in zip(run.summaries, articles) {
            #expect(summary.paragraphs.isEmpty && summary.figures.isEmpty && summary.entities.isEmpty)
            #expect(!article.paragraphs.isEmpty)
            #expect((summary.slug, summary.index, summary.keywords, summary.title)
                    == (article.slug, article.index, article.keywords, article.title))
        }
    }
}
