import Foundation
import Testing
import WenxiArticles
import WenxiText
import WenxiTerms
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

    static let keywords = RenderFixtures.articles.flatMap(\.keywords)
    static let keyness = [
        KeynessTerm(term: "新质生产力", count: 12, otherCount: 3, logLikelihood: 41.25, p: 1.2e-10, logRatio: 3.5),
        KeynessTerm(term: "港口", count: 1, otherCount: 40, logLikelihood: -6.5, p: 0.0108, logRatio: -2.25),
        KeynessTerm(term: "无穷", count: 0, otherCount: 0, logLikelihood: .infinity, p: .nan, logRatio: 0),
    ]

    @Test func keywordsAndKeynessGiveTheBytesOfTheirCodable() throws {
        #expect(!Self.keywords.isEmpty)
        #expect(try JSONWriter.string(Self.keywords) == JSONWriter.string(ThroughEncoder(value: Self.keywords)))
        #expect(try CompactEncoder.encode(Self.keywords) == CompactEncoder.encode(ThroughEncoder(value: Self.keywords)))
        #expect(try JSONWriter.string(Self.keyness) == JSONWriter.string(ThroughEncoder(value: Self.keyness)))
        let bytes = try CompactEncoder.encode(Self.keyness)
        #expect(bytes == (try CompactEncoder.encode(ThroughEncoder(value: Self.keyness))))
        #expect(try Self.decoded([Keyword].self, CompactEncoder.encode(Self.keywords)) == Self.keywords)
        let back = try Self.decoded([KeynessTerm].self, bytes)
        let through = try Self.decoded(ThroughDecoder<[KeynessTerm]>.self, bytes).value
        // NaN is no value equal to itself: compare the bits.
        #expect(back.map(\.p.bitPattern) == through.map(\.p.bitPattern) && back.map(\.p.bitPattern) == Self.keyness.map(\.p.bitPattern))
        #expect(back.map(\.term) == Self.keyness.map(\.term) && back[0] == Self.keyness[0] && back[1] == Self.keyness[1])
        #expect(back[2].logLikelihood == .infinity)
    }

    /// The fixtures' articles, one of them without its title, dateline parts and source path.
    static let articles = RenderFixtures.articles + [{
        var bare = RenderFixtures.articles[0]
        (bare.title, bare.subtitle) = (nil, nil)
        bare.dateline = ReportDateline(text: "本报讯")
        bare.source = SourceRange(firstLine: 3, lastLine: 9)
        return bare
    }()]

    @Test func wholeReportsGiveTheBytesAndReadingsOfTheirCodable() throws {
        #expect(Self.articles.contains { $0.dateline == nil } || Self.articles.contains { $0.dateline != nil })
        for article in Self.articles {
            #expect(try JSONWriter.string(article) == JSONWriter.string(ThroughEncoder(value: article)))
            let bytes = try CompactEncoder.encode(article)
            #expect(bytes == (try CompactEncoder.encode(ThroughEncoder(value: article))))
            #expect(try Self.decoded(ArticleReport.self, bytes) == article)
            #expect(try Self.decoded(ThroughDecoder<ArticleReport>.self, bytes).value == article)
        }
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
        #expect(throws: DecodingError.self) { try Self.decoded([ReportEntity].self, CompactEncoder.encode(["a", "b"])) }
        #expect(throws: DecodingError.self) { try Self.decoded([Keyword].self, CompactEncoder.encode([Partial()])) }
        #expect(throws: DecodingError.self) { try Self.decoded(ArticleReport.self, CompactEncoder.encode(Partial())) }
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
