import WenxiText

extension Segmenter {
    /// Segments every line of `text` and returns the lines with their words joined by `separator`.
    ///
    /// One output line per input line, empty lines included; white space is dropped. Long lines are
    /// cut into pieces of at most `pieceLength` code points after a sentence mark, comma or space
    /// (or anywhere, when a line has none), so memory stays bounded whatever the line length; the
    /// pieces of a line are joined again in the output. Pieces are segmented on `jobs` threads,
    /// each with its own ICU iterator, and written in input order.
    ///
    /// - Complexity: O(*n* · *m*) work, *m* the longest lexicon word, spread over `jobs` threads.
    public func segmentLines(
        of text: String, separator: String = " ", jobs: Int = 1, pieceLength: Int = 1 << 16
    ) -> String {
        var result: [UInt8] = []
        segmentLines(of: text, separator: separator, jobs: jobs, pieceLength: pieceLength) { result += $0 }
        return String(decoding: result, as: UTF8.self)
    }

    /// Segments every line of `text` like ``segmentLines(of:separator:jobs:pieceLength:)``, handing
    /// the UTF-8 output to `write` in order, a batch of lines at a time, so that it need not be held
    /// whole. Lines are found in the UTF-8 bytes and each thread decodes its own lines, so that
    /// little work is left to one thread.
    public func segmentLines(
        of text: String, separator: String = " ", jobs: Int = 1, pieceLength: Int = 1 << 16,
        write: ([UInt8]) -> Void
    ) {
        let bytes = Array(text.utf8)
        let pieces = Segmenter.pieces(of: bytes, pieceLength: max(64, pieceLength) * 3)
        // Group pieces into batches of about 192 KB, one batch a work item.
        var grouped: [Range<Int>] = []
        var first = 0, size = 0
        for (index, piece) in pieces.enumerated() {
            size += piece.range.count + 1
            if size >= 3 << 16 {
                grouped.append(first..<(index + 1))
                first = index + 1
                size = 0
            }
        }
        if first < pieces.count { grouped.append(first..<pieces.count) }
        let batches = grouped
        let separatorBytes = Array(separator.utf8)
        let work: @Sendable (Int) -> [UInt8] = { batch in
            let session = Session(self)
            var out: [UInt8] = []
            out.reserveCapacity(batches[batch].reduce(0) { $0 + pieces[$1].range.count } * 5 / 4)
            var scalars: [UInt32] = []
            var offsets: [Int] = []
            for piece in pieces[batches[batch]] {
                UTF8Writer.decode(bytes[piece.range], into: &scalars, offsets: &offsets)
                // A piece that continues a line starts with a separator: its line's words came before.
                var firstWord = !piece.continuesLine
                for span in session.spans(of: scalars) {
                    if !firstWord { out.append(contentsOf: separatorBytes) }
                    firstWord = false
                    out.append(contentsOf: bytes[offsets[Int(span.start)]..<offsets[Int(span.end)]])
                }
                if piece.endsLine { out.append(0x0A) }
            }
            return out
        }
        // Rounds of a few batches per thread: written in order, then dropped.
        let round = max(1, jobs) * 4
        var roundStart = 0
        while roundStart < batches.count {
            let roundEnd = min(batches.count, roundStart + round)
            for output in ParallelWork.map(roundStart..<roundEnd, jobs: jobs, work) { write(output) }
            roundStart = roundEnd
        }
    }

    /// A line or part of one, as a range of UTF-8 bytes.
    struct Piece: Sendable {
        var range: Range<Int>
        /// The piece continues the previous piece's line.
        var continuesLine: Bool
        /// The piece ends its line (a line break follows, or the text ends after a line).
        var endsLine: Bool
    }

    /// Cuts UTF-8 `bytes` into lines, and lines longer than `pieceLength` bytes into pieces cut
    /// after a sentence mark, comma or space where there is one in the second half, else at a
    /// character boundary; strips each line's CR.
    static func pieces(of bytes: [UInt8], pieceLength: Int) -> [Piece] {
        var result: [Piece] = []
        var lineStart = 0
        let n = bytes.count
        while lineStart < n {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? n
            var contentEnd = lineEnd
            if contentEnd > lineStart, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            var start = lineStart
            var continues = false
            while contentEnd - start > pieceLength {
                var cut = start + pieceLength
                while cut > start, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }  // a character boundary
                var k = cut
                while k > start + pieceLength / 2 {
                    let b = bytes[k - 1]
                    // after 。 ！ ？ ， ； (their last UTF-8 bytes) or an ASCII space, comma, full stop
                    if b == 0x20 || b == 0x2C || b == 0x2E
                        || (k >= 3 && ((bytes[k - 3] == 0xE3 && bytes[k - 2] == 0x80 && b == 0x82)
                            || (bytes[k - 3] == 0xEF && bytes[k - 2] == 0xBC && (b == 0x81 || b == 0x9F || b == 0x8C || b == 0x9B)))) {
                        cut = k
                        break
                    }
                    k -= 1
                }
                result.append(Piece(range: start..<cut, continuesLine: continues, endsLine: false))
                start = cut
                continues = true
            }
            result.append(Piece(range: start..<contentEnd, continuesLine: continues, endsLine: true))
            lineStart = lineEnd + 1
        }
        return result
    }
}

/// Moves between code points and UTF-8 bytes.
enum UTF8Writer {
    /// Decodes valid UTF-8 `bytes` into `scalars`, and the byte offset (from the slice's start
    /// index) of each code point into `offsets`, with one more offset for the end.
    static func decode(_ bytes: ArraySlice<UInt8>, into scalars: inout [UInt32], offsets: inout [Int]) {
        scalars.removeAll(keepingCapacity: true)
        offsets.removeAll(keepingCapacity: true)
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            offsets.append(i)
            if b < 0x80 {
                scalars.append(UInt32(b))
                i += 1
            } else if b < 0xE0 {
                scalars.append(UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F))
                i += 2
            } else if b < 0xF0 {
                scalars.append(UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F))
                i += 3
            } else {
                scalars.append(UInt32(b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                               | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F))
                i += 4
            }
        }
        offsets.append(end)
    }

    @inline(__always)
    static func append(_ c: UInt32, to out: inout [UInt8]) {
        switch c {
        case 0..<0x80:
            out.append(UInt8(c))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (c >> 6)))
            out.append(UInt8(0x80 | (c & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (c >> 12)))
            out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (c & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (c >> 18)))
            out.append(UInt8(0x80 | ((c >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (c & 0x3F)))
        }
    }
}
