import ArgumentParser
import Foundation
import Wenxi

/// The formats `wenxi kwic` writes.
enum KwicFormat: String, CaseIterable, ExpressibleByArgument {
    case text, tsv, json, jsonl
}

/// The orders `wenxi kwic` sorts lines in.
enum KwicSort: String, CaseIterable, ExpressibleByArgument {
    case left, right, position

    var value: Concordance.Sort {
        switch self {
        case .left: .left
        case .right: .right
        case .position: .position
        }
    }
}

struct KwicCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kwic",
        abstract: "Keyword in context: every occurrence of a word, with the text either side.",
        discussion: """
            TERM is matched against whole words of the segmentation freq counts (so the number of lines \
            is the word's count in freq); --regex PATTERN matches whole words against a regular \
            expression instead. --sort left orders lines by the word just before the keyword, then the \
            one before it; --sort right by the words after it.
            """
    )

    @Argument(help: "The word to find (omit it with --regex).")
    var term: String?

    @OptionGroup var input: InputOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "A regular expression a whole word must match, instead of TERM.")
    var regex: String?

    @Option(help: "Characters of context on each side.")
    var width: Int = 20

    @Option(help: "left, right or position.")
    var sort: KwicSort = .position

    @Option(help: "text, tsv, json or jsonl.")
    var format: KwicFormat = .text

    func validate() throws {
        guard width >= 0 && width <= 1_000 else { throw ValidationError("--width must be between 0 and 1000") }
        if regex == nil && (term ?? "").isEmpty { throw ValidationError("give a TERM or --regex PATTERN") }
        if let regex {
            do { _ = try Regex(regex) } catch { throw ValidationError("--regex: not a regular expression: \(error)") }
        }
    }

    func run() throws {
        var input = self.input
        // With --regex the first positional argument is a path, not a term.
        if regex != nil, let term { input.paths.insert(term, at: 0) }
        let corpus = try CorpusInput(input, analysis)
        let concordance: Concordance
        if let regex, let pattern = try? Regex(regex) {
            concordance = Concordance(corpus.documents, width: width, sort: sort.value) { (try? pattern.wholeMatch(in: $0)) != nil }
        } else {
            let needle = CorpusInput.normalized(term ?? "", simplify: input.simplify)
            concordance = Concordance(corpus.documents, term: needle, width: width, sort: sort.value)
        }
        Output.write(try render(concordance))
        try corpus.finish()
    }

    func render(_ concordance: Concordance) throws -> String {
        switch format {
        case .json:
            return try JSONOutput.pretty(concordance.lines) + "\n"
        case .jsonl:
            return try concordance.lines.map { try JSONOutput.line($0) + "\n" }.joined()
        case .tsv:
            let header = ["left", "keyword", "right", "path", "article", "start", "end"]
            return DelimitedTable.render([header] + concordance.lines.map {
                [$0.left, $0.keyword, $0.right, $0.path ?? "-", String($0.article), String($0.start), String($0.end)]
            }, style: .tsv)
        case .text:
            return concordance.lines.map { line in
                let pad = String(repeating: "　", count: max(0, width - line.left.count))
                return "\(pad)\(line.left) 【\(line.keyword)】 \(line.right)\t\(line.path ?? "-")#\(line.article):\(line.start)\n"
            }.joined()
        }
    }
}
