import WenxiText

extension Segmenter {
    /// How ``Segmenter/segmentLines(of:options:write:)`` prints each line.
    public enum LineFormat: Sendable, Hashable {
        /// The words joined by `separator`.
        case words(separator: String)
        /// `word/tag` joined by `separator`, as jieba's posseg prints them.
        case tagged(separator: String)
        /// One JSON object a line: `{"tokens":[{"end":2,"start":0,"tag":"vn","word":"研究"},...]}`,
        /// offsets in code points from the start of the line, as jieba's tokenize gives them.
        case jsonl
    }

    /// How lines are segmented and printed.
    public struct LineOptions: Sendable {
        public var format: LineFormat
        /// Threads to use; clamped to 1...``Segmenter/maximumJobs``.
        public var jobs: Int
        /// Lines longer than this many code points are cut into pieces where no token can cross.
        public var pieceLength: Int
        /// Spans a caller wants kept whole in one line or piece (its text in, code-point ranges and
        /// their tags out): recognized names, say.
        public var protect: (@Sendable (String) -> [(Range<Int>, String)])?

        public init(format: LineFormat = .words(separator: " "), jobs: Int = 1, pieceLength: Int = 1 << 16,
                    protect: (@Sendable (String) -> [(Range<Int>, String)])? = nil) {
            self.format = format
            self.jobs = jobs
            self.pieceLength = pieceLength
            self.protect = protect
        }
    }

    /// The most threads line segmentation uses, whatever is asked.
    public static let maximumJobs = 256

    /// Segments every line of `text` and returns the lines with their words joined by `separator`.
    ///
    /// One output line per input line, empty lines included; white space is dropped. Lines end as
    /// ``TextLines`` says (LF, CR, CR LF). Long lines are cut into pieces of about `pieceLength`
    /// code points where no token can cross (after white space or 。), so the output is the same
    /// as for the whole line; the pieces of a line are joined again in the output.
    ///
    /// - Complexity: O(*n* · *m*) work, *m* the longest lexicon word, spread over `jobs` threads.
    public func segmentLines(
        of text: String, separator: String = " ", jobs: Int = 1, pieceLength: Int = 1 << 16
    ) -> String {
        var result: [UInt8] = []
        let options = LineOptions(format: .words(separator: separator), jobs: jobs, pieceLength: pieceLength)
        segmentLines(of: text, options: options) { result += $0 }
        return String(decoding: result, as: UTF8.self)
    }

    /// Segments every line of `text` and hands the UTF-8 output to `write` in order, a batch of
    /// lines at a time.
    public func segmentLines(of text: String, options: LineOptions, write: ([UInt8]) -> Void) {
        var text = text
        text.withUTF8 { segmentLines(ofUTF8: $0, options: options, write: write) }
    }

    /// Segments every line of valid UTF-8 `bytes` like ``segmentLines(of:options:write:)``. Lines
    /// are found in the bytes and each thread decodes its own lines, so little work is left to one
    /// thread; the output of each round of batches is handed to `write` as soon as it is ready.
    public func segmentLines(ofUTF8 bytes: UnsafeBufferPointer<UInt8>, options: LineOptions, write: ([UInt8]) -> Void) {
        let jobs = min(max(1, options.jobs), Segmenter.maximumJobs)
        let cutAtSpaces = !user.hasWordWithSpace
        let pieceLength = max(64, options.pieceLength) * 3
        let batches = Segmenter.batches(of: bytes, size: 3 << 16)
        let base = UnsafeBufferPointerBox(bytes)
        let work: @Sendable (Int) -> [UInt8] = { batch in
            let range = batches[batch]
            let lines = UnsafeBufferPointer(rebasing: base.bytes[range])
            var printer = LinePrinter(segmenter: self, options: options)
            for piece in Segmenter.pieces(of: lines, pieceLength: pieceLength, cutAtSpaces: cutAtSpaces) {
                printer.print(piece, of: lines)
            }
            return printer.out
        }
        withoutActuallyEscaping(work) { work in
            OrderedPipeline.run(count: batches.count, jobs: jobs, window: jobs * 4, work: work, write: write)
        }
    }

