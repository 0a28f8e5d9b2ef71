import Foundation
import Testing
@testable import WenxiText

@Suite struct TextDataFilesTests {
    /// A different ICU, or a table not rebuilt, fails here: run `swift run wenxi-data`.
    @Test func theSimplifiedTableEqualsWhatICUSaysNow() throws {
        let file = TextDataFiles.traditionalSimplified
        let checkedIn = try #require(FileManager.default.contents(atPath: try DataDirectory.file(file.name).path))
        #expect([UInt8](checkedIn) == (try file.build()), "\(file.name) is stale: run `swift run wenxi-data`")
    }

    @Test func theTableSimplifiesTraditionalCharactersAndLeavesTheRest() {
        #expect(TextNormalizer.simplified("龍") == "龙")
        #expect(TextNormalizer.simplified("體") == "体")
        #expect(TextNormalizer.simplified("龙") == "龙")
        #expect(TextNormalizer.simplified("A") == "A")
        #expect(TextNormalizer.simplified("，") == "，")
    }
}
