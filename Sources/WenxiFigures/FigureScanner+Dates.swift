import WenxiText

extension FigureScanner {
    /// What follows a year (2024年, 今年): months, days, halves, quarters, periods, holidays.
    func dateTail(at j: Int, year: Int?, yearText: String) -> (value: String?, upper: String?, end: Int, month: Int?, day: Int?)? {
        if at(j, "上半年") { return ("\(yearText)-H1", nil, j + 3, nil, nil) }
        if at(j, "下半年") { return ("\(yearText)-H2", nil, j + 3, nil, nil) }
        if ch(j) == 0x5EA6 { return (yearText, nil, j + 1, nil, nil) }   // 年度
        if let part = yearPart(at: j, yearText: yearText) { return (part.value, part.upper, part.end, nil, nil) }
        if at(j, "首季度") { return ("\(yearText)-Q1", nil, j + 3, nil, nil) }
        if at(j, "首月") { return ("\(yearText)-01", nil, j + 2, 1, nil) }
        if let season = season(at: j, yearText: yearText, year: year) { return (season.value, season.upper, season.end, nil, nil) }
        if let h = holiday(at: j, year: year) { return (h.value ?? yearText, nil, h.end, nil, nil) }
        if atAny(j, ["农历", "阴历"]) != nil, let lunar = lunarDate(at: j + 2, year: year, afterPrefix: true) {
            return (lunar.value, lunar.upper, lunar.end, nil, nil)
        }
        if let lunar = lunarDate(at: j, year: year, afterPrefix: false) { return (lunar.value, lunar.upper, lunar.end, nil, nil) }
        var k = j
        let leading = ch(k) == 0x524D      // 前
        if leading || ch(k) == 0x7B2C { k += 1 }     // 第
        guard NumeralParser.startsNumber(s, at: k), let num = NumeralParser.parse(s, at: k),
              num.isInteger, !num.digitString, !num.vague else { return nil }
        let v = clampedInt(num.value)
        var e = num.end
        if at(e, "季度") || at(e, "个季度") {
            guard v >= 1, v <= 4 else { return nil }
            e += at(e, "季度") ? 2 : 3
            if leading { return ("\(yearText)-Q1", "\(yearText)-Q\(v)", e, nil, nil) }
            if let part = quarterPart(at: e, yearText: yearText, quarter: v) { return (part.value, part.upper, part.end, nil, nil) }
            return ("\(yearText)-Q\(v)", num.upper.map { "\(yearText)-Q\(clampedInt($0))" }, e, nil, nil)
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
            return ("\(yearText)-\(pad2(v))", "\(yearText)-\(pad2(clampedInt(num2.value)))", end, nil, nil)
        }
        guard ch(e) == 0x6708, !at(e, "月球") else { return nil }     // 月
        let tail = monthTail(at: e + 1, year: year, yearText: yearText, month: v)
        let upper = tail.upper ?? num.upper.map { "\(yearText)-\(pad2(clampedInt($0)))" }
        return (tail.value, tail.day == nil ? upper : tail.upper, tail.end, v, tail.day)
    }

    /// A day after a month (4日, 4号, 4日至6日), validated against the month's length.
    func dayAfterMonth(at e: Int, month: Int, year: Int?) -> (day: Int, end: Int, upperDay: Int?)? {
        guard NumeralParser.startsNumber(s, at: e), let d = NumeralParser.parse(s, at: e), d.isInteger, !d.digitString
        else { return nil }
        if !isAny(d.end, "日号") { return dayRange(d, month: month, year: year) }
        let day = clampedInt(d.value)
        guard day >= 1, day <= CalendarDate.daysIn(month: month, year: year ?? 2000) else { return nil }
        var end = d.end + 1
        var upperDay = d.upper.map { clampedInt($0) }
        if upperDay == nil, let sep = atAny(end, Self.rangeSeparators), NumeralParser.startsNumber(s, at: sep),
           let d2 = NumeralParser.parse(s, at: sep), d2.isInteger, isAny(d2.end, "日号"), ch(d2.end + 1) != 0x524D,
           clampedInt(d2.value) > day, clampedInt(d2.value) <= CalendarDate.daysIn(month: month, year: year ?? 2000) {
            upperDay = clampedInt(d2.value)
            end = d2.end + 1
        }
        return (day, end, upperDay)
    }

