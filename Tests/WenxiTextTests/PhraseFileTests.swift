import Foundation
import Testing
@testable import WenxiText

@Suite struct PhraseFileTests {
    static func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

    /// Writes `bytes` to a fresh temporary file and maps it.
    static func open(_ bytes: [UInt8]) throws -> PhraseFile {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("phrase-\(UUID().uuidString).bin")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try PhraseFile(contentsOf: url)
    }

    static func sample(prefixes: Bool = true) -> PhraseFileBuilder {
        var builder = PhraseFileBuilder(prefixes: prefixes)
        builder.set(scalars("北京市"), 2)
        builder.set(scalars("北京"), 1)
        builder.set(scalars("京"), 3)
        builder.set(scalars("𠀋𠀋"), 4)          // outside the Basic Multilingual Plane
        builder.set(scalars("北京"), 5)          // replaces 1
        builder.extra = [7, 8]
        _ = builder.string("北京市")
        _ = builder.string("上海市")
        return builder
    }

    @Test func walksEveryPhraseFromAPositionShortestFirst() throws {
        let file = try Self.open(Self.sample().bytes())
        var found: [(Int, UInt32)] = []
        Self.scalars("在北京市").withUnsafeBufferPointer { text in file.matches(in: text, at: 1) { found.append(($0, $1)) } }
        #expect(found.map(\.0) == [3, 4])
        #expect(found.map(\.1) == [5, 2])
        #expect(file.maximumLength == 3)
        #expect(file.phraseCount == 4)
    }

    @Test func looksUpWholePhrasesOnlyNeverPrefixes() throws {
        let file = try Self.open(Self.sample().bytes())
        #expect(file.value(of: "北京市") == 2)
        #expect(file.value(of: "𠀋𠀋") == 4)
        #expect(file.value(of: "北") == nil)        // a prefix only
        #expect(file.value(of: "北京市区") == nil)
        #expect(file.value(of: "") == nil)
        let text = Self.scalars("京北京")
        text.withUnsafeBufferPointer { buffer in
            #expect(file.value(buffer, 1, 3) == 5)
            #expect(file.value(buffer, 0, 1) == 3)
            #expect(file.value(buffer, 2, 9) == nil)
            #expect(file.value(buffer, 2, 2) == nil)
        }
    }

    @Test func keepsStringsAndExtraWords() throws {
        let file = try Self.open(Self.sample().bytes())
        #expect(file.stringCount == 2)
        #expect(file.string(0) == "北京市")
        #expect(file.string(1) == "上海市")
        #expect(file.string(2) == "")
        #expect(Array(file.extra) == [7, 8])
    }

    @Test func aTableWithoutPrefixesStillFindsWholePhrases() throws {
        let withPrefixes = Self.sample().bytes(), without = Self.sample(prefixes: false).bytes()
        #expect(without.count < withPrefixes.count)
        let file = try Self.open(without)
        #expect(file.value(of: "北京市") == 2)
        #expect(file.value(of: "北京") == 5)
    }

    @Test func theSameCallsGiveTheSameBytes() {
        #expect(Self.sample().bytes() == Self.sample().bytes())
        var other = Self.sample()
        other.set(Self.scalars("京"), 9)
        #expect(other.bytes() != Self.sample().bytes())
    }

    @Test func aFileThatIsNoTableIsAnErrorNamingIt() throws {
        #expect(throws: DataFileError.self) { try Self.open(Array("WXLEX003 not a phrase table at all........".utf8)) }
        var truncated = Self.sample().bytes()
        truncated.removeLast(40)
        #expect(throws: DataFileError.self) { try Self.open(truncated) }
        let missing = URL(fileURLWithPath: "/nonexistent/table.bin")
        #expect(throws: DataFileError(name: missing.path, reason: "cannot read the file")) { try PhraseFile(contentsOf: missing) }
    }
}
