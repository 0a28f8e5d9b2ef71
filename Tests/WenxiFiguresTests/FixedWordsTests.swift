import Foundation
import Testing
@testable import WenxiFigures
@testable import WenxiText

/// The fixed-word list: read at run time, current with its sources, and used to keep words out.
@Suite struct FixedWordsTests {
    @Test func listLoadsFromTheDataFolder() throws {
        try FigureExtractor.loadData()
        let table = try FixedWords.loaded.get()
        #expect(table.value(of: "一些") == 1)
        #expect(table.value(of: "一") == nil)
    }

    /// fixed-words.bin must be a rebuild of fixed-words.txt (`swift run wenxi-data`).
    @Test func prebuiltTableIsCurrentWithTheList() throws {
        let file = FigureDataFiles.fixedWords
        let checkedIn = try #require(FileManager.default.contents(atPath: try DataDirectory.file(file.name).path))
        #expect([UInt8](checkedIn) == (try file.build()), "\(file.name) is stale: run `swift run wenxi-data`")
    }

    /// fixed-words.txt must be what build-fixed-words.py derives from jieba and the hand lists.
    @Test func listIsCurrentWithItsSources() throws {
        let folder = try #require(DataDirectory.url)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", folder.appendingPathComponent("figures/build-fixed-words.py").path, "--check"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "run python3 Dictionaries/figures/build-fixed-words.py")
    }

    @Test func parsingSkipsBlankLinesAndComments() {
        let trie = FixedWords.trie(parsing: "# comment\n\n一些\r\n统一\n")
        #expect(trie.longestMatch(in: "统一".unicodeScalars.map(\.value), at: 0)?.end == 2)
        #expect(trie.longestMatch(in: "# comment".unicodeScalars.map(\.value), at: 0) == nil)
        #expect(FixedWords.trie(parsing: "").longestMatch(in: [0x4E00], at: 0) == nil)
    }

    @Test func coverEndFindsTheLongestWordOverAPosition() {
        let s = "他们统一了意见".unicodeScalars.map(\.value)
        #expect(FixedWords.coverEnd(in: s, at: 3, floor: 0) == 4)      // 统一 covers 一
        #expect(FixedWords.coverEnd(in: s, at: 3, floor: 4) == -1)     // not before the floor
        #expect(FixedWords.coverEnd(in: s, at: 0, floor: 0) == -1)
        #expect(FixedWords.coverEnd(in: [], at: 0, floor: 0) == -1)
    }
}
