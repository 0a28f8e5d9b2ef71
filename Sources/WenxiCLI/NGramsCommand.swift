import ArgumentParser
import Foundation
import Wenxi

/// N-gram lengths, written N or M..N (each 1 to 8).
struct NGramLengths: ExpressibleByArgument {
    var range: ClosedRange<Int>

    init(_ range: ClosedRange<Int>) { self.range = range }

    init?(argument: String) {
        let parts = argument.components(separatedBy: "..")
        let bounds = parts.compactMap { Int($0) }
        guard bounds.count == parts.count, let low = bounds.first, let high = bounds.last, parts.count <= 2,
              1 <= low, low <= high, high <= 8 else { return nil }
        range = low...high
    }

    var defaultValueDescription: String { "\(range.lowerBound)..\(range.upperBound)" }
}

struct NGramsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ngrams",
        abstract: "Word n-grams (clusters) with their counts and the number of articles they occur in.",
        discussion: "An n-gram never spans punctuation. Words are the tokens freq counts."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "Lengths: N or M..N, between 1 and 8.")
    var n = NGramLengths(2...5)

    @Option(name: .customLong("min-count"), help: "The least count of an n-gram listed.")
    var minimumCount: Int = 2

    @Option(help: "The most n-grams listed (0: all).")
    var top: Int = 0

    @Option(help: "tsv, csv or json.")
    var format: TableFormat = .tsv

    func validate() throws {
        guard minimumCount >= 1 else { throw ValidationError("--min-count must be at least 1") }
        guard top >= 0 else { throw ValidationError("--top must not be negative") }
    }

    func run() throws {
        let corpus = try CorpusInput(input, analysis)
        var grams = NGram.count(in: corpus.documents, lengths: n.range, minimumCount: minimumCount)
        if top > 0 && grams.count > top { grams = Array(grams.prefix(top)) }
        switch format {
        case .json:
            Output.write(try JSONOutput.pretty(grams) + "\n")
        case .csv, .tsv:
            Output.write(DelimitedTable.render([["ngram", "n", "count", "articles"]] + grams.map {
                [$0.text, String($0.words.count), String($0.count), String($0.articles)]
            }, style: format == .csv ? .csv : .tsv))
        }
        try corpus.finish()
    }
}
