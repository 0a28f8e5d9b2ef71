import WenxiText

extension FigureScanner {
    /// Characters after 日 and 年 that make the word end inside another one: 同日本 (with Japan), 当日元,
    /// 同年龄, 同年级, 当年度 is still the year.
    static let afterAnaphoricDay = "本元报方军资企语籍产韩美俄经文式剧货"
    static let afterAnaphoricYear = "龄级纪轻华薪货"
    /// How many figures back a date said again looks for the date it repeats (a bound on the work per
    /// word; news names the date it refers to within a few figures).
    static let anaphoricReach = 32

    /// The year, month and day of the last date or time figure the text gave (2008年 → 2008, nil, nil),
    /// with no wildcard in the parts it has; nil when there is none.
    func lastGivenDate() -> (year: Int, month: Int?, day: Int?)? {
        // Among the last few figures only, so that each word is read in bounded time.
        guard let last = figures.suffix(Self.anaphoricReach).last(where: { $0.kind == .date || $0.kind == .time }),
              let value = last.value?.string, !value.hasPrefix("T") else { return nil }
        let parts = value.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard let year = parts.first.flatMap({ Int($0) }), parts[0].count == 4 else { return nil }
        let month = parts.count > 1 && parts[1].count == 2 ? Int(parts[1]) : nil
        let day = month != nil && parts.count > 2 ? Int(parts[2]) : nil
        return (year, month, day)
    }

    /// 当天, 次日, 同月, 次月, 同年, 次年, 这一年 …: the day, month or year of the date the text gave last,
    /// or the next one; without one before it, the anchor's; with neither, no figure (当年 alone is "back
    /// then": a figure only after a date). 当天 right after a date of one day joins it (立春当天).
    /// What follows a month or year is read as after 本月 and 今年 (同月9号, 次年年末).
    func anaphoricWord(_ unit: String, _ offset: Int, _ base: Reading) -> WordOutcome {
        if unit == "D" && isAny(base.end, Self.afterAnaphoricDay) || unit == "Y" && isAny(base.end, Self.afterAnaphoricYear) {
            return .skip
        }
        // 当晚会上, 当晚报道: 晚 opens 晚会, 晚报 (当 is "at").
        if isAny(base.end - 1, "晚"), isAny(base.end, "会报餐饭宴霞") { return .skip }
        let given = lastGivenDate()
        // Nothing to refer to: no figure (当天最高气温 with no date and no anchor).
        if given == nil && (anchor.year == nil || at(base.start, "当年")) { return .skip }
        // 立春当天, 3月5日当日: the day just given, said again.
        if unit == "D", offset == 0, followsDay(base.start) { return .extendLast(end: base.end, value: nil, keepValue: true) }
        var r = base
        switch unit {
        case "Y":
            let year = (given?.year ?? anchor.year).map { $0 + offset }
            r.value = year.map { .string(pad4($0)) }
            if let tail = dateTail(at: r.end, year: year, yearText: year.map(pad4) ?? "XXXX") {
                r.end = tail.end
                if year != nil {
                    r.value = tail.value.map { .string($0) }
                    r.upper = tail.upper.map { .string($0) }
                }
            }
        case "M":
            // A date given before without a month (2008年…同月): no value, not the anchor's month.
            let ym = given.map { g in g.month.map { (g.year, $0) } }
                ?? anchor.year.flatMap { y in anchor.month.map { (y, $0) } }
            if let (y, m) = ym, let first = CalendarDate(year: y, month: m, day: 1)?.adding(months: offset) {
                let tail = monthTail(at: r.end, year: first.year, yearText: pad4(first.year), month: first.month)
                r.value = .string(tail.value)
                r.upper = tail.upper.map { .string($0) }
                r.end = tail.end
            }
        default:
            let day = given.map { g in g.month.flatMap { m in g.day.flatMap { CalendarDate(year: g.year, month: m, day: $0) } } }
                ?? anchor.date
            r.value = day.map { .string($0.adding(days: offset).description) }
            // 当晚, 当夜 with no clock time after them: the hours of that evening or night.
            if isAny(base.end - 1, "晚夜"), let name = Self.dayWordParts[scanned(base.start, base.end)], !NumeralParser.startsNumber(s, at: r.end),
               let part = Self.dayPartHours.first(where: { $0.word == name }), let d = r.value?.string {
                r.kind = .time
                r.value = .string(d + "T" + pad2(part.first))
                r.upper = .string(d + "T" + pad2(part.last))
            }
        }
        return .reading(r)
    }
}
