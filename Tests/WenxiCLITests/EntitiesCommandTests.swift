import Foundation
import Testing

@Suite(.enabled(if: WenxiRun.available)) struct EntitiesCommandTests {
    @Test func jsonFields() throws {
        let folder = try CommandFixtures.Folder()
        let page = folder.page
        let run = try WenxiRun(["entities", page])
        #expect(run.status == 0)
        let article = try #require((CommandFixtures.json(run.output) as? [[String: Any]])?.first)
        #expect(article["article"] as? Int == 1 && article["path"] as? String == page)
        let mentions = try #require(article["mentions"] as? [[String: Any]])
        let person = try #require(mentions.first { $0["text"] as? String == "李明" })
        #expect(person["type"] as? String == "person")
        let text = (CommandFixtures.page.split(separator: "\n", omittingEmptySubsequences: true).dropFirst()
            .map { String($0).replacingOccurrences(of: "本报讯 ", with: "") }).joined(separator: "\n")
        // Offsets are code points into the article text: 李明 after 本报讯's paragraph start.
        let start = try #require(person["start"] as? Int), end = try #require(person["end"] as? Int)
        #expect(end - start == 2)
        #expect(String(Array(text.unicodeScalars)[start..<end].map(Character.init)) == "李明")
        let summary = try #require(article["entities"] as? [[String: Any]])
        // The summary names a place by its canonical, full name, with the forms the text used.
        let place = try #require(summary.first { $0["type"] as? String == "place" })
        #expect(place["name"] as? String == "杭州市" && place["forms"] as? [String] == ["杭州"] && place["count"] as? Int == 1)
    }

    @Test func linesTable() throws {
        let run = try WenxiRun(["entities", "--lines", "--format", "table"], input: Data("记者在北京采访。\n".utf8))
        #expect(run.status == 0)
        #expect(run.output == "1\t3\t5\tplace\t北京\n")
    }

    @Test func userEntitiesAndABadList() throws {
        let scratch = try ScratchFolder()
        let list = try scratch.write("list.txt", Array("星火科技\torganization\n".utf8))
        let run = try WenxiRun(["entities", "--lines", "--format", "table", "--entities", list], input: Data("星火科技发布新品。\n".utf8))
        #expect(run.output.contains("1\t0\t4\torganization\t星火科技\n"))
        let bad = try scratch.write("bad.txt", Array("星火科技\tplanet\n".utf8))
        let failed = try WenxiRun(["entities", "--entities", bad], input: Data("星火科技\n".utf8))
        #expect(failed.status == 1)
        #expect(failed.errors.contains("\(bad) line 1"))
    }

    @Test func badUsage() throws {
        #expect(try WenxiRun(["entities", "--format", "md"]).status == 2)
    }
}
