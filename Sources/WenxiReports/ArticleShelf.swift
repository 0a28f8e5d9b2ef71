import Foundation
import WenxiText

/// Article reports waiting for the corpus stage, held in memory or in a scratch file.
///
/// An article's report is finished (its keywords, slug and number added) only once every article
/// has been read, so a large corpus would otherwise hold every article's text and figures at
/// once. A shelf opened on a folder keeps them in the compact form (``CompactEncoder``) in an
/// unnamed file there (created, then unlinked at once: it never shows in the folder and goes when
/// the process ends, however it ends) and reads each back when its pages are written. A report that cannot be written to the
/// file stays in memory, so nothing is lost when the disk fills.
///
/// Reading back is safe from several threads; putting is for one thread at a time.
public final class ArticleShelf: @unchecked Sendable {
    /// Where one report is.
    public enum Slot: Sendable, Hashable {
        /// At this position of the in-memory list.
        case memory(Int)
        /// At this byte offset of the scratch file, this many bytes long.
        case file(offset: Int64, length: Int)
    }

    private var held: [ArticleReport] = []
    private var heldFigures: [[ReportFigure]] = []
    private var heldKeyness: [ArticleKeyness] = []
    /// The scratch file the reports go to, if one could be made: the run may set aside other
    /// bytes in it too (``PackedCorpus``).
    public let scratch: ScratchFile?
    private let lock = NSLock()

    /// A shelf in memory only.
    public init() {
        scratch = nil
    }

    /// A shelf whose reports go to an unnamed scratch file in `folder` (which must exist); in
    /// memory when the file cannot be made there.
    public init(folder: String) {
        scratch = ScratchFile(folder: folder)
    }

    /// Whether the reports go to a scratch file.
    public var isSpilling: Bool { scratch != nil }

    /// Keeps `report`; where it is.
    public func put(_ report: ArticleReport) -> Slot { put(report, held: \.held) }

    /// Keeps an article's report before the corpus stage and, apart, its bare figures; where each is.
    public func shelve(_ report: ArticleReport) -> (report: Slot, figures: Slot) {
        shelve(prepare(report))
    }

    /// An article's report and its bare figures, with their compact forms when they go to the
    /// scratch file: what ``shelve(_:)`` keeps.
    public struct PreparedReport: Sendable {
        fileprivate let report: ArticleReport
        fileprivate let figures: [ReportFigure]
        fileprivate let reportBytes: [UInt8]?
        fileprivate let figureBytes: [UInt8]?
    }

    /// `report` made ready to shelve: encoded in the compact form when the shelf spills. Safe on
    /// any thread, so that the encoding (most of the cost of shelving) runs beside the analysis.
    public func prepare(_ report: ArticleReport) -> PreparedReport {
        let figures = report.figures.map(\.bare)
        guard scratch != nil else { return PreparedReport(report: report, figures: figures, reportBytes: nil, figureBytes: nil) }
        return PreparedReport(report: report, figures: figures, reportBytes: try? CompactEncoder.encode(report),
                              figureBytes: try? CompactEncoder.encode(figures))
    }

    /// Keeps a prepared report and its bare figures, as shelving the report itself does; where each is.
    public func shelve(_ prepared: PreparedReport) -> (report: Slot, figures: Slot) {
        (put(prepared.report, bytes: prepared.reportBytes, held: \.held),
         put(prepared.figures, bytes: prepared.figureBytes, held: \.heldFigures))
    }

    /// Keeps an article's bare figures (``ReportFigure/bare``), apart from its report so that
    /// corpus.json reads back only those; where they are.
    public func put(figures: [ReportFigure]) -> Slot { put(figures, held: \.heldFigures) }

    /// The figures kept at `slot` (by ``put(figures:)``).
    ///
    /// Throws when the scratch file cannot be read back (a disk error), naming the reason.
    public func figures(at slot: Slot) throws(ShelfError) -> [ReportFigure] { try value(at: slot, held: \.heldFigures) }

    /// Keeps an article's keyness, which corpus.json lists; where it is.
    public func put(keyness: ArticleKeyness) -> Slot { put(keyness, held: \.heldKeyness) }

    /// The keyness kept at `slot` (by ``put(keyness:)``).
    ///
    /// Throws when the scratch file cannot be read back (a disk error), naming the reason.
    public func keyness(at slot: Slot) throws(ShelfError) -> ArticleKeyness { try value(at: slot, held: \.heldKeyness) }

    /// The report kept at `slot`.
    ///
    /// Throws when the scratch file cannot be read back (a disk error), naming the reason.
    public func report(at slot: Slot) throws(ShelfError) -> ArticleReport { try value(at: slot, held: \.held) }

    /// Keeps `value` in the compact form in the scratch file, or in the list `held` when it cannot
    /// go there.
    private func put<Value: Codable>(_ value: Value, held: ReferenceWritableKeyPath<ArticleShelf, [Value]>) -> Slot {
        put(value, bytes: scratch == nil ? nil : try? CompactEncoder.encode(value), held: held)
    }

    /// Keeps `value` as `bytes`, its compact form, in the scratch file, or in the list `held` when
    /// it cannot go there (no bytes, no file, or the file refused them).
    private func put<Value: Codable>(_ value: Value, bytes: [UInt8]?,
                                     held: ReferenceWritableKeyPath<ArticleShelf, [Value]>) -> Slot {
        if let scratch, let bytes, let span = bytes.withUnsafeBytes({ scratch.append($0) }) {
            return .file(offset: span.offset, length: span.length)
        }
        lock.lock()
        defer { lock.unlock() }
        self[keyPath: held].append(value)
        return .memory(self[keyPath: held].count - 1)
    }

    /// The value kept at `slot` by ``put(_:held:)`` with the same list.
    private func value<Value: Codable>(at slot: Slot, held: KeyPath<ArticleShelf, [Value]>) throws(ShelfError) -> Value {
        switch slot {
        case .memory(let i):
            lock.lock()
            defer { lock.unlock() }
            return self[keyPath: held][i]
        case .file(let offset, let length):
            return try decode(Value.self, offset: offset, length: length)
        }
    }

    /// The value whose compact form is at `offset` of the scratch file.
    private func decode<Value: Decodable>(_ type: Value.Type, offset: Int64, length: Int) throws(ShelfError) -> Value {
        guard let scratch else { throw ShelfError(reason: "no scratch file") }
        let decoded: Result<Value, any Error>
        do throws(ScratchError) {
            decoded = try scratch.read(.init(offset: offset, length: length)) { (bytes) throws(ScratchError) in
                Result { try CompactDecoder.decode(type, from: bytes) }
            }
        } catch {
            throw ShelfError(reason: error.reason)
        }
        do {
            return try decoded.get()
        } catch {
            throw ShelfError(reason: "the scratch file was damaged (\(error))")
        }
    }
}

/// An article's report could not be read back from the shelf's scratch file.
public struct ShelfError: WenxiError, Hashable, Sendable {
    public var reason: String

    public init(reason: String) {
        self.reason = reason
    }

    public var description: String { "cannot read back an article's report from the scratch file: \(reason)" }
}
