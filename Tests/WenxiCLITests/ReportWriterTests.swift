import Foundation
import Testing
@testable import Wenxi
@testable import WenxiReports

/// Report files go into the output folder and nowhere else; each page gets its own name.
@Suite struct ReportWriterTests {
    static let body = "国务院今天召开常务会议，研究部署经济工作，会议由总理主持。\n"

    /// A small report: one article from one input.
    static func smallRun(_ scratch: ScratchFolder) throws -> ReportRun {
        let input = try scratch.write("page.txt", Array(body.utf8))
        return ReportRun(paths: [input], analyzer: try Analyzer())
    }

    @Test func aLinkPlantedInTheFolderIsNotFollowed() throws {
        let scratch = try ScratchFolder()
        let run = try ReportWriterTests.smallRun(scratch)
        let out = scratch.url.appendingPathComponent("out").path
        let outside = scratch.url.appendingPathComponent("outside.html").path
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try Data("not yours\n".utf8).write(to: URL(fileURLWithPath: outside))
        try FileManager.default.createSymbolicLink(atPath: out + "/index.html", withDestinationPath: "../outside.html")
        let outcome = try ReportWriter(folder: URL(fileURLWithPath: out)).write(articles: try run.articles(), corpus: run.corpus)
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == "not yours\n")
        #expect(outcome.failures.map(\.file) == ["index.html"])
        #expect(outcome.failures.first?.reason.contains("symbolic link") == true)
        #expect(outcome.written.count == 5)
        #expect(FileManager.default.fileExists(atPath: out + "/page-01.html"))
    }

    @Test func aFolderWhereAPageGoesIsRefusedAndTheRestWritten() throws {
        let scratch = try ScratchFolder()
        let run = try ReportWriterTests.smallRun(scratch)
        let out = scratch.url.appendingPathComponent("out").path
        try FileManager.default.createDirectory(atPath: out + "/page-01.md", withIntermediateDirectories: true)
        let outcome = try ReportWriter(folder: URL(fileURLWithPath: out)).write(articles: try run.articles(), corpus: run.corpus)
        #expect(outcome.failures.map(\.file) == ["page-01.md"])
        #expect(Set(outcome.written) == ["page-01.json", "page-01.html", "index.html", "index.md", "corpus.json"])
        let left = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasPrefix(".") }
        #expect(left.isEmpty, "temporary files left behind")
    }

    /// An article whose report cannot be read back fails its three pages, named with the reason;
    /// the other files are still written.
    @Test func anArticleThatCannotBeReadBackFailsItsPagesOnly() throws {
        let scratch = try ScratchFolder()
        let run = try ReportWriterTests.smallRun(scratch)
        let out = scratch.url.appendingPathComponent("out")
        let outcome = try ReportWriter(folder: out).write(summaries: run.summaries, corpus: run.corpus,
                                                          shelved: run.shelved) { _ in
            .failure(ShelfError(reason: "the scratch file was cut short"))
        }
        #expect(outcome.failures.map(\.file) == ["page-01.md", "page-01.json", "page-01.html"])
        #expect(outcome.failures.allSatisfy { $0.description.contains("cut short") })
        #expect(Set(outcome.written) == ["index.html", "index.md", "corpus.json"])
    }

    @Test func anOutputPathThatIsAFileIsAClearError() throws {
        let scratch = try ScratchFolder()
        let run = try ReportWriterTests.smallRun(scratch)
        let file = try scratch.write("taken", Array("x".utf8))
        #expect(throws: WriteError(folder: file, reason: "it is a file, not a folder")) {
            try ReportWriter(folder: URL(fileURLWithPath: file)).write(articles: try run.articles(), corpus: run.corpus)
        }
    }

    @Test func slugsStayUniqueWhenNamesCollideWithNumbers() {
        // Ten a.txt in ten folders, then a-01.txt with twelve articles: a-01-10 is asked for twice.
        var articles = (0..<10).map { Article(index: 1, source: SourceRange(path: "d\($0)/a.txt", firstLine: 1, lastLine: 1)) }
        articles += (1...12).map { Article(index: $0, source: SourceRange(path: "a-01.txt", firstLine: $0, lastLine: $0)) }
        let slugs = ReportBuilder.slugs(for: articles)
        #expect(Set(slugs).count == articles.count)
        #expect(Set(slugs.map { $0.lowercased() }).count == articles.count)
    }

    @Test func longFileNamesGiveShortUniqueSlugs() {
        let long = String(repeating: "x", count: 251) + ".txt"
        let articles = [Article(index: 1, source: SourceRange(path: long, firstLine: 1, lastLine: 1)),
                        Article(index: 1, source: SourceRange(path: "other/" + long, firstLine: 1, lastLine: 1))]
        let slugs = ReportBuilder.slugs(for: articles)
        #expect(slugs.allSatisfy { $0.utf8.count <= 100 })
        #expect(Set(slugs).count == 2)
    }
}

