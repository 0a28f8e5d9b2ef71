import WenxiText

/// What a word after a number makes of it.
enum UnitClass: Sendable, Equatable {
    /// A measure word or unit: the figure is a number with this unit.
    case measure
    /// A currency: money with this ISO 4217 code.
    case money(String)
    /// %, ％: a percentage as written.
    case percent
    /// ‰: per mille, reported in percent (5‰ → 0.5).
    case permille
    /// 个百分点, 百分点: a number with unit 百分点.
    case percentPoint
    /// 成: tenths, reported in percent (三成 → 30).
    case cheng
    /// 折: a price share in tenths (八折 → 80), reported in percent.
    case zhe
    /// 岁, 周岁: an age.
    case age
    /// A duration unit with its ISO 8601 designator ("Y", "M", "W", "D", "TH", "TM", "TS")
    /// and how many of that unit one counts (个季度 = 3 months).
    case duration(String, Double)
    /// 年: a year or a number of years, decided by the number.
    case year
    /// 月: a month of the year.
    case month
    /// 日, 号: a day of the month (or a number of days above 31).
    case day
    /// 时, 点: an hour of the day.
    case hour
    /// 季度: a quarter of a year (三季度 = Q3).
    case quarter
    /// 年代: a decade (80年代 → "198").
    case decade
    /// 世纪: a century (21世纪 → "20").
    case century
    /// 旬: ten years of age (九旬 → 90).
    case xun
}

/// A unit as matched: its class and the label reported in `unit`.
struct UnitInfo: Sendable {
    var unitClass: UnitClass
    var label: String
}

/// How a word before a number bears on it.
enum PrefixKind: Sendable, Equatable {
    case approximate(Figure.Approximation)
    /// 上万, 上百: only before a bare multiplier; "more".
    case upward
    /// 第: an ordinal follows.
    case ordinal
    /// 前 in 前三季度, 前10个月 (头 in 头两个月, at a clause start): a period from the start of the year.
    case leading
    /// 年逾, 年近, 年过, 年满: an age follows (with its approximation).
    case agePrefix(Figure.Approximation?)
    /// 上午, 下午 ...: a time of day follows; the hour offset to add for afternoon words, or -1 for
    /// the night (夜里, 深夜, 半夜): 6 to 11 are evening hours, 12 is midnight, 0 to 5 stay.
    case dayPart(Int)
    /// 零下: a negative number follows.
    case belowZero
    /// 公元前: a year before the common era follows.
    case beforeCommonEra
    /// 公元: a year of the common era of any length follows.
    case commonEra
    /// 民国: a year of the Republic of China follows (民国38年 is 1949, 民國113年 is 2024: the year + 1911).
    case republicEra
    /// 人民币, 美元 ... before an amount: money in that currency when no unit follows.
    case currency(String)
    /// $, ￥, €: a currency symbol written before the amount (part of the span).
    case currencySymbol(String)
}

extension PrefixKind {
    /// 上午, 下午, 晚上 …
    var isDayPart: Bool {
        if case .dayPart = self { return true }
        return false
    }
}

/// Comparative words and the bound they put on a figure (its `mod`), before or after it.
enum Comparatives {
    static let mods: [String: Figure.Mod] = [
        // before the number
        "超过": .moreThan, "超": .moreThan, "逾": .moreThan, "高于": .moreThan, "大于": .moreThan, "多于": .moreThan,
        "突破": .moreThan, "过": .moreThan, "破": .moreThan, "至少": .equalOrMore, "不少于": .equalOrMore, "不低于": .equalOrMore,
        "不到": .lessThan, "不足": .lessThan, "低于": .lessThan, "少于": .lessThan, "小于": .lessThan, "未满": .lessThan,
        "不及": .lessThan, "至多": .equalOrLess, "最多": .equalOrLess, "不超过": .equalOrLess,
        "不止": .moreThan, "不下": .equalOrMore, "起码": .equalOrMore, "最少": .equalOrMore,
        // after it: 以上 and 以下 include the number in Chinese usage (and in law)
        "以上": .equalOrMore, "以下": .equalOrLess, "及以上": .equalOrMore, "及以下": .equalOrLess, "以内": .equalOrLess, "之内": .equalOrLess,
    ]

    /// The comparative's bound of the words before a number: the whole text (超过), or the comparative
    /// that opens it before a currency word (超过人民币 → `more_than`); nil for none.
    static func mod(startingText text: String) -> Figure.Mod? {
        if let mod = mods[text] { return mod }
        guard text.unicodeScalars.count >= 3 else { return nil }
        return modsLongestFirst.first { text.hasPrefix($0.key) }?.value
    }

