import ArgumentParser
import Foundation
import Wenxi

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Writes per-article reports (Markdown, JSON, HTML) and a corpus comparison.",
        discussion: "With no path, reads seeds/ and writes Reports/ in the current folder."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "The folder to write into.")
    var out: String = "Reports"

    @Option(help: "Keywords per article.")
    var top: Int = 15

    @Flag(help: "Print how long each phase took on standard error.")
    var timings = false

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be at least 1") }
        guard !out.isEmpty else { throw ValidationError("--out needs a folder name") }
    }

    func run() throws {
        var paths = input.paths
        if paths.isEmpty {
            guard FileManager.default.fileExists(atPath: "seeds") else {
                throw ValidationError("no path given and no seeds/ folder here")
            }
            paths = ["seeds"]
        }
        let analyzer = try analysis.makeAnalyzer(input)
        let progress = Progress(enabled: isatty(2) == 1)
        progress.say("reading \(paths.joined(separator: " "))")
        progress.say("analysing")
        // The articles' reports wait in a scratch file in the output folder, not in memory; when the
        // folder cannot be made, in memory, and the writer then says why the folder is unusable.
        let shelf = (try? SafeFileWriter(folder: out)).map { ArticleShelf(folder: $0.folder) } ?? ArticleShelf()
        let run = ReportRun(paths: paths, analyzer: analyzer, decoder: input.decoder, keywords: top, jobs: analysis.jobs,
                            shelf: shelf)
        progress.done()
        try ReportCommand.write(run, to: out, jobs: analysis.jobs, timings: timings)
    }
}

extension ReportCommand {
    /// Writes the reports of `run` into `out` and says what was written, as `report` and `reduce`
    /// do: skipped inputs and files not written on standard error, then exit status 1 for either.
    static func write(_ run: ReportRun, to out: String, jobs: Int, timings: Bool) throws {
        for failure in run.failures { Diagnostics.report(message: failure) }
        let writeStart = ContinuousClock.now
        let outcome: ReportWriter.Outcome
        do {
            outcome = try ReportWriter(folder: URL(fileURLWithPath: out))
                .write(summaries: run.summaries, corpus: run.corpus, jobs: jobs, shelved: run.shelved) { run.article($0) }
        } catch {
            Diagnostics.report(error)
            throw WriteFailure(message: "wrote no file")
        }
        if timings {
            var lines = run.timings.map { timingLine($0.seconds, $0.phase, $0.memory) }
            lines.append(timingLine((ContinuousClock.now - writeStart).seconds, "write files", .now()))
            FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
        for failure in outcome.failures { Diagnostics.report(failure) }
        let summary = "\(run.summaries.count) articles from \(run.corpus.inputs.count) inputs; wrote \(outcome.written.count)"
            + (outcome.failures.isEmpty ? "" : " of \(outcome.total)") + " files to \(out)/"
        FileHandle.standardError.write(Data("wenxi: \(summary)\n".utf8))
        if !outcome.failures.isEmpty {
            throw WriteFailure(message: "\(outcome.failures.count) files not written; written: "
                + ReportCommand.list(outcome.written))
        }
        if !run.failures.isEmpty { throw BadInput(count: run.failures.count) }
    }

    /// One phase for `--timings`: seconds, resident and peak memory in MB, name.
    static func timingLine(_ seconds: Double, _ phase: String, _ memory: ResidentMemory) -> String {
        String(format: "%8.3f s %6d MB (peak %6d MB)  %@", seconds, memory.current >> 20, memory.peak >> 20, phase)
    }

    /// Up to 20 names, then how many more.
    static func list(_ names: [String]) -> String {
        if names.isEmpty { return "none" }
        let shown = names.prefix(20).joined(separator: ", ")
        return names.count > 20 ? "\(shown) and \(names.count - 20) more" : shown
    }
}

/// Some report files could not be written; each was reported already. Exit status 1.
struct WriteFailure: WenxiError {
    var message: String
    var description: String { message }
}

/// A one-line progress message on standard error, when it is a terminal.
final class Progress {
    let enabled: Bool

    init(enabled: Bool) { self.enabled = enabled }

    func say(_ message: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(message)…".utf8))
    }

    func done() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
