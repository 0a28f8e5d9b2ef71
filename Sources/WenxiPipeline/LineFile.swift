#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WenxiText

/// A file (or standard input, `-`) read line by line in blocks, so that a file of any size takes
/// only a batch of lines of memory.
final class LineFile {
    /// One line, without its line feed (or carriage return and line feed), and its number from 1.
    struct Line: Sendable {
        var number: Int
        var bytes: [UInt8]
    }

    /// The name for messages: the path, or `<stdin>`.
    let name: String
    private let handle: UnsafeMutablePointer<FILE>
    private let ownsHandle: Bool
    private var buffer: [UInt8] = []
    private var position = 0
    /// Where the search for the next line feed goes on (all before it was searched).
    private var scanned = 0
    private var number = 0
    private var atEnd = false

    /// Opens `path`; `-` is standard input.
    init(path: String) throws(InputError) {
        if path == "-" {
            name = "<stdin>"
            guard let input = fdopen(0, "rb") else { throw InputError(path: nil, reason: "cannot read standard input") }
            handle = input
            ownsHandle = false
            return
        }
        guard let file = fopen(path, "rb") else {
            throw InputError(path: path, reason: errno == ENOENT ? "no such file" : "cannot read (\(String(cString: strerror(errno))))")
        }
        name = path
        handle = file
        ownsHandle = true
    }

    func close() {
        if ownsHandle { fclose(handle) }
    }

    /// The next `limit` lines that are not blank (fewer at the end of the file).
    func lines(upTo limit: Int) -> [Line] {
        var result: [Line] = []
        while result.count < limit, let line = next() {
            if line.bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) { result.append(line) }
        }
        return result
    }

    /// The next line, or nil at the end.
    private func next() -> Line? {
        while true {
            if let end = buffer[max(position, scanned)...].firstIndex(of: 0x0A) {
                var line = Array(buffer[position..<end])
                if line.last == 0x0D { line.removeLast() }
                position = end + 1
                scanned = position
                number += 1
                return Line(number: number, bytes: line)
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                let line = Array(buffer[position...])
                position = buffer.count
                number += 1
                return Line(number: number, bytes: line)
            }
            scanned = buffer.count
            refill()
        }
    }

    /// Drops what was read and appends the next block of the file.
    private func refill() {
        buffer.removeFirst(position)
        scanned -= position
        position = 0
        let block = 1 << 16
        let old = buffer.count
        buffer += [UInt8](repeating: 0, count: block)
        let got = buffer.withUnsafeMutableBufferPointer { fread($0.baseAddress! + old, 1, block, handle) }
        buffer.removeLast(block - got)
        if got == 0 { atEnd = true }
    }
}