/// `wenxi report` on outputs that cannot be written and inputs whose names collide.
@Suite(.enabled(if: WenxiRun.available)) struct ReportCommandOutputTests {
    @Test func anEmptyOutputNameIsBadUsage() throws {
        let scratch = try ScratchFolder()
        let input = try scratch.write("page.txt", Array(ReportWriterTests.body.utf8))
        let run = try WenxiRun(["report", "--out", "", input])
        #expect(run.status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["page.txt"])
    }

    @Test func anOutputThatIsAFileSaysSoAndWhatWasWritten() throws {
        let scratch = try ScratchFolder()
        let input = try scratch.write("page.txt", Array(ReportWriterTests.body.utf8))
        let file = try scratch.write("taken", Array("x".utf8))
        let run = try WenxiRun(["report", "--out", file, input])
        #expect(run.status == 1)
        #expect(run.errors.contains("\(file): it is a file, not a folder"))
        #expect(run.errors.contains("wrote no file"))
        #expect(!run.errors.contains("NSCocoaErrorDomain"))
    }

    @Test func everyPageOfCollidingNamesIsWrittenAndLinked() throws {
        let scratch = try ScratchFolder()
        let top = scratch.url.appendingPathComponent("pages").path
        for d in 0..<10 {
            try FileManager.default.createDirectory(atPath: "\(top)/d\(d)", withIntermediateDirectories: true)
            try Data(ReportWriterTests.body.utf8).write(to: URL(fileURLWithPath: "\(top)/d\(d)/a.txt"))
        }
        let many = (1...12).map { "第\($0)篇新闻的标题\n新华社北京11月4日电 国务院今天召开常务会议，研究部署第\($0)项工作。\n\n" }.joined()
        try Data(many.utf8).write(to: URL(fileURLWithPath: "\(top)/a-01.txt"))
        let out = scratch.url.appendingPathComponent("out").path
        let run = try WenxiRun(["report", "--out", out, top])
        #expect(run.status == 0)
        let pages = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".html") && $0 != "index.html" }
        #expect(pages.count == 22)
        #expect(run.errors.contains("22 articles from 11 inputs; wrote 69 files"))
        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        for page in pages { #expect(index.contains("href=\"\(page)\""), "index.html does not link \(page)") }
    }

    @Test func aFileNameOf255BytesGetsItsPages() throws {
        let scratch = try ScratchFolder()
        let input = try scratch.write(String(repeating: "x", count: 251) + ".txt", Array(ReportWriterTests.body.utf8))
        let out = scratch.url.appendingPathComponent("out").path
        let run = try WenxiRun(["report", "--out", out, input])
        #expect(run.status == 0)
        let pages = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".html") && $0 != "index.html" }
        #expect(pages.count == 1)
        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(pages.allSatisfy { index.contains("href=\"\($0)\"") })
    }
}
