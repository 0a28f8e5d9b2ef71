import ArgumentParser
import Foundation
import Wenxi

/// The measures `wenxi collocates` sorts by.
enum CollocatesMeasure: String, CaseIterable, ExpressibleByArgument {
    case logdice, mi, t, ll, count

    var value: Collocate.Measure {
        switch self {
        case .logdice: .logDice
        case .mi: .mi
        case .t: .tScore
        case .ll: .logLikelihood
        case .count: .observed
        }
    }
}

/// A window of words before and after the node, written L,R.
struct CollocationWindow: ExpressibleByArgument {
    var left: Int
    var right: Int

    init(left: Int, right: Int) {
        self.left = left
        self.right = right
    }

    init?(argument: String) {
        let parts = argument.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2, let left = Int(parts[0]), let right = Int(parts[1]),
              (0...50).contains(left), (0...50).contains(right), left + right > 0 else { return nil }
        self.init(left: left, right: right)
    }

    var defaultValueDescription: String { "\(left),\(right)" }
}

struct CollocatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collocates",
        abstract: "The words near a word, with observed and expected counts, MI, t-score, log-likelihood and logDice.",
        discussion: """
            Windows count words (punctuation skipped) and stop at article edges. Expected = window slots × \
            collocate count / corpus words; MI = log2(O/E); t = (O−E)/√O; logDice = 14 + log2(2O/(f_node + f_coll)); \
            log-likelihood over the 2×2 table of window slots against the collocate.
            """
    )

    @Argument(help: "The node word.")
    var term: String

    @OptionGroup var input: InputOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "Words before and after the node, L,R (each 0 to 50).")
    var window = CollocationWindow(left: 5, right: 5)

    @Option(help: "logdice, mi, t, ll or count.")
    var measure: CollocatesMeasure = .logdice

    @Option(name: .customLong("min-count"), help: "The least observed count of a collocate listed.")
    var minimumCount: Int = 2

    @Flag(help: "List only terms (content words, compounds, entities).")
    var terms = false

    @Option(help: "The most collocates listed (0: all).")
    var top: Int = 50

    @Option(help: "tsv, csv or json.")
    var format: TableFormat = .tsv

    func validate() throws {
        guard minimumCount >= 1 else { throw ValidationError("--min-count must be at least 1") }
        guard top >= 0 else { throw ValidationError("--top must not be negative") }
        guard !term.isEmpty else { throw ValidationError("TERM must not be empty") }
    }

    func run() throws {
        let corpus = try CorpusInput(input, analysis)
        let node = CorpusInput.normalized(term, simplify: input.simplify)
        var list = Collocate.collocates(in: corpus.documents, left: window.left, right: window.right,
                                        measure: measure.value, minimumCount: minimumCount, termsOnly: terms) { $0 == node }
        if top > 0 && list.count > top { list = Array(list.prefix(top)) }
        switch format {
        case .json:
            Output.write(try JSONOutput.pretty(list) + "\n")
        case .csv, .tsv:
            let header = ["term", "observed", "expected", "frequency", "mi", "t_score", "log_likelihood", "log_dice"]
            Output.write(DelimitedTable.render([header] + list.map {
                [$0.term, String($0.observed), FixedFormat.fixed($0.expected, 3), String($0.frequency),
                 FixedFormat.fixed($0.mi, 3), FixedFormat.fixed($0.tScore, 3), FixedFormat.fixed($0.logLikelihood, 3),
                 FixedFormat.fixed($0.logDice, 3)]
            }, style: format == .csv ? .csv : .tsv))
        }
        try corpus.finish()
    }
}
