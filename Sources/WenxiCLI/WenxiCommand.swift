import ArgumentParser
import Foundation
import Wenxi

@main
struct WenxiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wenxi",
        abstract: "Reads Chinese news text and reports what is in it.",
        version: "0.1.0",
        subcommands: [
            SegmentCommand.self,
            ArticlesCommand.self,
            FiguresCommand.self,
            EntitiesCommand.self,
            KeywordsCommand.self,
            FreqCommand.self,
            KwicCommand.self,
            CollocatesCommand.self,
            NGramsCommand.self,
            CompareCommand.self,
            ReportCommand.self,
            MapCommand.self,
            ReduceCommand.self,
        ]
    )

    /// Runs a command and exits with the status ``ExitStatus`` gives its outcome.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            ExitStatus.exit(for: error)
        }
    }
}
