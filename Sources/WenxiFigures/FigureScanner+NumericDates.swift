import WenxiText

/// A run of Arabic digits: its value, where it ends, and how many digits it has.
struct DigitRun {
    var value: Int
    var end: Int
    var count: Int
}

extension FigureScanner {
    /// Separators of the parts of a date written in digits alone (2023-12-05, 2023/12/05, 2023.12.05).
    static let numericDateSeparators = "-/.－／．"

    /// Years that a date without 年 may name when its shape alone is weaker evidence than three
    /// separated parts (20240307, 2022 11 23, 1994.01, 2008.03-2009): a decimal such as 2019.05 or
    /// an eight-digit code is read as a date only in these years.
    static let likelyYears = 1900...2099

    /// Characters ending the words that name a code (编号, 批次号, 代码, 号码) or an issue (第20230815期):
    /// eight digits after them are that code, not a compact date.
    static let codeMarks = "号码第"

    /// Words of market quotes before a number: 收于2033.31 is an index level, not a year and month.
    static let quoteWords = ["收于", "收报", "报收", "涨至", "跌至", "升至", "降至", "指数", "点位", "价格"]

    /// Years a fully separated date (2023-12-05, 1911/10/10) may name.
    static let separatedYears = 1000...2199

    /// The digits at `j`, at most `limit` of them (ASCII or full width); nil when there is none.
    func digitRun(at j: Int, limit: Int) -> DigitRun? {
        var k = j
        var v = 0
        while k < n, k - j < limit, FigureCharacters.arabicValue(s[k]) >= 0 {
            v = v * 10 + FigureCharacters.arabicValue(s[k])
            k += 1
        }
        return k > j ? DigitRun(value: v, end: k, count: k - j) : nil
    }

    /// True when no digit follows `j` (the digits before it are the whole number).
    func digitsEnd(_ j: Int) -> Bool { FigureCharacters.arabicValue(ch(j)) < 0 }

    /// True when what follows a date without 年 makes it a number after all: a unit (2019.05亿元,
    /// 10-12个; not checked when `units` is false), a multiplier, a percent sign, 多/余, a letter or a digit.
    func countFollows(_ j: Int, units: Bool = true) -> Bool {
        units && FigureLexicon.units.longestMatch(in: s, at: j) != nil || FigureCharacters.multiplierExponent(ch(j)) > 0
            || isAny(j, "%％‰多余") || FigureCharacters.isLatin(ch(j)) || !digitsEnd(j)
    }

    /// A date written in digits alone at `i`: 2023-12-05 (also with / . or spaces, and with a clock
    /// time after it: 2023-12-05 09:30, 2023-12-0509:30, 2023-12-05T09:30), 20240307, 1994.01,
    /// 2008.03-2009 (a year-month to a bare year), 09-01, 09-01 20:01, 11/3号.
    func numericDate(at i: Int) -> Reading? {
        if FigureCharacters.isLatin(ch(i - 1)) || !digitsEnd(i - 1) || isAny(i - 1, ":：") { return nil }
        guard let head = digitRun(at: i, limit: 9) else { return nil }
        switch head.count {
        case 8: return compactDate(head, start: i)
        case 4: return separatedDate(head, start: i) ?? yearMonth(head, start: i)
        case 1, 2: return monthDay(head, start: i) ?? eventDay(head, start: i) ?? yearLastDate(head, start: i)
        default: return nil
        }
    }

