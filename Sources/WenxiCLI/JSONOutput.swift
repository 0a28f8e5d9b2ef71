import Foundation

/// JSON as the commands print it: keys sorted, so output is the same from run to run.
enum JSONOutput {
    /// Pretty-printed JSON of `value`.
    static func pretty<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// One-line JSON of `value`, for JSONL.
    static func line<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// Output formats the commands share.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case json, jsonl, table, text, md
}

import ArgumentParser
