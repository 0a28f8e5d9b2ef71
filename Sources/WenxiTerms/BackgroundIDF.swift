import Foundation
import WenxiText

/// Inverse document frequencies from a background corpus: jieba's `idf.txt` (MIT).
///
/// Each line of the file is `word idf`, with idf = ln(N / df) over jieba's own background corpus.
/// Terms the table lacks get ``unknownIDF``: the table's median, as jieba does, which is high
/// (most words are rare) but finite. A compound made of known parts gets at least the largest
/// IDF of its parts, since a compound never occurs in more documents than any of its parts.
///
/// The shared table is read in place from `jieba/idf.bin` (``TermDataFiles/idf``, built from
/// `idf.txt`), so loading it costs a mapping, not 270k lines of parsing.
public struct BackgroundIDF: Sendable {
    /// Where the values live: a dictionary, or a prebuilt table whose values are `Float` bits.
    enum Table: Sendable {
        case dictionary([String: Float])
        case file(PhraseFile, count: Int)
    }

    let table: Table
    /// The IDF given to a term the table lacks: the median of the table.
    public let unknownIDF: Double
    /// The largest IDF in the table.
    public let maximumIDF: Double

    /// A table from explicit values; the median of the values is the unknown IDF.
    public init(_ values: [String: Double]) {
        self.init(table: values.mapValues { Float($0) })
    }

    init(table: [String: Float]) {
        self.table = .dictionary(table)
        let (median, maximum) = Self.medianAndMaximum(table)
        self.unknownIDF = Double(median)
        self.maximumIDF = Double(maximum)
    }

    /// The median and the largest value (10 and 10 for an empty table).
    static func medianAndMaximum(_ table: [String: Float]) -> (Float, Float) {
        let sorted = table.values.sorted()
        return (sorted.isEmpty ? 10 : sorted[sorted.count / 2], sorted.last ?? 10)
    }

    /// A prebuilt table (``TermDataFiles/idf``): extra words are the median's and the maximum's
    /// bits and the number of terms.
    init(file: PhraseFile) throws(DataFileError) {
        guard file.extra.count == 3 else {
            throw DataFileError(name: TermDataFiles.idf.name, reason: "no median (rebuild with `swift run wenxi-data`)")
        }
        table = .file(file, count: Int(file.extra[2]))
        unknownIDF = Double(Float(bitPattern: file.extra[0]))
        maximumIDF = Double(Float(bitPattern: file.extra[1]))
    }

    /// The number of terms in the table.
    public var count: Int {
        switch table {
        case .dictionary(let values): return values.count
        case .file(_, let count): return count
        }
    }

    @inline(__always) func value(_ term: String) -> Float? {
        switch table {
        case .dictionary(let values): return values[term]
        case .file(let file, _): return file.value(of: term).map { Float(bitPattern: $0) }
        }
    }

    /// The IDF of `term` if the table holds it.
    public func knownIDF(of term: String) -> Double? { value(term).map(Double.init) }

    /// The IDF of `term`, or of a compound made of `parts`; never 0 nor infinite.
    public func idf(of term: String, parts: [String] = []) -> Double {
        if let known = value(term) { return Double(known) }
        let fromParts = parts.compactMap { value($0) }.max().map(Double.init) ?? 0
        return max(unknownIDF, fromParts)
    }

    /// Reads a `word idf` file.
    ///
    /// - Complexity: O(*n*) in the file size.
    public init(contentsOf url: URL) throws(DataFileError) {
        self.init(table: try Self.read(url).table)
    }

    /// The values of a `word idf` file, and its distinct words in the order they first appear
    /// (a later line for a word replaces its value).
    ///
    /// - Complexity: O(*n*) in the file size; bytes are split by hand, without regular expressions.
    static func read(_ url: URL) throws(DataFileError) -> (table: [String: Float], order: [String]) {
        let data: Data
        do { data = try Data(contentsOf: url, options: .mappedIfSafe) } catch {
            throw DataFileError(name: url.path, reason: "cannot read: \(error.localizedDescription)")
        }
        var table: [String: Float] = [:]
        var order: [String] = []
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
                    if let value = Float(number), value.isFinite, value > 0 {
                        if table.updateValue(value, forKey: word) == nil { order.append(word) }
                    }
                }
                lineStart = lineEnd + 1
            }
        }
        guard !table.isEmpty else { throw DataFileError(name: url.path, reason: "no `word idf` lines") }
        return (table, order)
    }

    /// jieba's table from the data folder (`jieba/idf.bin`, built from `jieba/idf.txt`), loaded once.
    public static func shared() throws(DataFileError) -> BackgroundIDF {
        switch sharedResult {
        case .success(let value): return value
        case .failure(let error): throw error
        }
    }

    private static let sharedResult: Result<BackgroundIDF, DataFileError> = {
        do throws(DataFileError) {
            return .success(try BackgroundIDF(file: try TermDataFiles.idf.open()))
        } catch {
            return .failure(error)
        }
    }()
}
