import Foundation
import Wenxi
#if canImport(Glibc)
import Glibc
#endif

/// Segments standard input as a stream: each complete line is segmented and printed as soon as
/// it has arrived, so `wenxi segment` works as a filter on an endless pipe.
///
/// Input that reads as UTF-8 (or was named UTF-8) is streamed: bytes are read as they come, at most
/// ``LineStream/bufferLimit`` at a time, and every complete line among them is segmented (on the
/// segmenter's threads) and written at once. Anything else (a UTF-16 mark, bytes that are not UTF-8
/// where the encoding is detected) is read whole and decoded as a file is.
enum LineStream {
    /// How many bytes are read before the lines among them are segmented, when input comes fast.
    static let bufferLimit = 1 << 20

    /// Segments standard input. Throws ``InputError`` for input that cannot be decoded.
    static func segmentStandardInput(with segmenter: Segmenter, options: Segmenter.LineOptions,
                                     decoder: TextDecoder) throws {
        var buffer: [UInt8] = []
        var consumed = 0  // bytes of the input before `buffer`
        var atEnd = false
        var last: UInt8 = 0x0A
        var started = false  // some lines were segmented: no way back to decoding the whole
        var marked = false
        while !atEnd {
            atEnd = fill(&buffer)
            if consumed == 0, !marked, buffer.starts(with: [0xEF, 0xBB, 0xBF]) {
                buffer.removeFirst(3)
                consumed = 3
                marked = true
            }
            if !started, !streams(buffer, decoder: decoder, atEnd: atEnd) {
                // The mark goes back, so that the decoder's byte offsets are the input's.
                try segmentWhole((marked ? [0xEF, 0xBB, 0xBF] : []) + buffer, with: segmenter, options: options, decoder: decoder)
                return
            }
            let complete = atEnd ? buffer.count : completeLines(buffer)
            guard complete > 0 else { continue }
            try buffer.withUnsafeBufferPointer { all throws in
                let lines = UnsafeBufferPointer(rebasing: all[0..<complete])
                if let bad = firstBadByte(lines) {
                    throw InputError(path: nil, byteOffset: consumed + bad,
                                     reason: "invalid UTF-8 or a control byte (name the encoding with --encoding)")
                }
                segmenter.segmentLines(ofUTF8: lines, options: options) { chunk in
                    guard let final = chunk.last else { return }
                    Output.write(bytes: chunk)
                    last = final
                }
            }
            buffer.removeFirst(complete)
            consumed += complete
            started = true
        }
        if !started { throw InputError(path: nil, reason: "the input is empty") }
        if last != 0x0A { Output.write("\n") }
    }

    /// Reads what standard input has: blocks for the first bytes, then takes more while more are
    /// ready at once, up to ``bufferLimit`` more (a line longer than that is read on until it
    /// ends). Returns whether the input has ended.
    private static func fill(_ buffer: inout [UInt8]) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var first = true
        let limit = buffer.count + bufferLimit
        while buffer.count < limit {
            if !first {
                var ready = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
                if poll(&ready, 1, 0) <= 0 { return false }
            }
            first = false
            let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { return true }
            buffer += chunk[0..<count]
        }
        return false
    }

    /// Whether input beginning with `buffer` can be streamed as UTF-8: the encoding is UTF-8 or
    /// detected, there is no UTF-16 mark, and the first lines are valid UTF-8 text.
    private static func streams(_ buffer: [UInt8], decoder: TextDecoder, atEnd: Bool) -> Bool {
        switch decoder.encoding {
        case .utf8: break
        case .auto: if buffer.starts(with: [0xFF, 0xFE]) || buffer.starts(with: [0xFE, 0xFF]) { return false }
        default: return false
        }
        if atEnd && buffer.isEmpty { return false }
        let sample = atEnd ? buffer.count : completeLines(buffer)
        return buffer.withUnsafeBufferPointer { firstBadByte(UnsafeBufferPointer(rebasing: $0[0..<sample])) == nil }
    }

    /// Reads the rest of standard input after `buffer` and segments it all as one decoded text.
    private static func segmentWhole(_ buffer: [UInt8], with segmenter: Segmenter,
                                     options: Segmenter.LineOptions, decoder: TextDecoder) throws {
        let rest = FileHandle.standardInput.readDataToEndOfFile()
        let text = try decoder.decode(buffer + Array(rest), path: nil)
        var last: UInt8 = 0x0A
        segmenter.segmentLines(of: text, options: options) { chunk in
            guard let final = chunk.last else { return }
            Output.write(bytes: chunk)
            last = final
        }
        if last != 0x0A { Output.write("\n") }
    }

    /// The length of the complete lines at the start of `buffer` (up to the last line break that
    /// surely ends a line).
    private static func completeLines(_ buffer: [UInt8]) -> Int {
        buffer.withUnsafeBufferPointer { bytes in
            var start = 0
            var complete = 0
            while start < bytes.count, TextLines.hasCompleteLine(bytes, from: start) {
                start = TextLines.lineEnd(in: bytes, from: start).next
                complete = start
            }
            return complete
        }
    }

    /// The first byte that is not UTF-8 text, or `nil`.
    private static func firstBadByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? { UTF8Text.firstBadByte(bytes) }
}
