#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WenxiText

/// Writes files into one folder and nowhere else.
///
/// Each file is written to a new temporary file in the folder (created exclusively, so no link is
/// followed) and renamed over its name; a rename replaces a directory entry itself, never what a
/// symbolic link points to. An entry that already exists as a symbolic link or a folder is
/// refused, not replaced. A reader never sees a half-written file.
public struct SafeFileWriter: Sendable {
    /// The folder written into.
    public let folder: String

    /// Prepares `folder`, creating it and its parents when missing.
    ///
    /// Throws when the path is empty, names a file, or cannot be created or written into.
    public init(folder: String) throws(WriteError) {
        guard !folder.isEmpty else { throw WriteError(folder: folder, reason: "the output folder's name is empty") }
        self.folder = folder
        try makeFolder(folder)
        guard access(folder, W_OK | X_OK) == 0 else {
            throw WriteError(folder: folder, reason: "the folder is not writable (\(SafeFileWriter.describe(errno)))")
        }
    }

    /// Writes `contents` as `name` in the folder.
    public func write(_ name: String, _ contents: String) throws(WriteError) {
        try write(name) { sink in sink(contents) }
    }

    /// Writes as `name` in the folder the text `produce` hands its sink, piece by piece: a large
    /// file need not be held whole (pieces are gathered up to ``flushSize`` bytes, then written).
    public func write(_ name: String, pieces produce: ((String) -> Void) -> Void) throws(WriteError) {
        let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        var existing = stat()
        if lstat(path, &existing) == 0 {
            switch existing.st_mode & S_IFMT {
            case S_IFLNK: throw WriteError(folder: folder, file: name, reason: "it is a symbolic link; not followed and not replaced (remove it)")
            case S_IFDIR: throw WriteError(folder: folder, file: name, reason: "a folder has the name a report page needs (remove or rename it)")
            default: break
            }
        }
        var template = Array((folder.hasSuffix("/") ? folder : folder + "/").utf8CString.dropLast())
            + Array(".\(name).XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { throw WriteError(folder: folder, file: name, reason: SafeFileWriter.describe(errno)) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var problem: Int32 = 0
        var buffer: [UInt8] = []
        func flush() {
            guard problem == 0 else { return }
            problem = SafeFileWriter.writeAll(fd, buffer)
            buffer.removeAll(keepingCapacity: true)
        }
        produce { piece in
            guard problem == 0 else { return }
            buffer.append(contentsOf: piece.utf8)
            if buffer.count >= SafeFileWriter.flushSize { flush() }
        }
        flush()
        if problem == 0, fchmod(fd, 0o644) != 0 { problem = errno }
        if close(fd) != 0, problem == 0 { problem = errno }
        if problem == 0, rename(temporary, path) != 0 { problem = errno }
        if problem != 0 {
            unlink(temporary)
            throw WriteError(folder: folder, file: name, reason: SafeFileWriter.describe(problem))
        }
    }

    /// Bytes gathered before a piecewise write writes them: 1 MiB.
    static let flushSize = 1 << 20

    /// Writes all of `bytes` to `fd`; 0, or the `errno` of the failure.
    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32 {
        bytes.withUnsafeBufferPointer { bytes in
            var done = 0
            while done < bytes.count {
                let count = Glibc.write(fd, bytes.baseAddress.map { $0 + done }, bytes.count - done)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                done += count
            }
            return 0
        }
    }

    /// The system's text for an `errno` value.
    static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }
}

/// Creates `folder` and any missing parent; a path that exists must be a folder (or a link to one).
private func makeFolder(_ folder: String) throws(WriteError) {
    var status = stat()
    if stat(folder, &status) == 0 {
        guard (status.st_mode & S_IFMT) == S_IFDIR else {
            throw WriteError(folder: folder, reason: "it is a file, not a folder")
        }
        return
    }
    let parent = folder.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
    if !parent.isEmpty, parent != folder { try makeFolder(parent) }
    if mkdir(folder, 0o755) != 0 && errno != EEXIST {
        throw WriteError(folder: folder, reason: "cannot create the folder (\(SafeFileWriter.describe(errno)))")
    }
}

/// A report file, or the output folder, that could not be written.
public struct WriteError: WenxiError, Hashable, Sendable {
    /// The output folder.
    public var folder: String
    /// The file in it, or `nil` when the folder itself is the problem.
    public var file: String?
    /// What went wrong.
    public var reason: String

    public init(folder: String, file: String? = nil, reason: String) {
        self.folder = folder
        self.file = file
        self.reason = reason
    }

    public var description: String {
        if let file { return "cannot write \(folder)/\(file): \(reason)" }
        return "cannot write the reports into \(folder): \(reason)"
    }
}
