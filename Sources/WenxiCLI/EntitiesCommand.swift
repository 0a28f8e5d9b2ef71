import ArgumentParser
import Foundation
import Wenxi

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Finds the people, places and organizations a text names."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl, table
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: json, jsonl or table.")
    var format: Format = .json

    @Flag(help: "Every input line is a document of its own: one JSON object a line, {\"line\": N, \"entities\": [...]}.")
    var lines = false

    @Option(name: .customLong("entities"), help: "A user entity list: name, type (person, place, organization), optional canonical name.")
    var entityList: String?

    @Option(help: "Threads to use (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    struct LineResult: Encodable {
        var line: Int
        var entities: [EntityMention]
    }

    struct FileResult: Encodable {
        var path: String?
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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var files: [FileResult] = []
        try input.forEachInput { file, text in
            if lines {
                let byLine = recognizer.mentionsByLine(of: text, jobs: jobs)
                var out = ""
                for (k, mentions) in byLine.enumerated() {
                    if format == .table {
                        for m in mentions { out += "\(k + 1)\t\(m.start)\t\(m.end)\t\(m.type.rawValue)\t\(m.text)\n" }
                    } else {
                        out += String(decoding: try encoder.encode(LineResult(line: k + 1, entities: mentions)), as: UTF8.self)
                        out += "\n"
                    }
                }
                Output.write(out)
                return
            }
            let mentions = recognizer.mentions(in: text)
            let result = FileResult(path: file.path, mentions: mentions, entities: recognizer.summary(of: mentions))
            switch format {
            case .json: files.append(result)
            case .jsonl: Output.write(String(decoding: try encoder.encode(result), as: UTF8.self) + "\n")
            case .table:
                var out = ""
                for e in result.entities {
                    out += "\(e.type.rawValue)\t\(e.count)\t\(e.first)\t\(e.name)\n"
                }
                Output.write(out)
            }
        }
        if format == .json && !lines {
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Output.write(String(decoding: try encoder.encode(files), as: UTF8.self) + "\n")
        }
    }
}
