import WenxiText

extension FigureScanner {
    /// Holidays after a year (2019年春节): fixed-date ones give the day, lunar ones only the year.
    static let holidays: [(String, String?)] = [
        ("元旦", "01-01"), ("国庆节", "10-01"), ("国庆", "10-01"), ("劳动节", "05-01"), ("五一", "05-01"),
        ("圣诞节", "12-25"), ("儿童节", "06-01"), ("妇女节", "03-08"), ("教师节", "09-10"), ("建军节", "08-01"),
        ("植树节", "03-12"), ("青年节", "05-04"), ("春节", nil), ("元宵节", nil), ("端午节", nil), ("中秋节", nil),
        ("重阳节", nil), ("除夕", nil), ("清明节", nil), ("七夕", nil), ("春运", nil), ("暑期", nil), ("暑假", nil),
        ("寒假", nil),
    ]

    /// What follows a year (2024年, 今年): months, days, halves, quarters, periods, holidays.
    func dateTail(at j: Int, year: Int?, yearText: String) -> (value: String?, upper: String?, end: Int, month: Int?, day: Int?)? {
        if at(j, "上半年") { return ("\(yearText)-H1", nil, j + 3, nil, nil) }
        if at(j, "下半年") { return ("\(yearText)-H2", nil, j + 3, nil, nil) }
        if ch(j) == 0x5EA6 { return (yearText, nil, j + 1, nil, nil) }   // 年度
        for (name, day) in Self.holidays where at(j, name) {
            let end = j + name.unicodeScalars.count
            return (day.map { "\(yearText)-\($0)" } ?? yearText, nil, end, nil, nil)
        }
        var k = j
        let leading = ch(k) == 0x524D      // 前
        if leading || ch(k) == 0x7B2C { k += 1 }     // 第
        guard NumeralParser.startsNumber(s, at: k), let num = NumeralParser.parse(s, at: k),
              num.isInteger, !num.digitString, !num.vague else { return nil }
        let v = Int(num.value)
        var e = num.end
        if at(e, "季度") || at(e, "个季度") {
            guard v >= 1, v <= 4 else { return nil }
            e += at(e, "季度") ? 2 : 3
            if leading { return ("\(yearText)-Q1", "\(yearText)-Q\(v)", e, nil, nil) }
            return ("\(yearText)-Q\(v)", num.upper.map { "\(yearText)-Q\(Int($0))" }, e, nil, nil)
        }
        if leading {
            guard at(e, "个月"), v >= 1, v <= 12 else { return nil }
            return ("\(yearText)-01", "\(yearText)-\(pad2(v))", e + 2, nil, nil)
        }
        guard k == j, v >= 1, v <= 12 else { return nil }
        // 1至10月, 1—9月份.
        if let sep = atAny(e, Self.rangeSeparators), NumeralParser.startsNumber(s, at: sep),
           let num2 = NumeralParser.parse(s, at: sep), num2.isInteger, ch(num2.end) == 0x6708,
           num2.value > num.value, num2.value <= 12 {
            var end = num2.end + 1
            if ch(end) == 0x4EFD { end += 1 }
            return ("\(yearText)-\(pad2(v))", "\(yearText)-\(pad2(Int(num2.value)))", end, nil, nil)
        }
        guard ch(e) == 0x6708, !at(e, "月球") else { return nil }     // 月
        e += 1
        if ch(e) == 0x4EFD { e += 1 }    // 份
        var value = "\(yearText)-\(pad2(v))"
        var upper = num.upper.map { "\(yearText)-\(pad2(Int($0)))" }
        var day: Int?
        if let d = dayAfterMonth(at: e, month: v, year: year) {
            day = d.day
            e = d.end
            value += "-\(pad2(d.day))"
            upper = d.upperDay.map { "\(yearText)-\(pad2(v))-\(pad2($0))" }
        }
        return (value, upper, e, v, day)
    }

    /// A day after a month (4日, 4号, 4日至6日), validated against the month's length.
    func dayAfterMonth(at e: Int, month: Int, year: Int?) -> (day: Int, end: Int, upperDay: Int?)? {
        guard NumeralParser.startsNumber(s, at: e), let d = NumeralParser.parse(s, at: e), d.isInteger, !d.digitString,
              isAny(d.end, "日号") else { return nil }
        let day = Int(d.value)
        guard day >= 1, day <= CalendarDate.daysIn(month: month, year: year ?? 2000) else { return nil }
        var end = d.end + 1
        var upperDay = d.upper.map { Int($0) }
        if upperDay == nil, let sep = atAny(end, Self.rangeSeparators), NumeralParser.startsNumber(s, at: sep),
           let d2 = NumeralParser.parse(s, at: sep), d2.isInteger, isAny(d2.end, "日号"), ch(d2.end + 1) != 0x524D,
           Int(d2.value) > day, Int(d2.value) <= CalendarDate.daysIn(month: month, year: year ?? 2000) {
            upperDay = Int(d2.value)
            end = d2.end + 1
        }
        return (day, end, upperDay)
    }

