import ArgumentParser
import Foundation
import Wenxi

extension Segmenter.Granularity: ExpressibleByArgument {}

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Splits text into words: one output line per input line, words joined by a space.",
        discussion: """
        Reading standard input (a pipe), each line is printed as soon as it is segmented, so the \
        command works as a filter on an endless stream.
        """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "What goes between words.")
    var separator: String = " "

    @Option(help: "Threads to use (default: all cores; at most 256).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .customLong("hmm"), help: "Look for words the lexicon lacks with jieba's hidden Markov model.")
    var hmm = false

    @Option(help: """
        fine: short words, compounds split into their words (信息 技术), as the PKU standard; \
        coarse: compounds and recognized names, places and organizations whole (信息技术, 国家电力公司), \
        as the analysis commands read them.
        """)
    var granularity: Segmenter.Granularity = .fine

    @Flag(help: "Print word/tag: the lexicon's part-of-speech tag (jieba's tag set), m/t for figures, eng, url, x, un for unknown words; nr, ns, nt for names, places and organizations.")
    var pos = false

    /// The output formats of `segment`.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, jsonl
    }

    @Option(help: "text, or jsonl: one JSON object a line, its tokens with code-point offsets in the line.")
    var format: Format = .text

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let segmenter = try input.makeSegmenter(discoverWords: hmm, granularity: granularity)
        let options = Segmenter.LineOptions(
            format: format == .jsonl ? .jsonl : pos ? .tagged(separator: separator) : .words(separator: separator),
            jobs: min(jobs, Segmenter.maximumJobs), protect: try names())
        try input.forEachUnreadInput { file in
            if file.path == nil {
                try LineStream.segmentStandardInput(with: segmenter, options: options, decoder: input.decoder)
            } else {
                try segment(file, with: segmenter, options: options)
            }
        }
    }

    /// Segments a file: UTF-8 text straight from its bytes, anything else decoded first.
    private func segment(_ file: InputFile, with segmenter: Segmenter, options: Segmenter.LineOptions) throws {
        let write: ([UInt8]) -> Void = { Output.write(bytes: $0) }
        if let path = file.path, [.auto, .utf8].contains(input.decoder.encoding),
           let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe) {
            let done = data.withUnsafeBytes { raw -> Bool in
                var bytes = raw.bindMemory(to: UInt8.self)
                if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes[3...]) }
                guard !bytes.isEmpty, !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]),
                      UTF8Text.firstBadByte(bytes) == nil else { return false }
                segmenter.segmentLines(ofUTF8: bytes, options: options, write: write)
                return true
            }
            if done { return }
        }
        let text = try file.read(with: input.decoder)
        segmenter.segmentLines(of: text, options: options, write: write)
    }

    /// With coarse granularity, the names, places and organizations the entity stage finds,
    /// kept whole and tagged nr, ns, nt.
    private func names() throws -> (@Sendable (String) -> [(Range<Int>, String)])? {
        guard granularity == .coarse else { return nil }
        let recognizer = try EntityRecognizer(options: .init(simplify: input.simplify))
        return { text in
            recognizer.mentions(in: text).map { mention in
                let tag = switch mention.type {
                case .person: "nr"
                case .place: "ns"
                case .organization: "nt"
                }
                return (mention.start..<mention.end, tag)
            }
        }
    }
}
