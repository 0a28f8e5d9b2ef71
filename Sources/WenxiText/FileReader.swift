#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file, a pipe or a character device with plain POSIX calls.
///
/// Regular files, FIFOs (`wenxi segment <(cat f)`) and character devices are read as streams until
/// their end. Reading stops early, with an error, when the bytes cannot be text: a NUL byte where
/// the caller says there can be none (so `/dev/zero` fails at once instead of filling memory), or
/// more bytes than the decoders take (2 GiB).
enum FileReader {
    /// The most bytes one input may hold: ICU's converters count in 32-bit integers.
    static let maximumLength = Int(Int32.max) - 64

    /// The bytes of the file at `path`; `allowNUL` false stops at the first NUL byte.
    ///
    /// - Complexity: O(*n*) in the file's length.
    static func read(path: String, allowNUL: (_ firstBytes: [UInt8]) -> Bool) throws(InputError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw InputError(path: path, reason: openProblem(errno)) }
        defer { close(fd) }
        var status = stat()
        if fstat(fd, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw InputError(path: path, reason: "a folder, not a file")
        }
        return try read(descriptor: fd, path: path, allowNUL: allowNUL)
    }

    /// The bytes of standard input.
    static func readStandardInput(allowNUL: (_ firstBytes: [UInt8]) -> Bool) throws(InputError) -> [UInt8] {
        try read(descriptor: 0, path: nil, allowNUL: allowNUL)
    }

    /// Reads `fd` to its end.
    static func read(descriptor fd: Int32, path: String?, allowNUL: (_ firstBytes: [UInt8]) -> Bool)
        throws(InputError) -> [UInt8]
    {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var nulAllowed: Bool?
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError(path: path, byteOffset: bytes.count, reason: "cannot read: \(describe(errno))")
            }
            if count == 0 { break }
            let start = bytes.count
            guard start <= maximumLength - count else {
                throw InputError(path: path, reason: "too large: more than \(maximumLength) bytes; split it into smaller files")
            }
            bytes += chunk[0..<count]
            if nulAllowed == nil, bytes.count >= 2 || count == 0 { nulAllowed = allowNUL(Array(bytes.prefix(4))) }
            if nulAllowed == false, let nul = bytes[start...].firstIndex(of: 0) {
                throw InputError(path: path, byteOffset: nul, reason: "binary data (a NUL byte), not text")
            }
        }
        return bytes
    }

    /// Why `open` failed, in words.
    static func openProblem(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES: return "cannot read the file (permission denied)"
        default: return "cannot read the file (\(describe(code)))"
        }
    }

    /// The system's text for an `errno` value.
    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
