import Foundation
import Testing
@testable import Wenxi

@Suite struct JSONWriterTests {
    struct Sample: Encodable {
        var name = "新华社 \"快讯\"\n\\ /\t\u{1}"
        var count = 3
        var ratio = 0.505
        var whole = 237_000_000.0
        var small = 1e-5
        var flag = true
        var missing: String? = nil
        var list: [Int] = [1, 2]
        var empty: [String] = []
        var nested: [String: Int64] = ["b": 2, "a": -1]
        var figure = FigureValue.number(65)
        var date = FigureValue.string("2024-11-04")
        var big: UInt32 = 4_000_000_000
    }

    @Test func writesSortedPrettyJSON() throws {
        let text = try JSONWriter.string(Sample())
        #expect(text == """
        {
          "big" : 4000000000,
          "count" : 3,
          "date" : "2024-11-04",
          "empty" : [],
          "figure" : 65,
          "flag" : true,
          "list" : [
            1,
            2
          ],
          "name" : "新华社 \\"快讯\\"\\n\\\\ /\\t\\u0001",
          "nested" : {
            "a" : -1,
            "b" : 2
          },
          "ratio" : 0.505,
          "small" : 1e-05,
          "whole" : 237000000
        }
        """)
    }

    @Test func compactFormIsOneLine() throws {
        #expect(try JSONWriter.string([["k": 1]], pretty: false) == "[{\"k\":1}]")
    }

    /// The report JSON says the same as Foundation's encoder would.
    @Test func agreesWithFoundationOnReports() throws {
        let run = ReportRun(paths: ["seeds"], analyzer: try Analyzer())
        for value in [try JSONWriter.string(run.corpus), try JSONWriter.string(run.articles)] {
            #expect(try JSONSerialization.jsonObject(with: Data(value.utf8)) is NSObject)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let ours = try JSONSerialization.jsonObject(with: Data(try JSONWriter.string(run.articles).utf8)) as? NSArray
        let theirs = try JSONSerialization.jsonObject(with: try encoder.encode(run.articles)) as? NSArray
        #expect(ours != nil && ours == theirs)
    }
}
