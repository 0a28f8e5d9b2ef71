import Foundation
import Testing
@testable import WenxiArticles
@testable import WenxiSegmentation
@testable import WenxiText

@Suite struct ArticlesPerformanceTests {
    /// A long single line must not hang (no quadratic scans).
    @Test(.timeLimit(.minutes(5))) func longSingleLine() {
        let unit = "各地持续推进城市更新，完善基础设施，提升公共服务水平，群众获得感不断增强"
        let line = String(repeating: unit, count: 60_000)  // ≈ 2.2 M code points, no sentence end
        let start = ContinuousClock.now
        let articles = ArticleSplitter().articles(in: line)
        let elapsed = ContinuousClock.now - start
        #expect(articles.count == 1)
        #expect(articles[0].paragraphs.count == 1)
        #expect(articles[0].paragraphs[0].unicodeScalars.count == line.unicodeScalars.count)
        print("articles: 2.2 M code point line in \(elapsed)")
    }

    /// Many distinct paragraphs with repeated ones: duplicate detection stays linear.
    @Test(.timeLimit(.minutes(5))) func manyParagraphs() {
        var page = ""
        for i in 0..<20_000 {
            page += "第\(i)段：各地持续推进城市更新，完善基础设施，编号\(i * 7919 % 100_003)的项目进展顺利。\n\n"
            if i % 1000 == 999 { page += "第\(i)段：各地持续推进城市更新，完善基础设施，编号\(i * 7919 % 100_003)的项目进展顺利。\n\n" }
        }
        let start = ContinuousClock.now
        let articles = ArticleSplitter().articles(in: page)
        let elapsed = ContinuousClock.now - start
        #expect(articles.count == 1)
        #expect(articles[0].paragraphs.count == 20_000)
        #expect(articles[0].repairs.filter { $0.kind == .droppedDuplicate }.count == 20)
        print("articles: 20,020 paragraphs in \(elapsed)")
    }

    /// 50 MB single line; run with WENXI_PERF=1 (slow in debug builds).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["WENXI_PERF"] != nil))
    func fiftyMegabyteLine() {
        let unit = "各地持续推进城市更新，完善基础设施，提升公共服务水平。"
        let count = 50_000_000 / unit.utf8.count
        let line = String(repeating: unit, count: count)
        let start = ContinuousClock.now
        let articles = ArticleSplitter().articles(in: line)
        let elapsed = ContinuousClock.now - start
        #expect(articles.count == 1)
        let sentences = SentenceSplitter().ranges(in: Array(articles[0].text.unicodeScalars))
        let total = ContinuousClock.now - start
        #expect(sentences.count == count)
        print("articles: \(line.utf8.count) byte line in \(elapsed); with sentences \(total)")
    }
}
