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
        var result = ""
        segmentLines(of: text, separator: separator, jobs: jobs, pieceLength: pieceLength) { result += $0 }
        return result
    }

    /// Segments every line of `text` like ``segmentLines(of:separator:jobs:pieceLength:)``, handing
    /// the output to `write` in order, a batch of lines at a time, so that it need not be held whole.
    public func segmentLines(
        of text: String, separator: String = " ", jobs: Int = 1, pieceLength: Int = 1 << 16,
        write: (String) -> Void
    ) {
        let scalars = text.unicodeScalars.map(\.value)
        let pieces = Segmenter.pieces(of: scalars, pieceLength: max(64, pieceLength))
        // Group pieces into batches of about 64 K code points, one batch a work item.
        var grouped: [Range<Int>] = []
        var first = 0, size = 0
        for (index, piece) in pieces.enumerated() {
            size += piece.range.count + 1
            if size >= 1 << 16 {
                grouped.append(first..<(index + 1))
                first = index + 1
                size = 0
            }
        }
        if first < pieces.count { grouped.append(first..<pieces.count) }
        let batches = grouped
        let separatorBytes = Array(separator.utf8)
        let work: @Sendable (Int) -> String = { batch in
            let session = Session(self)
            var out: [UInt8] = []
            out.reserveCapacity(batches[batch].reduce(0) { $0 + pieces[$1].range.count } * 4)
            for piece in pieces[batches[batch]] {
                let slice = Array(scalars[piece.range])
                // A piece that continues a line starts with a separator: its line's words came before.
                var firstWord = !piece.continuesLine
                for span in session.spans(of: slice) {
                    if !firstWord { out.append(contentsOf: separatorBytes) }
                    firstWord = false
                    for k in span.range { UTF8Writer.append(slice[k], to: &out) }
                }
                if piece.endsLine { out.append(0x0A) }
            }
            return String(decoding: out, as: UTF8.self)
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

    /// A line or part of one.
    struct Piece: Sendable {
        var range: Range<Int>
        /// The piece continues the previous piece's line.
        var continuesLine: Bool
        /// The piece ends its line (a line break follows, or the text ends after a line).
        var endsLine: Bool
    }

    /// Cuts `scalars` into lines and long lines into pieces; strips each line's CR.
    static func pieces(of scalars: [UInt32], pieceLength: Int) -> [Piece] {
        var result: [Piece] = []
        var lineStart = 0
        let n = scalars.count
        while lineStart < n {
            var lineEnd = lineStart
            while lineEnd < n, scalars[lineEnd] != 0x0A { lineEnd += 1 }
            var contentEnd = lineEnd
            if contentEnd > lineStart, scalars[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            var start = lineStart
            var continues = false
            while contentEnd - start > pieceLength {
                var cut = start + pieceLength
                var k = cut
                while k > start + pieceLength / 2 {
                    let c = scalars[k - 1]
                    if c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF0C || c == 0xFF1B || c == 0x20 || c == 0x2C || c == 0x2E {
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

/// Appends code points to a UTF-8 byte buffer.
enum UTF8Writer {
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
