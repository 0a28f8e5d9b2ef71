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
        ]
    )

    /// Runs a command; exit status 0 success, 1 bad input, 2 bad usage.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as BadInput {
            Diagnostics.report(error)
            Foundation.exit(1)
        } catch let error as InputError {
            Diagnostics.report(error)
            Foundation.exit(1)
        } catch let error as WriteError {
            Diagnostics.report(error)
            Foundation.exit(1)
        } catch let error as DataFileError {
            Diagnostics.report(error)
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
