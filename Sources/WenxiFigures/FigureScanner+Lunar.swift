import WenxiText

/// How a holiday's day is found in a given year.
enum HolidayRule: Sendable {
    /// The same Gregorian month and day every year (国庆节 10-01).
    case fixed(Int, Int)
    /// A day of the Chinese calendar (春节 正月初一, 中秋节 八月十五), through ICU.
    case lunar(Int, Int)
    /// 除夕: the day before the 春节 of that year.
    case newYearsEve
    /// The nth weekday (1 = Monday … 7 = Sunday) of a month (母亲节: the second Sunday of May).
    case nthWeekday(month: Int, n: Int, weekday: Int)
    /// Solar term `k` of ``FigureScanner/solarTerms`` (冬至, 清明): its day in that Gregorian year.
    case solarTerm(Int)
    /// A season with no single day (暑假, 春运): the year only.
    case yearOnly
}

extension FigureScanner {
    /// Holidays and the day each falls on; longer names first where one starts another.
    static let holidays: [(String, HolidayRule)] = [
        ("元旦", .fixed(1, 1)), ("国庆节", .fixed(10, 1)), ("国庆", .fixed(10, 1)), ("劳动节", .fixed(5, 1)),
        ("五一劳动节", .fixed(5, 1)), ("圣诞节", .fixed(12, 25)), ("平安夜", .fixed(12, 24)),
        ("儿童节", .fixed(6, 1)), ("妇女节", .fixed(3, 8)), ("教师节", .fixed(9, 10)), ("建军节", .fixed(8, 1)),
        ("植树节", .fixed(3, 12)), ("青年节", .fixed(5, 4)), ("情人节", .fixed(2, 14)), ("建党节", .fixed(7, 1)),
        ("春节", .lunar(1, 1)), ("元宵节", .lunar(1, 15)), ("元宵", .lunar(1, 15)), ("端午节", .lunar(5, 5)),
        ("端午", .lunar(5, 5)), ("七夕节", .lunar(7, 7)), ("七夕", .lunar(7, 7)), ("中秋节", .lunar(8, 15)),
        ("中秋", .lunar(8, 15)), ("重阳节", .lunar(9, 9)), ("重阳", .lunar(9, 9)), ("腊八节", .lunar(12, 8)),
        ("除夕", .newYearsEve), ("大年三十", .newYearsEve), ("大年夜", .newYearsEve), ("五一", .fixed(5, 1)), ("母亲节", .nthWeekday(month: 5, n: 2, weekday: 7)),
        ("父亲节", .nthWeekday(month: 6, n: 3, weekday: 7)), ("感恩节", .nthWeekday(month: 11, n: 4, weekday: 4)),
        ("十一", .fixed(10, 1)), ("元旦节", .fixed(1, 1)), ("愚人节", .fixed(4, 1)), ("万圣节", .fixed(10, 31)),
        ("护士节", .fixed(5, 12)), ("圣诞夜", .fixed(12, 24)), ("记者节", .fixed(11, 8)), ("光棍节", .fixed(11, 11)),
        ("国际劳动节", .fixed(5, 1)), ("国际妇女节", .fixed(3, 8)), ("国际儿童节", .fixed(6, 1)),
        ("六一儿童节", .fixed(6, 1)), ("三八妇女节", .fixed(3, 8)), ("五四青年节", .fixed(5, 4)),
        ("八一建军节", .fixed(8, 1)), ("上元节", .lunar(1, 15)), ("中元节", .lunar(7, 15)), ("下元节", .lunar(10, 15)),
        ("龙抬头", .lunar(2, 2)), ("七一", .fixed(7, 1)), ("八一", .fixed(8, 1)), ("618", .fixed(6, 18)),
        ("双十一", .fixed(11, 11)), ("双11", .fixed(11, 11)), ("双十二", .fixed(12, 12)), ("双12", .fixed(12, 12)),
        ("春运", .yearOnly), ("暑期", .yearOnly), ("暑假", .yearOnly), ("寒假", .yearOnly),
    ] + solarTermHolidays

