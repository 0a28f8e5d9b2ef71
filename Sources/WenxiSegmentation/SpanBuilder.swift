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

    init(segmenter: Segmenter, text: UnsafeBufferPointer<UInt32>, breaker: BreakIterator?, scratch: PathScratch = PathScratch()) {
        self.segmenter = segmenter
        self.text = text
        self.breaker = breaker
        self.scratch = scratch
        spans.reserveCapacity(text.count / 2 + 1)
    }

    /// Fills `spans`.
    mutating func run(protected: [Range<Int>]) {
        // Fixed spans: the caller's, then user words, then links, none overlapping an earlier one.
        var fixed: [(Range<Int>, Int)] = protected.map { ($0, -1) }
        fixed += segmenter.user.matches(in: text).map { ($0.0, $0.1) }
        fixed += LinkFinder.links(in: text).map { ($0, -2) }
        if segmenter.options.joinFigures {
            // Figures give way to user words, links and protected spans.
            let taken = fixed.map(\.0).sorted { $0.lowerBound < $1.lowerBound }
            var t = 0
            for figure in FigureSpans.spans(in: text, lexicon: segmenter.lexicon.storage) {
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
    }

    /// Cuts a stretch with no fixed span in it.
    private mutating func cut(_ range: Range<Int>) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let cls = CharacterClass.of(text[i])
            var j = i + 1
            switch cls {
            case .space:
                while j < end, CharacterClass.of(text[j]) == .space { j += 1 }
            case .han:
                while j < end, CharacterClass.of(text[j]) == .han { j += 1 }
                cutIdeographs(i..<j)
            default:
                while j < end {
                    let c = CharacterClass.of(text[j])
                    if c == .han || c == .space { break }
                    j += 1
                }
                cutOthers(i..<j)
            }
            i = j
        }
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
        scratch.reserve(n + 1)
        let score = scratch.score, next = scratch.next, entryAt = scratch.entryAt
        score[n] = 0
        for k in stride(from: n - 1, through: 0, by: -1) {
            var best = -logTotal + score[k + 1]
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
                    let value = record.logProbability + score[e + 1]
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
        var k = 0
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