    static let modsLongestFirst = mods.sorted { $0.key.unicodeScalars.count > $1.key.unicodeScalars.count }

    /// Words after a date that open it: 2023年以来, 2030年前, 5月起.
    static let dateBounds: [(String, Figure.Mod)] = [
        ("以来", .onOrAfter), ("至今", .onOrAfter), ("起", .onOrAfter), ("以后", .after), ("之后", .after),
        ("过后", .after), ("以前", .before), ("之前", .before), ("前", .before),
    ]
}

/// Date words the scanner matches by themselves.
enum DateWord: Sendable {
    /// 去年 -1, 今年 0, 明年 +1, 前年 -2.
    case year(Int)
    /// 本月 0, 上月 -1, 下月 +1.
    case month(Int)
    /// 本周 0, 上周 -1, 下周 +1.
    case week(Int)
    /// 今天 0, 昨天 -1, 明天 +1, 前天 -2.
    case day(Int)
    /// 当天, 次日, 同月, 次年, 这一年 …: a day, month or year ("D", "M", "Y") counted from the date the
    /// text gave last (or the anchor): 0 the same, 1 the next.
    case anaphoric(String, Int)
    /// 近日, 日前, 近期: a recent date with no value.
    case vague
    /// 上半年 1, 下半年 2.
    case half(Int)
    /// 半年, 半个月, 半小时 ...: half of a unit, as a duration.
    case halfDuration(String)
    /// 个把月, 个把小时 ...: about one of a unit, as a duration.
    case aboutOne(String)
    /// 周一, 星期三, 礼拜天: a day of the anchor's week (1 = Monday … 7 = Sunday).
    case weekday(Int)
    /// 本季度 0, 上季度 -1, 下季度 +1.
    case quarter(Int)
    /// 季度末, 季末, 季度初, 季初: a part of the anchor's quarter (the length of 季度 or 季 before the part).
    case quarterPart(Int)
    /// 春节, 国庆节, 母亲节 …: the holiday in the anchor's year.
    case holiday(HolidayRule)
    /// 农历, 阴历, 正月, 腊月, 冬月, 闰: a date of the Chinese calendar follows (or is) the word.
    case lunar
    /// 年底, 年初, 年末: a part of the anchor's year (the text after 年 says which).
    case yearPart
    /// 月底, 月初, 月末, 月中旬 …: a part of the anchor's month.
    case monthPart
    /// 本世纪 0, 上世纪 -1, 下世纪 +1: the anchor's century, or the one before or after.
    case century(Int)
    /// 元月: a month named by a word (January), in the anchor's year.
    case namedMonth(Int)

    /// Whether the word takes 以来, 起, 以后 … after it as a date does: the relative years, months
    /// and days (今年以来, 下月起, 今天起), weeks, weekdays, holidays and dates said again (下周二之前, 春节以来,
    /// 次日起), and the parts of the anchor's year or month, which are periods (年初以来, 月底起:
    /// ``isPeriodPart``).
    var opensLikeADate: Bool {
        switch self {
        case .year, .month, .week, .day, .yearPart, .monthPart, .weekday, .holiday, .anaphoric: return true
        // 上半年以来, 本季度起, 季度末以来: halves and quarters of the anchor's year open as its months do.
        case .half, .quarter, .quarterPart: return true
        // 上世纪以来, 本世纪初以来, 上世纪80年代起: the anchor's century or a neighbour, as 19世纪以后.
        case .century: return true
        default: return false
        }
    }

    /// 年初, 月底 …: a word that reads as a period (with an upper end) and still opens like a date.
    var isPeriodPart: Bool {
        switch self {
        case .yearPart, .monthPart: return true
        default: return false
        }
    }
}

/// The word lists of the figure stage: units, currencies, approximations, date words.
///
/// Units, currencies and approximations after a number come from ``FigureUnitTable``
/// (`Dictionaries/figures/units.txt`, shared with the segmenter); the words before a number and
/// the date words are grammar, written below. Built once, on first use.
enum FigureLexicon {
    /// What a `class` field of the unit table makes of a number, or `nil` for rows the units trie
    /// does not hold (`latin`, `after:…`, `span-only`) or classes it does not know.
    static func unitClass(_ name: String, label: String) -> UnitClass? {
        switch name {
        case "measure": return .measure
        case "money": return .money(label)
        case "percent": return .percent
        case "permille": return .permille
        case "percentPoint": return .percentPoint
        case "cheng": return .cheng
        case "zhe": return .zhe
        case "age": return .age
        case "year": return .year
        case "month": return .month
        case "day": return .day
        case "hour": return .hour
        case "quarter": return .quarter
        case "decade": return .decade
        case "century": return .century
        case "xun": return .xun
        default:
            let parts = name.split(separator: ":")
            guard parts.count == 3, parts[0] == "duration", let factor = Double(parts[2]) else { return nil }
            return .duration(String(parts[1]), factor)
        }
    }

