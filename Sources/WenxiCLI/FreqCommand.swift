import ArgumentParser
import Foundation
import Wenxi

struct FreqCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "freq",
        abstract: "The word list: each word's count, rate per 10,000 words, articles and dispersion.",
        discussion: """
            Words are the tokens the terms and keywords use (entities and discovered compounds whole); \
            punctuation and symbols are not words. Dispersion over articles: Gries' DP (0 even, 1 in one \
            small article; the one to read, as articles differ in size), its normalized form and Juilland's D \
            on per-article rates (1 even, 0 uneven).
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "csv, tsv or json.")
    var format: TableFormat = .tsv

    @Option(name: .customLong("min-count"), help: "The least count of a word listed.")
    var minimumCount: Int = 1

    @Flag(help: "List only terms (content words, compounds, entities), as keywords use them.")
    var terms = false

    @Flag(name: .customLong("by-article"), help: "A term × article table: the word's count in each article.")
    var byArticle = false

    func validate() throws {
        guard minimumCount >= 1 else { throw ValidationError("--min-count must be at least 1") }
    }

    func run() throws {
        let corpus = try CorpusInput(input, analysis)
        let list = FrequencyList(corpus.documents, minimumCount: minimumCount, termsOnly: terms, byArticle: byArticle)
        switch format {
        case .json:
            Output.write(try JSONOutput.pretty(FreqOutput(list: list, documents: corpus.documents)) + "\n")
        case .csv, .tsv:
            Output.write(DelimitedTable.render(FreqCommand.rows(list, documents: corpus.documents, byArticle: byArticle),
                                               style: format == .csv ? .csv : .tsv))
        }
        try corpus.finish()
    }

    /// The table: a header, then one row a word.
    static func rows(_ list: FrequencyList, documents: [CorpusDocument], byArticle: Bool) -> [[String]] {
        var header = ["term", "count", "per_10k", "articles", "dp", "dp_norm", "juilland_d"]
        if byArticle { header += documents.map(\.label) }
        return [header] + list.entries.map { entry in
            var row = [entry.term, String(entry.count), FixedFormat.fixed(entry.perTenThousand, 2), String(entry.articles),
                       FixedFormat.fixed(entry.dispersion.dp, 4), FixedFormat.fixed(entry.dispersion.dpNorm, 4),
                       entry.dispersion.juillandD.map { FixedFormat.fixed($0, 4) } ?? ""]
            if byArticle { row += (entry.byArticle ?? []).map(String.init) }
            return row
        }
    }

    /// The JSON: the corpus size, the articles in table order, the words.
    struct FreqOutput: Encodable {
        var words: Int
        var articles: [ArticleSize]
        var entries: [FrequencyList.Entry]

        struct ArticleSize: Encodable {
            var path: String?
            var article: Int
            var title: String?
            var words: Int
        }

        init(list: FrequencyList, documents: [CorpusDocument]) {
            words = list.wordCount
            articles = zip(documents, list.articleSizes).map {
                ArticleSize(path: $0.path, article: $0.article, title: $0.title, words: $1)
            }
            entries = list.entries
        }
    }
}
