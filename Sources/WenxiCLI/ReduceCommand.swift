import ArgumentParser
import Foundation
import Wenxi

struct ReduceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reduce",
        abstract: "Merges `wenxi map` records (any order, any grouping) and writes the reports `wenxi report` writes.",
        discussion: """
            A line that is not a record of this wenxi is named as FILE:LINE on standard error and the \
            others still count (exit status 1), as do inputs the map could not read.
            """
    )

    @Argument(help: "JSONL record files; - reads standard input; a folder, the files in it (not .* or _*).")
    var records: [String] = []

    @Option(help: "The folder to write into.")
    var out: String = "Reports"

    @Option(help: "Keywords per article.")
    var top: Int = 15

    @Option(name: .customLong("jobs"), help: "Threads to use (default: all cores; at most 256).")
    var requestedJobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Print how long each phase took on standard error.")
    var timings = false

    func validate() throws {
        guard !records.isEmpty else { throw ValidationError("name the record files (- for standard input)") }
        guard top >= 1 else { throw ValidationError("--top must be at least 1") }
        guard requestedJobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard !out.isEmpty else { throw ValidationError("--out needs a folder name") }
    }

    func run() throws {
        let jobs = min(requestedJobs, 256)
        let total = records.contains("-") ? nil : RecordReader.recordFiles(records).files.reduce(0) {
            $0 + (((try? FileManager.default.attributesOfItem(atPath: $1)[.size]) as? Int) ?? 0)
        }
        let progress = ProgressMeter(total: total)
        // The records' reports wait in a scratch file in the output folder, as `report`'s do.
        let shelf = (try? SafeFileWriter(folder: out)).map { ArticleShelf(folder: $0.folder) } ?? ArticleShelf()
        let analyzer = try Analyzer()
        let run: ReportRun, set: RecordSet
        do {
            (run, set) = try ReportRun.reduce(records, analyzer: analyzer, keywords: top, jobs: jobs, shelf: shelf,
                                              progress: { progress.update(articles: $1, bytes: $0) },
                                              merged: { progress.say("comparing \($0) articles") })
        } catch {
            progress.done()
            throw ReduceFailure(message: "\(error)")
        }
        progress.done()
        for error in set.unreadable { Diagnostics.report(error) }
        for error in set.errors { Diagnostics.report(error) }
        try ReportCommand.write(run, to: out, jobs: jobs, timings: timings)
        if !set.unreadable.isEmpty { throw BadInput(count: set.unreadable.count) }
        if !set.errors.isEmpty {
            throw ReduceFailure(message: set.errors.count == 1 ? "1 line was not a record"
                : "\(set.errors.count) lines were not records")
        }
    }
}

/// Records could not be read or merged. Exit status 1.
struct ReduceFailure: WenxiError {
    var message: String
    var description: String { message }
}