    /// Rows of the unit table whose class the extractor does not know (a typo in the file).
    static var unknownClasses: [FigureUnitTable.Row] {
        FigureUnitTable.shared.rows.filter {
            unitClass($0.unitClass, label: $0.label) == nil && $0.unitClass != "latin" && $0.unitClass != "span-only"
                && approximation($0.unitClass) == nil
        }
    }

    /// `after:more` → .more, and so on.
    static func approximation(_ name: String) -> Figure.Approximation? {
        guard name.hasPrefix("after:") else { return nil }
        return Figure.Approximation(rawValue: String(name.dropFirst(6)))
    }

    /// Units and classes of every word that may follow a number (longest match wins).
    static let units: ScalarTrie<UnitInfo> = {
        var trie = ScalarTrie<UnitInfo>()
        for row in FigureUnitTable.shared.rows {
            if let unitClass = unitClass(row.unitClass, label: row.label) {
                trie.insert(row.word, UnitInfo(unitClass: unitClass, label: row.label))
            }
        }
        return trie
    }()

    /// Latin units (km, kg, MW …), matched only right after Arabic digits (or one space); case-sensitive.
    static let latinUnitTrie: ScalarTrie<String> = ScalarTrie(
        FigureUnitTable.shared.rows.filter { $0.unitClass == "latin" }.map { ($0.word, $0.label) })

    /// Approximation words after a number or its unit (多, 左右, 以上 …).
    static let approximationSuffixes: ScalarTrie<Figure.Approximation> = ScalarTrie(
        FigureUnitTable.shared.rows.compactMap { row in approximation(row.unitClass).map { (row.word, $0) } })

    /// Words before a number, stored reversed for matching backwards from the number.
    static let prefixes: ScalarTrie<PrefixKind> = {
        var entries: [(String, PrefixKind)] = [
            ("约", .approximate(.about)), ("大约", .approximate(.about)), ("约为", .approximate(.about)), ("约有", .approximate(.about)), ("约占", .approximate(.about)),
            ("约合", .approximate(.about)), ("大约有", .approximate(.about)),
            ("大概", .approximate(.about)), ("近", .approximate(.about)), ("将近", .approximate(.about)),
            ("接近", .approximate(.about)), ("近乎", .approximate(.about)),
            ("差不多", .approximate(.about)), ("大致", .approximate(.about)), ("约莫", .approximate(.about)), ("约摸", .approximate(.about)),
            ("不下", .approximate(.more)), ("不止", .approximate(.more)), ("起码", .approximate(.more)), ("最少", .approximate(.more)),
            ("逾", .approximate(.more)), ("超", .approximate(.more)), ("超过", .approximate(.more)),
            ("过", .approximate(.more)), ("破", .approximate(.more)),
            ("至少", .approximate(.more)), ("不少于", .approximate(.more)), ("不低于", .approximate(.more)),
            ("多于", .approximate(.more)), ("高于", .approximate(.more)), ("突破", .approximate(.more)),
            ("不到", .approximate(.less)), ("不足", .approximate(.less)), ("未满", .approximate(.less)),
            ("不超过", .approximate(.less)), ("至多", .approximate(.less)), ("最多", .approximate(.less)),
            ("低于", .approximate(.less)), ("少于", .approximate(.less)), ("不及", .approximate(.less)),
            ("大于", .approximate(.more)), ("小于", .approximate(.less)),
            ("上", .upward), ("第", .ordinal), ("前", .leading), ("头", .leading),
            ("年逾", .agePrefix(.more)), ("年过", .agePrefix(.more)), ("年近", .agePrefix(.about)),
            ("年满", .agePrefix(nil)), ("年届", .agePrefix(nil)), ("年已", .agePrefix(nil)),
            ("上午", .dayPart(0)), ("早上", .dayPart(0)), ("清晨", .dayPart(0)), ("凌晨", .dayPart(0)),
            ("早晨", .dayPart(0)), ("早", .dayPart(0)), ("中午", .dayPart(12)), ("正午", .dayPart(12)), ("下午", .dayPart(12)),
            ("傍晚", .dayPart(12)), ("晚上", .dayPart(12)), ("晚间", .dayPart(12)), ("夜里", .dayPart(-1)),
            ("夜间", .dayPart(-1)), ("深夜", .dayPart(-1)), ("半夜", .dayPart(-1)), ("午夜", .dayPart(-1)), ("晚", .dayPart(12)), ("午后", .dayPart(12)),
            ("零下", .belowZero), ("负", .belowZero), ("负增长", .belowZero), ("公元前", .beforeCommonEra), ("公元", .commonEra), ("民国", .republicEra),
            ("人民币", .currency("CNY")), ("美元", .currency("USD")), ("欧元", .currency("EUR")),
            ("港币", .currency("HKD")), ("日元", .currency("JPY")), ("英镑", .currency("GBP")),
            ("港元", .currency("HKD")), ("新台币", .currency("TWD")), ("台币", .currency("TWD")), ("日币", .currency("JPY")),
            ("澳元", .currency("AUD")), ("韩元", .currency("KRW")), ("卢布", .currency("RUB")), ("澳门币", .currency("MOP")),
            ("$", .currencySymbol("USD")), ("US$", .currencySymbol("USD")), ("＄", .currencySymbol("USD")),
            ("￥", .currencySymbol("CNY")), ("¥", .currencySymbol("CNY")), ("RMB", .currencySymbol("CNY")),
            ("€", .currencySymbol("EUR")), ("£", .currencySymbol("GBP")), ("HK$", .currencySymbol("HKD")),
        ]
        // ISO 4217 codes and RMB before the amount, glued or with one space (USD 500, RMB 2999, EUR300): not
        // after another letter (``FigureScanner/matchedPrefixes``).
        for code in ["USD", "EUR", "CNY", "HKD", "JPY", "GBP"] { entries.append((code, .currencySymbol(code))) }
        for code in ["USD", "EUR", "CNY", "HKD", "JPY", "GBP"] { entries.append((code + " ", .currencySymbol(code))) }
        entries.append(("RMB ", .currencySymbol("CNY")))
        entries = entries.map { (String($0.0.reversed()), $0.1) }
        return ScalarTrie(entries)
    }()

