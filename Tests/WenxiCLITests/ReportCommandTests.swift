import Foundation
import Testing

@Suite(.enabled(if: WenxiRun.available)) struct ReportCommandTests {
    @Test func writesEveryFile() throws {
        let folder = try CommandFixtures.Folder()
        let page = folder.page
        let scratch = folder.scratch
        let out = scratch.url.appendingPathComponent("out").path
        let run = try WenxiRun(["report", page, "--out", out, "--top", "5"])
        #expect(run.status == 0)
        #expect(run.errors.contains("1 articles from 1 inputs; wrote 6 files to \(out)/"))
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: out))
        #expect(names.isSuperset(of: ["index.html", "index.md", "corpus.json"]))
        let slugs = names.filter { $0.hasSuffix(".json") && $0 != "corpus.json" }
        #expect(slugs.count == 1)
        let stem = try #require(slugs.first).dropLast(5)
        #expect(names.isSuperset(of: ["\(stem).md", "\(stem).html"]))
        let report = try #require(CommandFixtures.json(try String(contentsOfFile: out + "/" + stem + ".json", encoding: .utf8)) as? [String: Any])
        #expect((report["keywords"] as? [Any])?.count == 5)
        #expect((report["source"] as? [String: Any])?["path"] as? String == page)
    }

    @Test func badInputIsSkippedListedAndExitsOne() throws {
        let folder = try CommandFixtures.Folder()
        let page = folder.page
        let scratch = folder.scratch
        let bad = folder.bad
        let out = scratch.url.appendingPathComponent("out").path
        let run = try WenxiRun(["report", "--encoding", "utf-8", page, bad, "--out", out])
        #expect(run.status == 1)
        #expect(run.errors.contains("\(bad): byte 6"))
        let corpus = try #require(CommandFixtures.json(try String(contentsOfFile: out + "/corpus.json", encoding: .utf8)) as? [String: Any])
        #expect((corpus["skipped"] as? [[String: Any]])?.first?["path"] as? String == bad)
    }

    /// An output folder that cannot be made (a file is in the way) is bad input, status 1.
    @Test func unwritableOutput() throws {
        let folder = try CommandFixtures.Folder()
        let page = folder.page
        let scratch = folder.scratch
        let blocked = try scratch.write("blocked", Array("x".utf8))
        let run = try WenxiRun(["report", page, "--out", blocked])
        #expect(run.status == 1)
        #expect(run.errors.contains(blocked))
    }

    @Test func badUsage() throws {
        #expect(try WenxiRun(["report", "--top", "0", "x"]).status == 2)
        #expect(try WenxiRun(["report", "--unknown"]).status == 2)
    }
}