    /// 2023-12-05, 2023/12/05, 2023.12.05, 2022 11 23 (one space between the parts, in ``likelyYears``),
    /// with a clock time after it.
    func separatedDate(_ year: DigitRun, start i: Int) -> Reading? {
        let k = year.end
        guard isAny(k, Self.numericDateSeparators + " ") else { return nil }
        let sep = s[k]
        let spaced = sep == 0x20
        guard let month = digitRun(at: k + 1, limit: 2), digitsEnd(month.end), ch(month.end) == sep,
              let day = digitRun(at: month.end + 1, limit: 2),
              (spaced ? Self.likelyYears : Self.separatedYears).contains(year.value),
              let date = CalendarDate(year: year.value, month: month.value, day: day.value) else { return nil }
        let clock = clockAfterDate(at: day.end)
        if clock == nil {
            // 2023-12-055 and 2023-12-05-01 are codes; 2022 11 23 45 a row of numbers. A dash before another
            // whole date of four-digit year opens a range (2024.11.4-2024.11.10, 2024/11/4-2024/11/10).
            guard digitsEnd(day.end), !(isAny(day.end, Self.numericDateSeparators) && !digitsEnd(day.end + 1))
                    || !spaced && startsSeparatedDate(afterDash: day.end) else { return nil }
            if spaced && (countFollows(day.end) || ch(day.end) == 0x20 && (!digitsEnd(day.end + 1) || countFollows(day.end + 1) && ch(day.end + 1) != 0x8D77)) {
                return nil                                     // 2022 11 23 人: a row of counts (起 is "from")
            }
        }
        return dayReading(date.description, year: year.value, month: month.value, day: day.value,
                          start: i, end: day.end, clock: clock)
    }

    /// Whether a dash at `j` stands before a whole date in digits with a four-digit year (the end of a
    /// range: 2024.11.4-2024.11.10), which ``separatedDate(_:start:)`` reads by itself.
    func startsSeparatedDate(afterDash j: Int) -> Bool {
        guard isAny(j, "-－"), let year = digitRun(at: j + 1, limit: 5), year.count == 4, isAny(year.end, Self.numericDateSeparators),
              let month = digitRun(at: year.end + 1, limit: 3), month.count <= 2, ch(month.end) == s[year.end],
              let day = digitRun(at: month.end + 1, limit: 3), day.count <= 2, Self.separatedYears.contains(year.value),
              CalendarDate(year: year.value, month: month.value, day: day.value) != nil else { return false }
        return digitsEnd(day.end) && !isAny(day.end, Self.numericDateSeparators)
    }

    /// 20240307: eight digits that make a valid date in ``likelyYears``, with nothing after them that
    /// makes them a count (a unit, a letter, more digits) or a code (a dash or a dot and digits).
    func compactDate(_ run: DigitRun, start i: Int) -> Reading? {
        let year = run.value / 10000, month = run.value / 100 % 100, day = run.value % 100
        guard Self.likelyYears.contains(year), let date = CalendarDate(year: year, month: month, day: day),
              !countFollows(run.end), !(isAny(run.end, Self.numericDateSeparators) && !digitsEnd(run.end + 1)),
              !isAny(i - 1, "-－.．/／"), !isAny(i - 1, Self.codeMarks) else { return nil }
        return dayReading(date.description, year: year, month: month, day: day, start: i, end: run.end, clock: nil)
    }

    /// 1994.01, 2024-03, 2024/03: a year in ``likelyYears`` and a two-digit month 01–12, not a count
    /// (2019.05亿元) and not a season written with the next year's last two digits (2010-11赛季, 2023-24年度);
    /// a bare year after a range separator (2008.03-2009) ends it as a range (a unit word may follow that
    /// year: 2016.10-2019任职, where 任 would count).
    func yearMonth(_ year: DigitRun, start i: Int) -> Reading? {
        let k = year.end
        guard Self.likelyYears.contains(year.value), isAny(k, Self.numericDateSeparators),
              let month = digitRun(at: k + 1, limit: 3), month.count == 2, (1...12).contains(month.value),
              !countFollows(month.end), !(ch(month.end) == s[k] && !digitsEnd(month.end + 1)) else { return nil }
        if month.value == (year.value + 1) % 100, FigureCharacters.isHan(ch(month.end)) { return nil }
        if Self.quoteWords.contains(where: { before(i, $0) }) { return nil }
        var r = Reading(kind: .date, value: .string("\(pad4(year.value))-\(pad2(month.value))"), start: i, end: month.end)
        r.year = year.value
        r.month = month.value
        if let sepEnd = atAny(month.end, Self.rangeSeparators), let last = digitRun(at: sepEnd, limit: 5), last.count == 4,
           Self.likelyYears.contains(last.value), last.value >= year.value, !countFollows(last.end, units: false),
           !isAny(last.end, Self.numericDateSeparators) {
            r.upper = .string(pad4(last.value))
            r.end = last.end
        }
        return r
    }

