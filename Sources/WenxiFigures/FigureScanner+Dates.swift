import WenxiText

extension FigureScanner {
    /// What follows a year (2024年, 今年): months, days, halves, quarters, periods, holidays.
    /// `twoDigit`: the year was written with two digits (10年), so 前/后 and a count after it are more
    /// likely a duration's (10年后三个月) than the year's first or last months.
    func dateTail(at j: Int, year: Int?, yearText: String, twoDigit: Bool = false)
        -> (value: String?, upper: String?, end: Int, month: Int?, day: Int?)? {
        let j = afterDateSpaces(j)
        if at(j, "上半年") { return ("\(yearText)-H1", nil, j + 3, nil, nil) }
        if at(j, "下半年") { return ("\(yearText)-H2", nil, j + 3, nil, nil) }
        if ch(j) == 0x5EA6 { return (yearText, nil, j + 1, nil, nil) }   // 年度
        // 今年全年, 2024年全年, 今年年内: the whole year, in the span (not 全年级, 全年龄).
        if at(j, "全年"), !isAny(j + 2, "级龄"), !at(j, "全年度") { return (yearText, nil, j + 2, nil, nil) }
        if at(j, "年内") { return (yearText, nil, j + 2, nil, nil) }
        if let part = yearPart(at: j, yearText: yearText) { return (part.value, part.upper, part.end, nil, nil) }
        if at(j, "首季度") { return ("\(yearText)-Q1", nil, j + 3, nil, nil) }
        if at(j, "首月") { return ("\(yearText)-01", nil, j + 2, 1, nil) }
        if at(j, "元月") {   // 元月 is January (2024年元月15日)
            let tail = monthTail(at: j + 2, year: year, yearText: yearText, month: 1)
            return (tail.value, tail.upper, tail.end, 1, tail.day)
        }
        if let season = season(at: j, yearText: yearText, year: year) { return (season.value, season.upper, season.end, nil, nil) }
        if let h = holiday(at: j, year: year) { return (h.value ?? yearText, nil, h.end, nil, nil) }
        if atAny(j, ["农历", "阴历"]) != nil, let lunar = lunarDate(at: j + 2, year: year, afterPrefix: true) {
            return (lunar.value, lunar.upper, lunar.end, nil, nil)
        }
        if let lunar = lunarDate(at: j, year: year, afterPrefix: false) { return (lunar.value, lunar.upper, lunar.end, nil, nil) }
        if let part = countedPart(at: j, year: year, yearText: yearText), !twoDigit || ch(j) == 0x7B2C {
            return (part.value, part.upper, part.end, nil, nil)
        }
        var k = j
        let leading = isAny(k, Self.leadingWords)      // 前, 头
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
        // 3、4、5月份: months listed one after the other, sharing one 月.
        if let run = listed(from: num, unit: .month), run.consecutive, run.items.count >= 3 {
            return ("\(yearText)-\(pad2(v))", "\(yearText)-\(pad2(run.items[run.items.count - 1].value))", run.end, nil, nil)
        }
        // 1至10月, 1—9月份; 3、4月份 (two months listed, the second the next: see ``listedMonthStart``).
        let pairListed = ch(e) == 0x3001
        if let sep = pairListed ? e + 1 : atAny(e, Self.rangeSeparators), NumeralParser.startsNumber(s, at: sep),
           let num2 = NumeralParser.parse(s, at: sep), num2.isInteger, ch(num2.end) == 0x6708,
           num2.value > num.value, num2.value <= 12,
           !pairListed || num2.value == num.value + 1 && num2.upper == nil && !unitGoesOn(at: num2.end, unit: .month, last: v + 1) {
            var end = num2.end + 1
            if ch(end) == 0x4EFD { end += 1 }
            return ("\(yearText)-\(pad2(v))", "\(yearText)-\(pad2(clampedInt(num2.value)))", end, nil, nil)
        }
        if ch(e) == 0x20, ch(e + 1) == 0x6708 { e += 1 }             // 11 月: a space before the unit
        guard ch(e) == 0x6708, !at(e, "月球") else { return nil }     // 月
        let tail = monthTail(at: e + 1, year: year, yearText: yearText, month: v)
        let upper = tail.upper ?? num.upper.map { "\(yearText)-\(pad2(clampedInt($0)))" }
        return (tail.value, tail.day == nil ? upper : tail.upper, tail.end, v, tail.day)
    }

