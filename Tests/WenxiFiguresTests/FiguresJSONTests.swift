import Foundation
import Testing
@testable import WenxiFigures
@testable import WenxiText

/// JSON helpers for the figure tests (sorted keys, so that strings compare).
enum JSONEncoderForTests {
    static func encode(_ figure: Figure) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(figure)
    }

    static func decode(_ json: String) throws -> Figure {
        try JSONDecoder().decode(Figure.self, from: Data(json.utf8))
    }
}

@Suite struct FiguresJSONTests {
    @Test func rangeEncodesUpper() throws {
        let f = FigureExtractor().figures(in: "3至5年")
        #expect(f.count == 1)
        let json = try String(decoding: JSONEncoderForTests.encode(f[0]), as: UTF8.self)
        #expect(json == #"{"end":4,"kind":"duration","start":0,"text":"3至5年","upper":"P5Y","value":"P3Y"}"#)
    }
}
