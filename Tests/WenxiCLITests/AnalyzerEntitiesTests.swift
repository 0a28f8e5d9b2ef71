import Testing
@testable import Wenxi

/// The pipeline hands its segmenter, with the user dictionary, to entity recognition.
@Suite struct AnalyzerEntitiesTests {
    @Test func theAnalyzerPassesItsSegmenter() throws {
        let analyzer = try Analyzer(options: .init(userDictionary: UserDictionary(parsing: "星火书苑 10 nt\n")))
        #expect(analyzer.recognizer.mentions(in: "星火书苑举办读书活动").map(\.text) == ["星火书苑"])
    }
}
