import ArgumentParser
import Foundation
import Wenxi

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Finds the people, places and organizations a text names."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "The output format: one JSON document, JSON lines, or tab-separated rows.")
    var format: MentionFormat = .json

    @Flag(help: "Every input line is a document of its own: one JSON object a line, {\"line\": N, \"entities\": [...]}.")
    var lines = false

    struct LineResult: Encodable {
        var line: Int
        var entities: [EntityMention]
    }

    struct ArticleResult: Encodable {
        var path: String?
        var article: Int
        var title: String?
        var mentions: [EntityMention]
        var entities: [EntitySummary]
    }

    func run() throws {
        let analyzer = try analysis.makeAnalyzer(input)
        let recognizer = analyzer.recognizer
        var all: [ArticleResult] = []
        let bad = try input.readEachInput { file, text in
            if lines {
                var out = ""
                for (k, mentions) in recognizer.mentionsByLine(of: text, jobs: analysis.jobs).enumerated() {
                    if format == .table {
                        for m in mentions { out += "\(k + 1)\t\(m.start)\t\(m.end)\t\(m.type.rawValue)\t\(m.text)\n" }
                    } else {
                        out += try JSONOutput.line(LineResult(line: k + 1, entities: mentions)) + "\n"
                    }
                }
                Output.write(out)
                return
            }
            for article in analyzer.articles(in: text, path: file.path) {
                let mentions = recognizer.mentions(in: article.text)
                    + recognizer.creditMentions(dateline: article.dateline, byline: article.byline)
                let result = ArticleResult(path: file.path, article: article.index, title: article.title,
                                           mentions: mentions, entities: recognizer.summary(of: mentions))
                switch format {
                case .jsonl: Output.write(try JSONOutput.line(result) + "\n")
                case .table:
                    Output.write(result.entities.map {
                        "\(article.index)\t\($0.type.rawValue)\t\($0.count)\t\($0.first)\t\($0.name)\n"
                    }.joined())
                default: all.append(result)
                }
            }
        }
        if format == .json && !lines { Output.write(try JSONOutput.pretty(all) + "\n") }
        try bad.check()
    }
}