    static let holidayTrie: ScalarTrie<HolidayRule> = ScalarTrie(holidays)

    /// The day of `rule` in `year` ("2024-02-10"), or the year alone for seasons.
    static func holidayValue(_ rule: HolidayRule, year: Int) -> String? {
        let date: CalendarDate?
        switch rule {
        case .fixed(let m, let d): date = CalendarDate(year: year, month: m, day: d)
        case .lunar(let m, let d): date = ChineseCalendar.gregorian(year: year, month: m, day: d)
        case .newYearsEve: date = ChineseCalendar.newYearsEve(beforeSpringFestivalOf: year)
        case .nthWeekday(let m, let k, let weekday):
            date = CalendarDate(year: year, month: m, day: 1).map { first in
                first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (k - 1))
            }
        case .solarTerm(let k): date = solarTermDate(k, year: year)
        case .yearOnly: return pad4(year)
        }
        return date?.description
    }

    /// A holiday at `j` in `year` (nil: the year is unknown): its value and end.
    func holiday(at j: Int, year: Int?) -> (value: String?, end: Int)? {
        guard let m = Self.holidayTrie.longestMatch(in: s, at: j), !numeralOnly(holidayAt: j, end: m.end, afterYear: true)
        else { return nil }
        return (year.flatMap { Self.holidayValue(m.value, year: $0) }, m.end)
    }

    /// Holidays named by the numerals of their month and day, which more often are numbers or
    /// names (十一月, 五一广场, 七一勋章, 八一队, 618元): they need a word of a holiday after them.
    static let numeralHolidays = ["五一", "十一", "七一", "八一", "618"]

    /// Words after a numeral holiday (``numeralHolidays``) that make it the holiday (五一期间,
    /// 十一黄金周, 七一前夕, 618大促): its days off, its season, the days around it, its sales.
    static let holidayPeriodWords = ["假期", "期间", "长假", "小长假", "黄金周", "节", "前夕", "当天", "放假", "假日", "出游",
                                     "前后", "过后", "以来", "之际", "到来", "来临", "大促", "促销", "购物", "电商", "年中大促"]

    /// Characters that open and close a quotation: a numeral holiday quoted (“五一”, “七一”, “618”) is the holiday.
    static let openQuotes = "“\"‘「『"
    static let closeQuotes = "”\"’」』"

    /// Characters that end a clause: after a year, a numeral holiday closing it (今年五一，) is the holiday.
    static let clauseEnds = "，。；！？：,;!?）)"

    /// Whether the holiday matched from `j` to `end` is a numeral holiday (五一, 十一, 七一, 八一, 618) that
    /// is not the holiday here: after 第 or a digit, or with none of a word of a holiday after it, quotes
    /// around it (“五一”假期, “七一”前夕, “618”，), or (`afterYear`, 今年五一，) the clause ending after it.
    func numeralOnly(holidayAt j: Int, end: Int, afterYear: Bool = false) -> Bool {
        guard Self.numeralHolidays.contains(where: { end == j + $0.unicodeScalars.count && at(j, $0) }) else { return false }
        if ch(j - 1) == 0x7B2C || FigureCharacters.isArabic(ch(j - 1)) || FigureCharacters.isArabic(ch(end)) { return true }  // 第
        if atAny(end, Self.holidayPeriodWords) != nil { return false }
        if isAny(j - 1, Self.openQuotes), isAny(end, Self.closeQuotes) {
            let k = end + 1
            return !(k >= n || atAny(k, Self.holidayPeriodWords) != nil || !FigureCharacters.isHan(ch(k)))
        }
        return !(afterYear && (end >= n || isAny(end, Self.clauseEnds)))
    }

    /// A lunar month at `j`: 正月, 冬月, 腊月, or (闰)N月 with Chinese numerals (Arabic too when
    /// `anyDigits`, after 农历): the month, whether it is a leap month, and its end.
    func lunarMonth(at j: Int, anyDigits: Bool) -> (month: Int, leap: Bool, end: Int)? {
        var k = j
        let leap = ch(k) == 0x95F0      // 闰
        if leap { k += 1 }
        if at(k, "正月") { return (1, leap, k + 2) }
        if at(k, "冬月") { return (11, leap, k + 2) }
        if at(k, "腊月") { return (12, leap, k + 2) }
        guard NumeralParser.startsNumber(s, at: k), anyDigits || leap || !FigureCharacters.isArabic(s[k]),
              let num = NumeralParser.parse(s, at: k), num.isInteger, num.upper == nil, ch(num.end) == 0x6708,
              num.value >= 1, num.value <= 12 else { return nil }
        return (clampedInt(num.value), leap, num.end + 1)
    }

    /// A lunar day at `j`: 初一 … 初十, 十一 … 二十九, 廿一 … 廿九, 三十 (Arabic after 农历), with an optional 日 or 号.
    func lunarDay(at j: Int, anyDigits: Bool) -> (day: Int, end: Int)? {
        var day = 0
        var end = j
        var named = true                                                    // 初五, 廿三: always lunar
        if ch(j) == 0x521D, let d = smallDigit(at: j + 1) {                 // 初
            day = d
            end = j + 2
        } else if ch(j) == 0x521D, let d = digitRun(at: j + 1, limit: 3), d.count <= 2, d.value <= 10 {  // 初8
            day = d.value
            end = d.end
        } else if ch(j) == 0x5EFF, let d = smallDigit(at: j + 1), d < 10 {  // 廿
            day = 20 + d
            end = j + 2
        } else if NumeralParser.startsNumber(s, at: j), anyDigits || !FigureCharacters.isArabic(s[j]),
                  let num = NumeralParser.parse(s, at: j), num.isInteger, num.upper == nil, !num.digitString,
                  num.value >= 1, num.value <= 30, anyDigits || num.value >= 10 {
            day = clampedInt(num.value)
            end = num.end
            named = false
        } else {
            return nil
        }
        guard day >= 1, day <= 30, FigureLexicon.units.longestMatch(in: s, at: end).map({ $0.value.unitClass == .day }) ?? true
        else { return nil }
        if isAny(end, "日号") {
            if !named && !anyDigits { return nil }    // 五月十五日 is a Gregorian date
            end += 1
        }
        return (day, end)
    }

    /// 一 … 十 at `j` as 1 … 10.
    func smallDigit(at j: Int) -> Int? {
        if ch(j) == 0x5341 { return 10 }
        let d = FigureCharacters.chineseDigitValue(ch(j))
        return d >= 1 && d <= 9 ? d : nil
    }

    /// A lunar date at `j` (after 农历, or a lunar month name): the Gregorian day, or for a month
    /// alone the days it spans, in the Chinese year that begins in `year`.
    func lunarDate(at j: Int, year: Int?, afterPrefix: Bool) -> (value: String?, upper: String?, end: Int)? {
        guard let month = lunarMonth(at: j, anyDigits: afterPrefix) else { return nil }
        if let day = lunarDay(at: month.end, anyDigits: afterPrefix) {
            let date = year.flatMap { ChineseCalendar.gregorian(year: $0, month: month.month, day: day.day, leap: month.leap) }
            return (date?.description, nil, day.end)
        }
        guard afterPrefix || month.leap || !FigureCharacters.isChineseNumeral(ch(j)) else { return nil }
        guard let year, let first = ChineseCalendar.gregorian(year: year, month: month.month, day: 1, leap: month.leap) else {
            return (nil, nil, month.end)
        }
        let last = ChineseCalendar.gregorian(year: year, month: month.month, day: 30, leap: month.leap)
            ?? ChineseCalendar.gregorian(year: year, month: month.month, day: 29, leap: month.leap)
        return (first.description, last?.description, month.end)
    }
}
