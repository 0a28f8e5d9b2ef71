import Foundation
import Testing
import WenxiText

/// Values written by ``CompactEncoder`` come back from ``CompactDecoder`` as they were, and bytes
/// that are not such a value are refused with an error, not a crash.
@Suite struct CompactCoderTests {
    enum Kind: Codable, Hashable { case place, person(surname: String), count(Int) }

    struct Sample: Codable, Hashable {
        var title: String
        var subtitle: String?
        var scores: [Double]
        var counts: [String: Int]
        var kinds: [Kind]
        var nested: [[Int8]]
        var big: UInt64
        var small: Int64
        var flag: Bool
        var ratio: Float
    }

    static let sample = Sample(
        title: "国务院新闻办公室发布会，\"引号\"\n换行", subtitle: nil,
        scores: [0.1, -0.0, 1e300, .infinity, -.infinity, 5e-324],
        counts: Dictionary(uniqueKeysWithValues: (0..<40).map { ("词\($0)", $0 * 1000) }),
        kinds: [.place, .person(surname: "李"), .count(-3)],
        nested: [[], [-128, 127], [0]], big: .max, small: .min, flag: true, ratio: 0.25)

    @Test func valuesComeBackAsTheyWere() throws {
        let bytes = try CompactEncoder.encode(Self.sample)
        let back = try bytes.withUnsafeBytes { try CompactDecoder.decode(Sample.self, from: $0) }
        #expect(back == Self.sample)
    }

    @Test func notANumberKeepsItsBits() throws {
        let bytes = try CompactEncoder.encode([Double.nan])
        let back = try bytes.withUnsafeBytes { try CompactDecoder.decode([Double].self, from: $0) }
        #expect(back.count == 1 && back[0].isNaN)
    }

    @Test func anAbsentOptionalAndAMissingKeyAreTold() throws {
        struct Wide: Codable { var a: Int; var b: String? }
        struct Narrow: Codable { var a: Int; var c: Int }
        let bytes = try CompactEncoder.encode(Wide(a: 7, b: nil))
        let wide = try bytes.withUnsafeBytes { try CompactDecoder.decode(Wide.self, from: $0) }
        #expect(wide.a == 7 && wide.b == nil)
        #expect(throws: DecodingError.self) { try bytes.withUnsafeBytes { try CompactDecoder.decode(Narrow.self, from: $0) } }
    }

    @Test func aValueOutOfRangeIsATypeMismatch() throws {
        let bytes = try CompactEncoder.encode([300])
        #expect(throws: DecodingError.self) { try bytes.withUnsafeBytes { try CompactDecoder.decode([UInt8].self, from: $0) } }
    }

    /// Every cut of a valid value, and every single byte changed, either decodes or throws.
    @Test func damagedBytesAreRefused() throws {
        let bytes = try CompactEncoder.encode(Self.sample)
        for end in stride(from: 0, to: bytes.count, by: 7) {
            #expect(throws: DecodingError.self) {
                try Array(bytes[..<end]).withUnsafeBytes { try CompactDecoder.decode(Sample.self, from: $0) }
            }
        }
        for at in stride(from: 0, to: bytes.count, by: 5) {
            var changed = bytes
            changed[at] ^= 0xFF
            _ = try? changed.withUnsafeBytes { try CompactDecoder.decode(Sample.self, from: $0) }
        }
        let deep = [UInt8](repeating: 7, count: 10_000) + [0]  // arrays of one array, ten thousand deep
        #expect(throws: DecodingError.self) { try deep.withUnsafeBytes { try CompactDecoder.decode([Int].self, from: $0) } }
    }
}