    /// 09-01, 12-01 18:07, 11/3号: a month and a day without a year, in the anchor's year. Two digits
    /// each with a leading zero in one of them, or a clock time after them, or 号/日 after a slash:
    /// a bare 10-12 stays a range of numbers and 3/4 a fraction.
    func monthDay(_ month: DigitRun, start i: Int) -> Reading? {
        let k = month.end
        guard isAny(k, "-/－／"), let day = digitRun(at: k + 1, limit: 3), day.count <= 2,
              let value = anchoredDayValue(month: month.value, day: day.value) else { return nil }
        let slash = isAny(k, "/／")
        if slash, isAny(day.end, "日号") {
            return dayReading(value, year: anchor.year, month: month.value, day: day.value, start: i, end: day.end + 1, clock: nil)
        }
        guard !slash, month.count == 2, day.count == 2, !isAny(i - 1, "-－.．/／") else { return nil }
        let clock = clockAfterDate(at: day.end)
        // 09-10赛季: a season written with two two-digit years.
        if clock == nil, day.value == month.value + 1, FigureCharacters.isHan(ch(day.end)) { return nil }
        guard clock != nil || (ch(i) == 0x30 || ch(k + 1) == 0x30) && !countFollows(day.end)
                && !(isAny(day.end, Self.numericDateSeparators) && !digitsEnd(day.end + 1)) else { return nil }
        return dayReading(value, year: anchor.year, month: month.value, day: day.value, start: i, end: day.end, clock: clock)
    }

    /// The second part and the year of ``yearLastDate``'s shape at `i` (two parts of one or two digits
    /// and a year in ``likelyYears``, one separator between them, nothing after that makes them a count
    /// or a code), whatever the order of day and month; nil otherwise.
    func yearLastParts(_ first: DigitRun, start i: Int) -> (second: DigitRun, year: DigitRun)? {
        let k = first.end
        guard first.count <= 2, isAny(k, Self.numericDateSeparators), !isAny(i - 1, Self.numericDateSeparators),
              let second = digitRun(at: k + 1, limit: 3), second.count <= 2, ch(second.end) == s[k],
              let year = digitRun(at: second.end + 1, limit: 5), year.count == 4, Self.likelyYears.contains(year.value),
              !countFollows(year.end), !(isAny(year.end, Self.numericDateSeparators) && !digitsEnd(year.end + 1)) else { return nil }
        return (second, year)
    }

    /// 九·一八, 一二·九, 一·二八, 五·卅: an event named by its date in Chinese numerals (``spelledPart``
    /// for each part), read as ``eventDay`` reads 9·18; not inside a longer run of numerals or dots, nor
    /// after 第 (第一·二章 numbers parts).
    func spelledEventDay(at i: Int) -> Reading? {
        guard !FigureCharacters.isChineseNumeral(ch(i - 1)), !isAny(i - 1, Self.eventDateDots + "廿卅第"),
              let month = spelledPart(at: i), isAny(month.end, Self.eventDateDots), let day = spelledPart(at: month.end + 1),
              !isAny(day.end, Self.eventDateDots), !FigureCharacters.isChineseNumeral(ch(day.end)), !countFollows(day.end),
              let value = anchoredDayValue(month: month.value, day: day.value) else { return nil }
        return dayReading(value, year: anchor.year, month: month.value, day: day.value, start: i, end: day.end, clock: nil)
    }

    /// Chinese digits 一 to 九 and 〇 (not 两, which counts) as event dates spell a month or a day.
    static let spelledDateDigits = "〇一二三四五六七八九"

