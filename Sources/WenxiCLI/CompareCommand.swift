import ArgumentParser
import Foundation
import Wenxi

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compares term usage across articles: key terms, a term table, similarity; or one term with --term.",
        discussion: """
            With --term T: per article, how often T occurs as a word (raw and per 10,000 words, the count \
            freq and kwic give) with keyword-in-context lines. With --reference REF: the keyness of the \
            corpus and of each article against the reference corpus (G², p, Log Ratio, %DIFF, significance \
            after Bonferroni's correction); without it, each article against the rest.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "One term to follow across the articles.")
    var term: String?

    @Option(help: "A reference corpus (file or folder; repeat for more) to measure keyness against.")
    var reference: [String] = []

    @Option(help: "Key terms per list with --reference (0: all).")
    var top: Int = 20

    @Flag(help: "With --reference, list the terms rarer than in the reference too (negative keywords).")
    var underused = false

    /// The output formats `compare` writes.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case json, md
    }

    @Option(help: "The output format: JSON or Markdown.")
    var format: Format = .json

    func validate() throws {
        if let term, term.isEmpty { throw ValidationError("--term must not be empty") }
        guard top >= 0 else { throw ValidationError("--top must not be negative") }
        if term != nil && !reference.isEmpty { throw ValidationError("--term and --reference do not go together") }
    }

    func run() throws {
        let analyzer = try analysis.makeAnalyzer(input)
        let collection = analyzer.collectArticles(from: input.paths, decoder: input.decoder, jobs: analysis.jobs)
        for failure in collection.failures { Diagnostics.report(failure) }
        if let term {
            let documents = analyzer.corpusDocuments(collection.articles, jobs: analysis.jobs)
            let usage = TermUsage.count(CorpusInput.normalized(term, simplify: input.simplify), in: documents)
            Output.write(format == .json ? try JSONOutput.pretty(usage) + "\n" : CompareCommand.markdown(usage))
        } else if !reference.isEmpty {
            try compareWithReference(collection, analyzer: analyzer)
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

    /// The corpus and its articles against the reference: the two analysed together, so that both
    /// join the same compounds.
    func compareWithReference(_ collection: ArticleCollection, analyzer: Analyzer) throws {
        let references = analyzer.collectArticles(from: reference, decoder: input.decoder, jobs: analysis.jobs)
        for failure in references.failures { Diagnostics.report(failure) }
        guard !references.articles.isEmpty else {
            throw ValidationError("--reference: no article could be read from \(reference.joined(separator: ", "))")
        }
        let documents = analyzer.corpusDocuments(collection.articles + references.articles, jobs: analysis.jobs)
        let split = collection.articles.count
        let result = CompareReference(target: Array(documents[..<split]), reference: Array(documents[split...]),
                                      referenceInputs: references.inputs, top: top, underused: underused)
        Output.write(format == .json ? try JSONOutput.pretty(result) + "\n" : result.markdown())
        if !references.failures.isEmpty { throw BadInput(count: references.failures.count) }
    }

    static func markdown(_ usage: TermUsage) -> String {
        var out = "# \(usage.term)\n\n| article | count | per 10k words |\n| --- | ---: | ---: |\n"
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
