import Foundation
import Testing
@testable import WenxiPipeline
import WenxiText

@Suite struct RecordReaderTests {
    static let input = Record.input(path: "x.txt", articles: 0).line()

    @Test func versionOfAnotherWenxiIsRefused() {
        let line = Self.input.replacingOccurrences(of: #""version":1"#, with: #""version":999"#)
        #expect(throws: RecordError.Problem.foreign(
            "record version 999, but this wenxi reads version 1 only; map the input again with this wenxi")) {
            try RecordReader.record(from: Array(line.utf8))
        }
        // Refused for its version even when the rest does not fit this layout.
        let other = #"{"format":"wenxi-record","version":999,"kind":"article","id":"x","shape":[]}"#
        #expect(throws: RecordError.Problem.self) { try RecordReader.record(from: Array(other.utf8)) }
        do {
            _ = try RecordReader.record(from: Array(other.utf8))
        } catch {
            guard case .foreign(let why) = error else { Issue.record("not refused for its version"); return }
            #expect(why.contains("999"))
        }
    }

    @Test func otherFormatIsRefused() {
        let line = Self.input.replacingOccurrences(of: "wenxi-record", with: "other")
        #expect(throws: RecordError.Problem.foreign("not a wenxi record (format 'other', expected 'wenxi-record')")) {
            try RecordReader.record(from: Array(line.utf8))
        }
    }

    @Test(arguments: [String(RecordReaderTests.input.dropLast(9)), "garbage", #"{"format":"wenxi-record","version":1}"#,
                      #"{"format":"wenxi-record","version":1,"kind":"article","id":"x"}"#])
    func malformedLinesAreMalformed(_ line: String) {
        #expect(throws: RecordError.Problem.self) { try RecordReader.record(from: Array(line.utf8)) }
        do {
            _ = try RecordReader.record(from: Array(line.utf8))
        } catch {
            guard case .malformed = error else { Issue.record("\(line): \(error)"); return }
        }
    }

    /// Bad lines are named by file and line, blank lines skipped, the rest merged and sorted.
    @Test func mergeNamesBadLinesAndKeepsTheRest() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wenxi-records-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("r.jsonl").path
        let lines = [Record.input(path: "b.txt", articles: 0).line(), "", "{\"format\"",
                     Record.failure(path: "c.txt", problem: "c.txt: byte 3: not text").line(),
                     Record.input(path: "a.txt", articles: 0).line()]
        try Data(lines.joined(separator: "\r\n").utf8).write(to: URL(fileURLWithPath: file))
        let set = try RecordReader.merge([file], jobs: 2)
        #expect(set.errors.map(\.description) == ["\(file):3: not a record: not valid JSON (truncated?)"])
        #expect(set.inputs == ["a.txt", "b.txt"])
        #expect(set.failures.map(\.problem) == ["c.txt: byte 3: not text"])
    }
}