    /// Where the next part of a date starts after the spaces that web and segmented text put between
    /// its parts (2024年 11月 5日, 2024 年 11 月; the segmented corpora write two): `j` itself when no
    /// space stands there or no number follows the spaces.
    func afterDateSpaces(_ j: Int) -> Int {
        var k = j
        while k < j + 2, isAny(k, " \u{3000}\u{A0}") { k += 1 }
        return k > j && NumeralParser.startsNumber(s, at: k) ? k : j
    }

    /// A day after a month (4日, 4号, 4日至6日), validated against the month's length; spaces may stand
    /// before the day (11月 5日) and one before its unit (5 日).
    func dayAfterMonth(at e: Int, month: Int, year: Int?) -> (day: Int, end: Int, upperDay: Int?)? {
        let spaced = afterDateSpaces(e)
        guard NumeralParser.startsNumber(s, at: spaced), let d = NumeralParser.parse(s, at: spaced), d.isInteger, !d.digitString
        else { return nil }
        let unitAt = ch(d.end) == 0x20 && isAny(d.end + 1, "日号") ? d.end + 1 : d.end
        if !isAny(unitAt, "日号") {
            return spaced > e ? nil : dayRange(d, month: month, year: year) ?? listedDays(d, month: month, year: year)
                ?? bareDay(d, month: month, year: year)
        }
        let day = clampedInt(d.value)
        guard day >= 1, day <= CalendarDate.daysIn(month: month, year: year ?? 2000) else { return nil }
        var end = unitAt + 1
        var upperDay = d.upper.map { clampedInt($0) }
        if upperDay == nil, let sep = atAny(end, Self.rangeSeparators), NumeralParser.startsNumber(s, at: sep),
           let d2 = NumeralParser.parse(s, at: sep), d2.isInteger, isAny(d2.end, "日号"), ch(d2.end + 1) != 0x524D,
           clampedInt(d2.value) > day, clampedInt(d2.value) <= CalendarDate.daysIn(month: month, year: year ?? 2000) {
            upperDay = clampedInt(d2.value)
            end = d2.end + 1
        }
        return (day, end, upperDay)
    }

    /// A day in Arabic digits after a month with no 日 (1月3, 十月31, 1月3至2月10): only where the text, a
    /// clause or the date ends after it (punctuation, a space, a range separator and a month), so that
    /// 3月5人 and 1月3个 stay counts.
    func bareDay(_ d: ParsedNumber, month: Int, year: Int?) -> (day: Int, end: Int, upperDay: Int?)? {
        let day = clampedInt(d.value)
        guard d.startsArabic, d.upper == nil, day >= 1, day <= CalendarDate.daysIn(month: month, year: year ?? 2000),
              !FigureCharacters.isArabic(ch(d.end)), !isAny(d.end, ".．:：%％") else { return nil }
        let c = ch(d.end)
        let ends = c == 0 || c == 0x20 || isAny(d.end, "，。；、,;!?！？）)\n")
        let rangeToMonth = atAny(d.end, Self.rangeSeparators).map { sep in
            NumeralParser.parse(s, at: sep).map { ch($0.end) == 0x6708 } ?? false } ?? false
        guard ends || rangeToMonth else { return nil }
        return (day, d.end, nil)
    }

