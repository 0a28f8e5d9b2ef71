import Foundation
import Testing
import WenxiText
@testable import WenxiReports

/// The report values that fill the encoders' trees themselves (``TreeEncodable``) give the bytes
/// their synthesized `encode(to:)` gives, in JSON and in the compact form, and the same JSON as
/// Foundation's encoder.
@Suite struct ReportTreeEncodingTests {
    /// `value` encoded through its `encode(to:)` only: the box is no ``TreeEncodable``.
    struct ThroughEncoder<Value: Encodable>: Encodable {
        let value: Value
        func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
    }

    static let figures = RenderFixtures.articles.flatMap(\.figures)
    static let entities = RenderFixtures.articles.flatMap(\.entities)

    @Test func figuresGiveTheBytesOfTheirEncoder() throws {
        #expect(Self.figures.contains { $0.unit == nil } && Self.figures.contains { $0.approximate != nil })
        for figure in Self.figures {
            #expect(try JSONWriter.string(figure) == JSONWriter.string(ThroughEncoder(value: figure)))
            #expect(try CompactEncoder.encode(figure) == CompactEncoder.encode(ThroughEncoder(value: figure)))
        }
        #expect(try CompactEncoder.encode(Self.figures) == CompactEncoder.encode(ThroughEncoder(value: Self.figures)))
    }

    @Test func entitiesGiveTheBytesOfTheirEncoder() throws {
        #expect(Self.entities.contains { !$0.forms.isEmpty } && Self.entities.contains { $0.forms.isEmpty })
        for entity in Self.entities {
            #expect(try JSONWriter.string(entity) == JSONWriter.string(ThroughEncoder(value: entity)))
            #expect(try CompactEncoder.encode(entity) == CompactEncoder.encode(ThroughEncoder(value: entity)))
        }
    }

    @Test func aWholeReportReadsLikeFoundationsJSON() throws {
        let report = RenderFixtures.articles[0]
        let foundation = JSONEncoder()
        foundation.outputFormatting = [.sortedKeys]
        let ours = try JSONSerialization.jsonObject(with: Data(JSONWriter.string(report, pretty: false).utf8))
        let theirs = try JSONSerialization.jsonObject(with: foundation.encode(report))
        #expect((ours as? NSDictionary) == (theirs as? NSDictionary))
        let bytes = try CompactEncoder.encode(report)
        #expect(try bytes.withUnsafeBytes { try CompactDecoder.decode(ArticleReport.self, from: $0) } == report)
    }
}
