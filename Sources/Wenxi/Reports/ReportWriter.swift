import Foundation

/// Writes the report files of a run into one folder.
///
/// Per article `<slug>.md`, `<slug>.json`, `<slug>.html`; for the whole input `index.html`,
/// `index.md` and `corpus.json`. JSON has sorted keys, so the same input gives byte-identical files.
public struct ReportWriter: Sendable {
    public var folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// The files of a run, by name, with their contents.
    public static func files(articles: [ArticleReport], corpus: CorpusReport, jobs: Int = 1) throws
        -> [(name: String, contents: String)]
    {
        let title = "文析报告 (Wenxi report)"
        let perArticle = ParallelWork.map(articles, jobs: jobs, batch: 8) { article in
            [("\(article.slug).md", MarkdownRenderer.article(article)),
             ("\(article.slug).json", (try? json(article)) ?? ""),
             ("\(article.slug).html", HTMLRenderer.article(article, corpusTitle: title))]
        }
        var files: [(String, String)] = perArticle.flatMap { $0 }
        files.append(("index.html", HTMLRenderer.index(corpus, articles: articles)))
        files.append(("index.md", MarkdownRenderer.corpus(corpus, articles: articles)))
        files.append(("corpus.json", try json(corpus)))
        return files
    }

    /// Pretty JSON with sorted keys and a final line feed.
    public static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// Writes every file, creating the folder; returns the names written.
    @discardableResult
    public func write(articles: [ArticleReport], corpus: CorpusReport, jobs: Int = 1) throws -> [String] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files = try ReportWriter.files(articles: articles, corpus: corpus, jobs: jobs)
        for (name, contents) in files {
            try Data(contents.utf8).write(to: folder.appendingPathComponent(name), options: .atomic)
        }
        return files.map(\.name)
    }
}