    /// Days listed with 、 before one 日 or 号 after a month (11月4、5日, 3月1、2、3日): days one after the
    /// other are one range, as listed months are (3、4月); otherwise the first is a day of its own, and the
    /// days after it are read as days listed after a date (11月4、6日 → 11-04 and 11-06).
    func listedDays(_ d: ParsedNumber, month: Int, year: Int?) -> (day: Int, end: Int, upperDay: Int?)? {
        let days = CalendarDate.daysIn(month: month, year: year ?? 2000)
        let day = clampedInt(d.value)
        guard d.isInteger, d.upper == nil, day >= 1, day <= days, ch(d.end) == 0x3001 else { return nil }   // 、
        var k = d.end
        var last = day
        var consecutive = true
        while ch(k) == 0x3001, k - d.end < 64, NumeralParser.startsNumber(s, at: k + 1), let next = NumeralParser.parse(s, at: k + 1),
              next.isInteger, next.upper == nil {
            let v = clampedInt(next.value)
            guard v >= 1, v <= days else { return nil }
            if v != last + 1 { consecutive = false }
            last = v
            k = next.end
        }
        guard k > d.end, isAny(k, "日号") else { return nil }
        return consecutive ? (day, k + 1, last) : (day, d.end, nil)
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

    /// "-P1Y", "P0Y", "+P2D".
    func signed(_ offset: Int, _ designator: String) -> String {
        offset == 0 ? "P0\(designator)" : offset < 0 ? "-P\(-offset)\(designator)" : "+P\(offset)\(designator)"
    }

    /// Years a resolved date may fall in; an offset that leaves them gives no value.
    static let resolvableYears = -9999...9999

    /// The days of half a month (a month of 30 days): 半个月后 is fifteen days on, as news means it.
    static let halfMonthDays = 15

    /// Months with a half (0.5, 2.5, -1.5) as whole months and the half's days, both signed as `months`;
    /// nil for whole months and other fractions.
    static func halfMonths(_ months: Double) -> (months: Int, days: Int)? {
        guard months != months.rounded(), months * 2 == (months * 2).rounded(), abs(months) <= 120_000 else { return nil }
        let sign = months < 0 ? -1 : 1
        return (sign * Int(abs(months)), sign * halfMonthDays)
    }

    /// The date `amount` units from the anchor, at the unit's granularity; nil when the anchor lacks
    /// it or the date would fall outside ``resolvableYears`` (10000000000年前).
    func resolve(amount: Double, designator: String) -> String? {
        // 一年半前: a fraction of a year that is whole months is read in months.
        if designator == "Y", amount != amount.rounded(), (amount * 12) == (amount * 12).rounded() {
            return resolve(amount: amount * 12, designator: "M")
        }
        // 半个月后, 两个半月前: a half month is days, read at the day.
        if designator == "M", let half = Self.halfMonths(amount) {
            guard let date = anchor.date?.adding(months: half.months).adding(days: half.days),
                  Self.resolvableYears.contains(date.year) else { return nil }
            return date.description
        }
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
        case "W":   // the week, like the other units at their own granularity (4周后 → "2024-W49")
            return anchor.date.flatMap { d in
                let week = d.adding(days: 7 * k)
                return Self.resolvableYears.contains(week.year) ? week.isoWeek : nil
            }
        case "D":
            date = anchor.date?.adding(days: k)
        default:
            return nil
        }
        guard let date, Self.resolvableYears.contains(date.year) else { return nil }
        return designator == "M" ? "\(pad4(date.year))-\(pad2(date.month))" : date.description
    }

    /// A calendar unit that numbers listed with 、 can share: 3、4、5月份, 2021、2022、2023年, 一、二季度,
    /// 80、90年代.
    enum ListedUnit {
        case year, quarter, month, decade

        /// The word after the last number: 年, 季度, 月 or 年代.
        var word: String {
            switch self {
            case .year: "年"
            case .quarter: "季度"
            case .month: "月"
            case .decade: "年代"
            }
        }

        /// How far apart two numbers of the list stand when they follow one another (80、90年代: ten).
        var step: Int { self == .decade ? 10 : 1 }

        /// Whether `number` can be one of the list: a year written in four Arabic digits, 1900–2100;
        /// a quarter 1–4; a month 1–12; a decade (80, 1990: ``decadeValue``).
        func allows(_ number: ParsedNumber) -> Bool {
            switch self {
            case .year: number.startsArabic && number.plainDigits == 4 && number.value >= 1900 && number.value <= 2100
            case .quarter: number.value >= 1 && number.value <= 4
            case .month: number.value >= 1 && number.value <= 12
            case .decade: FigureScanner.decadeValue(number.value) != nil
            }
        }
    }

