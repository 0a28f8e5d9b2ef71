/// The date of a news dateline: 新华社北京11月4日电, 本报北京2024年3月2日讯.
public struct Dateline: Sendable, Hashable, Codable {
    /// The date as written in the dateline (from the first numeral to 电/讯).
    public var text: String
    /// The year, when the dateline gives one.
    public var year: Int?
    public var month: Int
    public var day: Int
    /// Code-point offsets of `text` in the text searched, `end` exclusive.
    public var start: Int
    public var end: Int

    public init(text: String, year: Int?, month: Int, day: Int, start: Int, end: Int) {
        self.text = text
        self.year = year
        self.month = month
        self.day = day
        self.start = start
        self.end = end
    }

    /// The dateline's date, taking a missing year from `reference`: the reference's year,
    /// or the year before when the month and day would fall after the reference.
    public func date(reference: CalendarDate?) -> CalendarDate? {
        if let year { return CalendarDate(year: year, month: month, day: day) }
        guard let reference else { return nil }
        let sameYear = CalendarDate(year: reference.year, month: month, day: day)
        if let sameYear, sameYear <= reference { return sameYear }
        return CalendarDate(year: reference.year - 1, month: month, day: day)
    }
}

extension Dateline {
    /// How far into a text a dateline is looked for, in code points.
    static let searchWindow = 300

    /// The first dateline in the opening of `s`: a month and day (with an optional year)
    /// followed by 电 or 讯.
    ///
    /// - Complexity: O(1): only the first ``searchWindow`` code points are read.
    static func find(in s: [UInt32]) -> Dateline? {
        let limit = min(s.count, searchWindow)
        var p = 1
        while p + 1 < limit {
            // 日电 / 日讯
            if s[p] == 0x65E5, s[p + 1] == 0x7535 || s[p + 1] == 0x8BAF, let d = parse(s, dayMark: p) {
                return d
            }
            p += 1
        }
        return nil
    }

    private static func numeralStart(_ s: [UInt32], before end: Int) -> Int {
        var k = end
        while k > 0, FigureCharacters.isArabic(s[k - 1]) || FigureCharacters.isChineseNumeral(s[k - 1]) { k -= 1 }
        return k
    }

    private static func parse(_ s: [UInt32], dayMark p: Int) -> Dateline? {
        let dayStart = numeralStart(s, before: p)
        guard dayStart < p, dayStart > 0, s[dayStart - 1] == 0x6708,                       // 月
              let day = NumeralParser.parse(s, at: dayStart), day.end == p, day.isInteger else { return nil }
        let monthStart = numeralStart(s, before: dayStart - 1)
        guard monthStart < dayStart - 1, let month = NumeralParser.parse(s, at: monthStart),
              month.end == dayStart - 1, month.isInteger, month.value >= 1, month.value <= 12 else { return nil }
        var start = monthStart
        var year: Int?
        if monthStart > 0, s[monthStart - 1] == 0x5E74 {                                    // 年
            let yearStart = numeralStart(s, before: monthStart - 1)
            if yearStart < monthStart - 1, let y = NumeralParser.parse(s, at: yearStart), y.end == monthStart - 1,
               y.isInteger, y.value >= 1000, y.value <= 2199 {
                year = Int(y.value)
                start = yearStart
            }
        }
        let m = Int(month.value)
        let d = Int(day.value)
        guard d >= 1, d <= CalendarDate.daysIn(month: m, year: year ?? 2000) else { return nil }
        var view = String.UnicodeScalarView()
        for k in start..<(p + 2) { if let u = Unicode.Scalar(s[k]) { view.append(u) } }
        return Dateline(text: String(view), year: year, month: m, day: d, start: start, end: p + 2)
    }
}
