import ArgumentParser
import Foundation
import Wenxi

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compares term usage across articles: key terms, a term table, similarity; or one term with --term.",
        discussion: "With --term T: per article, how often T occurs (raw and per 10,000 characters) with keyword-in-context lines."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "One term to follow across the articles.")
    var term: String?

    /// The output formats `compare` writes.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case json, md
    }

    @Option(help: "The output format: JSON or Markdown.")
    var format: Format = .json

    func validate() throws {
        if let term, term.isEmpty { throw ValidationError("--term must not be empty") }
    }

    func run() throws {
        let analyzer = try analysis.makeAnalyzer(input)
        let collection = analyzer.collectArticles(from: input.paths, decoder: input.decoder, jobs: analysis.jobs)
        for failure in collection.failures { Diagnostics.report(failure) }
        if let term {
            let usage = TermUsage.find(term, in: collection.articles, normalizer: TextNormalizer(simplify: input.simplify))
            Output.write(format == .json ? try JSONOutput.pretty(usage) + "\n" : CompareCommand.markdown(usage))
        } else {
            let corpus = analyzer.analyzeCorpus(collection.articles, options: .init(jobs: analysis.jobs))
            let skipped = collection.failures.map { SkippedInput(path: $0.path ?? "<stdin>", problem: $0.description) }
            let (articles, report) = ReportBuilder(referenceDate: analyzer.options.referenceDate)
                .reports(for: corpus, inputs: collection.inputs, skipped: skipped)
            Output.write(format == .json ? try JSONOutput.pretty(report) + "\n"
                                         : MarkdownRenderer.corpus(report, articles: articles))
        }
        if !collection.failures.isEmpty { throw BadInput(count: collection.failures.count) }
    }

    static func markdown(_ usage: TermUsage) -> String {
        var out = "# \(usage.term)\n\n| article | count | per 10k chars |\n| --- | ---: | ---: |\n"
        for use in usage.articles {
            out += "| \(use.article) \(MarkdownEscape.cell(use.title)) | \(use.count) | \(FixedFormat.fixed(use.perTenThousand, 2)) |\n"
        }
        for use in usage.articles where !use.contexts.isEmpty {
            out += "\n## \(use.article) \(MarkdownEscape.inline(use.title ?? ""))\n\n"
            for c in use.contexts {
                out += "- …\(MarkdownEscape.inline(c.left)) **\(MarkdownEscape.inline(c.match))** \(MarkdownEscape.inline(c.right))…\n"
            }
        }
        return out
    }
}