    /// Numbers listed with 、 and one `unit` after the last (3、4、5月份, 十、十一、十二月, 3、5、7月,
    /// 2021、2022年), starting with `first`, each later than the one before and in the same script:
    /// each one's start and value, whether they follow one another, and where the unit (and 份 after
    /// 月) ends; nil when no unit follows, or the unit goes on into a finer date (``unitGoesOn``:
    /// 2021、2022年3月, 3、4、5月6日; those are ``listedBeforeDate``'s) or a year's 年 into 年代.
    func listed(from first: ParsedNumber, unit: ListedUnit) -> (items: [(start: Int, value: Int)], consecutive: Bool, end: Int)? {
        guard let (items, consecutive, e) = listedItems(from: first, unit: unit), at(e, unit.word),
              !unitGoesOn(at: e, unit: unit, last: items[items.count - 1].value) else { return nil }
        switch unit {
        case .month:
            guard !at(e, "月球") else { return nil }
            return (items, consecutive, ch(e + 1) == 0x4EFD ? e + 2 : e + 1)     // 月, 份
        case .quarter, .decade:
            return (items, consecutive, e + 2)
        case .year:
            guard ch(e + 1) != 0x4EE3 else { return nil }                        // 年代
            return (items, consecutive, e + 1)
        }
    }

    /// The numbers listed with 、 from `first` (at least two) that `unit` allows, each later than the one
    /// before and in the same script, whether they follow one another, and where the last ends.
    func listedItems(from first: ParsedNumber, unit: ListedUnit) -> (items: [(start: Int, value: Int)], consecutive: Bool, end: Int)? {
        guard first.isInteger, first.upper == nil, unit.allows(first) else { return nil }
        var items = [(start: first.start, value: clampedInt(first.value))]
        var (consecutive, e) = (true, first.end)
        while ch(e) == 0x3001, items.count < 12, NumeralParser.startsNumber(s, at: e + 1),
              let next = NumeralParser.parse(s, at: e + 1), next.isInteger, next.upper == nil, !next.vague,
              next.startsArabic == first.startsArabic, unit.allows(next), clampedInt(next.value) > items[items.count - 1].value {
            if clampedInt(next.value) != items[items.count - 1].value + unit.step { consecutive = false }
            items.append((next.start, clampedInt(next.value)))
            e = next.end
        }
        return items.count >= 2 ? (items, consecutive, e) : nil
    }

    /// Whether the `unit` word at `e`, after the list's `last` number, goes on into a finer date of
    /// that number alone: a year's 年 into a month, quarter, half, part or holiday of that year (2022年3月,
    /// 2021年上半年, 2021年底, 2021年春节: what ``dateTail`` reads finer than the year), a month's 月 (or 月份) into
    /// a day, a week or a part of the month (5月6日, 4月底), 年代 into a part of the decade (90年代末).
    func unitGoesOn(at e: Int, unit: ListedUnit, last: Int) -> Bool {
        switch unit {
        case .year:
            // 2022年3月, 2021年上半年, 2021年底, 2021年春节 (年度 is the year itself).
            NumeralParser.startsNumber(s, at: e + 1)
                || dateTail(at: e + 1, year: last, yearText: pad4(last)).map { $0.value != pad4(last) || $0.upper != nil } ?? false
        case .month:
            // 5月6日, 4月底, 5月中旬, 11月第一周: what ``monthTail`` reads finer than the month (not 至6月).
            monthTail(at: e + 1, year: anchor.year, yearText: anchor.yearText, month: last).value != "\(anchor.yearText)-\(pad2(last))"
        case .decade: periodPart(at: e + 2, Self.decadeParts) != nil
        case .quarter: false
        }
    }

