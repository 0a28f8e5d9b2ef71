/// Prints the segmented pieces of lines in one of the ``Segmenter/LineFormat``s, into a byte
/// buffer of its own (one printer a work item).
struct LinePrinter {
    let session: Segmenter.Session
    let options: Segmenter.LineOptions
    private var sink = ByteSink()
    /// The bytes printed so far.
    var out: [UInt8] { sink.bytes }
    private var scalars: [UInt32] = []
    private var offsets: [Int] = []
    private let separator: [UInt8]

    init(segmenter: Segmenter, options: Segmenter.LineOptions) {
        self.session = Segmenter.Session(segmenter)
        self.options = options
        switch options.format {
        case .words(let separator), .tagged(let separator): self.separator = Array(separator.utf8)
        case .jsonl: self.separator = Array(",".utf8)
        }
    }

    /// Segments `piece` of `bytes` and appends its output.
    mutating func print(_ piece: Segmenter.Piece, of bytes: UnsafeBufferPointer<UInt8>) {
        UTF8Writer.decode(bytes, piece.range, into: &scalars, offsets: &offsets)
        var protected: [(Range<Int>, String)] = []
        if let protect = options.protect {
            protected = protect(String(decoding: UnsafeBufferPointer(rebasing: bytes[piece.range]), as: UTF8.self))
        }
        let spans = session.spans(of: scalars, protecting: protected.map(\.0))
        if case .jsonl = options.format, !piece.continuesLine { sink.append(contentsOf: #"{"tokens":["#.utf8) }
        // A piece that continues a line starts with a separator: its line's words came before.
        var first = !piece.continuesLine
        var p = 0
        for span in spans {
            if !first {
                sink.append(contentsOf: separator)
            }
            first = false
            let word = bytes[offsets[Int(span.start)]..<offsets[Int(span.end)]]
            switch options.format {
            case .words:
                sink.append(contentsOf: UnsafeBufferPointer(rebasing: word))
            case .tagged:
                sink.append(contentsOf: UnsafeBufferPointer(rebasing: word))
                sink.append(UInt8(ascii: "/"))
                sink.append(contentsOf: tag(of: span, protected: protected, &p).utf8)
            case .jsonl:
                let start = Int(span.start) + piece.lineOffset, end = Int(span.end) + piece.lineOffset
                sink.append(contentsOf: #"{"end":\#(end),"start":\#(start),"tag":""#.utf8)
                sink.append(contentsOf: tag(of: span, protected: protected, &p).utf8)
                sink.append(contentsOf: #"","word":""#.utf8)
                LinePrinter.appendEscaped(word, to: &sink)
                sink.append(contentsOf: #""}"#.utf8)
            }
        }
        guard piece.endsLine else { return }
        if case .jsonl = options.format { sink.append(contentsOf: "]}".utf8) }
        sink.append(0x0A)
    }

    /// The tag of `span`: a protected span's own, else the segmenter's (``Segmenter/partOfSpeech(of:in:)``).
    /// `p` walks `protected` (sorted, as the spans are) forward.
    private func tag(of span: TokenSpan, protected: [(Range<Int>, String)], _ p: inout Int) -> String {
        while p < protected.count, protected[p].0.lowerBound < Int(span.start) { p += 1 }
        if p < protected.count, protected[p].0 == span.range { return protected[p].1 }
        return session.segmenter.partOfSpeech(of: span, in: scalars)
    }

    /// Appends UTF-8 `bytes` as the inside of a JSON string.
    static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence, to sink: inout ByteSink) {
        let hex = Array("0123456789abcdef".utf8)
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                sink.append(UInt8(ascii: "\\"))
                sink.append(byte)
            case 0..<0x20:
                sink.append(contentsOf: "\\u00".utf8)
                sink.append(hex[Int(byte >> 4)])
                sink.append(hex[Int(byte & 0xF)])
            default:
                sink.append(byte)
            }
        }
    }
}

/// Moves between code points and UTF-8 bytes.
enum UTF8Writer {
    /// Decodes valid UTF-8 `bytes[range]` into `scalars`, and the byte offset (in `bytes`) of each
    /// code point into `offsets`, with one more offset for the end.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into scalars: inout [UInt32], offsets: inout [Int]) {
        let capacity = range.count
        var decoded = 0
        offsets = [Int](unsafeUninitializedCapacity: capacity + 1) { offsetBuffer, offsetCount in
            scalars = [UInt32](unsafeUninitializedCapacity: capacity) { scalarBuffer, scalarCount in
                var i = range.lowerBound
                let end = range.upperBound
                var n = 0
                while i < end {
                    let b = bytes[i]
                    offsetBuffer[n] = i
                    let length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                    guard i + length <= end else {
                        scalarBuffer[n] = 0xFFFD  // a truncated sequence: never in decoded text
                        n += 1
                        i = end
                        break
                    }
                    switch length {
                    case 1: scalarBuffer[n] = UInt32(b)
                    case 2: scalarBuffer[n] = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    case 3: scalarBuffer[n] = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    default:
                        scalarBuffer[n] = UInt32(b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                            | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                    }
                    n += 1
                    i += length
                }
                scalarCount = n
                decoded = n
            }
            offsetBuffer[decoded] = range.upperBound
            offsetCount = decoded + 1
        }
    }
}
