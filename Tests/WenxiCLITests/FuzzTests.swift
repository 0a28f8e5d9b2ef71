import Foundation
import Testing
import Wenxi
import WenxiTestSupport

/// Random mixes of hostile text through every stage, through the public API and through the
/// built `wenxi`: no crash, spans within the text and in order, no lost line.
///
/// By default a fixed seed and a bounded number of inputs (a few seconds). To fuzz longer or
/// anew: `WENXI_FUZZ_SECONDS=300 WENXI_FUZZ_SEED=12345 swift test --filter FuzzTests`. A failing
/// input is printed as a JSON string: add it to `Tests/FuzzCorpus/regressions.jsonl`.
@Suite struct FuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    /// The seed of this run.
    static let seed = UInt64(environment["WENXI_FUZZ_SEED"] ?? "") ?? 20_261_202
    /// Seconds to keep going, when set; otherwise ``defaultInputs`` inputs.
    static let seconds = Double(environment["WENXI_FUZZ_SECONDS"] ?? "")
    static let defaultInputs = 300

    /// The stages, loaded once.
    struct Stages: Sendable {
        let segmenter: Segmenter
        let figures = FigureExtractor()
        let entities: EntityRecognizer
        let splitter: ArticleSplitter
        let terms: TermExtractor
        let keywords: KeywordExtractor

        init() throws {
            segmenter = try Segmenter()
            entities = try EntityRecognizer()
            let lexicon = try Lexicon.shared()
            splitter = ArticleSplitter(isWord: { lexicon.contains($0) })
            terms = try TermExtractor()
            keywords = try KeywordExtractor()
        }
    }

    static let stages = Result { try Stages() }

    /// The inputs that crashed or lost text so far, one JSON string a line.
    static func corpus() throws -> [String] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("FuzzCorpus/regressions.jsonl")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        return try lines.map { try JSONDecoder().decode(String.self, from: Data($0.utf8)) }
    }

    /// `text` as a JSON string, for a failure message or the corpus file.
    static func quoted(_ text: String) -> String {
        (try? String(decoding: JSONEncoder().encode(text), as: UTF8.self)) ?? text.debugDescription
    }

    @Test func theCrashersFoundSoFarStayFixed() throws {
        let stages = try FuzzTests.stages.get()
        let cases = try FuzzTests.corpus()
        #expect(cases.count >= 6)
        for text in cases { FuzzChecks.all(text, stages) }
    }

    @Test func randomMixesThroughEveryStage() throws {
        let stages = try FuzzTests.stages.get()
        var random = SplitMix64(seed: FuzzTests.seed)
        let start = ContinuousClock.now
        var tried = 0
        while FuzzTests.seconds.map({ (ContinuousClock.now - start) < .seconds($0) }) ?? (tried < FuzzTests.defaultInputs) {
            let text = FuzzInput.make(using: &random, maximumPieces: tried % 10 == 9 ? 2_000 : 120)
            FuzzChecks.all(text, stages)
            tried += 1
        }
        print("fuzz: \(tried) inputs, seed \(FuzzTests.seed), \(ContinuousClock.now - start)")
    }
}

/// The properties every stage must keep on any text.
enum FuzzChecks {
    static func all(_ text: String, _ stages: FuzzTests.Stages) {
        let label = FuzzTests.quoted(text)
        let scalars = Array(text.unicodeScalars)
        segmentation(text, scalars, stages, label)
        figures(text, scalars, stages, label)
        entities(text, scalars, stages, label)
        articles(text, stages, label)
        let document = stages.terms.document(text)
        _ = stages.keywords.keywords(for: [document, document])
    }