    /// 2021、2022年3月, 3、4、5月6日, 80、90年代末: a list whose last unit goes on into a finer date
    /// (``unitGoesOn``). The last number is that date's alone (2022年3月, 5月6日, 90年代末, read where
    /// the scan goes on); the ones before it are a list of their own, as years, months or decades (each one, or a range when they follow
    /// one another), ending before the 、 ahead of the last. Returns that list and the last's start.
    func listedBeforeDate(from first: ParsedNumber, unit: ListedUnit)
        -> (run: (items: [(start: Int, value: Int)], consecutive: Bool, end: Int), last: Int)? {
        guard let (items, _, e) = listedItems(from: first, unit: unit), at(e, unit.word),
              unitGoesOn(at: e, unit: unit, last: items[items.count - 1].value) else { return nil }
        let before = Array(items.dropLast())
        let consecutive = zip(before, before.dropFirst()).allSatisfy { $1.value == $0.value + unit.step }
        let last = items[items.count - 1].start
        return ((before, consecutive, last - 1), last)
    }

    /// Months or years listed with no year before them, read at the first number so that none is
    /// read alone as a number.
    /// - Months: three or more one after the other are one range in the anchor's year (3、4、5月份);
    ///   months that skip (3、5、7月) are each a month of its own, in the year of a year figure just
    ///   before (去年3、5、7月) or else the anchor's; two one after the other are ``listedMonthStart``'s.
    /// - Years: two or more one after the other are one range (2021、2022、2023年); years that skip
    ///   are each a year (2018、2020、2022年).
    /// - Quarters likewise, with or without 第 and in the year of a year figure just before:
    ///   一、二、三季度, 第三、四季度, 2023年1、2、3季度; 第一、三季度 is two quarters.
    ///
    /// Like ``listedMonthStart``, it needs no number, 、, 第 or point just before the first (`first`,
    /// the number read at `i`). Returns where the scan goes on, or nil.
    mutating func listedRun(at i: Int, first: ParsedNumber) -> Int? {
        // 第一、二季度: the quarters' 第 is part of the list.
        let ordinal = ch(i - 1) == 0x7B2C && !NumeralParser.startsNumber(s, at: i - 2)
        guard i == 0 || !NumeralParser.startsNumber(s, at: i - 1), !isAny(i - 1, "、.．") && (ch(i - 1) != 0x7B2C || ordinal)
        else { return nil }
        if !ordinal, let (run, resume) = listed(from: first, unit: .year).map({ ($0, $0.end) })
            ?? listedBeforeDate(from: first, unit: .year) {
            emitListed(run, from: i) { value, upper in
                var r = Reading(kind: .date, value: .string(String(value)), upper: upper.map { .string(String($0)) }, start: 0, end: 0)
                r.year = value
                return r
            }
            return resume
        }
        if !ordinal, let (run, resume) = listed(from: first, unit: .decade).map({ ($0, $0.end) })
            ?? listedBeforeDate(from: first, unit: .decade) ?? abbreviatedDecades(from: first).map({ ($0, $0.end) }) {
            let century = figures.last.flatMap { $0.end == i && $0.kind == .date ? $0.value?.string : nil }.flatMap { $0.count == 2 ? $0 : nil }
            emitListed(run, from: i) { value, upper in
                Reading(kind: .date, value: Self.decadeOf(value, century: century), upper: upper.flatMap { Self.decadeOf($0, century: century) },
                        start: 0, end: 0)
            }
            return resume
        }
        // 去年3、5、7月, 2023年1、2、3季度: the year just before, read as a figure of its own, is the list's year.
        var (year, yearText) = (anchor.year, anchor.yearText)
        if let last = figures.last, last.end == (ordinal ? i - 1 : i), last.kind == .date, let text = last.value?.string,
           text.count == 4, let y = Int(text) {
            (year, yearText) = (y, text)
        }
        if let run = listed(from: first, unit: .quarter) {
            emitListed(run, from: ordinal ? i - 1 : i) { quarter, upper in
                var r = Reading(kind: .date, value: .string("\(yearText)-Q\(quarter)"),
                                upper: upper.map { .string("\(yearText)-Q\($0)") }, start: 0, end: 0)
                r.year = year
                return r
            }
            return run.end
        }
        // Two months one after the other sharing 月 are ``listedMonthStart``'s (3、4月份).
        let months = listed(from: first, unit: .month).flatMap { $0.items.count >= 3 || !$0.consecutive ? ($0, $0.end) : nil }
        guard !ordinal, let (run, resume) = months ?? listedBeforeDate(from: first, unit: .month) else { return nil }
        emitListed(run, from: i) { month, upper in
            var r = Reading(kind: .date, value: .string("\(yearText)-\(pad2(month))"),
                            upper: upper.map { .string("\(yearText)-\(pad2($0))") }, start: 0, end: 0)
            r.year = year
            r.month = upper == nil ? month : nil
            return r
        }
        return months == nil ? emitLastListedMonth(at: resume, year: year, yearText: yearText) : resume
    }

