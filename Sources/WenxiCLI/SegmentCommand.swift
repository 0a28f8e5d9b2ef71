import ArgumentParser
import Foundation
import Wenxi

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Splits text into words: one output line per input line, words joined by a space."
    )

    @OptionGroup var input: InputOptions

    @Option(help: "What goes between words.")
    var separator: String = " "

    @Option(help: "Threads to use (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .customLong("hmm"), help: "Look for words the lexicon lacks with jieba's hidden Markov model.")
    var hmm = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let segmenter = try input.makeSegmenter(discoverWords: hmm)
        try input.forEachInput { _, text in
            var last: UInt8 = 0x0A
            segmenter.segmentLines(of: text, separator: separator, jobs: jobs) { chunk in
                guard let final = chunk.last else { return }
                Output.write(bytes: chunk)
                last = final
            }
            if last != 0x0A { Output.write("\n") }
        }
    }
}
