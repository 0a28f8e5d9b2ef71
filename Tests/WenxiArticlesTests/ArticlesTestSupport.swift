import Foundation
@testable import WenxiArticles
@testable import WenxiSegmentation
@testable import WenxiText

/// Helpers shared by the Articles test suites.
enum ArticlesTestSupport {
    /// The package root (two levels above this file's folder).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A splitter that asks the shared lexicon (jieba's words).
    static let jiebaSplitter: ArticleSplitter = {
        let lexicon = try! Lexicon.shared()
        return ArticleSplitter(isWord: { lexicon.contains($0) })
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