    /// Spans inside the text, in order, not overlapping, each holding the text it claims.
    static func spans(_ spans: [(start: Int, end: Int, text: String)], in scalars: [Unicode.Scalar], stage: String,
                      _ label: String) {
        var previousEnd = 0
        for span in spans {
            let inside = span.start >= previousEnd && span.start <= span.end && span.end <= scalars.count
            #expect(inside, "\(stage): span \(span.start)..<\(span.end) out of place in \(label)")
            guard inside else { return }
            #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == span.text,
                    "\(stage): span text differs from the text at \(span.start)..<\(span.end) in \(label)")
            previousEnd = span.end
        }
    }

    static func segmentation(_ text: String, _ scalars: [Unicode.Scalar], _ stages: FuzzTests.Stages, _ label: String) {
        let tokens = stages.segmenter.tokens(in: text)
        spans(tokens.map { ($0.start, $0.end, $0.text) }, in: scalars, stage: "segment", label)
        // Nothing but white space and invisible code points (controls, format characters,
        // noncharacters) is left out.
        var covered = [Bool](repeating: false, count: scalars.count)
        for t in tokens where t.start >= 0 && t.end <= scalars.count && t.start <= t.end {
            for k in t.start..<t.end { covered[k] = true }
        }
        let lost = scalars.indices.filter { !covered[$0] && !FuzzChecks.mayDrop(scalars[$0]) }
        #expect(lost.isEmpty, "segment: lost \(lost.map { "U+" + String(scalars[$0].value, radix: 16) }) in \(label)")
        // One output line per input line: CR, LF and CR LF each end a line.
        let output = stages.segmenter.segmentLines(of: text, jobs: 2, pieceLength: 64)
        let expected = FuzzChecks.lineCount(scalars)
        let lines = output.isEmpty ? 0 : output.split(separator: "\n", omittingEmptySubsequences: false).count
            - (output.hasSuffix("\n") ? 1 : 0)
        #expect(lines == expected, "segment: \(lines) lines out for \(expected) in \(label)")
    }

    /// Code points the segmenter may leave out, as it leaves out white space.
    static func mayDrop(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .unassigned: return true
        default: return c.properties.isWhitespace || c.properties.isNoncharacterCodePoint
        }
    }

    /// Lines of text when LF, CR, CR LF, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR each end one
    /// (docs/cli.md); a final line end opens no further line.
    static func lineCount(_ s: [Unicode.Scalar]) -> Int {
        var count = 0, k = 0, open = false
        while k < s.count {
            if ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(s[k]) {
                if s[k] == "\r", k + 1 < s.count, s[k + 1] == "\n" { k += 1 }
                count += 1
                open = false
            } else {
                open = true
            }
            k += 1
        }
        return count + (open ? 1 : 0)
    }

    static func figures(_ text: String, _ scalars: [Unicode.Scalar], _ stages: FuzzTests.Stages, _ label: String) {
        let found = stages.figures.figures(in: text, referenceDate: CalendarDate(year: 2024, month: 11, day: 4))
        spans(found.map { ($0.start, $0.end, $0.text) }, in: scalars, stage: "figures", label)
    }

    static func entities(_ text: String, _ scalars: [Unicode.Scalar], _ stages: FuzzTests.Stages, _ label: String) {
        let mentions = stages.entities.mentions(in: text)
        spans(mentions.map { ($0.start, $0.end, $0.text) }, in: scalars, stage: "entities", label)
        for m in mentions {
            for n in m.nested ?? [] {
                #expect(n.start >= m.start && n.end <= m.end, "entities: nested mention outside its parent in \(label)")
            }
        }
    }

    /// Every letter, digit and Han character of the page is somewhere in the articles, or in a
    /// repair that says it was removed.
    static func articles(_ text: String, _ stages: FuzzTests.Stages, _ label: String) {
        let articles = stages.splitter.articles(in: text)
        var kept: [Unicode.Scalar: Int] = [:]
        for a in articles {
            let parts = [a.title, a.subtitle, a.dateline?.raw, a.byline?.raw].compactMap { $0 }
                + a.paragraphs + a.repairs.compactMap(\.removed)
            for part in parts { for c in part.unicodeScalars { kept[c, default: 0] += 1 } }
        }
        var needed: [Unicode.Scalar: Int] = [:]
        for c in text.unicodeScalars where c.properties.isAlphabetic || c.properties.numericType != nil {
            needed[c, default: 0] += 1
        }
        let lost = needed.filter { (kept[$0.key] ?? 0) < $0.value }.map { String($0.key) }.sorted()
        #expect(lost.isEmpty, "articles: lost \(lost.joined()) from \(label)")
    }
}

/// The same random mixes through the built `wenxi`, each command on a batch of files: a crash
/// fails the test (naming the input) instead of killing the test runner.
@Suite(.enabled(if: WenxiRun.available)) struct FuzzCommandLineTests {
    static let commands: [[String]] = [["segment"], ["figures"], ["entities"], ["articles"], ["keywords"]]

    @Test func randomFilesThroughEveryCommand() throws {
        let scratch = try ScratchFolder()
        var random = SplitMix64(seed: FuzzTests.seed ^ 0x5EED)
        let inputs = (0..<24).map { FuzzInput.make(using: &random, maximumPieces: $0 % 8 == 7 ? 1_500 : 100) }
            + (try FuzzTests.corpus())
        var paths: [String] = []
        for (n, text) in inputs.enumerated() where !text.isEmpty {
            paths.append(try scratch.write(String(format: "input-%03d.txt", n), Array(text.utf8)))
        }
        let out = scratch.url.appendingPathComponent("reports").path
        for command in FuzzCommandLineTests.commands + [["report", "--out", out]] {
            let run = try WenxiRun(command + paths)
            guard run.crashed || ![0, 1].contains(run.status) else { continue }
            // Find the input that crashes it, for the message.
            let culprit = try paths.first { try WenxiRun(command + [$0]).crashed }
            let text = culprit.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? "?"
            Issue.record("wenxi \(command[0]) crashed (status \(run.status)) on \(FuzzTests.quoted(text))")
        }
    }

    @Test func segmentGivesOneLinePerLineOfEveryFile() throws {
        let scratch = try ScratchFolder()
        var random = SplitMix64(seed: FuzzTests.seed ^ 0x11AE)
        for n in 0..<10 {
            let text = FuzzInput.make(using: &random).replacingOccurrences(of: "\r", with: "")
            guard !text.isEmpty, text.unicodeScalars.contains(where: { !FuzzChecks.mayDrop($0) }) else { continue }
            let path = try scratch.write("s\(n).txt", Array(text.utf8))
            let run = try WenxiRun(["segment", path])
            guard run.status == 0 else { continue }  // refused input (binary bytes) is named, not segmented
            let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).count - 1
            #expect(lines == max(1, FuzzChecks.lineCount(Array(text.unicodeScalars))), "segment lines for \(FuzzTests.quoted(text))")
        }
    }
}
