import Foundation
import Testing
@testable import Wenxi

@Suite struct ReportJSONTests {
    /// The report JSON says the same as Foundation's encoder would.
    @Test func agreesWithFoundationOnReports() throws {
        let run = ReportRun(paths: ["seeds"], analyzer: try Analyzer())
        for value in [try JSONWriter.string(run.corpus), try JSONWriter.string(try run.articles())] {
            #expect(try JSONSerialization.jsonObject(with: Data(value.utf8)) is NSObject)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let ours = try JSONSerialization.jsonObject(with: Data(try JSONWriter.string(try run.articles()).utf8)) as? NSArray
        let theirs = try JSONSerialization.jsonObject(with: try encoder.encode(try run.articles())) as? NSArray
        #expect(ours != nil && ours == theirs)
    }
}
