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

    /// What a write did: the files written and the ones that could not be.
    public struct Outcome: Sendable, Hashable {
        /// The names written, in the order of ``ReportWriter/files(articles:corpus:jobs:)``.
        public var written: [String]
        /// Each file not written, with why, in the same order.
        public var failures: [WriteError]
        /// How many files the run has.
        public var total: Int { written.count + failures.count }
    }

    /// Renders and writes every file, on `jobs` threads, creating the folder (see ``SafeFileWriter``:
    /// nothing is written outside it, no link is followed). A file that cannot be written is
    /// listed in the outcome and the others are still written; throws only when the folder
    /// itself cannot be used.
    public func write(articles: [ArticleReport], corpus: CorpusReport, jobs: Int = 1) throws(WriteError) -> Outcome {
        try write(summaries: articles, corpus: corpus, jobs: jobs, figures: { .success(articles[$0].figures.map(\.bare)) }) {
            .success(articles[$0])
        }
    }

    /// The same with each article's whole report asked for as its pages are written (from an
    /// ``ArticleShelf``): only `summaries`, one an article, are held. An article that cannot be
    /// had fails its three files. `figures(i)` gives article `i`'s bare figures for corpus.json
    /// where the corpus report does not hold them (``CorpusReport/figuresElsewhere``); one that
    /// cannot be had fails corpus.json.
    public func write(summaries: [ArticleReport], corpus: CorpusReport, jobs: Int = 1,
                      figures: @Sendable (Int) -> Result<[ReportFigure], ShelfError>,
                      article: @Sendable (Int) -> Result<ArticleReport, ShelfError>) throws(WriteError) -> Outcome {
        let writer = try SafeFileWriter(folder: folder.path)
        let results = ParallelWork.map(Array(0..<(summaries.count + 3)), jobs: jobs, batch: 1) { item in
            if item == 0 {
                // index.html, whose article list grows with the corpus, goes out piece by piece too.
                do throws(WriteError) {
                    try writer.write("index.html") { sink in HTMLRenderer.index(corpus, articles: summaries, to: sink) }
                    return [Result<String, WriteError>.success("index.html")]
                } catch {
                    return [.failure(error)]
                }
            }
            if item == 1 {
                // corpus.json, the largest file, goes out piece by piece: its whole text is never held.
                do throws(WriteError) {
                    var failure: ShelfError?
                    try writer.write("corpus.json") { sink in failure = CorpusJSON.write(corpus, figures: figures, to: sink) }
                    if let failure {
                        throw WriteError(folder: folder.path, file: "corpus.json",
                                         reason: "written without some articles' figures: \(failure.description)")
                    }
                    return [Result<String, WriteError>.success("corpus.json")]
                } catch {
                    return [.failure(error)]
                }
            }
            let files: [(name: String, contents: String)]
            if item < 3 {
                files = ReportWriter.render(item: item, articles: summaries, corpus: corpus)
            } else {
                switch article(item - 3) {
                case .success(let report): files = ReportWriter.pages(of: report)
                case .failure(let error):
                    return ReportWriter.pageNames(summaries[item - 3].slug).map {
                        .failure(WriteError(folder: folder.path, file: $0, reason: error.description))
                    }
                }
            }
            return files.map { name, contents in
                do throws(WriteError) {
                    try writer.write(name, contents)
                    return Result<String, WriteError>.success(name)
                } catch {
                    return .failure(error)
                }
            }
        }
        let ordered = Array(results[3...].joined()) + Array(results[0..<3].joined())
        var outcome = Outcome(written: [], failures: [])
        for result in ordered {
            switch result {
            case .success(let name): outcome.written.append(name)
            case .failure(let error): outcome.failures.append(error)
            }
        }
        return outcome
    }

    /// Work item `item`: 0, 1, 2 are the corpus files (first, as they take longest), then one item
    /// per article.
    static func render(item: Int, articles: [ArticleReport], corpus: CorpusReport) -> [(name: String, contents: String)] {
        switch item {
        case 0: return [("index.html", HTMLRenderer.index(corpus, articles: articles))]
        case 1: return [("corpus.json", CorpusJSON.string(corpus) { articles[$0].figures.map(\.bare) })]
        case 2: return [("index.md", MarkdownRenderer.corpus(corpus, articles: articles))]
        default: return pages(of: articles[item - 3])
        }
    }

    /// An article's three pages: Markdown, JSON, HTML.
    static func pages(of article: ArticleReport) -> [(name: String, contents: String)] {
        zip(pageNames(article.slug), [
            MarkdownRenderer.article(article), json(article),
            HTMLRenderer.article(article, corpusTitle: "文析报告 (Wenxi report)"),
        ]).map { ($0, $1) }
    }

    /// The names of an article's pages, in the order of ``pages(of:)``.
    static func pageNames(_ slug: String) -> [String] {
        ["\(slug).md", "\(slug).json", "\(slug).html"]
    }

    /// Pretty JSON with sorted keys and a final line feed.
    public static func json<T: Encodable>(_ value: T) -> String {
        // The report types hold only strings, numbers, booleans and arrays, which cannot fail.
        ((try? JSONWriter.string(value)) ?? "{}") + "\n"
    }
}
