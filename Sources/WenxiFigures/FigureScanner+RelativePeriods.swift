import WenxiText

/// Periods that end or start at the anchor: 过去三年, 近五年来, 三个多月以来, 未来十天, 今后5年.
extension FigureScanner {
    /// Words before a duration that make it a period from the anchor, with its direction (-1: the
    /// period ends at the anchor, +1: it starts there). Longest first.
    static let periodLeads: [(String, Int)] = [
        ("过去的", -1), ("过去", -1), ("最近", -1), ("未来的", 1), ("未来", 1), ("今后", 1),
    ]
    /// Words after a duration that make it a period ending at the anchor (三年来, 三个多月以来).
    static let periodTails = ["以来", "来"]

    /// Turns a duration of years, months, weeks or days into the period of that length that begins
    /// or ends on the anchor's day, as days, the anchor's day its first or last (过去三年 with
    /// 2024-11-04 → "2021-11-05".."2024-11-04"; 未来7天 → "2024-11-04".."2024-11-10"). 近 counts only
    /// with 来 after it (近五年来), since 近30天 alone is as often "nearly 30 days".
    /// Needs an anchor with its day; otherwise the duration stays. Hours that make whole days (未来48小时)
    /// are that many days ("+PT48H" in `relative`); other hours and minutes (过去三小时, 最近10分钟) stay
    /// durations of their length, with the lead in the span and the signed length in `relative`.
    func relativePeriod(_ r: inout Reading, amount: Double, designator: String, numberStart: Int) {
        guard r.kind == .duration, r.upper == nil else { return }
        let days = Self.wholeDays(amount, designator)
        let clock = designator.hasPrefix("T") && days == nil
        guard clock || anchor.date != nil else { return }
        let lead = Self.periodLeads.first { before(r.start, $0.0) } ?? clauseLead(r, amount: amount, designator: designator, numberStart: numberStart)
        // 未来5年内, 过去三天以内: the bound is the period's own end, not a second bound on it.
        if lead != nil, r.mod == .equalOrLess, ch(r.end - 1) == 0x5185 {       // 内
            r.mod = nil
            if r.approximate == .less { r.approximate = nil }
        }
        var tail = periodTail(at: r.end)
        let nearly = r.start < numberStart && ch(r.start) == 0x8FD1    // 近
        if lead == nil, tail == nil, nearly, !clock, nearlyOpensPeriod(r) { tail = "" }
        guard lead != nil || tail != nil else { return }
        if lead == nil && r.start < numberStart && !nearly { return }
        let direction = lead?.1 ?? -1
        if tail != nil && direction > 0 { return }
        let relative = (direction < 0 ? "-" : "+") + (r.value?.string ?? "")
        // 过去三小时: the hour now is unknown, so the period stays its length, placed by `relative`.
        if clock {
            extendPeriodSpan(&r, lead: lead?.0, tail: tail, nearly: nearly)
            r.relative = relative
            return
        }
        // The anchor's day is one of the period's days: its far end is one day short of P away.
        guard let day = anchor.date,
              let far = Self.periodEnd(days ?? amount, days == nil ? designator : "D", from: day, direction)?.adding(days: -direction) else { return }
        extendPeriodSpan(&r, lead: lead?.0, tail: tail, nearly: nearly)
        r.kind = .date
        r.relative = relative
        r.value = .string((direction < 0 ? far : day).description)
        r.upper = .string((direction < 0 ? day : far).description)
    }

    /// Characters after a duration that end the phrase 近 opens as a period: a clause break (近三年，…)
    /// or a word of "within" (在近五年里, 近两年间).
    static let nearlyPeriodEnds = "，,；;：:"
    static let nearlyPeriodWithin = "里中间"

    /// 近 opening a clause before years, months, weeks or days that end it (近三年，全市…; 近30天，…) or
    /// are a time within which something happens (在近五年里) is the period up to the anchor, as 近三年来
    /// is; inside a clause (持续近30天, 用了近两年时间) it stays "nearly".
    func nearlyOpensPeriod(_ r: Reading) -> Bool {
        guard let v = r.value?.string, let unit = v.last, "YMWD".contains(unit), !v.hasPrefix("PT") else { return false }
        if opensClause(at: r.start), isAny(r.end, Self.nearlyPeriodEnds) { return true }
        return (opensClause(at: r.start) || before(r.start, "在")) && isAny(r.end, Self.nearlyPeriodWithin)
    }

    /// The ``periodTails`` word at `end`, or nil (来 not where it starts another word: 来源, 来自, 来看, 来说, 来的).
    func periodTail(at end: Int) -> String? {
        Self.periodTails.first { at(end, $0) && !(($0 == "来") && isAny(end + 1, "源自看说的")) }
    }

    /// Takes a period's lead (过去) and tail (以来) words into its span; 近 before a period with 来 is
    /// no approximation (近五年来 is the five years).
    func extendPeriodSpan(_ r: inout Reading, lead: String?, tail: String?, nearly: Bool) {
        if let lead { r.start -= lead.unicodeScalars.count }
        if let tail { r.end += tail.unicodeScalars.count }
        if nearly { r.approximate = nil }
    }

    /// Characters that open a clause (or the text) before 前 in ``clauseLead``.
    static let clauseOpeners = "，,。；;：:！!？?、 \n\t\u{3000}“\""

    /// Whether the character at `j` opens a clause: the text starts there or a ``clauseOpeners``
    /// character stands before it.
    func opensClause(at j: Int) -> Bool { j == 0 || isAny(j - 1, Self.clauseOpeners) }

    /// 前 opening a clause before weeks or days (前两周，…; 前十天，…): the period that ends at the
    /// anchor, like 过去两周. Not 前一天 or 前一周 ("the day before"), not 前两天 or 前几天 ("the other
    /// day", a vague recent date), not after a word (春节前三天, 本月前三天 is a part of the month), and
    /// not months or years (前10个月 is the year's first months; 前两年 is as often "a couple of years ago").
    func clauseLead(_ r: Reading, amount: Double, designator: String, numberStart: Int) -> (String, Int)? {
        guard r.start == numberStart, designator == "W" || designator == "D", before(r.start, "前"),
              opensClause(at: r.start - 1) else { return nil }
        // 前一天, 前一周: "the day (week) before", in the story's time, not the anchor's.
        if amount == 1 { return nil }
        if designator == "D" && isAny(numberStart, "两几") && !FigureCharacters.isChineseNumeral(ch(numberStart + 1)) { return nil }
        return ("前", -1)
    }

    /// The day `direction` (-1 or +1) times the duration away from `day` (months and years by the
    /// calendar), or nil for fractions that are not whole months or days.
    static func periodEnd(_ amount: Double, _ designator: String, from day: CalendarDate, _ direction: Int) -> CalendarDate? {
        let months: Double? = designator == "Y" ? amount * 12 : designator == "M" ? amount : nil
        if let months {
            // 过去半个月, 两个半月来: the half is fifteen days (``halfMonths``).
            if let half = halfMonths(months) { return day.adding(months: direction * half.months).adding(days: direction * half.days) }
            guard months == months.rounded(), months <= 120_000 else { return nil }
            return day.adding(months: direction * Int(months))
        }
        let perUnit: Double = designator == "W" ? 7 : designator == "D" ? 1 : 0
        let days = amount * perUnit
        guard perUnit > 0, days == days.rounded(), days <= 4_000_000 else { return nil }
        return day.adding(days: direction * Int(days))
    }
}
