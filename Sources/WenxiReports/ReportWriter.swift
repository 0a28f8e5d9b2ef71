import Foundation
import WenxiText

/// Writes the report files of a run into one folder.
///
/// Per article `<slug>.md`, `<slug>.json`, `<slug>.html`; for the whole input `index.html`,
/// `index.md` and `corpus.json`. JSON has sorted keys, so the same input gives byte-identical files.
public struct ReportWriter: Sendable {
    public var folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// The files of a run, by name, with their contents: the articles' in order, then the corpus's.
    public static func files(articles: [ArticleReport], corpus: CorpusReport, jobs: Int = 1)
        -> [(name: String, contents: String)]
    {
        let outputs = ParallelWork.map(Array(0..<(articles.count + 3)), jobs: jobs, batch: 1) {
            render(item: $0, articles: articles, corpus: corpus)
        }.flatMap { $0 }
        return Array(outputs[3...] + outputs[0..<3])
    }

    /// Renders and writes every file, on `jobs` threads, creating the folder; returns the names
    /// written, in the order of ``files(articles:corpus:jobs:)``.
    @discardableResult
    public func write(articles: [ArticleReport], corpus: CorpusReport, jobs: Int = 1) throws -> [String] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let folder = self.folder
        let results = ParallelWork.map(Array(0..<(articles.count + 3)), jobs: jobs, batch: 1) { item in
            let files = ReportWriter.render(item: item, articles: articles, corpus: corpus)
            do {
                for (name, contents) in files {
                    try ReportWriter.writeFile(folder.appendingPathComponent(name).path, contents)
                }
                return Result<[String], WriteError>.success(files.map(\.name))
            } catch {
                return .failure(WriteError(folder: folder.path, reason: "\(error)"))
            }
        }
        var names: [String] = []
        for result in results { names += try result.get() }
        return Array(names[3...] + names[0..<3])
    }

    /// Writes `contents` to `path` with plain POSIX calls (Foundation's `Data.write` costs several
    /// system calls more per file, which shows with thousands of report files).
    static func writeFile(_ path: String, _ contents: String) throws {
        guard let file = fopen(path, "wb") else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        var contents = contents
        let written = contents.withUTF8 { fwrite($0.baseAddress, 1, $0.count, file) }
        let closed = fclose(file)
        guard written == contents.utf8.count, closed == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
    }

    /// Work item `item`: 0, 1, 2 are the corpus files (first, as they take longest), then one item
    /// per article.
    static func render(item: Int, articles: [ArticleReport], corpus: CorpusReport) -> [(name: String, contents: String)] {
        switch item {
        case 0: return [("index.html", HTMLRenderer.index(corpus, articles: articles))]
        case 1: return [("corpus.json", json(corpus))]
        case 2: return [("index.md", MarkdownRenderer.corpus(corpus, articles: articles))]
        default:
            let article = articles[item - 3]
            return [("\(article.slug).md", MarkdownRenderer.article(article)),
                    ("\(article.slug).json", json(article)),
                    ("\(article.slug).html", HTMLRenderer.article(article, corpusTitle: "文析报告 (Wenxi report)"))]
        }
    }

    /// Pretty JSON with sorted keys and a final line feed.
    public static func json<T: Encodable>(_ value: T) -> String {
        // The report types hold only strings, numbers, booleans and arrays, which cannot fail.
        ((try? JSONWriter.string(value)) ?? "{}") + "\n"
    }
}

/// A report file that could not be written.
public struct WriteError: Error, Hashable, CustomStringConvertible {
    public var folder: String
    public var reason: String
    public var description: String { "cannot write the reports into \(folder): \(reason)" }
}
