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

    /// `Value` decoded through its `init(from:)` only: the box is no ``CompactDecodable``.
    struct ThroughDecoder<Value: Decodable>: Decodable {
        let value: Value
        init(from decoder: any Decoder) throws { value = try Value(from: decoder) }
    }

    static func decoded<T: Decodable>(_ type: T.Type, _ bytes: [UInt8]) throws -> T {
        try bytes.withUnsafeBytes { try CompactDecoder.decode(type, from: $0) }
    }

    @Test func figuresAndEntitiesReadBackAsTheirDecoderReadsThem() throws {
        let figureBytes = try CompactEncoder.encode(Self.figures)
        #expect(try Self.decoded([ReportFigure].self, figureBytes) == Self.figures)
        #expect(try Self.decoded(ThroughDecoder<[ReportFigure]>.self, figureBytes).value == Self.figures)
        for figure in Self.figures {
            #expect(try Self.decoded(ReportFigure.self, CompactEncoder.encode(figure)) == figure)
        }
        let entityBytes = try CompactEncoder.encode(Self.entities)
        #expect(try Self.decoded([ReportEntity].self, entityBytes) == Self.entities)
        #expect(try Self.decoded(ThroughDecoder<[ReportEntity]>.self, entityBytes).value == Self.entities)
    }

    /// An object without a member the type needs, or with a member of another kind.
    struct Partial: Encodable {
        var text = "5%"
        var kind: Int = 3
    }

    @Test func aMissingOrMistypedMemberIsAnErrorNotACrash() throws {
        let bytes = try CompactEncoder.encode(Partial())
        #expect(throws: DecodingError.self) { try Self.decoded(ReportFigure.self, bytes) }
        #expect(throws: DecodingError.self) { try Self.decoded(ReportEntity.self, bytes) }
        #expect(throws: DecodingError.self) { try Self.decoded(ReportFigure.self, CompactEncoder.encode(["a", "b"])) }
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
