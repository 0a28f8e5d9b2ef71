import Foundation
import WenxiText

/// A record line that could not be read: the file, the line (from 1) and why.
public struct RecordError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with a line.
    public enum Problem: Error, Sendable, Hashable {
        /// Not JSON, truncated, or JSON whose fields do not make a record.
        case malformed(String)
        /// Another format or version of records.
        case foreign(String)
    }

    public var file: String
    public var line: Int
    public var problem: Problem

    public init(file: String, line: Int, problem: Problem) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String {
        switch problem {
        case .malformed(let why), .foreign(let why): "\(file):\(line): \(why)"
        }
    }
}

/// The merge of record files: every article sorted by ``RecordKey``, the inputs and the failures
/// sorted by path, and the lines that could not be read.
public struct RecordSet: Sendable {
    public var analyses: [ArticleAnalysis] = []
    /// The inputs read (`<stdin>` for standard input), sorted as strings.
    public var inputs: [String] = []
    /// The inputs that could not be read: path and message, by path.
    public var failures: [(path: String?, problem: String)] = []
    /// The reference date the articles were analysed with.
    public var referenceDate: CalendarDate?
    /// Lines that are not records of this wenxi, in file and line order.
    public var errors: [RecordError] = []
    /// Record files that could not be opened (the others still count).
    public var unreadable: [InputError] = []

    public init() {}
}

/// Reads record files (JSONL, one ``Record`` a line) streaming, a batch of lines at a time.
public enum RecordReader {
    /// Lines decoded together, on the threads given.
    static let batchLines = 64

    /// One line of JSON as a record.
    ///
    /// - Complexity: O(*n*) in the line's length.
    public static func record(from line: some Collection<UInt8>) throws(RecordError.Problem) -> Record {
        let data = Data(line)
        let decoder = JSONDecoder()
        let full: RecordLine
        do {
            full = try decoder.decode(RecordLine.self, from: data)
        } catch {
            // A record of another version may not fit this layout: name the version if it has one.
            if let header = try? decoder.decode(RecordHeader.self, from: data) { try header.check() }
            throw .malformed(describe(error))
        }
        try RecordHeader(format: full.format, version: full.version).check()
        return try full.record()
    }

    /// Reads every file (`-` for standard input; a folder: its files, ``recordFiles(_:)``) and merges
    /// the records. Lines that cannot be read
    /// are collected in ``RecordSet/errors``; the others still count.
    ///
    /// - Parameter progress: called after each batch with the bytes read so far and the articles.
    public static func merge(_ files: [String], jobs: Int = 1,
                             progress: (_ bytes: Int, _ articles: Int) -> Void = { _, _ in }) throws -> RecordSet {
        var keyed: [(RecordKey, ArticleAnalysis)] = []
        var set = try stream(files, jobs: jobs, progress: progress) { articles in
            keyed += articles.map { (RecordKey($0.analysis.article), $0.analysis) }
        }
        // Stable sorts: equal keys are the same input given twice, which reads the same both times.
        set.analyses = keyed.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
        return set
    }

    /// Reads every file as ``merge(_:jobs:progress:)`` does, but hands each batch's article records
    /// to `take` in the order read, and keeps none: the set returned holds the rest (inputs,
    /// failures, unreadable lines and files, the reference date) and no analyses. Ordering the
    /// articles is the taker's. Throws when the records were mapped with different reference dates.
    ///
    /// - Parameter progress: called after each batch with the bytes read so far and the articles.
    public static func stream(_ files: [String], jobs: Int = 1,
                              progress: (_ bytes: Int, _ articles: Int) -> Void = { _, _ in },
                              take: ([(analysis: ArticleAnalysis, referenceDate: CalendarDate?)]) -> Void) throws -> RecordSet {
        var set = RecordSet()
        var inputs: [String] = []
        var failures: [(RecordKey, String?, String)] = []
        var dates = Set<String>()
        var (bytes, articles) = (0, 0)
        let (expanded, unlisted) = recordFiles(files)
        set.unreadable = unlisted
        for file in expanded {
            let stream: LineFile
            do {
                stream = try LineFile(path: file)
            } catch {
                set.unreadable.append(error)
                continue
            }
            defer { stream.close() }
            while true {
                let batch = stream.lines(upTo: batchLines)
                if batch.isEmpty { break }
                bytes += batch.reduce(0) { $0 + $1.bytes.count + 1 }
                let decoded = ParallelWork.map(batch, jobs: jobs, batch: 16) { line in
                    Result { () throws(RecordError.Problem) -> Record in try record(from: line.bytes) }
                }
                var taken: [(analysis: ArticleAnalysis, referenceDate: CalendarDate?)] = []
                for (line, result) in zip(batch, decoded) {
                    switch result {
                    case .failure(let problem):
                        set.errors.append(RecordError(file: stream.name, line: line.number, problem: problem))
                    case .success(.article(let analysis, let date)):
                        taken.append((analysis, date))
                        dates.insert(date?.description ?? "")
                    case .success(.input(let path, _)):
                        inputs.append(path ?? "<stdin>")
                    case .success(.failure(let path, let problem)):
                        failures.append((RecordKey(path: path, article: 0), path, problem))
                    }
                }
                articles += taken.count
                if !taken.isEmpty { take(taken) }
                progress(bytes, articles)
            }
        }
        guard dates.count <= 1 else {
            throw RecordMixError(dates: dates.sorted().map { $0.isEmpty ? "none" : $0 })
        }
        set.referenceDate = dates.first.flatMap(CalendarDate.init)
        set.inputs = inputs.sorted()
        set.failures = failures.sorted { ($0.0, $0.2) < ($1.0, $1.2) }.map { ($0.1, $0.2) }
        return set
    }

    /// The files `paths` name: a folder (such as Spark's output) stands for the files in it whose
    /// names do not start with `.` or `_` (`_SUCCESS`, `.part-00000.crc`), sorted; `-` stays.
    public static func recordFiles(_ paths: [String]) -> (files: [String], problems: [InputError]) {
        var files: [String] = [], problems: [InputError] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                files.append(path)
                continue
            }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                problems.append(InputError(path: path, reason: "cannot read the folder"))
                continue
            }
            let parts = names.filter { !$0.hasPrefix(".") && !$0.hasPrefix("_") }.sorted()
            if parts.isEmpty { problems.append(InputError(path: path, reason: "the folder holds no record file")) }
            files += parts.map { path + "/" + $0 }
        }
        return (files, problems)
    }

    /// A decoding error in a few words.
    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "not a record: no \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "not a record: wrong value at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default: "not a record: not valid JSON (truncated?)"
        }
    }
}

/// Records analysed with different `--reference-date`s cannot make one report.
public struct RecordMixError: Error, CustomStringConvertible {
    public var dates: [String]
    public var description: String {
        "the records were mapped with different --reference-date values (\(dates.joined(separator: ", "))); map them again with one"
    }
}

/// The fields every record starts with, whatever its version.
struct RecordHeader: Codable {
    var format: String
    var version: Int

    /// Throws unless this is a record this wenxi reads.
    func check() throws(RecordError.Problem) {
        guard format == Record.format else {
            throw .foreign("not a wenxi record (format '\(format)', expected '\(Record.format)')")
        }
        guard version == Record.version else {
            throw .foreign("record version \(version), but this wenxi reads version \(Record.version) only; "
                + "map the input again with this wenxi")
        }
    }
}
