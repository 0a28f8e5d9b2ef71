import WenxiText

/// One figure being built: kind, value and span, before it is turned into a ``Figure``.
struct Reading: Sendable {
    var kind: Figure.Kind
    var value: FigureValue?
    var upper: FigureValue?
    var unit: String?
    var approximate: Figure.Approximation?
    var mod: Figure.Mod?
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
    /// The text as the grammar reads it (Traditional characters folded, ``FigureTraditional``; a segmented
    /// text without its word spaces, ``FigureSpacing``).
    let s: [UInt32]
    /// The text as written (without those spaces, so at the offsets of `s`), for the figures' own text.
    let original: [UInt32]
    let n: Int
    let anchor: DateAnchor
    let options: FigureExtractor.Options
    var figures: [Figure] = []
    /// End of the last figure emitted: nothing before it is looked at again.
    var lastEnd = 0

    init(_ scalars: [UInt32], original: [UInt32]? = nil, anchor: DateAnchor, options: FigureExtractor.Options) {
        s = scalars
        self.original = original ?? scalars
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
            if bits & FigureCharacters.wordStart != 0, i + 1 < n,
               FigureCharacters.bits(s[i + 1]) & FigureCharacters.wordSecond != 0, let next = matchDateWord(at: i) {
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

    /// The text from `start` to `end` as written.
    func text(_ start: Int, _ end: Int) -> String { Self.string(original, start, end) }

    /// The text from `start` to `end` as the grammar reads it (folded), for matching words.
    func scanned(_ start: Int, _ end: Int) -> String { Self.string(s, start, end) }

    static func string(_ scalars: [UInt32], _ start: Int, _ end: Int) -> String {
        UTF8Writing.string(count: max(0, end - start)) { k in Unicode.Scalar(scalars[start + k]) }
    }

    // MARK: - Emitting

    /// Words before a date or a time that make it the last day or moment counted (截至10月末, 截止到2023年底,
    /// 截至5日24时): `on_or_before`.
    /// The word stays out of the span, as a preposition does.
    static let untilWords = ["截止到", "截至到", "截至", "截止"]

    mutating func emit(_ reading: Reading) {
        var r = dayWithPart(reading) ?? reading
        guard r.start >= lastEnd, r.end > r.start else { return }
        if r.kind == .time { applyTimeBound(&r) }
        // 截至11月5日24时, 截至17时: a time, too, is the last moment counted.
        if r.kind == .date || r.kind == .time, r.mod == nil, Self.untilWords.contains(where: { before(r.start, $0) }) { r.mod = .onOrBefore }
        // A value past the range of a double (1亿亿亿…亿) is not a figure: skip its span.
        if r.value?.number?.isFinite == false || r.upper?.number?.isFinite == false {
            lastEnd = r.end
            return
        }
        if let kinds = options.kinds, !kinds.contains(r.kind) {
            lastEnd = r.end
            return
        }
        if r.kind == .time, let merged = timeOnDay(r) {
            figures[figures.count - 1] = merged
            lastEnd = r.end
            joinRange()
            return
        }
        if r.kind == .time, let day = rangeStartDay(before: r) {
            // 明天下午3点至下午8点: the second time of a range is on the first one's day.
            if let clock = r.value?.string, clock.hasPrefix("T") { r.value = .string(day + clock) }
            if let clock = r.upper?.string, clock.hasPrefix("T") { r.upper = .string(day + clock) }
        }
        if r.kind == .time, let day = anchor.date?.description {
            // A clock time with no day of its own is on the anchor's day (the dateline's, or the reference date).
            if let clock = r.value?.string, clock.hasPrefix("T") { r.value = .string(day + clock) }
            if let clock = r.upper?.string, clock.hasPrefix("T") { r.upper = .string(day + clock) }
        }
        if r.kind == .time, let joined = bareDayPartBefore(r) { r = joined }
        // 5小时30分: minutes after hours, written with 分 alone.
        if r.kind == .number, r.unit == "分", case .number(let m)? = r.value, m < 60,
           let last = figures.last, last.kind == .duration, last.value?.string?.hasSuffix("H") == true, last.end == r.start {
            r.kind = .duration
            r.unit = nil
            r.value = .string("PT\(FigureValue.number(m))M")
        }
        if let merged = toleranceAround(r) ?? weekdayBeforeBracketedDate(r) ?? weekdayOfCountedWeeks(r) {
            figures[figures.count - 1] = merged
            lastEnd = merged.end
            return
        }
        if r.kind == .duration, let merged = compoundDuration(r) {
            figures[figures.count - 1] = merged
            lastEnd = r.end
            return
        }
        figures.append(Figure(
            text: text(r.start, r.end), kind: r.kind, value: r.value, upper: r.upper, unit: r.unit,
            approximate: r.approximate, mod: r.mod, relative: r.relative, start: r.start, end: r.end))
        lastEnd = r.end
        joinRange()
    }

    /// 周五（11月8日）上午, 星期日(3月2日): a weekday with its date in brackets after it is that date, one
    /// figure over both and the brackets, with the part of the day after them (as 11月8日（周五）上午 is); nil
    /// when no weekday figure ends just before the bracket or `r` is no date of one day.
    func weekdayBeforeBracketedDate(_ r: Reading) -> Figure? {
        guard r.kind == .date, r.upper == nil, r.mod == nil, let day = r.value?.string, day.count == 10, !day.hasPrefix("X"),
              isAny(r.start - 1, "（("), isAny(r.end, "）)"), let last = figures.last, last.end == r.start - 1,
              last.kind == .date, last.upper == nil,
              FigureLexicon.weekdayWords.contains(where: { last.text.hasSuffix($0.0) }) else { return nil }
        var merged = last
        merged.value = r.value
        merged.end = r.end + 1
        if let (part, end) = dayPart(at: merged.end) {
            merged.kind = .time
            merged.value = .string(day + "T" + pad2(part.first))
            merged.upper = .string(day + "T" + pad2(part.last))
            merged.end = end
        }
        merged.text = text(merged.start, merged.end)
        return merged
    }

    /// 两周后的周五, 三周前的周一: a weekday after 的 and a count of weeks from the anchor is that day of the
    /// week so many weeks away (with 2024-11-04, 两周后的周五 → 2024-11-22), one figure keeping the weeks'
    /// `relative`; nil otherwise.
    func weekdayOfCountedWeeks(_ r: Reading) -> Figure? {
        // The weekday alone (a date), or with the part of the day after it (两周后的周五下午: a time on it).
        let said = text(r.start, r.end)
        guard r.kind == .date && r.upper == nil || r.kind == .time,
              let word = FigureLexicon.weekdayWords.first(where: { r.kind == .date ? $0.0 == said : said.hasPrefix($0.0) }),
              let day = weekday(at: r.start + word.0.unicodeScalars.count - 1), let last = figures.last, last.end + 1 == r.start,
              ch(last.end) == 0x7684, last.kind == .date, last.upper == nil, last.mod == nil, let relative = last.relative,
              relative.hasSuffix("W"), relative.hasPrefix("+P") || relative.hasPrefix("-P"),
              let weeks = Int(relative.dropFirst(2).dropLast()),
              let date = dateOf(weekday: day, weeksFromAnchor: relative.hasPrefix("-") ? -weeks : weeks) else { return nil }
        var merged = last
        merged.kind = r.kind
        merged.value = r.kind == .date ? .string(date) : r.value?.string.map { .string(date + $0.dropFirst(10)) }
        merged.upper = r.upper?.string.map { .string(date + $0.dropFirst(10)) }
        merged.end = r.end
        merged.text = text(merged.start, merged.end)
        return merged
    }

    /// 25±2℃, 25℃±2℃, 3.5±0.2%: a tolerance (`r`, read from ± as -2..2) right after the value it bounds
    /// is the range around that value (23..27 ℃), one figure; the value's unit, when it has none, is the
    /// tolerance's. Nil when no plain value of that kind stands just before the ±.
    func toleranceAround(_ r: Reading) -> Figure? {
        guard ch(r.start) == 0xB1, let last = figures.last, last.end == r.start, last.upper == nil, last.relative == nil,
              case .number(let center)? = last.value, case .number(let tolerance)? = r.upper,
              last.kind == r.kind || (last.kind == .number && last.unit == nil && r.kind == .percentage),
              last.unit == nil || last.unit == r.unit else { return nil }
        var merged = last
        merged.kind = r.kind
        merged.unit = r.unit
        merged.text = text(last.start, r.end)
        merged.end = r.end
        merged.value = .number(center - tolerance)
        merged.upper = .number(center + tolerance)
        return merged
    }

    /// Range separators that join a part of the day alone to a time after it (夜间至次日上午).
    static let dayPartRangeSeparators = ["至", "到", "——", "—", "－", "-"]

    /// A part of the day with no date of its own, joined by a range separator to `r`, a time on a day
    /// (夜间至次日上午, 傍晚到明天早上): the range from the part's first hour on the anchor's day to the
    /// end of `r`, or nil. A part alone is no figure; here the day after it dates it.
    func bareDayPartBefore(_ r: Reading) -> Reading? {
        guard let day = anchor.date?.description, let value = r.value?.string, value.count >= 13, value.prefix(10) >= day,
              let sep = Self.dayPartRangeSeparators.first(where: { before(r.start, $0) }) else { return nil }
        let k = r.start - sep.unicodeScalars.count
        guard let part = Self.dayPartHours.first(where: { before(k, $0.word) }) else { return nil }
        let start = k - part.word.unicodeScalars.count
        guard start >= lastEnd, figures.last?.end != start, !isAny(start - 1, "日号天晚早") else { return nil }
        var joined = r
        joined.start = start
        joined.value = .string(day + "T" + pad2(part.first))
        joined.upper = r.upper ?? r.value
        joined.relative = nil
        return joined
    }

    /// Words after a clock time that open it as a date's do (9时前, 晚上8点以后, 6点起), with the
    /// characters after each that make it another word instead (前往, 前来, 起床, 起飞): see ``Comparatives/dateBounds``.
    /// A bare 后 only where the clause ends (18时后，…), since it starts many words (后续, 后方).
    static let timeBounds: [(word: String, mod: Figure.Mod, blockedBefore: String)] = [
        ("以前", .before, ""), ("之前", .before, ""), ("前", .before, "往来进行夕后面排列"),
        ("以后", .after, ""), ("之后", .after, ""), ("过后", .after, ""), ("起", .onOrAfter, "床飞航跑来步身诉草义始"),
    ]

    /// Takes a bound word after a time (one value, no range) into its span as its `mod`.
    func applyTimeBound(_ r: inout Reading) {
        guard r.mod == nil, r.upper == nil else { return }
        for bound in Self.timeBounds where at(r.end, bound.word) {
            let end = r.end + bound.word.unicodeScalars.count
            if isAny(end, bound.blockedBefore) || NumeralParser.startsNumber(s, at: end) { return }
            r.mod = bound.mod
            r.end = end
            return
        }
        if ch(r.end) == 0x540E, !FigureCharacters.isHan(ch(r.end + 1)), !NumeralParser.startsNumber(s, at: r.end + 1) {   // 后
            r.mod = .after
            r.end += 1
        }
    }

    /// A clock time right after a date with its day (2024年11月4日15时, 明天上午10点, 今晚8点): one time
    /// figure on that day ("2024-11-04T15:00"); evening words (今晚, 昨夜) put a bare hour in the evening.
    func timeOnDay(_ r: Reading) -> Figure? {
        guard let last = figures.last, last.kind == .date, let day = last.value?.string, day.count == 10,
              !day.hasPrefix("X"), let clock = r.value?.string, clock.hasPrefix("T") else { return nil }
        guard last.end == r.start || (last.end == r.start - 1 && isAny(r.start - 1, "的 ")) else { return nil }
        // The time's own part of the day (上午, 下午) wins: the evening shift applies to a bare hour only.
        let evening = (last.text.hasSuffix("晚") || last.text.hasSuffix("夜")) && NumeralParser.startsNumber(s, at: r.start)
        func onDay(_ t: String) -> String {
            guard evening, let hour = Int(t.dropFirst().prefix(2)), hour < 12 else { return day + t }
            return day + "T" + pad2(hour + 12) + String(t.dropFirst(3))
        }
        var upper: FigureValue?
        if let u = r.upper?.string, u.hasPrefix("T") { upper = .string(onDay(u)) }
        return Figure(text: text(last.start, r.end), kind: .time, value: .string(onDay(clock)), upper: upper,
                      approximate: r.approximate, mod: r.mod ?? (last.mod == .onOrBefore ? last.mod : nil),   // 截至5日24时
                      relative: last.relative, start: last.start, end: r.end)
    }

    /// The day of the time figure that a range separator joins to `r` (a time with no day of its own), or nil.
    func rangeStartDay(before r: Reading) -> String? {
        guard let last = figures.last, last.kind == .time, let clock = r.value?.string, clock.hasPrefix("T"),
              let value = last.value?.string, value.count > 10, !value.hasPrefix("T"), !value.hasPrefix("X"),
              separatorEnd(after: last.end) == r.start else { return nil }
        return String(value.prefix(10))
    }

    /// Two dates (or two times on days) joined by a range separator (2019年至2023年, 前年11月到去年3月,
    /// 12月9日零时至12月16日24时, 09-01 20:01 至 12-01 18:07): one figure from the first to the second, when the second is no earlier.
    func range(_ a: Figure, _ b: Figure) -> Figure? {
        // A time may span hours already (前天中午到明天晚上: from the first hour of noon).
        // A period (9月下旬至10月上旬) may start a range too when the second begins after it ends.
        guard b.kind == .date || b.kind == .time, a.kind == b.kind, a.upper == nil || a.kind == .time || periodPrecedes(a, b),
              let first = a.value?.string, let second = (b.upper ?? b.value)?.string,
              !first.contains("X"), !second.contains("X"), !first.hasPrefix("T"), !second.hasPrefix("T"),
              b.start > a.end, separatorEnd(after: a.end) == b.start else { return nil }
        guard Self.noEarlier(second, than: first) else { return nil }
        var merged = a
        merged.text = text(a.start, b.end)
        merged.end = b.end
        merged.upper = b.kind == .time && b.upper == nil ? Self.clockRangeEnd(.string(second)) : .string(second)
        // 自2024年1月1日起至12月31日止: 起 opens the range and 止 closes it; a closed range has no open end.
        merged.mod = b.mod ?? (a.mod == .onOrAfter ? nil : a.mod)
        if ch(b.end) == 0x6B62 { merged.end = b.end + 1; merged.text = text(a.start, b.end + 1) }   // 止
        return merged
    }

    /// Whether the date period `a` (it has an upper end) ends no later than the date `b` begins,
    /// both written to the same precision at least as far as they share it (9月下旬 … 10月上旬).
    func periodPrecedes(_ a: Figure, _ b: Figure) -> Bool {
        guard a.kind == .date, a.mod == nil, let end = a.upper?.string, let start = b.value?.string,
              !end.contains("X"), !start.contains("X"), !end.contains("Q"), !start.contains("Q"),
              !end.contains("W"), !start.contains("W") else { return false }
        return Self.noEarlier(start, than: end)
    }

    /// Whether the date value `later` is no earlier than `earlier`, compared as far as both are
    /// written ("2024-10" against "2024-09-30": months): ISO values sort as text.
    static func noEarlier(_ later: String, than earlier: String) -> Bool {
        let common = min(later.count, earlier.count)
        return later.prefix(common) >= earlier.prefix(common)
    }

    /// The end of a range separator at `j` with at most one space on each side (至, " 至 ", " - "), or nil.
    func separatorEnd(after j: Int) -> Int? {
        let k = ch(j) == 0x20 ? j + 1 : j
        guard let e = atAny(k, Self.rangeSeparators) else { return nil }
        return ch(e) == 0x20 ? e + 1 : e
    }

    /// The upper end of a range of clock times is the moment it names: a whole hour (3点至8点, 零时至24时)
    /// ends the range as that hour starts ("T20:00:00"), where "T20", the hour, would run it to 20:59.
    /// A minute (至4:30) keeps its minute; a part of the day (至明天晚上) its last hour.
    static func clockRangeEnd(_ value: FigureValue?) -> FigureValue? {
        guard let v = value?.string, let t = v.firstIndex(of: "T"), v.distance(from: t, to: v.endIndex) == 3 else { return value }
        return .string(v + ":00:00")
    }

    /// Designators of ISO 8601 durations from the largest unit to the smallest.
    static let durationOrder = ["Y", "M", "W", "D", "TH", "TM", "TS"]

    /// Seconds in each unit of ``durationOrder`` (a year of twelve months of 30 days): a compound's second
    /// part counts less than one of the first's unit (四年六个月, 36天5小时), else it says how many the first
    /// holds (一天24小时, 一周七天: two figures).
    static let unitSeconds: [Double] = [360 * 86400, 30 * 86400, 7 * 86400, 86400, 3600, 60, 1]

    /// The amount and designator of a one-unit ISO duration ("P4Y" → 4, "Y"; "PT30M" → 30, "TM").
    static func durationParts(_ iso: String) -> (amount: String, designator: String)? {
        guard iso.hasPrefix("P"), let last = iso.last, "YMWDHS".contains(last) else { return nil }
        let time = iso.hasPrefix("PT")
        let amount = iso.dropFirst(time ? 2 : 1).dropLast()
        guard !amount.isEmpty, amount.allSatisfy({ $0.isNumber || $0 == "." }) else { return nil }
        return (String(amount), (time ? "T" : "") + String(last))
    }

    /// A duration right after another of a larger unit (四年六个月, 27分钟7秒, 1年零3个月, 36天5小时30分):
    /// one figure with both parts ("P4Y6M", "PT27M7S", "P36DT5H"), when the second counts less than one of
    /// the first's unit (``unitSeconds``).
    func compoundDuration(_ r: Reading) -> Figure? {
        guard let last = figures.last, last.kind == .duration, last.upper == nil, r.upper == nil, r.relative == nil,
              last.approximate == nil, let head = last.value?.string, let tail = r.value?.string,
              last.end == r.start || (last.end == r.start - 1 && isAny(last.end, "零又")),
              let b = Self.durationParts(tail), let letter = head.last,
              let i = Self.durationOrder.firstIndex(of: (head.contains("T") ? "T" : "") + String(letter)),
              let j = Self.durationOrder.firstIndex(of: b.designator), j > i,
              let amount = Double(b.amount), amount < Self.unitSeconds[i] / Self.unitSeconds[j]
        else { return nil }
        let joined = b.designator.hasPrefix("T") && !head.contains("T") ? head + "T" + b.amount + b.designator.dropFirst()
            : head + b.amount + b.designator.suffix(1)
        var merged = last
        merged.text = text(last.start, r.end)
        merged.end = r.end
        merged.value = .string(joined)
        merged.approximate = r.approximate
        return merged
    }

    /// Joins the last two figures when they form a date or time range.
    mutating func joinRange() {
        guard figures.count >= 2, let merged = range(figures[figures.count - 2], figures[figures.count - 1])
                ?? boundedPair(figures[figures.count - 2], figures[figures.count - 1]) else { return }
        figures.removeLast()
        figures[figures.count - 1] = merged
        lastEnd = max(lastEnd, merged.end)
    }

    /// A lower bound and an upper bound of the same kind and unit, next to each other or across a comma
    /// (3年以上7年以下, 3万元以上、5万元以下): one range from the first to the second, both ends included.
    func boundedPair(_ a: Figure, _ b: Figure) -> Figure? {
        guard a.mod == .equalOrMore, b.mod == .equalOrLess, a.kind == b.kind, a.unit == b.unit,
              a.upper == nil, b.upper == nil, a.text.hasSuffix("以上"), b.text.hasSuffix("以下"),
              b.start == a.end || (b.start == a.end + 1 && isAny(a.end, ",，、")) else { return nil }
        if case .number(let x)? = a.value, case .number(let y)? = b.value, x > y { return nil }
        if let x = a.value?.string, let y = b.value?.string, let p = Self.durationParts(x), let q = Self.durationParts(y),
           p.designator == q.designator, (Double(p.amount) ?? 0) > (Double(q.amount) ?? 0) { return nil }
        var merged = a
        merged.text = text(a.start, b.end)
        merged.end = b.end
        merged.upper = b.value
        merged.approximate = nil
        merged.mod = nil
        return merged
    }

    // MARK: - Words before a number

    /// Words ending at `i` that bear on the number starting there, longest first; an approximation before a
    /// currency word bears on the amount after both (约合人民币300万元, 超过人民币5亿元).
    func prefixes(endingAt i: Int) -> [Prefix] {
        let found = matchedPrefixes(endingAt: i)
        guard let currency = found.first(where: { if case .currency = $0.kind { return true } else { return false } }),
              !found.contains(where: { if case .approximate = $0.kind { return true } else { return false } }) else { return found }
        return found + matchedPrefixes(endingAt: currency.start).filter { if case .approximate = $0.kind { return true } else { return false } }
    }

    /// 过 and 破 say "past" a round figure (年营收过亿, 人数过百, 票房破10亿, 粉丝破百万): only before a bare
    /// magnitude or a number ending in 万 or 亿, since before other counts they are verbs (破3项纪录,
    /// 过两天 is ``afterLead``'s), and not where a fixed word starts on the numeral (破万顷波涛).
    func passesMagnitude(at i: Int) -> Bool {
        guard let num = NumeralParser.parse(s, at: i),
              num.bareMultiplier ? num.trailingExponent >= 2 : num.trailingBigExponent >= 4 else { return false }
        return FixedWords.coverEnd(in: s, at: i, floor: i) <= num.end
    }

    /// The words of ``FigureLexicon/prefixes`` ending at `i`, longest first.
    func matchedPrefixes(endingAt i: Int) -> [Prefix] {
        var found: [(PrefixKind, Int)] = []
        // A space between the word and the number (新台币 177.1 亿元) is skipped.
        let spaced = i - 1 >= lastEnd && ch(i - 1) == 0x20 && FigureCharacters.isArabic(ch(i)) ? 1 : 0
        let i = i - spaced
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
            // USD 500, RMB 2999: a currency code is no code inside a longer Latin word (XUSD 5).
            if case .currencySymbol = kind, FigureCharacters.isLatin(s[start]) { return !FigureCharacters.isLatin(ch(start - 1)) }
            guard i - start == 1 else { return true }
            switch s[start] {
            case 0x8FD1: return !isAny(start - 1, "附最靠亲临邻就远贴逼接将")   // 近
            case 0x7EA6:                                                      // 约 (not 节约, 失约; but 损失约)
                if ch(start - 1) == 0x5931 && isAny(start - 2, "损流丢缺") { return true }
                return !isAny(start - 1, "预节制条签公特合邀违履相和践婚盟誓立毁解失如隐简契租赴协")
            case 0x8D85: return !isAny(start - 1, "赶高出入")                  // 超
            case 0x524D: return !isAny(start - 1, "目提此之以空向当门跟面眼日年")  // 前
            case 0x4E0A: return !isAny(start - 1, "以之线网马早晚向路会街")      // 上
            case 0x5934: return opensClause(at: start)                         // 头 opening a clause (not 镜头, 开头)
            case 0x665A, 0x65E9: return true                                  // 晚, 早: checked by the time reading
            case 0x8D1F: return !isAny(start - 1, "胜正抱担欺自辜肩承身背")       // 负 (not 胜负, 担负)
            case 0x8FC7, 0x7834: return passesMagnitude(at: i) && !isAny(start - 1, "超不经通度跳越突打")   // 过, 破
            default: return true
            }
        }
    }
}
