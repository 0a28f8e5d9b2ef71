#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import WenxiText

/// Article reports waiting for the corpus stage, held in memory or in a scratch file.
///
/// An article's report is finished (its keywords, slug and number added) only once every article
/// has been read, so a large corpus would otherwise hold every article's text and figures at
/// once. A shelf opened on a folder keeps them as JSON in an unnamed file there (created, then
/// unlinked at once: it never shows in the folder and goes when the process ends, however it
/// ends) and reads each back when its pages are written. A report that cannot be written to the
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
    private let descriptor: Int32?
    private var end: Int64 = 0
    private let lock = NSLock()

    /// A shelf in memory only.
    public init() {
        descriptor = nil
    }

    /// A shelf whose reports go to an unnamed scratch file in `folder` (which must exist); in
    /// memory when the file cannot be made there.
    public init(folder: String) {
        var template = Array((folder.hasSuffix("/") ? folder : folder + "/").utf8CString.dropLast())
            + Array(".wenxi-shelf.XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        if fd >= 0 { unlink(template) }
        descriptor = fd >= 0 ? fd : nil
    }

    deinit {
        if let descriptor { close(descriptor) }
    }

    /// Whether the reports go to a scratch file.
    public var isSpilling: Bool { descriptor != nil }

    /// Keeps `report`; where it is.
    public func put(_ report: ArticleReport) -> Slot {
        if let descriptor, let data = try? JSONEncoder().encode(report),
           ArticleShelf.writeAll(descriptor, data, at: end) {
            defer { end += Int64(data.count) }
            return .file(offset: end, length: data.count)
        }
        lock.lock()
        defer { lock.unlock() }
        held.append(report)
        return .memory(held.count - 1)
    }

    /// The report kept at `slot`.
    ///
    /// Throws when the scratch file cannot be read back (a disk error), naming the reason.
    public func report(at slot: Slot) throws(ShelfError) -> ArticleReport {
        switch slot {
        case .memory(let i):
            lock.lock()
            defer { lock.unlock() }
            return held[i]
        case .file(let offset, let length):
            guard let descriptor else { throw ShelfError(reason: "no scratch file") }
            var data = Data(count: length)
            let read = data.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, length, off_t(offset)) }
            guard read == length else {
                throw ShelfError(reason: read < 0 ? String(cString: strerror(errno)) : "the scratch file was cut short")
            }
            do {
                return try JSONDecoder().decode(ArticleReport.self, from: data)
            } catch {
                throw ShelfError(reason: "the scratch file was damaged (\(error))")
            }
        }
    }

    /// Writes all of `data` at `offset`; false on any failure (a full disk).
    private static func writeAll(_ fd: Int32, _ data: Data, at offset: Int64) -> Bool {
        data.withUnsafeBytes { bytes in
            var done = 0
            while done < bytes.count {
                let count = pwrite(fd, bytes.baseAddress.map { $0 + done }, bytes.count - done, off_t(offset) + off_t(done))
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                done += count
            }
            return true
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
