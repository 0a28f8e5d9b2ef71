import Foundation
@testable import Wenxi

/// Helpers shared by the Articles test suites.
enum ArticlesTestSupport {
    /// The package root (two levels above this file's folder).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The words of Dictionaries/jieba/dict.txt (jieba 0.42.1, MIT): "word freq tag" lines.
    static let jiebaWords: Set<String> = {
        let url = packageRoot.appendingPathComponent("Dictionaries/jieba/dict.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var words = Set<String>()
        words.reserveCapacity(360_000)
        for line in text.split(separator: "\n") {
            if let space = line.firstIndex(of: " ") { words.insert(String(line[..<space])) }
        }
        return words
    }()

    /// A splitter that asks jieba's word list.
    static let jiebaSplitter: ArticleSplitter = {
        let words = jiebaWords
        return ArticleSplitter(isWord: { words.contains($0) })
    }()

    /// A lexicon closure from a handful of words.
    static func lexicon(_ words: [String]) -> @Sendable (String) -> Bool {
        let set = Set(words)
        return { set.contains($0) }
    }

    /// Reads a file of the package.
    static func read(_ relative: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent(relative), encoding: .utf8)
    }

    /// JSON of articles, sorted keys, for inspection.
    static func json(_ articles: [Article]) -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! e.encode(articles), as: UTF8.self)
    }
}
