import Foundation
import WenxiText

/// Inverse document frequencies from a background corpus: jieba's `idf.txt` (MIT).
///
/// Each line of the file is `word idf`, with idf = ln(N / df) over jieba's own background corpus.
/// Terms the table lacks get ``unknownIDF``: the table's median, as jieba does, which is high
/// (most words are rare) but finite. A compound made of known parts gets at least the largest
/// IDF of its parts, since a compound never occurs in more documents than any of its parts.
public struct BackgroundIDF: Sendable {
    let table: [String: Float]
    /// The IDF given to a term the table lacks: the median of the table.
    public let unknownIDF: Double
    /// The largest IDF in the table.
    public let maximumIDF: Double

    /// A table from explicit values; the median of the values is the unknown IDF.
    public init(_ values: [String: Double]) {
        self.table = values.mapValues { Float($0) }
        let sorted = values.values.sorted()
        self.unknownIDF = sorted.isEmpty ? 10 : sorted[sorted.count / 2]
        self.maximumIDF = sorted.last ?? 10
    }

    init(table: [String: Float]) {
        self.table = table
        let sorted = table.values.sorted()
        self.unknownIDF = sorted.isEmpty ? 10 : Double(sorted[sorted.count / 2])
        self.maximumIDF = Double(sorted.last ?? 10)
    }

    /// The number of terms in the table.
    public var count: Int { table.count }

    /// The IDF of `term` if the table holds it.
    public func knownIDF(of term: String) -> Double? { table[term].map(Double.init) }

    /// The IDF of `term`, or of a compound made of `parts`; never 0 nor infinite.
    public func idf(of term: String, parts: [String] = []) -> Double {
        if let known = table[term] { return Double(known) }
        let fromParts = parts.compactMap { table[$0] }.max().map(Double.init) ?? 0
        return max(unknownIDF, fromParts)
    }

    /// Reads a `word idf` file.
    ///
    /// - Complexity: O(*n*) in the file size; bytes are split by hand, without regular expressions.
    public init(contentsOf url: URL) throws(DataFileError) {
        let data: Data
        do { data = try Data(contentsOf: url, options: .mappedIfSafe) } catch {
            throw DataFileError(name: url.path, reason: "cannot read: \(error.localizedDescription)")
        }
        var table: [String: Float] = [:]
        table.reserveCapacity(data.count / 22)
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lineStart = 0
            let n = bytes.count
            while lineStart < n {
                var lineEnd = lineStart
                while lineEnd < n && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                var space = lineEnd - 1
                while space > lineStart && bytes[space] != 0x20 { space -= 1 }
                if space > lineStart {
                    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<space]), as: UTF8.self)
                    var valueEnd = lineEnd
                    if valueEnd > space + 1 && bytes[valueEnd - 1] == 0x0D { valueEnd -= 1 }
                    let number = String(decoding: UnsafeBufferPointer(rebasing: bytes[(space + 1)..<valueEnd]), as: UTF8.self)
                    if let value = Float(number), value.isFinite, value > 0 { table[word] = value }
                }
                lineStart = lineEnd + 1
            }
        }
        guard !table.isEmpty else { throw DataFileError(name: url.path, reason: "no `word idf` lines") }
        self.init(table: table)
    }

    /// jieba's table from the data folder (`jieba/idf.txt`), loaded once.
    public static func shared() throws(DataFileError) -> BackgroundIDF {
        switch sharedResult {
        case .success(let value): return value
        case .failure(let error): throw error
        }
    }

    private static let sharedResult: Result<BackgroundIDF, DataFileError> = {
        do {
            return .success(try BackgroundIDF(contentsOf: try DataDirectory.file("jieba/idf.txt")))
        } catch let error as DataFileError {
            return .failure(error)
        } catch {
            return .failure(DataFileError(name: "jieba/idf.txt", reason: "\(error)"))
        }
    }()
}
