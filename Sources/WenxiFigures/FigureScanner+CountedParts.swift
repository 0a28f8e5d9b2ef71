import WenxiText

/// A counted part after a year or a month: its first or last N units (前两天, 最后五天, 前两月, 后三个月)
/// or its Nth one (第十天, 第8个月, 第52周).
struct CountedPart {
    var value: String?
    var upper: String?
    var end: Int
}

extension FigureScanner {
    /// Words before a count that take the last units of the period: 最后五天, 后三个月.
    static let lastWords = ["最后", "后"]

    /// Characters before a count that take the first units of the period: 前两天, 前三个月, and 头 as
    /// news says it of a year's or a month's start (2023年头两个月, 今年头三个月, 本月头五天).
    static let leadingWords = "前头"

    /// The count at `j` (a whole number, not vague, not a range) with where it ends.
    func count(at j: Int) -> (value: Int, end: Int)? {
        guard NumeralParser.startsNumber(s, at: j), let num = NumeralParser.parse(s, at: j), num.isInteger,
              !num.vague, num.upper == nil, !num.digitString, num.value >= 1, num.value <= 400 else { return nil }
        return (clampedInt(num.value), num.end)
    }

    /// After a month: its first N days (这个月前两天, 4月前4天) or its last N (上月最后五天), as a range of days,
    /// one day when N is one (本月最后一天 → the 30th); its Nth day (下个月第一天, 3月第十天). 的 may stand
    /// between the month and the part (本月的最后一天, 下个月的第一天).
    func countedDays(at j0: Int, year: Int?, yearText: String, month: Int) -> CountedPart? {
        let j = ch(j0) == 0x7684 ? j0 + 1 : j0                                        // 的
        let days = CalendarDate.daysIn(month: month, year: year ?? 2000)
        let ym = "\(yearText)-\(pad2(month))"
        if ch(j) == 0x7B2C, let (n, e) = count(at: j + 1), let end = atAny(e, ["天"]), n <= days,   // 第
           !isAny(end, "前后内里以之来") {
            return CountedPart(value: "\(ym)-\(pad2(n))", end: end)
        }
        let leading = isAny(j, Self.leadingWords)          // 前, 头
        guard let start = leading ? j + 1 : atAny(j, Self.lastWords), let (n, e) = count(at: start),
              let end = atAny(e, ["天", "日"]), !isAny(end, "前后内里以之来") else { return nil }
        guard n < days else { return nil }
        let first = leading ? 1 : days - n + 1
        let last = leading ? n : days
        return CountedPart(value: "\(ym)-\(pad2(first))", upper: first == last ? nil : "\(ym)-\(pad2(last))", end: end)
    }

    /// After a year: its first or last N months (1967年前两月, 2021年后三个月), its Nth month (70年第8个月),
    /// week (20年第52周: the Nth week that starts on a Monday in the year, as an ISO week) or day (2025年第一天).
    func countedPart(at j: Int, year: Int?, yearText: String) -> CountedPart? {
        if ch(j) == 0x7B2C, let (n, e) = count(at: j + 1) {                   // 第
            if let end = atAny(e, ["个月"]), n <= 12 { return CountedPart(value: "\(yearText)-\(pad2(n))", end: end) }
            // Not 第3周三: a weekday numeral right after 周 makes it a day, not a week.
            if let head = atAny(e, ["个星期", "个礼拜", "个周", "周", "星期", "礼拜"]), n <= 53,
               FigureCharacters.bits(ch(head)) & FigureCharacters.chineseDigit == 0 {
                guard let year, let first = CalendarDate(year: year, month: 1, day: 1) else { return CountedPart(value: nil, end: head) }
                let monday = first.adding(days: (8 - first.weekday) % 7 + 7 * (n - 1))
                guard monday.year == year else { return nil }
                return CountedPart(value: monday.isoWeek, end: head)
            }
            if let end = atAny(e, ["天"]), n <= 366 {
                guard let year, let first = CalendarDate(year: year, month: 1, day: 1) else { return CountedPart(value: nil, end: end) }
                let day = first.adding(days: n - 1)
                guard day.year == year else { return nil }
                return CountedPart(value: day.description, end: end)
            }
            return nil
        }
        let leading = isAny(j, Self.leadingWords)
        // 2017年最后一天, 今年最后三天: the year's last days (最后 only: 2024年前三天 is as often 2024年前).
        if at(j, "最后"), let (n, e) = count(at: j + 2), n <= 31, let end = atAny(e, ["天"]), !isAny(end, "前后内里以之来") {
            let ym = "\(yearText)-12"
            return CountedPart(value: "\(ym)-\(pad2(32 - n))", upper: n == 1 ? nil : "\(ym)-31", end: end)
        }
        guard let start = leading ? j + 1 : atAny(j, Self.lastWords), let (n, e) = count(at: start), n <= 12,
              let end = atAny(e, ["个月", "月"]), !isAny(end, "前后内里以之来份") else { return nil }
        if leading && at(e, "个月") { return nil }          // 前10个月: read by dateTail with its own rule
        let first = leading ? 1 : 13 - n
        let last = leading ? n : 12
        return CountedPart(value: "\(yearText)-\(pad2(first))", upper: first == last ? nil : "\(yearText)-\(pad2(last))", end: end)
    }
}
