import Foundation
import WenxiText

/// Cuts one folded text into token spans (the steps 1–3 of ``Segmenter``).
struct SpanBuilder {
    let segmenter: Segmenter
    let text: UnsafeBufferPointer<UInt32>
    let breaker: BreakIterator?
    var spans: [TokenSpan] = []

    /// Buffers of the lexicon path, kept by the session between calls.
    let scratch: PathScratch
    /// ``classTable``, fetched once per builder.
    let classes: UnsafeBufferPointer<CharacterClass>
    /// The text's fixed-span candidates: given to reuse another pass's, else found by ``run(protected:)``.
    var candidates: FixedCandidates?
    /// An earlier pass over the same text, whose runs are copied where this pass cuts the same run.
    var reuse: Segmentation?
    private var reuseAt = 0
    /// Whether to keep ``runs`` and ``raw`` for a later pass.
    var record = false
    /// Every run cut, in order, with its spans' range in ``raw``.
    var runs: [Segmentation.Run] = []
    /// The spans before ``keepGraphemesWhole()`` joins any (what runs were cut into).
    var raw: [TokenSpan] = []

    init(segmenter: Segmenter, text: UnsafeBufferPointer<UInt32>, breaker: BreakIterator?, scratch: PathScratch = PathScratch()) {
        self.segmenter = segmenter
        self.text = text
        self.breaker = breaker
        self.scratch = scratch
        self.classes = SpanBuilder.classTable
        spans.reserveCapacity(text.count / 2 + 1)
    }

    /// Fills `spans`.
    mutating func run(protected: [Range<Int>]) {
        // Fixed spans: the caller's, then user words, then links, none overlapping an earlier one.
        let found = candidates ?? FixedCandidates(
            user: segmenter.user.matches(in: text), links: LinkFinder.links(in: text),
            figures: segmenter.options.joinFigures ? FigureSpans.spans(in: text, lexicon: segmenter.lexicon.storage) : [])
        candidates = found
        var fixed: [(Range<Int>, Int)] = protected.map { ($0, -1) }
        fixed += found.user.map { ($0.0, $0.1) }
        fixed += found.links.map { ($0, -2) }
        if segmenter.options.joinFigures {
            // Figures give way to user words, links and protected spans.
            let taken = fixed.map(\.0).sorted { $0.lowerBound < $1.lowerBound }
            var t = 0
            for figure in found.figures {
                while t < taken.count, taken[t].upperBound <= figure.lowerBound { t += 1 }
                if t < taken.count, taken[t].overlaps(figure) { continue }
                fixed.append((figure, -3))
            }
        }
        fixed.sort { $0.0.lowerBound < $1.0.lowerBound || ($0.0.lowerBound == $1.0.lowerBound && $0.0.count > $1.0.count) }
        var position = 0
        for (range, source) in fixed where range.lowerBound >= position && range.upperBound <= text.count && !range.isEmpty {
            cut(position..<range.lowerBound)
            switch source {
            case -2: spans.append(TokenSpan(range.lowerBound, range.upperBound, .link))
            case -3:
                let dashes = text[range.lowerBound] == 0x2014 || text[range.lowerBound] == 0x2026
                spans.append(TokenSpan(range.lowerBound, range.upperBound, dashes ? .punctuation : .number))
            case -1: spans.append(TokenSpan(range.lowerBound, range.upperBound, .word))
            default: spans.append(TokenSpan(range.lowerBound, range.upperBound, .word, userWord: source))
            }
            position = range.upperBound
        }
        cut(position..<text.count)
        if record { raw = spans }
        keepGraphemesWhole()
    }

    /// Joins a span to the one before it where the boundary between them falls inside a grapheme
    /// cluster: a combining mark after its base, a flag's two regional indicators, an emoji with
    /// its modifier or ZWJ sequence.
    ///
    /// - Complexity: O(*n*); only boundaries before a non-ASCII mark or symbol, or after a ZWJ, are
    ///   checked against Swift's grapheme breaking.
    private mutating func keepGraphemesWhole() {
        guard spans.count > 1 else { return }
        var first = 1
        let text = self.text
        while first < spans.count, !SpanBuilder.cutsCluster(spans[first - 1], spans[first], text) { first += 1 }
        guard first < spans.count else { return }
        var w = first - 1
        for r in first..<spans.count {
            let span = spans[r]
            if SpanBuilder.cutsCluster(spans[w], span, text) {
                spans[w].end = span.end
                spans[w].lexiconEntry = -1
                spans[w].userWord = -1
                if spans[w].kind == .punctuation { spans[w].kind = .symbol }
            } else {
                w += 1
                spans[w] = span
            }
        }
        spans.removeLast(spans.count - w - 1)
    }

