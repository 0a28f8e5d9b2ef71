import Foundation
import Testing
@testable import WenxiSegmentation
@testable import WenxiText

@Suite struct LexiconTests {
    /// lexicon.bin must hold what its sources say: rebuild it with Dictionaries/build-lexicon.py.
    @Test func compactLexiconMatchesItsSources() throws {
        let lexicon = try Lexicon.shared()
        let folder = try #require(DataDirectory.url)
        var sources = [folder.appendingPathComponent("jieba/dict.txt")]
        let extra = folder.appendingPathComponent("lexicon-extra")
        if let names = try? FileManager.default.contentsOfDirectory(atPath: extra.path) {
            sources += names.filter { $0.hasSuffix(".txt") }.sorted().map { extra.appendingPathComponent($0) }
        }
        var expected: [String: (UInt32, String)] = [:]
        for url in sources {
            let text = try String(contentsOf: url, encoding: .utf8)
            for line in text.split(separator: "\n") {
                let fields = line.split(separator: " ")
                guard let word = fields.first, word.unicodeScalars.allSatisfy({ $0.value < 0x10000 }) else { continue }
                expected[String(word)] = (fields.count > 1 ? UInt32(fields[1]) ?? 1 : 1, fields.count > 2 ? String(fields[2]) : "")
            }
        }
        var checked = 0
        for (index, (word, value)) in expected.sorted(by: { $0.key < $1.key }).enumerated() where index % 50 == 0 {
            let entry = try #require(lexicon.entry(for: word), "\(word) is missing")
            #expect(entry.frequency == value.0, "\(word)")
            #expect(entry.tag == value.1, "\(word)")
            checked += 1
        }
        #expect(checked > 1_000)
        #expect(abs(lexicon.totalFrequency - expected.values.reduce(0) { $0 + Double($1.0) }) < 1)
    }

    @Test func prefixesAreEntriesButNotWords() throws {
        let lexicon = try Lexicon.shared()
        // 中华人民共和国 is a word, so 中华人民 is at least a prefix.
        #expect(lexicon.contains("中华人民共和国"))
        #expect(lexicon.entry(for: "中华人民共") != nil)
        #expect(!lexicon.contains("中华人民共"))
        #expect(lexicon.entry(for: "不是一个词的字符串") == nil)
    }
}