    /// 2023-12-05, 2023/12/05, 2023.12.05.
    func isoDate(at i: Int) -> Reading? {
        var k = i
        var year = 0
        while k < n, k - i < 5, FigureCharacters.arabicValue(s[k]) >= 0 { year = year * 10 + FigureCharacters.arabicValue(s[k]); k += 1 }
        guard k - i == 4, year >= 1000, year <= 2199, isAny(k, "-/.－／．") else { return nil }
        let sep = s[k]
        func part(_ start: Int) -> (Int, Int)? {
            var m = start
            var v = 0
            while m < n, m - start < 3, FigureCharacters.arabicValue(s[m]) >= 0 { v = v * 10 + FigureCharacters.arabicValue(s[m]); m += 1 }
            guard m - start >= 1, m - start <= 2 else { return nil }
            return (v, m)
        }
        guard let (month, e1) = part(k + 1), e1 < n, s[e1] == sep, let (day, e2) = part(e1 + 1),
              FigureCharacters.arabicValue(ch(e2)) < 0, !isAny(e2, "-/.－／．"),
              let date = CalendarDate(year: year, month: month, day: day)
        else { return nil }
        if FigureCharacters.isLatin(ch(i - 1)) { return nil }
        var r = Reading(kind: .date, value: .string(date.description), start: i, end: e2)
        r.year = year
        r.month = month
        r.day = day
        return r
    }

    /// A date word at `i` (去年, 近日, 上半年, 半年 ...): emits it and returns the resume offset.
    mutating func matchDateWord(at i: Int) -> Int? {
        if at(i, "零下") { return nil }
        guard i >= lastEnd, let m = FigureLexicon.dateWordTrie.longestMatch(in: s, at: i) else { return nil }
        var r = Reading(kind: .date, value: nil, start: i, end: m.end)
        switch m.value {
        case .year(let offset):
            if isAny(i - 1, "去今明前本") { return nil }
            let year = anchor.year.map { $0 + offset }
            r.relative = signed(offset, "Y")
            r.value = year.map { .string(pad4($0)) }
            if let tail = dateTail(at: m.end, year: year, yearText: year.map(pad4) ?? "XXXX") {
                r.end = tail.end
                if year != nil {
                    r.value = tail.value.map { .string($0) }
                    r.upper = tail.upper.map { .string($0) }
                }
            }
        case .month(let offset):
            r.relative = signed(offset, "M")
            if let year = anchor.year, let month = anchor.month,
               let first = CalendarDate(year: year, month: month, day: 1)?.adding(months: offset) {
                r.value = .string("\(pad4(first.year))-\(pad2(first.month))")
                if let d = dayAfterMonth(at: m.end, month: first.month, year: first.year) {
                    r.value = .string("\(pad4(first.year))-\(pad2(first.month))-\(pad2(d.day))")
                    r.end = d.end
                }
            }
        case .week(let offset):
            r.relative = signed(offset, "W")
            r.value = anchor.date.map { .string($0.adding(days: 7 * offset).isoWeek) }
        case .day(let offset):
            r.relative = signed(offset, "D")
            r.value = anchor.date.map { .string($0.adding(days: offset).description) }
        case .vague:
            if at(i, "日前") && FigureCharacters.isHan(ch(i - 1)) && !isAny(i - 1, "者社电讯于在称悉获") { return nil }
            if at(i, "近日") && isAny(i - 1, "最附接临将") { return nil }
            if at(i, "近期") && isAny(i - 1, "最附接临将") { return nil }
        case .half(let h):
            if isAny(i - 1, "年") { return nil }
            r.value = .string("\(anchor.yearText)-H\(h)")
        case .halfDuration(let designator):
            if isAny(i - 1, "上下前后大多一两三四五六七八九十个") { return nil }
            r.kind = .duration
            r.value = .string(designator == "C" ? "P50Y" : isoDuration(0.5, designator))
            if isAny(r.end, "多余") || at(i, "半个多") { r.approximate = .more; r.end += isAny(r.end, "多余") ? 1 : 0 }
            applySuffixApproximation(&r)
            applyPrefixApproximation(&r, prefixes(endingAt: i).first { if case .approximate = $0.kind { return true } else { return false } })
        }
        emit(r)
        return r.end
    }

    /// "-P1Y", "P0Y", "+P2D".
    func signed(_ offset: Int, _ designator: String) -> String {
        offset == 0 ? "P0\(designator)" : offset < 0 ? "-P\(-offset)\(designator)" : "+P\(offset)\(designator)"
    }

    /// The date `amount` units from the anchor, at the unit's granularity; nil when the anchor lacks it.
    func resolve(amount: Double, designator: String) -> String? {
        guard amount == amount.rounded() else { return nil }
        let k = Int(amount)
        switch designator {
        case "Y":
            return anchor.year.map { pad4($0 + k) }
        case "M":
            guard let year = anchor.year, let month = anchor.month,
                  let d = CalendarDate(year: year, month: month, day: 1)?.adding(months: k) else { return nil }
            return "\(pad4(d.year))-\(pad2(d.month))"
        case "W":
            return anchor.date.map { $0.adding(days: 7 * k).description }
        case "D":
            return anchor.date.map { $0.adding(days: k).description }
        default:
            return nil
        }
    }
}