    /// Whether the boundary between adjacent spans `a` and `b` of `text` falls inside a grapheme cluster.
    @inline(__always)
    private static func cutsCluster(_ a: TokenSpan, _ b: TokenSpan, _ text: UnsafeBufferPointer<UInt32>) -> Bool {
        let p = Int(b.start)
        guard a.end == b.start, SpanBuilder.mayContinueCluster(text[p]) || text[p - 1] == 0x200D else { return false }
        return !SpanBuilder.isGraphemeBoundary(text, at: p, from: max(Int(a.start), p - 32))
    }

    /// Whether `c` may continue the cluster before it (a cheap filter: no ASCII, no ideograph).
    @inline(__always) static func mayContinueCluster(_ c: UInt32) -> Bool {
        c >= 0x300 && !(0x3400...0x9FFF).contains(c) && !(0x3000...0x303F).contains(c) && !(0xFF00...0xFFEF).contains(c)
            && CharacterClass.of(c) == .other
    }

    /// Whether a grapheme cluster boundary falls before `text[p]`, reading from `lo` (a boundary).
    static func isGraphemeBoundary(_ text: UnsafeBufferPointer<UInt32>, at p: Int, from lo: Int) -> Bool {
        var view = String.UnicodeScalarView()
        for k in lo..<min(text.count, p + 1) {
            guard let scalar = Unicode.Scalar(text[k]) else { return true }
            view.append(scalar)
        }
        var count = 0
        for character in String(view) {
            if count == p - lo { return true }
            count += character.unicodeScalars.count
            if count > p - lo { return false }
        }
        return count == p - lo
    }

