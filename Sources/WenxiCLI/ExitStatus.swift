import ArgumentParser
import Foundation
import Wenxi

/// The one place an error becomes an exit status: 0 success, 1 bad input, 2 bad usage.
enum ExitStatus {
    /// Some input, data file or output folder was bad; the message named it.
    static let badInput: Int32 = 1
    /// The command line itself was wrong (unknown option, value out of range, ...).
    static let badUsage: Int32 = 2

    /// Reports `error` on standard error and exits with its status.
    ///
    /// A ``WenxiError`` exits with ``badInput``; a usage error from the argument parser with
    /// ``badUsage``; `--help` and `--version` with 0 after printing; anything else as the argument
    /// parser decides (1, with its message).
    static func exit(for error: any Error) -> Never {
        if let error = error as? any WenxiError {
            Diagnostics.report(error)
            Foundation.exit(badInput)
        }
        switch WenxiCommand.exitCode(for: error) {
        case .validationFailure:
            FileHandle.standardError.write(Data((WenxiCommand.fullMessage(for: error) + "\n").utf8))
            Foundation.exit(badUsage)
        default:
            WenxiCommand.exit(withError: error)
        }
    }
}
