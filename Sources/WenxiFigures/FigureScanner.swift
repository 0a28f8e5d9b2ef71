/// One figure being built: kind, value and span, before it is turned into a ``Figure``.
struct Reading: Sendable {
    var kind: Figure.Kind
    var value: FigureValue?
    var upper: FigureValue?
    var unit: String?
    var approximate: Figure.Approximation?
    var relative: String?
    var start: Int
    var end: Int
    /// A unit or measure word followed the number.
    var hasUnit = false
    /// The unit the figure was read with, for ranges (3至5年 reads 3 with 年).
    var unitInfo: UnitInfo?
    /// Year, month and day of a date reading, for ranges that leave them out (11月4日至6日).
    var year: Int?
    var month: Int?
    var day: Int?
    /// Not a figure by itself (a bare small Chinese numeral, 一 before a classifier), but
    /// still the first half of a range (三至五年) or a span to skip (十八大).
    var weak = false
}

/// The single left-to-right pass that finds figures in an array of scalars.
///
/// At every position it tries, in order: a date word (去年, 近日, 上半年), then a number
/// (with the words before it, its unit and what follows). A candidate that turns out
/// not to be a figure is skipped whole, so the pass is linear in the text.
struct FigureScanner {
    let s: [UInt32]
    let n: Int
    let anchor: DateAnchor
    let options: FigureExtractor.Options
    var figures: [Figure] = []
    /// End of the last figure emitted: nothing before it is looked at again.
    var lastEnd = 0

    init(_ scalars: [UInt32], anchor: DateAnchor, options: FigureExtractor.Options) {
        s = scalars
        n = scalars.count
        self.anchor = anchor
        self.options = options
    }

    /// Runs the pass and returns the figures in order of position.
    ///
    /// - Complexity: O(*n*) in the number of scalars.
    mutating func scan() -> [Figure] {
        var i = 0
        while i < n {
            let bits = FigureCharacters.bits(s[i])
            if bits == 0 { i += 1; continue }
            if bits & FigureCharacters.wordStart != 0, let next = matchDateWord(at: i) {
                i = next
                continue
            }
            if NumeralParser.startsNumber(s, at: i) {
                i = max(i + 1, matchNumber(at: i))
                continue
            }
            i += 1
        }
        return figures
    }

    // MARK: - Text helpers

    /// The scalar at `j`, or 0 outside the text.
    @inline(__always) func ch(_ j: Int) -> UInt32 { j >= 0 && j < n ? s[j] : 0 }

    /// True if `word` is written at `j`.
    func at(_ j: Int, _ word: String) -> Bool {
        var k = j
        for scalar in word.unicodeScalars {
            if k >= n || k < 0 || s[k] != scalar.value { return false }
            k += 1
        }
        return true
    }

    /// The first of `words` written at `j`, as its end offset.
    func atAny(_ j: Int, _ words: [String]) -> Int? {
        for word in words where at(j, word) { return j + word.unicodeScalars.count }
        return nil
    }

    /// True if `word` ends just before `j`.
    func before(_ j: Int, _ word: String) -> Bool {
        let len = word.unicodeScalars.count
        return j - len >= 0 && at(j - len, word)
    }

    /// True if the scalar at `j` is one of `chars`.
    func isAny(_ j: Int, _ chars: String) -> Bool {
        let c = ch(j)
        return c != 0 && chars.unicodeScalars.contains { $0.value == c }
    }

    func text(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        for k in start..<end { if let scalar = Unicode.Scalar(s[k]) { view.append(scalar) } }
        return String(view)
    }

    // MARK: - Emitting

    mutating func emit(_ r: Reading) {
        guard r.start >= lastEnd, r.end > r.start else { return }
        if let kinds = options.kinds, !kinds.contains(r.kind) {
            lastEnd = r.end
            return
        }
        figures.append(Figure(
            text: text(r.start, r.end), kind: r.kind, value: r.value, upper: r.upper, unit: r.unit,
            approximate: r.approximate, relative: r.relative, start: r.start, end: r.end))
        lastEnd = r.end
    }

    // MARK: - Words before a number

    /// Words ending at `i` that bear on the number starting there, longest first.
    func prefixes(endingAt i: Int) -> [(kind: PrefixKind, start: Int)] {
        var found: [(PrefixKind, Int)] = []
        var j = i - 1
        var reversed: [UInt32] = []
        while j >= lastEnd && i - j <= 4 {
            reversed.append(s[j])
            j -= 1
        }
        FigureLexicon.prefixes.forEachMatch(in: reversed, at: 0) { kind, length in
            found.append((kind, i - length))
        }
        // Block the one-character approximations where they end another word (附近, 节约, 赶超).
        return found.reversed().filter { kind, start in
            guard i - start == 1 else { return true }
            switch s[start] {
            case 0x8FD1: return !isAny(start - 1, "附最靠亲临邻就远贴逼接将")   // 近
            case 0x7EA6: return !isAny(start - 1, "预节制条签公特合邀违履相和践婚盟誓立毁解失如隐简契租赴协")  // 约
            case 0x8D85: return !isAny(start - 1, "赶高出入")                  // 超
            case 0x524D: return !isAny(start - 1, "目提此之以空向当门跟面眼日年")  // 前
            case 0x4E0A: return !isAny(start - 1, "以之线网马早晚向路会街")      // 上
            case 0x665A, 0x65E9: return true                                  // 晚, 早: checked by the time reading
            default: return true
            }
        }
    }
}