    /// 七、八十年代, 六、七、八十年代: Chinese digits listed before the tens of the last decade stand for
    /// their own tens, one after the other (七 for 七十): the run as ``listed(from:unit:)`` gives it. Not
    /// when a part of the decade follows (七、八十年代末 stays as it was).
    func abbreviatedDecades(from first: ParsedNumber) -> (items: [(start: Int, value: Int)], consecutive: Bool, end: Int)? {
        guard !first.startsArabic, first.end == first.start + 1, first.isInteger, first.value >= 1 else { return nil }
        var items = [(start: first.start, value: clampedInt(first.value) * 10)]
        var e = first.end
        while ch(e) == 0x3001, let next = NumeralParser.parse(s, at: e + 1), !next.startsArabic, next.upper == nil, next.isInteger {
            let value = clampedInt(next.value)
            if next.end == next.start + 1, value * 10 == items[items.count - 1].value + 10 {
                items.append((next.start, value * 10))
                e = next.end
                continue
            }
            guard value == items[items.count - 1].value + 10, ch(next.end - 1) == 0x5341, at(next.end, "年代"),   // X十年代
                  periodPart(at: next.end + 2, Self.decadeParts) == nil, Self.decadeValue(next.value) != nil else { return nil }
            items.append((next.start, value))
            return (items, true, next.end + 2)
        }
        return nil
    }

    /// A listed decade's value (80 → "198", 1990 → "199"), in `century` ("19", a century figure just
    /// before: 上世纪80、90年代) when it is given in two digits.
    static func decadeOf(_ number: Int, century: String?) -> FigureValue? {
        (Self.decadeValue(Double(number), century: century) ?? Self.decadeValue(Double(number))).map { .string($0) }
    }

    /// The last month of a list whose 月 goes on into a day (3、4、5月6日 → 5月6日), in the list's year
    /// (2023年3、4、5月6日 → "2023-05-06", not the anchor's): emits it and returns where the scan goes on.
    private mutating func emitLastListedMonth(at j: Int, year: Int?, yearText: String) -> Int {
        guard let num = NumeralParser.parse(s, at: j) else { return j }
        let month = clampedInt(num.value)
        let tail = monthTail(at: num.end + 1, year: year, yearText: yearText, month: month)
        var r = Reading(kind: .date, value: .string(tail.value), upper: tail.upper.map { .string($0) }, start: j, end: tail.end)
        (r.year, r.month, r.day, r.hasUnit) = (year, month, tail.day, true)
        applyDateBound(&r)
        emit(r)
        return tail.end
    }

    /// Emits a list (``listed(from:unit:)``) that starts at `i` (at its 第, if any): one range from
    /// its first to its last value when its items follow one another, else one figure an item, each
    /// up to the 、 after it; the last takes a bound after it (以来). `reading(value, upper)` makes
    /// the date of an item or of the range.
    private mutating func emitListed(_ run: (items: [(start: Int, value: Int)], consecutive: Bool, end: Int), from i: Int,
                                     reading: (Int, Int?) -> Reading) {
        let spans: [(value: Int, upper: Int?, start: Int, end: Int)] = run.consecutive && run.items.count > 1
            ? [(run.items[0].value, run.items[run.items.count - 1].value, i, run.end)]
            : run.items.indices.map { k in
                (run.items[k].value, nil, k == 0 ? i : run.items[k].start, k + 1 < run.items.count ? run.items[k + 1].start - 1 : run.end)
            }
        for (k, span) in spans.enumerated() {
            var r = reading(span.value, span.upper)
            (r.start, r.end, r.hasUnit) = (span.start, span.end, true)
            if k + 1 == spans.count { applyDateBound(&r) }
            emit(r)
        }
    }
}