    /// A month or day of ``spelledEventDay`` at `j`: one or two digits of ``spelledDateDigits`` read one
    /// by one (九 → 9, 一八 → 18, 一二 → 12), 十 with a digit before or after it or both (十二, 二十, 二十八),
    /// or 卅 (thirty, 五·卅); its value and end.
    func spelledPart(at j: Int) -> DigitRun? {
        if ch(j) == 0x5345 { return DigitRun(value: 30, end: j + 1, count: 1) }          // 卅
        var k = j
        var (value, tens) = (0, false)
        while k < n, k - j < 3 {
            if isAny(k, Self.spelledDateDigits) {
                value = (tens ? value : value * 10) + FigureCharacters.chineseDigitValue(s[k])
            } else if s[k] == 0x5341, !tens {                                             // 十
                value = max(value, 1) * 10
                tens = true
            } else {
                break
            }
            k += 1
        }
        // Three digits, or two after 十 (十二三), name no month or day.
        guard k > j, tens || k - j <= 2, !isAny(k, Self.spelledDateDigits) else { return nil }
        return DigitRun(value: value, end: k, count: k - j)
    }

    /// 14/06/2024, 31.12.2023, 06/14/2024: a day, a month and a year of four digits (in ``likelyYears``)
    /// with one separator between them, in the order the parts leave no doubt about: a first part over
    /// 12 is the day (day-month-year, as Europe and much of the web write it), a second part over 12 the
    /// day (month-day-year, as the US writes it). 05/06/2024 could be either and is no date; more digits,
    /// a unit or a separator and digits after the year make it a code or a count.
    func yearLastDate(_ first: DigitRun, start i: Int) -> Reading? {
        guard let (second, year) = yearLastParts(first, start: i) else { return nil }
        let (day, month) = first.value > 12 ? (first.value, second.value) : (second.value, first.value)
        guard first.value > 12 || second.value > 12, let date = CalendarDate(year: year.value, month: month, day: day) else { return nil }
        return dayReading(date.description, year: year.value, month: month, day: day, start: i, end: year.end,
                          clock: clockAfterDate(at: year.end))
    }

    /// "2024-03-05" (or "XXXX-03-05") for a month and day without a year, in the anchor's year; nil
    /// when that month has no such day (February 29 counts without an anchor).
    func anchoredDayValue(month: Int, day: Int) -> String? {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: anchor.year ?? 2000) else { return nil }
        return "\(anchor.yearText)-\(pad2(month))-\(pad2(day))"
    }

    /// The dots news sets between the month and the day of an event named by its date (5·12地震,
    /// 6·30事故, 9·11事件): the middle dot and its look-alikes.
    static let eventDateDots = "·•‧・･"

    /// 5·12, 6·30, 9·11: a month 1–12, a dot of ``eventDateDots`` and a day valid for the month, read as
    /// 5月12日 is (in the anchor's year). Not where the digits are part of a longer number or code
    /// (1·2·3, 2·5·8 with a dot or a digit on either side) or a count after all (3·5%, 3·5倍: the dot
    /// as a decimal point, ``countFollows``).
    func eventDay(_ month: DigitRun, start i: Int) -> Reading? {
        let k = month.end
        guard isAny(k, Self.eventDateDots), !isAny(i - 1, Self.eventDateDots), let day = digitRun(at: k + 1, limit: 3),
              day.count <= 2, let value = anchoredDayValue(month: month.value, day: day.value),
              !isAny(day.end, Self.eventDateDots), !countFollows(day.end) else { return nil }
        return dayReading(value, year: anchor.year, month: month.value, day: day.value, start: i, end: day.end, clock: nil)
    }

    /// A date reading of one day, or a time on that day when `clock` follows it.
    func dayReading(_ day: String, year: Int?, month: Int, day d: Int, start: Int, end: Int,
                    clock: (value: String, end: Int)?) -> Reading {
        var r = Reading(kind: .date, value: .string(day), start: start, end: end)
        r.year = year
        r.month = month
        r.day = d
        if let clock {
            r.kind = .time
            r.value = .string(day + clock.value)
            r.end = clock.end
        }
        return r
    }

    /// A clock time written with colons right after a date in digits: glued (2023-12-0509:30), after a
    /// space, a dash or ISO's T: ("T09:30", end), or nil.
    func clockAfterDate(at j: Int) -> (value: String, end: Int)? {
        var k = j
        if isAny(k, " -－Tt") { k += 1 }
        guard let hour = digitRun(at: k, limit: 3), hour.count <= 2, hour.value <= 24, isAny(hour.end, ":："),
              let minute = digitRun(at: hour.end + 1, limit: 3), minute.count == 2, minute.value < 60 else { return nil }
        var value = "T\(pad2(hour.value)):\(pad2(minute.value))"
        var end = minute.end
        if isAny(end, ":："), let second = digitRun(at: end + 1, limit: 3), second.count == 2, second.value < 60 {
            value += ":\(pad2(second.value))"
            end = second.end
        }
        return (value, end)
    }
}