    /// Cuts a stretch with no fixed span in it.
    private mutating func cut(_ range: Range<Int>) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let cls = characterClass(text[i])
            var j = i + 1
            switch cls {
            case .space:
                while j < end, characterClass(text[j]) == .space { j += 1 }
            case .han:
                while j < end, characterClass(text[j]) == .han { j += 1 }
                cutRun(i..<j, ideographs: true)
            default:
                while j < end {
                    let c = characterClass(text[j])
                    if c == .han || c == .space { break }
                    j += 1
                }
                cutRun(i..<j, ideographs: false)
            }
            i = j
        }
    }

    /// Cuts one run of ideographs or of other characters, or copies the earlier pass's spans of
    /// the very same run: a run's spans depend on its characters and offsets only.
    private mutating func cutRun(_ run: Range<Int>, ideographs: Bool) {
        let first = spans.count
        if let reuse {
            while reuseAt < reuse.runs.count, reuse.runs[reuseAt].start < run.lowerBound { reuseAt += 1 }
            if reuseAt < reuse.runs.count, reuse.runs[reuseAt].start == run.lowerBound, reuse.runs[reuseAt].end == run.upperBound {
                spans.append(contentsOf: reuse.raw[reuse.runs[reuseAt].spans])
            } else if ideographs { cutIdeographs(run) } else { cutOthers(run) }
        } else if ideographs { cutIdeographs(run) } else { cutOthers(run) }
        if record { runs.append(Segmentation.Run(start: run.lowerBound, end: run.upperBound, spans: first..<spans.count)) }
    }

    /// ``CharacterClass/of(_:)`` for every Basic Multilingual Plane code point, computed once
    /// and kept for the life of the process.
    nonisolated(unsafe) static let classTable: UnsafeBufferPointer<CharacterClass> = {
        let table = UnsafeMutableBufferPointer<CharacterClass>.allocate(capacity: 0x10000)
        for c in 0..<0x10000 { table[c] = CharacterClass.of(UInt32(c)) }
        return UnsafeBufferPointer(table)
    }()

    /// The class of `c`, from the table where it is in the Basic Multilingual Plane.
    @inline(__always) func characterClass(_ c: UInt32) -> CharacterClass {
        c < 0x10000 ? classes[Int(c)] : CharacterClass.of(c)
    }

    /// Breaks a stretch of numbers, letters, punctuation and symbols with ICU.
    private mutating func cutOthers(_ range: Range<Int>) {
        if range.count == 1 {
            spans.append(TokenSpan(range.lowerBound, range.upperBound, SpanBuilder.kind(ofSingle: text[range.lowerBound])))
            return
        }
        guard let breaker else {
            for i in range { spans.append(TokenSpan(i, i + 1, SpanBuilder.kind(ofSingle: text[i]))) }
            return
        }
        var units: [UInt16] = []
        var unitToScalar: [Int] = []
        units.reserveCapacity(range.count)
        for i in range {
            let c = text[i]
            if c < 0x10000 {
                units.append(UInt16(c))
                unitToScalar.append(i)
            } else if let scalar = Unicode.Scalar(c) {
                for unit in String(scalar).utf16 {
                    units.append(unit)
                    unitToScalar.append(i)
                }
            }
        }
        unitToScalar.append(range.upperBound)
        for segment in breaker.segments(of: units) {
            let start = unitToScalar[segment.start], stop = unitToScalar[segment.end]
            guard start < stop else { continue }
            if CharacterClass.of(text[start]) == .space { continue }
            let kind: Token.Kind
            switch segment.status {
            case 100..<200: kind = .number
            case 200..<300: kind = .latin
            default: kind = stop - start == 1 ? SpanBuilder.kind(ofSingle: text[start]) : .symbol
            }
            if kind == .symbol || kind == .punctuation, stop - start > 1 {
                for k in start..<stop { spans.append(TokenSpan(k, k + 1, SpanBuilder.kind(ofSingle: text[k]))) }
            } else {
                spans.append(TokenSpan(start, stop, kind))
            }
        }
    }

    static func kind(ofSingle c: UInt32) -> Token.Kind {
        switch CharacterClass.of(c) {
        case .digit: return .number
        case .letter: return .latin
        case .punctuation: return .punctuation
        case .han: return .word
        default: return .symbol
        }
    }

    /// Cuts an ideographic stretch by the lexicon's most probable path, then the HMM.
    ///
    /// - Complexity: O(*n* · *m*), *m* the longest lexicon word.
    private mutating func cutIdeographs(_ range: Range<Int>) {
        let storage = segmenter.lexicon.storage
        let n = range.count
        let base = range.lowerBound
        let logTotal = Float(log(storage.totalFrequency))
        let records = storage.records
        let maxLength = storage.maximumWordLength
        let single = segmenter.tokenBonus, bonus = segmenter.tokenBonus + segmenter.wordBonus
        scratch.reserve(n + 1)
        let score = scratch.score, next = scratch.next, entryAt = scratch.entryAt
        score[n] = 0
        var k = n - 1
        while k >= 0 {
            defer { k -= 1 }
            var best = -logTotal + score[k + 1] + single
            var bestEnd = k + 1
            var bestEntry: Int32 = -1
            var hash = Lexicon.Storage.basis
            var e = k
            let limit = min(n, k + maxLength)
            while e < limit {
                hash = Lexicon.Storage.step(hash, text[base + e])
                guard let index = storage.find(text, base + k, base + e + 1, hash: hash) else { break }
                let record = records[index]
                if record.frequency > 0 {
                    // Ties go to the longer word, as in jieba.
                    let value = record.logProbability + score[e + 1] + (e > k ? bonus : single)
                    if value >= best {
                        best = value
                        bestEnd = e + 1
                        bestEntry = Int32(index)
                    }
                }
                e += 1
            }
            score[k] = best
            next[k] = Int32(bestEnd)
            entryAt[k] = bestEntry
        }
        // Walk the path; hand runs of lone characters to the HMM.
        k = 0
        var loneStart = -1
        while k < n {
            let e = Int(next[k])
            if e - k == 1 {
                if loneStart < 0 { loneStart = k }
            } else {
                if loneStart >= 0 { flushLone(base + loneStart, base + k) }
                loneStart = -1
                spans.append(TokenSpan(base + k, base + e, .word, lexiconEntry: Int(entryAt[k])))
            }
            k = e
        }
        if loneStart >= 0 { flushLone(base + loneStart, base + n) }
    }

    /// Emits a run of characters the lexicon path left alone.
    private mutating func flushLone(_ start: Int, _ end: Int) {
        let storage = segmenter.lexicon.storage
        let text = self.text
        let single = { (i: Int) -> Int in storage.find(text, i, i + 1) ?? -1 }
        if end - start == 1 || !segmenter.options.discoverWords {
            for i in start..<end { spans.append(TokenSpan(i, i + 1, .word, lexiconEntry: single(i))) }
            return
        }
        if let whole = storage.find(text, start, end), storage.frequency(whole) > 0 {
            for i in start..<end { spans.append(TokenSpan(i, i + 1, .word, lexiconEntry: single(i))) }
            return
        }
        var from = start
        for stop in storage.hmm.cut(text, start..<end) {
            let entry = stop - from == 1 ? single(from) : -1
            spans.append(TokenSpan(from, stop, .word, lexiconEntry: entry))
            from = stop
        }
    }
}

/// The lexicon path's working arrays, reused from one ideographic stretch to the next so that
/// the hot loop allocates nothing.
final class PathScratch {
    private(set) var score = UnsafeMutableBufferPointer<Float>.allocate(capacity: 256)
    private(set) var next = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 256)
    private(set) var entryAt = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 256)

    /// Makes room for `count` positions.
    func reserve(_ count: Int) {
        guard count > score.count else { return }
        let capacity = max(count, score.count * 2)
        score.deallocate(); next.deallocate(); entryAt.deallocate()
        score = .allocate(capacity: capacity)
        next = .allocate(capacity: capacity)
        entryAt = .allocate(capacity: capacity)
    }

    deinit {
        score.deallocate()
        next.deallocate()
        entryAt.deallocate()
    }
}
