import ArgumentParser
import Foundation
import Wenxi

struct KeywordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keywords",
        abstract: "Lists each article's keywords, best first."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "Keywords per article.")
    var top: Int = 10

    @Option(help: "How keywords are scored.")
    var method: KeywordExtractor.Method = .tfidf

    /// The output formats `keywords` writes.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case json, table
    }

    @Option(help: "The output format.")
    var format: Format = .json

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be at least 1") }
    }

    struct ArticleKeywords: Encodable {
        var path: String?
        var article: Int
        var title: String?
        var keywords: [Keyword]
    }

    func run() throws {
        let analyzer = try analysis.makeAnalyzer(input)
        let collection = analyzer.collectArticles(from: input.paths, decoder: input.decoder, jobs: analysis.jobs)
        for failure in collection.failures { Diagnostics.report(failure) }
        let corpus = analyzer.analyzeCorpus(collection.articles, options: .init(
            keywords: top, method: method, jobs: analysis.jobs))
        let results = zip(corpus.articles, corpus.keywords).map { analysis, keywords in
            ArticleKeywords(path: analysis.article.source.path, article: analysis.article.index,
                            title: analysis.article.title, keywords: keywords)
        }
        if format == .json {
            Output.write(try JSONOutput.pretty(results) + "\n")
        } else {
            var out = ""
            for result in results {
                out += "# \(result.path ?? "<stdin>") \(result.article) \(result.title ?? "")\n"
                for (rank, k) in result.keywords.enumerated() {
                    out += "\(rank + 1)\t\(k.term)\t\(String(format: "%.4f", k.score))\t\(k.count)\n"
                }
            }
            Output.write(out)
        }
        if !collection.failures.isEmpty { throw BadInput(count: collection.failures.count) }
    }
}
