import Foundation
import Testing

@Suite(.enabled(if: WenxiRun.available)) struct ArticlesCommandTests {
    @Test func jsonFields() throws {
        let folder = try CommandFixtures.Folder()
        let page = folder.page
        let run = try WenxiRun(["articles", page])
        #expect(run.status == 0)
        let articles = try #require(CommandFixtures.json(run.output) as? [[String: Any]])
        #expect(articles.count == 1)
        let article = articles[0]
        #expect(article["index"] as? Int == 1)
        #expect(article["title"] as? String == "全市召开安全生产工作会议")
        let dateline = try #require(article["dateline"] as? [String: Any])
        #expect(dateline["agency"] as? String == "本报")
        #expect((article["paragraphs"] as? [String])?.count == 2)
        let source = try #require(article["source"] as? [String: Any])
        #expect(source["path"] as? String == page && source["first_line"] as? Int == 1 && source["last_line"] as? Int == 5)
    }

    @Test func textFormatAndStandardInput() throws {
        let run = try WenxiRun(["articles", "--format", "text"], input: Data(CommandFixtures.page.utf8))
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("# 1 全市召开安全生产工作会议\n"))
        #expect(run.output.contains("(<stdin> lines 1–5)"))
    }

    @Test func badInputIsNamedAndGoodOutputStays() throws {
        let folder = try CommandFixtures.Folder()
        let page = folder.page
        let bad = folder.bad
        let run = try WenxiRun(["articles", bad, page, "--encoding", "utf-8"])
        #expect(run.status == 1)
        #expect(run.errors.contains("wenxi: \(bad): byte 6: invalid UTF-8"))
        #expect(run.errors.contains("1 input could not be read"))
        #expect((CommandFixtures.json(run.output) as? [Any])?.count == 1)
    }

    @Test func badUsage() throws {
        let run = try WenxiRun(["articles", "--format", "md"])
        #expect(run.status == 2)
        #expect(run.errors.contains("'json' and 'text'"))
    }
}
