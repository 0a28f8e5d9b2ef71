#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes set aside in an unnamed file until the run reads them back: what a large corpus would
/// otherwise hold in memory from the first article read to the last page written.
///
/// The file is made in a given folder and unlinked at once, so it never shows there and goes when
/// the process ends, however it ends. Appending is for one thread at a time; reading back is safe
/// from several threads at once (`pread`).
public final class ScratchFile: @unchecked Sendable {
    /// Where appended bytes are in the file.
    public struct Span: Sendable, Hashable {
        public var offset: Int64
        public var length: Int

        public init(offset: Int64, length: Int) {
            self.offset = offset
            self.length = length
        }
    }

    private let descriptor: Int32
    private var end: Int64 = 0

    /// A scratch file in `folder` (which must exist), or nil when none can be made there.
    public init?(folder: String) {
        var template = Array((folder.hasSuffix("/") ? folder : folder + "/").utf8CString.dropLast())
            + Array(".wenxi-scratch.XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { return nil }
        unlink(template)
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// Appends `bytes`; where they are, or nil when they could not all be written (a full disk),
    /// in which case the file is as before.
    public func append(_ bytes: UnsafeRawBufferPointer) -> Span? {
        var done = 0
        while done < bytes.count {
            let count = pwrite(descriptor, bytes.baseAddress.map { $0 + done }, bytes.count - done, off_t(end) + off_t(done))
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            done += count
        }
        defer { end += Int64(bytes.count) }
        return Span(offset: end, length: bytes.count)
    }

    /// Appends the bytes of `values`, as they lie in memory.
    public func append<Element: BitwiseCopyable>(_ values: [Element]) -> Span? {
        values.withUnsafeBytes { append($0) }
    }

    /// Calls `body` with the bytes at `span`, read back into a buffer that lives for the call.
    ///
    /// Throws when they cannot all be read (a disk error), naming the reason.
    public func read<Result>(_ span: Span, _ body: (UnsafeRawBufferPointer) throws(ScratchError) -> Result)
        throws(ScratchError) -> Result {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: span.length, alignment: 16)
        defer { buffer.deallocate() }
        var done = 0
        while done < span.length {
            let count = pread(descriptor, buffer.baseAddress! + done, span.length - done, off_t(span.offset) + off_t(done))
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                throw ScratchError(reason: count < 0 ? String(cString: strerror(errno)) : "the scratch file was cut short")
            }
            done += count
        }
        return try body(UnsafeRawBufferPointer(buffer))
    }
}

/// Bytes set aside in a ``ScratchFile`` could not be read back.
public struct ScratchError: Error, Hashable, Sendable, CustomStringConvertible {
    public var reason: String

    public init(reason: String) {
        self.reason = reason
    }

    public var description: String { "cannot read back from the scratch file: \(reason)" }
}