    /// Cuts `bytes` into batches of whole lines of about `size` bytes, one batch a work item: each
    /// batch ends after a line break (``TextLines``), or at the end.
    ///
    /// - Complexity: O(*n* / `size` + the length of the lines the cuts fall in).
    static func batches(of bytes: UnsafeBufferPointer<UInt8>, size: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            var from = min(bytes.count, start + size)
            // Not between the CR and the LF of one break.
            if from < bytes.count, from > start, bytes[from] == 0x0A, bytes[from - 1] == 0x0D { from += 1 }
            let end = from >= bytes.count ? bytes.count : TextLines.lineEnd(in: bytes, from: from).next
            result.append(start..<end)
            start = end
        }
        return result
    }

    /// A line or part of one, as a range of UTF-8 bytes.
    struct Piece: Sendable {
        var range: Range<Int>
        /// The piece continues the previous piece's line.
        var continuesLine: Bool
        /// The piece ends its line (a line break follows, or the text ends after a line).
        var endsLine: Bool
        /// Code points of the line before the piece.
        var lineOffset: Int = 0
    }

    /// Cuts UTF-8 `bytes` into lines (``TextLines``), and lines longer than `pieceLength` bytes into
    /// pieces. A piece ends only where no token can cross: after white space (when `cutAtSpaces`)
    /// or after 。, the last such place within `pieceLength` bytes, else the first one after; a line
    /// with no such place stays one piece.
    ///
    /// - Complexity: O(*n*).
    static func pieces(of bytes: UnsafeBufferPointer<UInt8>, pieceLength: Int, cutAtSpaces: Bool = true) -> [Piece] {
        var result: [Piece] = []
        var lineStart = 0
        while lineStart < bytes.count {
            let (contentEnd, next) = TextLines.lineEnd(in: bytes, from: lineStart)
            var start = lineStart
            var continues = false
            var offset = 0
            while contentEnd - start > pieceLength,
                  let cut = safeCut(in: bytes, from: start, to: contentEnd, near: start + pieceLength, cutAtSpaces: cutAtSpaces) {
                result.append(Piece(range: start..<cut, continuesLine: continues, endsLine: false, lineOffset: offset))
                for k in start..<cut where bytes[k] & 0xC0 != 0x80 { offset += 1 }
                start = cut
                continues = true
            }
            result.append(Piece(range: start..<contentEnd, continuesLine: continues, endsLine: true, lineOffset: offset))
            lineStart = next
        }
        return result
    }

    /// The last safe cut in `(start + (target - start) / 2)...target`, else the first after
    /// `target` before `end`, else `nil`.
    private static func safeCut(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, near target: Int,
                                cutAtSpaces: Bool) -> Int? {
        var k = target
        while k > start + (target - start) / 2 {
            if isSafeCut(bytes, k, cutAtSpaces) { return k }
            k -= 1
        }
        k = target + 1
        while k < end {
            if isSafeCut(bytes, k, cutAtSpaces) { return k }
            k += 1
        }
        return nil
    }

    /// Whether a piece may end just before byte `k`: after an ASCII space or tab, an ideographic
    /// space or 。 — white space is never inside a token, and 。 is never part of one.
    @inline(__always)
    private static func isSafeCut(_ bytes: UnsafeBufferPointer<UInt8>, _ k: Int, _ cutAtSpaces: Bool) -> Bool {
        let b = bytes[k - 1]
        if cutAtSpaces, b == 0x20 || b == 0x09 { return true }
        guard k >= 3, bytes[k - 3] == 0xE3, bytes[k - 2] == 0x80 else { return false }
        return b == 0x82 || (cutAtSpaces && b == 0x80)
    }
}

/// A buffer pointer handed to worker threads that only read it while the call that owns it runs.
struct UnsafeBufferPointerBox: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }
}
