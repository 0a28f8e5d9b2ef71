import Foundation
import Wenxi

/// JSON as the commands print it: keys sorted, so output is the same from run to run.
enum JSONOutput {
    /// Pretty-printed JSON of `value`.
    static func pretty<T: Encodable>(_ value: T) throws -> String {
        try JSONWriter.string(value)
    }

    /// One-line JSON of `value`, for JSONL.
    static func line<T: Encodable>(_ value: T) throws -> String {
        try JSONWriter.string(value, pretty: false)
    }
}
