import ArgumentParser
import Wenxi

@main
struct WenxiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wenxi",
        abstract: "Reads Chinese news text and reports what is in it.",
        version: "0.1.0",
        subcommands: [
            SegmentCommand.self,
        ]
    )
}