    /// Two days sharing one 日 (12-19日, 3至5日).
    func dayRange(_ d: ParsedNumber, month: Int, year: Int?) -> (day: Int, end: Int, upperDay: Int?)? {
        let days = CalendarDate.daysIn(month: month, year: year ?? 2000)
        let day = clampedInt(d.value)
        guard day >= 1, let sep = atAny(d.end, Self.rangeSeparators), NumeralParser.startsNumber(s, at: sep),
              let d2 = NumeralParser.parse(s, at: sep), d2.isInteger, !d2.digitString, isAny(d2.end, "日号") else { return nil }
        let upper = clampedInt(d2.value)
        guard upper > day, upper <= days else { return nil }
        return (day, d2.end + 1, upper)
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
            if at(i, "后年"), FigureCharacters.isHan(ch(i - 1)), !isAny(i - 1, "在于到至从是的和及或") { return nil }
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
                let tail = monthTail(at: m.end, year: first.year, yearText: pad4(first.year), month: first.month)
                r.value = .string(tail.value)
                r.upper = tail.upper.map { .string($0) }
                r.end = tail.end
            }
        case .week(let offset):
            r.relative = signed(offset, "W")
            r.value = anchor.date.map { .string($0.adding(days: 7 * offset).isoWeek) }
            // 下周六, 上周的周三, 下个星期一: a day of that week.
            var k = m.end
            if ch(k) == 0x7684 { k += 1 }                           // 的
            if let head = atAny(k, ["周", "星期", "礼拜"]) { k = head }
            if let day = weekday(at: k), !FigureCharacters.isChineseNumeral(ch(k + 1)) || ch(k) == 0x65E5 {
                r.end = k + 1
                r.value = dateOf(weekday: day, weeksFromAnchor: offset).map { .string($0) }
            }
        case .holiday(let rule):
            if case .yearOnly = rule { return nil }
            if at(i, "五一") || FigureCharacters.isChineseNumeral(ch(i - 1)) && !at(i, "元旦") { return nil }
            // 2024元旦: a year just before names the holiday's year.
            if var last = figures.last, last.kind == .date, last.end == i, let y = last.value?.string, y.count == 4, let year = Int(y) {
                last.text = text(last.start, m.end)
                last.end = m.end
                last.value = Self.holidayValue(rule, year: year).map { .string($0) }
                figures[figures.count - 1] = last
                lastEnd = m.end
                return m.end
            }
            r.value = anchor.year.flatMap { Self.holidayValue(rule, year: $0) }.map { .string($0) }
        case .lunar:
            let prefixed = atAny(i, ["农历", "阴历"]) != nil
            guard let lunar = lunarDate(at: prefixed ? i + 2 : i, year: anchor.year, afterPrefix: prefixed) else { return nil }
            r.value = lunar.value.map { .string($0) }
            r.upper = lunar.upper.map { .string($0) }
            r.end = lunar.end
        case .weekday(let day):
            if followsDay(i), var last = figures.last {     // 6月1日周六: the weekday names the same day
                last.text = text(last.start, m.end)
                last.end = m.end
                figures[figures.count - 1] = last
                lastEnd = m.end
                return m.end
            }
            if isAny(i - 1, "每逢隔") || FigureCharacters.isChineseNumeral(ch(i - 1)) || FigureCharacters.isArabic(ch(i - 1)) { return nil }
            if FigureCharacters.isChineseNumeral(ch(m.end)) && day != 7 { return nil }
            r.value = dateOf(weekday: day, weeksFromAnchor: 0).map { .string($0) }
        case .quarter(let offset):
            r.relative = signed(3 * offset, "M")
            if let year = anchor.year, let month = anchor.month {
                let index = (year * 4 + (month - 1) / 3) + offset
                let q = index % 4 + 1
                let yearText = pad4(index / 4)
                r.value = .string("\(yearText)-Q\(q)")
                if let part = quarterPart(at: m.end, yearText: yearText, quarter: q) {
                    r.value = .string(part.value)
                    r.upper = .string(part.upper)
                    r.end = part.end
                }
            }
        case .yearPart:
            if isAny(i - 1, "去今明前本当同该") || FigureCharacters.isArabic(ch(i - 1)) || FigureCharacters.isChineseNumeral(ch(i - 1)) { return nil }
            if let part = yearPart(at: i + 1, yearText: anchor.yearText) {
                r.value = anchor.year == nil ? nil : .string(part.value)
                r.upper = anchor.year == nil ? nil : .string(part.upper)
                r.end = part.end
            }
        case .monthPart:
            if FigureCharacters.isArabic(ch(i - 1)) || FigureCharacters.isChineseNumeral(ch(i - 1)) || isAny(i - 1, "本上下该当同") { return nil }
            if let year = anchor.year, let month = anchor.month,
               let part = periodPart(at: i + 1, Self.monthParts) {
                let ym = "\(pad4(year))-\(pad2(month))"
                let last = part.last == 0 ? CalendarDate.daysIn(month: month, year: year) : part.last
                r.value = .string("\(ym)-\(pad2(part.first))")
                r.upper = .string("\(ym)-\(pad2(last))")
            }
        case .day(let offset):
            // 后天 and 后年 end other words (建成后年产值, 三天后天气): only after a boundary or a preposition.
            if (at(i, "后天") || at(i, "后年")), FigureCharacters.isHan(ch(i - 1)), !isAny(i - 1, "在于到至从是的和及或") { return nil }
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

    /// Years a resolved date may fall in; an offset that leaves them gives no value.
    static let resolvableYears = -9999...9999

    /// The date `amount` units from the anchor, at the unit's granularity; nil when the anchor lacks
    /// it or the date would fall outside ``resolvableYears`` (10000000000年前).
    func resolve(amount: Double, designator: String) -> String? {
        guard amount == amount.rounded(), abs(amount) <= 4_000_000 else { return nil }
        let k = clampedInt(amount)
        let date: CalendarDate?
        switch designator {
        case "Y":
            guard let year = anchor.year.map({ $0 + k }), Self.resolvableYears.contains(year) else { return nil }
            return pad4(year)
        case "M":
            date = anchor.year.flatMap { year in anchor.month.flatMap { CalendarDate(year: year, month: $0, day: 1) } }?
                .adding(months: k)
        case "W":
            date = anchor.date?.adding(days: 7 * k)
        case "D":
            date = anchor.date?.adding(days: k)
        default:
            return nil
        }
        guard let date, Self.resolvableYears.contains(date.year) else { return nil }
        return designator == "M" ? "\(pad4(date.year))-\(pad2(date.month))" : date.description
    }
}
