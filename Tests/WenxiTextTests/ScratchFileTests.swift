import Foundation
import Testing
import WenxiText

@Suite struct ScratchFileTests {
    /// A fresh folder under the system's temporary folder.
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wenxi-scratch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Blobs of several sizes and kinds come back as appended, in any order, and the spans follow
    /// one another.
    @Test func bytesComeBackAsAppended() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let scratch = try #require(ScratchFile(folder: folder))
        let blobs: [[UInt8]] = [Array("新华社北京电".utf8), [], (0..<70_000).map { UInt8($0 % 251) }, [7]]
        let spans = try blobs.map { try #require(scratch.append($0)) }
        #expect(spans.map(\.length) == blobs.map(\.count))
        for i in 1..<spans.count { #expect(spans[i].offset == spans[i - 1].offset + Int64(spans[i - 1].length)) }
        for i in blobs.indices.reversed() {
            #expect(try scratch.read(spans[i]) { (bytes) throws(ScratchError) in Array(bytes) } == blobs[i])
        }
        let words: [UInt32] = [0, 1, .max, 12_345]
        let span = try #require(scratch.append(words))
        #expect(try scratch.read(span) { (bytes) throws(ScratchError) in Array(bytes.bindMemory(to: UInt32.self)) } == words)
    }

    /// The file never shows in its folder; none is made where the folder does not exist.
    @Test func theFileNeverShows() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let scratch = try #require(ScratchFile(folder: folder + "/"))
        _ = scratch.append([UInt8](repeating: 1, count: 100))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        #expect(ScratchFile(folder: "/nonexistent-wenxi-folder/reports") == nil)
    }

    /// Reading past what was written is an error that says so, not a crash or stale bytes.
    @Test func readingPastTheEndIsAnError() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let scratch = try #require(ScratchFile(folder: folder))
        let span = try #require(scratch.append([UInt8](repeating: 9, count: 10)))
        let beyond = ScratchFile.Span(offset: span.offset + 4, length: 10)
        #expect(throws: ScratchError.self) { try scratch.read(beyond) { (bytes) throws(ScratchError) in bytes.count } }
        #expect(ScratchError(reason: "x").description.contains("scratch file"))
    }
}
