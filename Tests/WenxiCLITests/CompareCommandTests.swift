import Foundation
import Testing

@Suite(.enabled(if: WenxiRun.available)) struct CompareCommandTests {
    @Test func corpusComparison() throws {
        let folder = try CommandFixtures.Folder()
        let page = folder.page
        let scratch = folder.scratch
        let second = try scratch.write("second.txt", Array("秋收时节\n\n全县小麦播种面积稳中有增，农业机械化水平明显提高。\n".utf8))
        let run = try WenxiRun(["compare", page, second])
        #expect(run.status == 0)
        let corpus = try #require(CommandFixtures.json(run.output) as? [String: Any])
        #expect((corpus["articles"] as? [Any])?.count == 2)
        #expect(corpus["inputs"] as? [String] == [page, second])
        let similarity = try #require(corpus["similarity"] as? [[Double]])
        #expect(similarity.count == 2 && similarity[0][1] == similarity[1][0])
        let markdown = try WenxiRun(["compare", "--format", "md", page, second])
        #expect(markdown.output.hasPrefix("# 语料报告 (Corpus report)\n"))
    }

    @Test func oneTerm() throws {
        let folder = try CommandFixtures.Folder()
        let page = folder.page
        let run = try WenxiRun(["compare", "--term", "会议", page])
        #expect(run.status == 0)
        let usage = try #require(CommandFixtures.json(run.output) as? [String: Any])
        #expect(usage["term"] as? String == "会议")
        let article = try #require((usage["articles"] as? [[String: Any]])?.first)
        // Twice as a word in the body (the title is not body text): 安全生产工作会议。 and 会议指出.
        #expect(article["count"] as? Int == 2)
        #expect((article["contexts"] as? [Any])?.count == 2)
        // Words, not substrings: 安全生产 is written twice but segmented 安全 生产, so no word is it.
        let substring = try WenxiRun(["compare", "--term", "安全生产", page])
        let none = try #require(CommandFixtures.json(substring.output) as? [String: Any])
        #expect((none["articles"] as? [[String: Any]])?.first?["count"] as? Int == 0)
    }

    @Test func badUsageAndBadInput() throws {
        #expect(try WenxiRun(["compare", "--term", ""]).status == 2)
        #expect(try WenxiRun(["compare", "--format", "table"]).status == 2)
        let folder = try CommandFixtures.Folder()
        let page = folder.page
        let bad = folder.bad
        let run = try WenxiRun(["compare", "--encoding", "utf-8", page, bad])
        #expect(run.status == 1 && run.errors.contains("\(bad): byte 6"))
        let skipped = (CommandFixtures.json(run.output) as? [String: Any])?["skipped"] as? [[String: Any]]
        #expect(skipped?.first?["path"] as? String == bad)
    }
}
