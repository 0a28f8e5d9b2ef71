import ArgumentParser
import Foundation
import Wenxi

struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Finds dates, percentages, amounts and other figures, with their values."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "json, jsonl or table.")
    var format: OutputFormat = .json

    @Flag(help: "Every input line is a document of its own: one JSON object a line, {\"line\": N, \"figures\": [...]}.")
    var lines = false

    func validate() throws {
        guard [.json, .jsonl, .table].contains(format) else { throw ValidationError("--format must be json, jsonl or table") }
    }

    struct ArticleFigures: Encodable {
        var path: String?
        var article: Int
        var title: String?
        var dateline: String?
        var figures: [Figure]
    }

    struct LineFigures: Encodable {
        var line: Int
        var figures: [Figure]
    }

    func run() throws {
        let analyzer = try analysis.makeAnalyzer(input)
        try FigureExtractor.loadData()
        let extractor = analyzer.figureExtractor
        let reference = analyzer.options.referenceDate
        var all: [ArticleFigures] = []
        try input.forEachInput { file, text in
            if lines {
                let lineTexts = TextLines.split(text)
                let results = ParallelWork.map(lineTexts, jobs: analysis.jobs) { extractor.figures(in: $0, referenceDate: reference) }
                var out = ""
                for (k, figures) in results.enumerated() {
                    if format == .table {
                        for f in figures { out += FiguresCommand.row(f, prefix: "\(k + 1)") }
                    } else {
                        out += try JSONOutput.line(LineFigures(line: k + 1, figures: figures)) + "\n"
                    }
                }
                Output.write(out)
                return
            }
            for article in analyzer.articles(in: text, path: file.path) {
                let figures = extractor.figures(in: article.text, dateline: article.dateline, referenceDate: reference)
                let result = ArticleFigures(path: file.path, article: article.index, title: article.title,
                                            dateline: article.dateline?.raw, figures: figures)
                switch format {
                case .jsonl: Output.write(try JSONOutput.line(result) + "\n")
                case .table: Output.write(figures.map { FiguresCommand.row($0, prefix: "\(article.index)") }.joined())
                default: all.append(result)
                }
            }
        }
        if format == .json && !lines { Output.write(try JSONOutput.pretty(all) + "\n") }
    }

    static func row(_ f: Figure, prefix: String) -> String {
        let value: String
        switch f.value {
        case let v?: value = v.description
        case nil: value = f.relative.map { "(\($0))" } ?? "-"
        }
        return [prefix, String(f.start), String(f.end), f.kind.rawValue, f.text, value, f.unit ?? "",
                f.approximate?.rawValue ?? ""].joined(separator: "\t") + "\n"
    }
}

