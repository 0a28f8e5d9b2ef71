import Foundation
import Testing

@Suite(.enabled(if: WenxiRun.available)) struct FiguresCommandTests {
    @Test func jsonFields() throws {
        let folder = try CommandFixtures.Folder()
        let page = folder.page
        let run = try WenxiRun(["figures", page, "--reference-date", "2024-06-01"])
        #expect(run.status == 0)
        let articles = try #require(CommandFixtures.json(run.output) as? [[String: Any]])
        #expect(articles.first?["path"] as? String == page)
        let figures = try #require(articles.first?["figures"] as? [[String: Any]])
        let percent = try #require(figures.first { $0["kind"] as? String == "percentage" })
        #expect(percent["text"] as? String == "10%以上")
        #expect(percent["value"] as? Int == 10 && percent["approximate"] as? String == "more")
        let count = try #require(figures.first { $0["kind"] as? String == "number" && $0["unit"] as? String == "处" })
        #expect(count["value"] as? Int == 1200 && count["approximate"] as? String == "more")
        let date = try #require(figures.first { $0["text"] as? String == "3月2日" })
        #expect(date["value"] as? String == "2024-03-02")   // the year from --reference-date
    }

    /// --lines: one object a line, empty lines included; tables are tab-separated.
    @Test func linesAndTable() throws {
        let jsonl = try WenxiRun(["figures", "--lines", "--format", "jsonl"], input: Data("增长5%\n\n约3000人\n".utf8))
        #expect(jsonl.status == 0)
        let lines = jsonl.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect((CommandFixtures.json(lines[1]) as? [String: Any])?["line"] as? Int == 2)
        #expect(((CommandFixtures.json(lines[1]) as? [String: Any])?["figures"] as? [Any])?.isEmpty == true)
        let table = try WenxiRun(["figures", "--lines", "--format", "table"], input: Data("增长5%\n".utf8))
        #expect(table.output == "1\t2\t4\tpercentage\t5%\t5\t\t\n")
    }

    @Test func badUsage() throws {
        #expect(try WenxiRun(["figures", "--format", "text"]).status == 2)
        #expect(try WenxiRun(["figures", "--reference-date", "2024-02-30"]).status == 2)
        #expect(try WenxiRun(["figures", "--jobs", "0"]).status == 2)
    }

    @Test func badInput() throws {
        let run = try WenxiRun(["figures", "/no/such/page.txt"])
        #expect(run.status == 1 && run.errors.contains("/no/such/page.txt: no such file or folder"))
        #expect(run.output == "[]\n")
    }
}

extension FiguresCommandTests {
    /// One bad input does not lose the JSON of the good ones.
    @Test func goodOutputSurvivesABadInput() throws {
        let folder = try CommandFixtures.Folder()
        for command in ["figures", "entities", "articles"] {
            let run = try WenxiRun([command, "--encoding", "utf-8", folder.page, folder.bad])
            #expect(run.status == 1, "\(command)")
            #expect((CommandFixtures.json(run.output) as? [Any])?.count == 1, "\(command)")
        }
    }
}

extension FiguresCommandTests {
    /// Windows line ends: each line is its own document, offsets from its own start.
    @Test func crlfLines() throws {
        let run = try WenxiRun(["figures", "--lines", "--format", "table"], input: Data("增长5%\r\n增长6%\r\n".utf8))
        #expect(run.output == "1\t2\t4\tpercentage\t5%\t5\t\t\n2\t2\t4\tpercentage\t6%\t6\t\t\n")
    }
}
