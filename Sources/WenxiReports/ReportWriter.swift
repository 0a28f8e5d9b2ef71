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
    /// `shelved` gives what the corpus report leaves on the shelf (by default, the articles' figures).
    public static func files(articles: [ArticleReport], corpus: CorpusReport, jobs: Int = 1,
                             shelved: ShelvedEntries? = nil) -> [(name: String, contents: String)]
    {
        precondition(shelved != nil || !corpus.keynessElsewhere, "this corpus report's keyness is on a shelf: pass it")
        let shelved = shelved ?? held(articles)
        let outputs = ParallelWork.map(Array(0..<(articles.count + 3)), jobs: jobs, batch: 1) {
            render(item: $0, articles: articles, corpus: corpus, shelved: shelved)
        }.flatMap { $0 }
        return Array(outputs[3...] + outputs[0..<3])
    }

    /// What a write did: the files written and the ones that could not be.
    public struct Outcome: Sendable, Hashable {
        /// The names written, in the order of ``ReportWriter/files(articles:corpus:jobs:shelved:)``.
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
        precondition(!corpus.keynessElsewhere, "this corpus report's keyness is on a shelf: write its summaries")
        return try write(summaries: articles, corpus: corpus, jobs: jobs, shelved: ReportWriter.held(articles)) {
            .success(articles[$0])
        }
    }

    /// The same with each article's whole report asked for as its pages are written (from an
    /// ``ArticleShelf``): only `summaries`, one an article, are held. An article that cannot be
    /// had fails its three files. `shelved` gives corpus.json the articles' entries that the corpus
    /// report does not hold (``CorpusReport/figuresElsewhere``, ``CorpusReport/keynessElsewhere``);
    /// one that cannot be had fails corpus.json.
    public func write(summaries: [ArticleReport], corpus: CorpusReport, jobs: Int = 1, shelved: ShelvedEntries,
                      article: @Sendable (Int) -> Result<ArticleReport, ShelfError>) throws(WriteError) -> Outcome {
        let writer = try SafeFileWriter(folder: folder.path)
        // Each work item gives its failures only (most give none, an empty list that allocates
        // nothing): the names written follow from the slugs, so 60,000 names are not held twice.
        let failures = ParallelWork.map(Array(0..<(summaries.count + 3)), jobs: jobs, batch: 1) { item -> [WriteError] in
            switch item {
            case 0: return streamed("index.html", writer) { HTMLRenderer.index(corpus, articles: summaries, to: $0) }
            case 1: return corpusJSON(corpus, shelved: shelved, writer)
            case 2: return streamed("index.md", writer) { MarkdownRenderer.corpus(corpus, articles: summaries, to: $0) }
            default: return pages(of: item - 3, summaries: summaries, article: article, writer)
            }
        }
        var outcome = Outcome(written: [], failures: [])
        for item in Array(3..<failures.count) + [0, 1, 2] {
            let failed = Set(failures[item].compactMap(\.file))
            let names = item < 3 ? [ReportWriter.corpusFileNames[item]] : ReportWriter.pageNames(summaries[item - 3].slug)
            outcome.written += names.filter { !failed.contains($0) }
            outcome.failures += failures[item]
        }
        return outcome
    }

    /// The corpus files, by work item (see ``render(item:articles:corpus:shelved:)``).
    static let corpusFileNames = ["index.html", "corpus.json", "index.md"]

    /// Writes `name` from the pieces `produce` hands its sink: a page whose article list grows
    /// with the corpus is never held whole. Its failure, if any.
    private func streamed(_ name: String, _ writer: SafeFileWriter, _ produce: ((String) -> Void) -> Void) -> [WriteError] {
        do throws(WriteError) {
            try writer.write(name, pieces: produce)
            return []
        } catch {
            return [error]
        }
    }

    /// Writes corpus.json piece by piece, the entries left on the shelf from `shelved`.
    private func corpusJSON(_ corpus: CorpusReport, shelved: ShelvedEntries, _ writer: SafeFileWriter) -> [WriteError] {
        var failure: ShelfError?
        let written = streamed("corpus.json", writer) { sink in failure = CorpusJSON.write(corpus, shelved: shelved, to: sink) }
        guard written.isEmpty, let failure else { return written }
        return [WriteError(folder: folder.path, file: "corpus.json",
                           reason: "written without some articles' figures or keyness: \(failure.description)")]
    }

    /// Writes article `i`'s three pages; an article that cannot be had fails all three.
    private func pages(of i: Int, summaries: [ArticleReport], article: (Int) -> Result<ArticleReport, ShelfError>,
                       _ writer: SafeFileWriter) -> [WriteError] {
        switch article(i) {
        case .success(let report):
            return ReportWriter.pages(of: report).compactMap { name, contents in
                do throws(WriteError) {
                    try writer.write(name, contents)
                    return nil
                } catch {
                    return error
                }
            }
        case .failure(let error):
            return ReportWriter.pageNames(summaries[i].slug).map {
                WriteError(folder: folder.path, file: $0, reason: error.description)
            }
        }
    }

    /// Work item `item`: 0, 1, 2 are the corpus files (first, as they take longest), then one item
    /// per article.
    static func render(item: Int, articles: [ArticleReport], corpus: CorpusReport,
                       shelved: ShelvedEntries) -> [(name: String, contents: String)] {
        switch item {
        case 0: return [(corpusFileNames[0], HTMLRenderer.index(corpus, articles: articles))]
        case 1: return [(corpusFileNames[1], CorpusJSON.string(corpus, shelved: shelved))]
        case 2: return [(corpusFileNames[2], MarkdownRenderer.corpus(corpus, articles: articles))]
        default: return pages(of: articles[item - 3])
        }
    }

    /// The entries of reports all held in memory: their figures (a corpus report of them holds
    /// every article's keyness).
    static func held(_ articles: [ArticleReport]) -> ShelvedEntries {
        ShelvedEntries(figures: { .success(articles[$0].figures.map(\.bare)) }, keyness: ShelvedEntries.none.keyness)
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