    /// Date words matched by themselves.
    static let dateWords: [(String, DateWord)] = [
        ("上一年", .year(-1)), ("下一年", .year(1)), ("上一周", .week(-1)), ("下一周", .week(1)),
        ("上一个月", .month(-1)), ("下一个月", .month(1)), ("本日", .day(0)), ("即日", .day(0)),
        ("去年", .year(-1)), ("今年", .year(0)), ("明年", .year(1)), ("前年", .year(-2)), ("本年", .year(0)),
        ("本月", .month(0)), ("上月", .month(-1)), ("下月", .month(1)), ("上个月", .month(-1)),
        ("元月", .namedMonth(1)), ("本世纪", .century(0)), ("上世纪", .century(-1)), ("上个世纪", .century(-1)), ("下世纪", .century(1)),
        ("下个世纪", .century(1)),
        ("下个月", .month(1)), ("本周", .week(0)), ("上周", .week(-1)), ("下周", .week(1)),
        ("今天", .day(0)), ("今日", .day(0)), ("昨天", .day(-1)), ("昨日", .day(-1)), ("明天", .day(1)),
        ("明日", .day(1)), ("前天", .day(-2)), ("大前天", .day(-3)), ("后天", .day(2)), ("大后天", .day(3)),
        ("大大前天", .day(-4)), ("大大后天", .day(4)), ("今明两年", .year(0)), ("明后两年", .year(1)), ("明后年", .year(1)), ("今明两天", .day(0)), ("明后天", .day(1)), ("明后两天", .day(1)),
        ("今晚", .day(0)), ("昨晚", .day(-1)), ("明晚", .day(1)), ("今晨", .day(0)), ("今早", .day(0)),
        ("明早", .day(1)), ("昨夜", .day(-1)), ("今夜", .day(0)), ("前晚", .day(-2)), ("前日", .day(-2)),
        ("大前年", .year(-3)), ("后年", .year(2)), ("大后年", .year(3)),
        ("今春", .year(0)), ("今夏", .year(0)), ("今秋", .year(0)), ("今冬", .year(0)), ("去春", .year(-1)), ("去夏", .year(-1)),
        ("去秋", .year(-1)), ("去冬", .year(-1)), ("明春", .year(1)), ("明夏", .year(1)), ("明秋", .year(1)), ("明冬", .year(1)),
        ("上上周", .week(-2)), ("下下周", .week(2)), ("这周", .week(0)), ("上星期", .week(-1)), ("下星期", .week(1)),
        ("本星期", .week(0)), ("这星期", .week(0)), ("上个星期", .week(-1)), ("下个星期", .week(1)),
        ("这个星期", .week(0)), ("上个周", .week(-1)), ("下个周", .week(1)), ("这个周", .week(0)), ("上个礼拜", .week(-1)), ("下个礼拜", .week(1)), ("这个礼拜", .week(0)),
        ("上礼拜", .week(-1)), ("下礼拜", .week(1)), ("上上个月", .month(-2)), ("下下个月", .month(2)),
        ("这个月", .month(0)), ("当月", .anaphoric("M", 0)),
        ("当年", .anaphoric("Y", 0)), ("同年", .anaphoric("Y", 0)), ("这一年", .anaphoric("Y", 0)),
        ("次年", .anaphoric("Y", 1)), ("翌年", .anaphoric("Y", 1)), ("同月", .anaphoric("M", 0)),
        ("次月", .anaphoric("M", 1)), ("当天", .anaphoric("D", 0)), ("当日", .anaphoric("D", 0)),
        ("同日", .anaphoric("D", 0)), ("同一天", .anaphoric("D", 0)), ("次日", .anaphoric("D", 1)),
        ("翌日", .anaphoric("D", 1)), ("当晚", .anaphoric("D", 0)), ("上年", .anaphoric("Y", -1)), ("当夜", .anaphoric("D", 0)),
        ("本季度", .quarter(0)), ("上季度", .quarter(-1)), ("下季度", .quarter(1)), ("上个季度", .quarter(-1)),
        ("下个季度", .quarter(1)), ("这个季度", .quarter(0)),
        ("季度末", .quarterPart(2)), ("季度初", .quarterPart(2)), ("季度底", .quarterPart(2)),
        ("季末", .quarterPart(1)), ("季初", .quarterPart(1)),
        ("年内", .yearPart), ("月内", .monthPart),
        ("年底", .yearPart), ("年初", .yearPart), ("年末", .yearPart), ("岁末", .yearPart), ("年中", .yearPart),
        ("月底", .monthPart), ("月初", .monthPart), ("月末", .monthPart), ("月上旬", .monthPart),
        ("月中旬", .monthPart), ("月中", .monthPart), ("月下旬", .monthPart),
        ("上旬", .monthPart), ("中旬", .monthPart), ("下旬", .monthPart), ("上半月", .monthPart), ("下半月", .monthPart), ("上中旬", .monthPart), ("中下旬", .monthPart),
        ("近日", .vague), ("日前", .vague), ("近期", .vague),
        ("上半年", .half(1)), ("下半年", .half(2)),
        ("半年", .halfDuration("Y")), ("半个月", .halfDuration("M")), ("半月", .halfDuration("M")), ("半分钟", .halfDuration("TM")), ("半个多月", .halfDuration("M")), ("半个多小时", .halfDuration("TH")), ("半小时", .halfDuration("TH")),
        ("个把月", .aboutOne("M")), ("个把星期", .aboutOne("W")), ("个把礼拜", .aboutOne("W")), ("个把小时", .aboutOne("TH")),
        ("个把钟头", .aboutOne("TH")), ("个把钟", .aboutOne("TH")),
        ("半个小时", .halfDuration("TH")), ("半个钟头", .halfDuration("TH")), ("半钟头", .halfDuration("TH")), ("半天", .halfDuration("D")), ("半个世纪", .halfDuration("C")), ("半个多世纪", .halfDuration("C")),
    ]

