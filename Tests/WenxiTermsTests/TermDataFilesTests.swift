import Foundation
import Testing
@testable import WenxiTerms
@testable import WenxiText

@Suite struct TermDataFilesTests {
    /// `idf.txt` edited without `swift run wenxi-data` fails here.
    @Test func theIDFTableEqualsARebuildFromIdfTxt() throws {
        let checkedIn = try #require(FileManager.default.contents(atPath: try DataDirectory.file(TermDataFiles.idf.name).path))
        #expect([UInt8](checkedIn) == (try TermDataFiles.idf.build()), "jieba/idf.bin is stale: run `swift run wenxi-data`")
    }

    @Test func theMappedTableGivesTheTextTablesValues() throws {
        let text = try BackgroundIDF(contentsOf: try DataDirectory.file("jieba/idf.txt"))
        let mapped = try BackgroundIDF.shared()
        #expect(mapped.count == text.count)
        #expect(mapped.unknownIDF == text.unknownIDF)
        #expect(mapped.maximumIDF == text.maximumIDF)
        let (table, order) = try BackgroundIDF.read(try DataDirectory.file("jieba/idf.txt"))
        for word in stride(from: 0, to: order.count, by: 101).map({ order[$0] }) {
            #expect(mapped.knownIDF(of: word) == table[word].map(Double.init), "\(word)")
        }
        #expect(mapped.knownIDF(of: "不是一个词的字符串") == nil)
        #expect(mapped.idf(of: "不是一个词的字符串") == text.unknownIDF)
    }
}
