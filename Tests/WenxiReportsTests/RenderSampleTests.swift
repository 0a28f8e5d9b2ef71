import Foundation
import Testing
@testable import WenxiReports
@testable import WenxiTerms

/// Writes the fixture corpus as report pages into the folder named by `WENXI_RENDER_SAMPLE_DIR`, for
/// Benchmarks/render-check.sh to open in a browser. Skipped when the variable is not set.
@Suite struct RenderSampleTests {
    static let folder = ProcessInfo.processInfo.environment["WENXI_RENDER_SAMPLE_DIR"]

    @Test(.enabled(if: folder != nil, "set WENXI_RENDER_SAMPLE_DIR to write sample pages"))
    func writeSamplePages() throws {
        let folder = URL(fileURLWithPath: try #require(Self.folder), isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var pages: [(String, String)] = [
            ("index.html", HTMLRenderer.index(RenderFixtures.corpus, articles: RenderFixtures.articles)),
            ("index.md", MarkdownRenderer.corpus(RenderFixtures.corpus, articles: RenderFixtures.articles)),
        ]
        for a in RenderFixtures.articles {
            pages.append(("\(a.slug).html", HTMLRenderer.article(a, corpusTitle: "样例语料")))
            pages.append(("\(a.slug).md", MarkdownRenderer.article(a)))
        }
        for (name, text) in pages {
            let url = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            #expect(try String(contentsOf: url, encoding: .utf8) == text)
        }
    }
}
