import ArgumentParser
import Foundation
import Wenxi

struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Analyses every article and writes one JSON record a line, for `wenxi reduce`.",
        discussion: """
            Records of one input are consecutive: its "input" record, then its articles. An input that \
            cannot be read is named on standard error and becomes a "failure" record (exit status 1). \
            With --files-jsonl, standard input holds {"path": …, "base64": …} lines, each read as that file.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "Write the records to this file instead of standard output.")
    var out: String?

    @Flag(name: .customLong("files-jsonl"), help: "Read files from standard input as {\"path\", \"base64\"} lines.")
    var filesJSONL = false

    func validate() throws {
        if filesJSONL, !input.paths.isEmpty {
            throw ValidationError("--files-jsonl reads standard input; give no path")
        }
    }

    func run() throws {
        let analyzer = try analysis.makeAnalyzer(input)
        let sink = try RecordSink(path: out)
        defer { sink.close() }
        let progress = ProgressMeter(total: filesJSONL ? nil : ProgressMeter.size(of: input.paths))
        var (articles, bytes, failures) = (0, 0, 0)
        func deliver(_ mapped: MappedInput) throws {
            try sink.write(mapped.lines)
            if let failure = mapped.failure {
                Diagnostics.report(message: failure)
                failures += 1
            }
            articles += mapped.articles
            bytes += mapped.inputBytes
            progress.update(articles: articles, bytes: bytes)
        }
        if filesJSONL {
            try analyzer.mapFilesJSONL(decoder: input.decoder, jobs: analysis.jobs, deliver: deliver)
        } else {
            try analyzer.mapRecords(paths: input.paths, decoder: input.decoder, jobs: analysis.jobs, deliver: deliver)
        }
        progress.done()
        try BadInput(count: failures).check()
    }
}

/// Standard output or a file, written in blocks.
final class RecordSink {
    private let handle: FileHandle
    private let owned: Bool

    init(path: String?) throws {
        guard let path else {
            handle = .standardOutput
            owned = false
            return
        }
        guard FileManager.default.createFile(atPath: path, contents: nil) , let file = FileHandle(forWritingAtPath: path) else {
            throw WriteFailure(message: "\(path): cannot write the records")
        }
        handle = file
        owned = true
    }

    func write(_ text: String) throws {
        try handle.write(contentsOf: Data(text.utf8))
    }

    func close() {
        if owned { try? handle.close() }
    }
}