extension FigureScanner {
    /// Q1 … Q4 (with 季度 or 季 after it, or alone between non-letters): a quarter of the anchor's year,
    /// the digit at `i` after the Q. After a bare year (2024年Q3) ``emitQuarter(_:)`` puts it in that year.
    func letterQuarter(at i: Int) -> Reading? {
        // H1, H2 (halves) only right after a bare year (2024年H1): alone H1 names too much else.
        let half = isAny(i - 1, "Hh")
        guard isAny(i - 1, "QqHh"), !FigureCharacters.isLatin(ch(i - 2)), !FigureCharacters.isArabic(ch(i - 2)),
              let q = digitRun(at: i, limit: 2), q.count == 1, (1...(half ? 2 : 4)).contains(q.value),
              !FigureCharacters.isLatin(ch(q.end)), !FigureCharacters.isArabic(ch(q.end)) else { return nil }
        if half, !(figures.last.map { $0.kind == .date && $0.end == i - 1 && $0.value?.string?.count == 4 } ?? false) { return nil }
        let letter = half ? "H" : "Q"
        var r = Reading(kind: .date, value: .string("\(anchor.yearText)-\(letter)\(q.value)"), start: i - 1, end: q.end)
        if let e = atAny(q.end, half ? [] : ["季度", "季"]) { r.end = e }
        return r
    }

    /// A year in digits with a quarter or half glued to it, as financial reports write them (2023Q4,
    /// 2024H1, 24Q3): "2023-Q4", "2024-H1", the two-digit year in the window of ``fullYear(fromTwoDigits:)``.
    func yearWithLetterPeriod(at i: Int) -> Reading? {
        guard !FigureCharacters.isLatin(ch(i - 1)), !FigureCharacters.isArabic(ch(i - 1)),
              let y = digitRun(at: i, limit: 5), y.count == 4 || y.count == 2, isAny(y.end, "QqHh"),
              let q = digitRun(at: y.end + 1, limit: 2), q.count == 1,
              (1...(isAny(y.end, "Hh") ? 2 : 4)).contains(q.value),
              !FigureCharacters.isLatin(ch(q.end)), !FigureCharacters.isArabic(ch(q.end)) else { return nil }
        let year = y.count == 2 ? fullYear(fromTwoDigits: y.value) : y.value
        guard (1900...2099).contains(year) else { return nil }
        var r = Reading(kind: .date, value: .string("\(pad4(year))-\(isAny(y.end, "Hh") ? "H" : "Q")\(q.value)"), start: i, end: q.end)
        r.year = year
        if !isAny(y.end, "Hh"), let e = atAny(q.end, ["季度", "季"]) { r.end = e }
        return r
    }

    /// Emits a quarter from ``letterQuarter(at:)``, merged into a bare year right before it (2024年Q3).
    mutating func emitQuarter(_ r: Reading) {
        if var last = figures.last, last.kind == .date, last.end == r.start, last.upper == nil,
           let year = last.value?.string, year.count == 4, let q = r.value?.string?.suffix(2) {
            last.text = text(last.start, r.end)
            last.end = r.end
            last.value = .string("\(year)-\(q)")
            figures[figures.count - 1] = last
            lastEnd = r.end
            return
        }
        emit(r)
    }
}
