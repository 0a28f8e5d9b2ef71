import Foundation
import WenxiText

/// The records of one input, ready to write: the lines (each with its line feed), how many
/// articles they hold and how many bytes of input they came from.
public struct MappedInput: Sendable {
    public var lines: String
    public var articles: Int
    public var inputBytes: Int
    /// The problem, when the input could not be read (its failure record is among `lines`).
    public var failure: String?
}

extension Analyzer {
    /// `wenxi map` over paths: reads every input `paths` names (as every command does) on `jobs`
    /// threads and hands each one's records to `deliver`, in input order.
    ///
    /// - Complexity: that of ``analyze(_:)`` over every article; memory holds a window of inputs.
    public func mapRecords(paths: [String], decoder: TextDecoder, jobs: Int,
                           deliver: (MappedInput) throws -> Void) rethrows {
        try InputFile.readEach(paths, decoder: decoder, jobs: jobs, transform: { file, text in
            self.mapped(path: file.path, text: text)
        }, deliver: { result in
            switch result {
            case .success(let (_, mapped)): try deliver(mapped)
            case .failure(let error): try deliver(Analyzer.mappedFailure(path: error.path, problem: error.description))
            }
        })
    }

    /// `wenxi map --files-jsonl`: each line of `stream` (`-` for standard input) is
    /// `{"path": …, "base64": …}`, read as the file of that path would be.
    /// A line that is not one is a failure record naming `<stdin>:LINE`.
    public func mapFilesJSONL(_ stream: String = "-", decoder: TextDecoder, jobs: Int,
                              deliver: (MappedInput) throws -> Void) throws {
        let lines = try LineFile(path: stream)
        defer { lines.close() }
        while true {
            let batch = lines.lines(upTo: max(1, 4 * jobs))
            if batch.isEmpty { return }
            let name = lines.name
            let results = ParallelWork.map(batch, jobs: jobs, batch: 1) { line in
                self.mapped(fileLine: line, name: name, decoder: decoder)
            }
            for result in results { try deliver(result) }
        }
    }

    /// The records of one `{"path", "base64"}` line.
    private func mapped(fileLine line: LineFile.Line, name: String, decoder: TextDecoder) -> MappedInput {
        struct FileLine: Decodable {
            var path: String
            var base64: String
        }
        guard let file = try? JSONDecoder().decode(FileLine.self, from: Data(line.bytes)) else {
            return Analyzer.mappedFailure(path: nil, problem: "\(name):\(line.number): not a {\"path\", \"base64\"} line")
        }
        guard let bytes = Data(base64Encoded: file.base64) else {
            return Analyzer.mappedFailure(path: file.path, problem: "\(name):\(line.number): \(file.path): base64 is not valid")
        }
        do throws(InputError) {
            var mapped = self.mapped(path: file.path, text: try decoder.decode(bytes, path: file.path))
            mapped.inputBytes = bytes.count
            return mapped
        } catch {
            return Analyzer.mappedFailure(path: file.path, problem: error.description)
        }
    }

    /// The records of a text read from `path`.
    private func mapped(path: String?, text: String) -> MappedInput {
        let records = records(path: path, text: text)
        var lines = ""
        for record in records {
            lines += record.line()
            lines += "\n"
        }
        return MappedInput(lines: lines, articles: records.count - 1, inputBytes: text.utf8.count)
    }

    private static func mappedFailure(path: String?, problem: String) -> MappedInput {
        MappedInput(lines: Record.failure(path: path, problem: problem).line() + "\n", articles: 0, inputBytes: 0,
                    failure: problem)
    }
}
