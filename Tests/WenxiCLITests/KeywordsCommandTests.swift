import Foundation
import Testing

@Suite(.enabled(if: WenxiRun.available)) struct KeywordsCommandTests {
    @Test(arguments: ["tfidf", "textrank", "combined"])
    func jsonFields(method: String) throws {
        let folder = try CommandFixtures.Folder()
        let page = folder.page
        let run = try WenxiRun(["keywords", page, "--top", "3", "--method", method])
        #expect(run.status == 0)
        let article = try #require((CommandFixtures.json(run.output) as? [[String: Any]])?.first)
        #expect(article["title"] as? String == "全市召开安全生产工作会议")
        let keywords = try #require(article["keywords"] as? [[String: Any]])
        #expect(keywords.count == 3)
        let scores = keywords.compactMap { $0["score"] as? Double }
        #expect(scores.count == 3 && scores == scores.sorted(by: >))
        // 安全生产 occurs three times in the page: counts are occurrences.
        #expect(keywords.allSatisfy { ($0["count"] as? Int ?? 0) >= 1 })
    }

    @Test func table() throws {
        let folder = try CommandFixtures.Folder()
        let page = folder.page
        let run = try WenxiRun(["keywords", page, "--top", "2", "--format", "table"])
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 3 && lines[0] == "# \(page) 1 全市召开安全生产工作会议")
        #expect(lines[1].hasPrefix("1\t") && lines[2].hasPrefix("2\t"))
        #expect(lines[1].split(separator: "\t").count == 4)
    }

    @Test func badUsageAndBadInput() throws {
        #expect(try WenxiRun(["keywords", "--method", "bm25"]).status == 2)
        #expect(try WenxiRun(["keywords", "--top", "0"]).status == 2)
        #expect(try WenxiRun(["keywords", "--format", "jsonl"]).status == 2)
        let missing = try WenxiRun(["keywords", "/no/such/dir"])
        #expect(missing.status == 1 && missing.errors.contains("/no/such/dir: no such file or folder"))
    }
}
