import ArgumentParser
import Wenxi

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Splits text into words, one output line per input line."
    )

    func run() throws {
        print("ICU \(icuVersion)")
    }
}
