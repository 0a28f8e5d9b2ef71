import ArgumentParser
import Foundation
import Wenxi

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Finds the people, places and organizations a text names."
    )


    @OptionGroup var input: InputOptions

    @Option(help: "Output format: json, jsonl or table.")
    var format: OutputFormat = .json

    @Flag(help: "Every input line is a document of its own: one JSON object a line, {\"line\": N, \"entities\": [...]}.")
    var lines = false

    @Option(name: .customLong("entities"), help: "A user entity list: name, type (person, place, organization), optional canonical name.")
    var entityList: String?

    @Option(help: "Threads to use (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard [.json, .jsonl, .table].contains(format) else { throw ValidationError("--format must be json, jsonl or table") }
    }

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
        var userEntities: [UserEntity] = []
        if let entityList {
            do {
                userEntities = try UserEntity.load(contentsOf: URL(fileURLWithPath: entityList))
            } catch {
                throw ValidationError("--entities: \(error)")
            }
        }
        let recognizer = try EntityRecognizer(options: .init(simplify: input.simplify), userEntities: userEntities)
        var files: [ArticleResult] = []
        let lexicon = try Lexicon.shared()
        let splitter = ArticleSplitter(isWord: { lexicon.contains($0) })
        try input.forEachInput { file, text in
            if lines {
                let byLine = recognizer.mentionsByLine(of: text, jobs: jobs)
                var out = ""
                for (k, mentions) in byLine.enumerated() {
                    if format == .table {
                        for m in mentions { out += "\(k + 1)\t\(m.start)\t\(m.end)\t\(m.type.rawValue)\t\(m.text)\n" }
                    } else {
                        out += try JSONOutput.line(LineResult(line: k + 1, entities: mentions)) + "\n"
                    }
                }
                Output.write(out)
                return
            }
            for article in splitter.articles(in: text, path: file.path) {
                let mentions = recognizer.mentions(in: article.text)
                let result = ArticleResult(path: file.path, article: article.index, title: article.title,
                                           mentions: mentions, entities: recognizer.summary(of: mentions))
                switch format {
                case .jsonl: Output.write(try JSONOutput.line(result) + "\n")
                case .table:
                    Output.write(result.entities.map {
                        "\(article.index)\t\($0.type.rawValue)\t\($0.count)\t\($0.first)\t\($0.name)\n"
                    }.joined())
                default: files.append(result)
                }
            }
        }
        if format == .json && !lines { Output.write(try JSONOutput.pretty(files) + "\n") }
    }
}