    /// Weekdays: 周一 … 周日, 星期一 … 星期天, 礼拜一 … 礼拜天.
    static let weekdayWords: [(String, DateWord)] = {
        var words: [(String, DateWord)] = []
        for (k, day) in ["一", "二", "三", "四", "五", "六", "日"].enumerated() {
            for head in ["周", "星期", "礼拜"] { words.append((head + day, .weekday(k + 1))) }
        }
        return words + [("星期天", .weekday(7)), ("礼拜天", .weekday(7))]
    }()

    /// Words that start a lunar date, and the holidays.
    static let lunarWords: [(String, DateWord)] = ["农历", "阴历", "正月", "腊月", "冬月", "闰正", "闰二", "闰三", "闰四", "闰五", "闰六", "闰七", "闰八", "闰九", "闰十", "闰冬", "闰腊", "大年初"].map { ($0, .lunar) }
        + (1...9).map { ("闰\($0)", .lunar) }
        + FigureScanner.holidays.map { ($0.0, .holiday($0.1)) }

    static let dateWordTrie: ScalarTrie<DateWord> = ScalarTrie(dateWords + weekdayWords + lunarWords)

    /// First words of everything the scanner matches without a numeral.
    static var wordTriggers: [String] { dateWords.map(\.0) + weekdayWords.map(\.0) + lunarWords.map(\.0) + ["零下", "翻番", "翻了番"] }
}
