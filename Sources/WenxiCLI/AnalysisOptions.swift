import ArgumentParser
import Foundation
import Wenxi

/// Options of the commands that run the article pipeline.
struct AnalysisOptions: ParsableArguments {
    @Option(name: .customLong("entities"), help: "A user entity list: name, type (person, place, organization), optional canonical name.")
    var entityList: String?

    @Option(name: .customLong("reference-date"), help: "YYYY-MM-DD: anchors relative dates where an article has no dated dateline.")
    var referenceDate: String?

    @Option(name: .customLong("jobs"), help: "Threads to use (default: all cores; at most 256).")
    var requestedJobs: Int = ProcessInfo.processInfo.activeProcessorCount

    /// The threads to use: `--jobs`, at most 256, so that no count derived from it overflows.
    var jobs: Int { min(requestedJobs, 256) }

    func validate() throws {
        guard requestedJobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if let referenceDate, CalendarDate(referenceDate) == nil {
            throw ValidationError("--reference-date must be a date written YYYY-MM-DD, not '\(referenceDate)'")
        }
    }

    /// The analyzer these options and the input options ask for.
    func makeAnalyzer(_ input: InputOptions) throws -> Analyzer {
        var userEntities: [UserEntity] = []
        if let entityList { userEntities = try UserEntity.load(contentsOf: URL(fileURLWithPath: entityList)) }
        return try Analyzer(options: .init(
            simplify: input.simplify, userDictionary: try input.userDictionaryValue(),
            userEntities: userEntities, referenceDate: referenceDate.flatMap(CalendarDate.init)))
    }
}
