import WenxiText

/// A word before a number, with where it starts.
typealias Prefix = (kind: PrefixKind, start: Int)

/// What a number brings to its reading: the number, the words before it, and what was read
/// between it and its unit. Built once per candidate by ``FigureScanner/context(_:prefixes:forced:)``.
struct NumberContext {
    var num: ParsedNumber
    /// Read with this unit and nothing after it (the first number of a range).
    var forced: UnitInfo?
    var prefixes: [Prefix]
    var ordinal: Prefix?
    var approxPrefix: Prefix?
    var dayPart: Prefix?
    /// 前 in 前三季度 (not after 公元).
    var leading: Prefix?
    var agePrefix: Prefix?
    /// 上 before a bare multiplier (上万).
    var upward: Prefix?
    var belowZero: Prefix?
    var era: Prefix?
    var symbol: Prefix?
    /// A minus sign written before the digits (下降-2.3%).
    var minus: Bool
    /// A plus sign written before the digits (同比+12.3%): part of the span, the value unchanged.
    var plus = false
    /// ± before the digits (误差±3%): the figure runs from minus to plus the number.
    var plusMinus = false
    /// An approximation between the number and its unit (5000多人, 十来个, 三个多月).
    var approx: Figure.Approximation?
    /// 半 between 个 and the unit (两个半小时).
    var half = false
    /// The bound below which a number with 多 or 余 stays (3000多 → 4000, 十多万 → 200000), or nil.
    var moreUpper: Double?
    /// Where the unit starts (after the number and any approximation) and ends.
    var unitStart: Int
    var unitEnd: Int

    var v: Double { num.value }
}

/// What a unit handler made of a reading.
enum UnitOutcome {
    /// The reading is complete (or `nil`: no reading).
    case done(Reading?)
    /// The reading goes on to the shared steps: currency symbol, 半, approximations, sign.
    case shared(Reading)
}

extension FigureScanner {
    /// Reads the figure made by `number` and the words after it; `forced` reads it with a given
    /// unit and no words after it (the first number of a range).
    ///
    /// The steps: scale by a multiplier after 多 (1500多亿), the special forms (fractions, clock
    /// times), the unit, then the handler of the unit's class, then the shared steps.
    func read(_ number: ParsedNumber, prefixes pre: [Prefix], forced: UnitInfo?, signed: Bool = true) -> Reading? {
        var c = context(number, prefixes: pre, forced: forced)
        if !signed { c.minus = false }      // the second number of a range: its dash is the separator
        var r = Reading(kind: .number, value: .number(c.v), start: c.num.start, end: c.unitStart)
        if let upper = c.num.upper { r.upper = .number(upper) }
        if forced == nil, let special = fraction(r, c) ?? twoDigitSeason(r, c) ?? slashFraction(r, c) ?? colonTime(r, c) { return special }
        approximationBeforeUnit(&c)
        r.end = c.unitStart
        guard let unit = matchUnit(&c) else {
            return bounded(withSign(bare(c.num, r, approx: c.approx, prefixes: pre, j: c.unitStart), c), c)
        }
        // 元 starts other words after a number: 元旦, 元素, 元年 ...; a small Chinese numeral with 元 names places (三元里).
        if case .money("CNY") = unit.unitClass, forced == nil, unit.label == "CNY", c.unitEnd == c.unitStart + 1,
           isAny(c.unitEnd, "旦素首宵帅老件化论年音气") || yuanPlace(c) {
            return withSign(bare(c.num, r, approx: c.approx, prefixes: pre, j: c.unitStart), c)
        }
        r.hasUnit = true
        r.unitInfo = unit
        r.end = c.unitEnd
        r.approximate = c.approx
        switch readUnit(unit, r, c) {
        case .done(let reading): return reading
        case .shared(let reading): return bounded(sharedSteps(reading, c), c)
        }
    }

    /// A count or amount with 多 or 余 after its numerals gets the bound that 多 stays below as `upper`
    /// (3000多欧元 → 3000..4000, 十多万人 → 100000..200000), like 几; durations, dates and ages keep "more" alone.
    func bounded(_ reading: Reading?, _ c: NumberContext) -> Reading? {
        guard var r = reading, let bound = c.moreUpper, r.upper == nil, r.approximate == .more,
              r.kind == .number || r.kind == .money, case .number(let x)? = r.value, x > 0, bound > x else { return reading }
        r.upper = .number(bound)
        return r
    }

    /// The bound below which `num` with 多 after it stays: the number plus one of its lowest written
    /// place (3000 → 4000, 3500 → 3600, 十 → 20), or nil for fractions, ranges and vague numerals.
    static func moreBound(_ num: ParsedNumber) -> Double? {
        guard num.isInteger, num.upper == nil, !num.vague, num.value >= 1, num.value < 1e15 else { return nil }
        var place = 1.0
        var v = Int64(num.value)
        while v % 10 == 0 {
            v /= 10
            place *= 10
        }
        return num.value + place
    }

    /// The handler of each unit class.
    func readUnit(_ unit: UnitInfo, _ r: Reading, _ c: NumberContext) -> UnitOutcome {
        switch unit.unitClass {
        case .measure: return measure(r, c, label: unit.label)
        case .money(let code): return money(r, c, code: code)
        case .percent, .permille, .percentPoint: return percent(r, c, unit.unitClass)
        case .cheng, .zhe: return tenths(r, c, cheng: unit.unitClass == .cheng)
        case .age: return age(r, c)
        case .xun: return .done(xun(r, c))
        case .year: return .done(year(r, c))
        case .month: return .done(month(r, c))
        case .day: return .done(day(r, c, unit: unit))
        case .hour:
            return .done(clockTime(c.num, r, unit: unit, dayPart: c.dayPart, approxPrefix: c.approxPrefix,
                                   ordinal: c.ordinal, forced: c.forced))
        case .quarter: return .done(quarter(r, c))
        case .decade: return .done(decade(r, c))
        case .century: return .done(century(r, c))
        case .duration: return .done(duration(c.num, r, unit: unit, half: c.half, approx: c.approx, prefixes: c.prefixes, forced: c.forced))
        }
    }

    /// The number (scaled by a multiplier after 多) and the words before it.
    func context(_ number: ParsedNumber, prefixes pre: [Prefix], forced: UnitInfo?) -> NumberContext {
        var num = number
        let i = num.start
        var j = num.end
        // 1500多亿元, 十多万人: the multiplier after the approximation still scales the number.
        var approx: Figure.Approximation?
        let unitBefore = ch(j) == 0x4E2A && FigureCharacters.multiplierExponent(ch(j + 1)) >= 4   // 两个亿
        var moreUpper: Double?
        if forced == nil, isAny(j, "多余") || unitBefore, FigureCharacters.multiplierExponent(ch(j + 1)) >= 2,
           !NumeralParser.startsUnit(s, at: j + 1) {
            moreUpper = unitBefore ? nil : Self.moreBound(num)
            var k = j + 1
            while k < n, FigureCharacters.multiplierExponent(s[k]) >= 2, !NumeralParser.startsUnit(s, at: k) {
                let scale = pow10(FigureCharacters.multiplierExponent(s[k]))
                num.value *= scale
                num.upper = num.upper.map { $0 * scale }
                moreUpper = moreUpper.map { $0 * scale }
                num.hasMultiplier = true
                num.plainDigits = 0
                k += 1
            }
            approx = unitBefore ? nil : .more
            j = k
        }
        func prefix(_ test: (PrefixKind) -> Bool) -> Prefix? { pre.first { test($0.kind) } }
        let era = prefix { $0 == .commonEra || $0 == .beforeCommonEra || $0 == .republicEra }
        // A minus sign after a word (下降-2.3%), not between numbers (3-5, 五-8).
        let minus = isAny(i - 1, "-－−") && !FigureCharacters.isArabic(ch(i - 2)) && !FigureCharacters.isLatin(ch(i - 2))
            && !FigureCharacters.isChineseNumeral(ch(i - 2))
            && i - 1 >= lastEnd && num.startsArabic
        let plus = isAny(i - 1, "+＋") && !FigureCharacters.isArabic(ch(i - 2)) && !FigureCharacters.isLatin(ch(i - 2))
            && !isAny(i - 2, "+＋") && i - 1 >= lastEnd && num.startsArabic
        var context = NumberContext(
            num: num, forced: forced, prefixes: pre,
            ordinal: prefix { $0 == .ordinal },
            approxPrefix: prefix { if case .approximate = $0 { return true } else { return false } },
            dayPart: prefix { if case .dayPart = $0 { return true } else { return false } },
            leading: era == nil ? prefix { $0 == .leading } : nil,
            agePrefix: prefix { if case .agePrefix = $0 { return true } else { return false } },
            upward: num.bareMultiplier ? prefix { $0 == .upward } : nil,
            belowZero: prefix { $0 == .belowZero },
            era: era,
            symbol: prefix { if case .currencySymbol = $0 { return true } else { return false } },
            minus: minus, approx: approx, moreUpper: moreUpper, unitStart: j, unitEnd: j)
        context.plus = plus
        context.plusMinus = ch(i - 1) == 0xB1 && i - 1 >= lastEnd && num.startsArabic && num.upper == nil     // ±
        return context
    }

    /// Fractions: 三分之一, 百分之三点五 (a percentage), 千分之五.
    func fraction(_ base: Reading, _ c: NumberContext) -> Reading? {
        // 二又三分之一: a whole number and a fraction.
        if ch(c.unitStart) == 0x53C8, NumeralParser.startsNumber(s, at: c.unitStart + 1),
           let part = NumeralParser.parse(s, at: c.unitStart + 1), part.upper == nil {
            var inner = c
            inner.num = part
            inner.unitStart = part.end
            var r = base
            r.start = c.num.start
            guard let f = fraction(r, inner), case .number(let x)? = f.value, f.kind == .number else { return nil }
            r = f
            r.start = base.start
            r.value = .number(c.v + x)
            return r
        }
        let j = c.unitStart
        let v = c.v
        // 百分之负五: a sign inside the fraction.
        let inner = at(j, "分之") && ch(j + 2) == 0x8D1F ? j + 3 : j + 2
        guard at(j, "分之"), inner < n, NumeralParser.startsNumber(s, at: inner),
              let num2 = NumeralParser.parse(s, at: inner), v > 0, !num2.bareMultiplier || num2.value == 100 else { return nil }
        var r = base
        r.end = num2.end
        if at(r.end, "决赛") { r.weak = true; return r }        // 四分之一决赛: a round's name, no fraction
        let sign: Double = inner == j + 3 ? -1 : 1
        switch v {
        case 100: r.kind = .percentage; r.value = .number(sign * num2.value)
        case 1000: r.kind = .percentage; r.value = .number(sign * num2.value / 10)
        case 10000: r.kind = .percentage; r.value = .number(sign * num2.value / 100)
        // 百万分之五: parts per million; 千万分之一, 亿分之五, 十亿分之三 likewise (were plain numbers).
        case 100000, 1000000, 10000000, 100000000, 1000000000:
            r.kind = .percentage; r.value = .number(sign * num2.value * 100 / v)
        default: r.value = .number(sign * num2.value / v)
        }
        r.upper = num2.upper.map { .number(sign * (r.kind == .percentage ? $0 * 100 / v : $0 / v)) }
        r.hasUnit = true
        if num2.vague { r.approximate = .more }    // 百分之十几: the vague digit's lower bound, as 十几家
        applySuffixApproximation(&r)
        applyPrefixApproximation(&r, c.approxPrefix)
        // 负百分之三四十: the word's sign reaches the upper end of a fraction too.
        if c.belowZero != nil, case .number(let u)? = r.upper { r.upper = .number(-u) }
        applySign(&r, c)
        return r
    }

    /// The sign written before a figure: 零下 or 负 (负百分之五), or a minus sign (−4500, 下降-2.3%).
    func applySign(_ r: inout Reading, _ c: NumberContext) {
        if plusMinus(&r, c) { return }
        if let belowZero = c.belowZero, case .number(let x) = r.value, r.kind == .number || r.kind == .percentage {
            r.value = .number(-x)
            r.start = belowZero.start
        } else if c.minus, case .number(let x) = r.value, r.kind == .number || r.kind == .percentage || r.kind == .money {
            r.value = .number(-x)
            r.start = min(r.start, c.num.start - 1)
        } else if c.plus, r.kind == .number || r.kind == .percentage || r.kind == .money {
            r.start = min(r.start, c.num.start - 1)
        }
    }

    /// Words of a span of two years named by their last two digits (23/24赛季, 19-20学年, 22/23年度).
    static let seasonWords = ["赛季", "学年", "年度", "财年", "雪季", "榨季"]

    /// 23/24赛季, 19-20学年, 22/23年度: two two-digit years a year apart, joined by a slash or a dash before a
    /// word of a season, are the years it spans (as 2023/24赛季 is: "2023".."2024", 年度 and 财年 in the
    /// span), not a fraction or two numbers; the century by ``fullYear(fromTwoDigits:)``.
    func twoDigitSeason(_ base: Reading, _ c: NumberContext) -> Reading? {
        let j = c.unitStart
        guard c.num.plainDigits == 2, isAny(j, "/／-－—"), let y2 = digitRun(at: j + 1, limit: 3), y2.count == 2,
              y2.value == (clampedInt(c.v) + 1) % 100, let word = Self.seasonWords.first(where: { at(y2.end, $0) }) else { return nil }
        let first = fullYear(fromTwoDigits: clampedInt(c.v))
        var r = base
        r.kind = .date
        r.value = .string(pad4(first))
        r.upper = .string(pad4(first + 1))
        r.end = word == "年度" || word == "财年" ? y2.end + 2 : y2.end
        r.hasUnit = true
        return r
    }

    /// Fractions written with a slash: 1/3, 3/4 (not dates: those have years, 2024/11/04).
    func slashFraction(_ base: Reading, _ c: NumberContext) -> Reading? {
        let j = c.unitStart
        guard c.num.plainDigits >= 1, c.num.plainDigits <= 3, isAny(j, "/／"), FigureCharacters.isArabic(ch(j + 1)),
              let den = NumeralParser.parse(s, at: j + 1), den.plainDigits >= 1, den.plainDigits <= 3, den.value >= 2,
              den.end == n || !isAny(den.end, "/／") && !FigureCharacters.isLatin(ch(den.end)) else { return nil }
        var r = base
        r.value = .number(c.v / den.value)
        r.end = den.end
        r.hasUnit = true
        if at(r.end, "决赛") { r.weak = true; return r }        // 1/4决赛, 1/8决赛: a round's name, no fraction
        if isAny(r.end, "%％") { r.kind = .percentage; r.end += 1 }
        applyPrefixApproximation(&r, c.approxPrefix)
        return r
    }

    /// Clock times written with a colon: 15:30, 8:05:30.
    func colonTime(_ base: Reading, _ c: NumberContext) -> Reading? {
        let j = c.unitStart
        guard c.num.plainDigits >= 1, c.num.plainDigits <= 2, c.v <= 24, isAny(j, ":："),
              FigureCharacters.arabicValue(ch(j + 1)) >= 0, FigureCharacters.arabicValue(ch(j + 2)) >= 0,
              FigureCharacters.arabicValue(ch(j + 3)) < 0 else { return nil }
        let minutes = FigureCharacters.arabicValue(ch(j + 1)) * 10 + FigureCharacters.arabicValue(ch(j + 2))
        guard minutes < 60 else { return nil }
        var r = base
        var hour = clampedInt(c.v)
        if let dayPart = c.dayPart {
            hour = self.hour(hour, after: dayPart, numberStart: c.num.start)
            r.start = dayPart.start
        }
        var value = "T\(pad2(hour)):\(pad2(minutes))"
        r.end = j + 3
        if isAny(r.end, ":："), FigureCharacters.arabicValue(ch(r.end + 1)) >= 0,
           FigureCharacters.arabicValue(ch(r.end + 2)) >= 0, FigureCharacters.arabicValue(ch(r.end + 3)) < 0 {
            value += ":\(pad2(FigureCharacters.arabicValue(ch(r.end + 1)) * 10 + FigureCharacters.arabicValue(ch(r.end + 2))))"
            r.end += 3
        }
        // 11:00时, 15:30时许: notices write 时 after a clock time; it is part of the time.
        if ch(r.end) == 0x65F6, !isAny(r.end + 1, Self.notClockAfterShi) { r.end += 1 }
        // 7:30pm, 9:00 a.m.: a twelve-hour clock.
        if let (pm, end) = meridiem(at: r.end), hour <= 12 {
            let shifted = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour)
            value = "T\(pad2(shifted))" + value.dropFirst(3)
            r.end = end
        }
        r.kind = .time
        r.value = .string(value)
        r.hasUnit = true
        if at(r.end, "许") || at(r.end, "左右") { applySuffixApproximation(&r) }
        applyPrefixApproximation(&r, c.approxPrefix)
        return r
    }

    /// am or pm after a clock time (7:30pm, 9:00 AM, 8:15 p.m.): true for pm, with where it ends; nil when
    /// none is written or more letters follow (7:30pmx).
    func meridiem(at j: Int) -> (pm: Bool, end: Int)? {
        let k = ch(j) == 0x20 ? j + 1 : j
        for (word, pm) in [("p.m.", true), ("a.m.", false), ("pm", true), ("am", false), ("PM", true), ("AM", false)]
            where at(k, word) {
            let end = k + word.count
            if FigureCharacters.isLatin(ch(end)) { return nil }
            return (pm, end)
        }
        return nil
    }

    /// Approximation between the number and its unit: 5000多人, 十来个; vague numerals and 上万.
    func approximationBeforeUnit(_ c: inout NumberContext) {
        let j = c.unitStart
        if c.forced == nil && c.approx == nil {
            if isAny(j, "多余") && !at(j, "余额") && !at(j, "多元化") {
                c.approx = .more
                c.moreUpper = Self.moreBound(c.num)
                c.unitStart = j + 1
            } else if ch(j) == 0x6765, isRound(c.num), FigureLexicon.units.longestMatch(in: s, at: j + 1) != nil {  // 来
                c.approx = .about
                c.unitStart = j + 1
            } else if ch(j) == 0x628A, c.num.bareMultiplier, c.num.value >= 100, c.num.value <= 10000,   // 把
                      let unit = FigureLexicon.units.longestMatch(in: s, at: j + 1), unit.value.unitClass != .measure || unit.value.label != "把" {
                // 千把人, 万把块钱, 百把户: 把 after a bare 百, 千 or 万 is "about" (三百把椅子 counts chairs).
                c.approx = .about
                c.unitStart = j + 1
            }
        }
        if c.num.vague { c.approx = c.approx ?? .more }
        if c.upward != nil { c.approx = .more }
        c.unitEnd = c.unitStart
    }

    /// The unit after the number: a word of the unit table, a Latin unit, or 个 + 多/半 + unit.
    func matchUnit(_ c: inout NumberContext) -> UnitInfo? {
        if let forced = c.forced { return forced }
        let j = c.unitStart
        var info: UnitInfo?
        if var m = FigureLexicon.units.longestMatch(in: s, at: j),
           !(m.value.label == "起" && isAny(m.end, Self.priceFromTails)) {      // 八千起步: "from", not 起 counting cases
            // 2023年头两个月: 头 before a count opens the year's first months (年 is the unit, 年头 no word).
            if at(j, "年头"), NumeralParser.startsNumber(s, at: j + 2),
               let year = FigureLexicon.units.longestMatch(in: s, at: j, limit: j + 1) {
                m = year
            }
            info = m.value
            c.unitEnd = m.end
        }
        // Web text spaces digits off from the words around them (共 35 人, 177.1 亿元).
        if info == nil, c.num.startsArabic, ch(j) == 0x20, let m = FigureLexicon.units.longestMatch(in: s, at: j + 1) {
            info = m.value
            c.unitEnd = m.end
        }
        // 500 USD, 300EUR: a currency code needs its letters to end there (not 500USDT, a token).
        if let u = info, case .money = u.unitClass, FigureCharacters.isLatin(ch(c.unitEnd - 1)), FigureCharacters.isLatin(ch(c.unitEnd)) {
            info = nil
            c.unitEnd = j
        }
        if c.num.startsArabic {
            let k = ch(j) == 0x20 ? j + 1 : j
            if let m = FigureLexicon.latinUnitTrie.longestMatch(in: s, at: k),
               !FigureCharacters.isLatin(ch(m.end)), FigureCharacters.arabicValue(ch(m.end)) < 0, m.end > c.unitEnd {
                info = UnitInfo(unitClass: .measure, label: m.value)
                c.unitEnd = m.end
            } else if k > j, isAny(k, "%％") {
                info = UnitInfo(unitClass: .percent, label: "%")
                c.unitEnd = k + 1
            }
        }
        // 三个多月, 两个半小时, 1个多百分点.
        if let u = info, u.label == "个", isAny(c.unitEnd, "多余半"),
           let m = FigureLexicon.units.longestMatch(in: s, at: c.unitEnd + 1) {
            var changed: UnitInfo?
            switch m.value.unitClass {
            case .month: changed = UnitInfo(unitClass: .duration("M", 1), label: "月")
            case .duration, .percentPoint: changed = m.value
            case .quarter: changed = UnitInfo(unitClass: .duration("M", 3), label: "季度")
            case .century: changed = UnitInfo(unitClass: .duration("Y", 100), label: "世纪")    // 一个半世纪
            default: break
            }
            if let changed {
                if ch(c.unitEnd) == 0x534A { c.half = true } else { c.approx = .more }
                info = changed
                c.unitEnd = m.end
            }
        }
        if let u = info, let minutes = halfMinutes(u, c) {
            c.half = true
            c.unitEnd = minutes
            info = UnitInfo(unitClass: .duration("TM", 1), label: "分钟")
        } else if let u = info, minutesBeforeSeconds(u, c) {
            info = UnitInfo(unitClass: .duration("TM", 1), label: "分钟")
        }
        return info
    }

    /// 1分30秒, 3分05秒: 分 alone before seconds is minutes, one duration with them (PT1M30S, joined as
    /// 27分钟7秒 is), where 分 alone is otherwise a count of points.
    func minutesBeforeSeconds(_ u: UnitInfo, _ c: NumberContext) -> Bool {
        guard u.label == "分", case .measure = u.unitClass, c.unitEnd == c.unitStart + 1, c.num.isInteger, c.num.upper == nil,
              c.approx == nil, NumeralParser.startsNumber(s, at: c.unitEnd), let seconds = NumeralParser.parse(s, at: c.unitEnd),
              seconds.isInteger, seconds.upper == nil, seconds.value < 60 else { return false }
        return ch(seconds.end) == 0x79D2                                                     // 秒
    }

    /// Verbs before a number that make 分 points scored or lost (得了三分半, 扣两分半, 打出9分半), not minutes
    /// (跑出3分半 is a time).
    static let pointVerbs = "得扣丢拿加减打"

    /// 一分半钟, 一分半, 十三分半: minutes and a half said with 分 alone, a duration (PT1.5M) where 分 is
    /// otherwise a count of points; where the unit ends (after 钟 when written), or nil.
    func halfMinutes(_ u: UnitInfo, _ c: NumberContext) -> Int? {
        guard u.label == "分", case .measure = u.unitClass, c.unitEnd == c.unitStart + 1, ch(c.unitEnd) == 0x534A,   // 半
              c.num.isInteger, c.num.upper == nil, c.approx == nil else { return nil }
        let verb = isAny(c.num.start - 1, "了出") ? c.num.start - 2 : c.num.start - 1
        if ch(c.unitEnd + 1) != 0x949F, isAny(verb, Self.pointVerbs) { return nil }
        return ch(c.unitEnd + 1) == 0x949F ? c.unitEnd + 2 : c.unitEnd + 1     // 钟
    }

    /// The steps every counted figure shares: a currency symbol before it, 半 after it,
    /// approximation words on either side, and the sign (零下, a minus sign).
    func sharedSteps(_ base: Reading, _ c: NumberContext) -> Reading {
        var r = base
        if c.forced != nil {
            // the first number of a range read with the second's unit: its own approximation and sign
            // (零下3至5摄氏度, -10至-5℃)
            applyPrefixApproximation(&r, c.approxPrefix)
            applySign(&r, c)
            return r
        }
        if let symbol = c.symbol, case .currencySymbol(let code) = symbol.kind, r.kind == .number || r.kind == .money {
            r.kind = .money
            r.unit = code
            r.start = symbol.start
        }
        // 一倍半, 两吨半, 三米半, 得了三分半 (points: minutes are read before, ``halfMinutes``): half of the unit.
        if ch(r.end) == 0x534A, r.kind == .number,
           ["倍", "个", "天", "年", "公里", "公斤", "千克", "小时", "分"].contains(r.unit ?? "") || Self.measuringSingles.contains(r.unit ?? "") {
            if case .number(let x) = r.value { r.value = .number(x + 0.5) }
            r.end += 1
        }
        applySuffixApproximation(&r)
        applyPrefixApproximation(&r, c.approxPrefix)
        applySign(&r, c)
        if let upward = c.upward { r.start = min(r.start, upward.start) }
        return r
    }

    /// ±3%, ±0.5摄氏度: a tolerance, the range from minus to plus the number, ± in the span; true when read.
    func plusMinus(_ r: inout Reading, _ c: NumberContext) -> Bool {
        guard c.plusMinus, r.upper == nil, r.kind == .number || r.kind == .percentage || r.kind == .money,
              case .number(let x)? = r.value, x > 0 else { return false }
        r.value = .number(-x)
        r.upper = .number(x)
        r.start = min(r.start, c.num.start - 1)
        return true
    }

    /// A bare number after a minus sign (−4500, 下降-3): negative; after ±, the range from minus to plus it.
    func withSign(_ reading: Reading?, _ c: NumberContext) -> Reading? {
        if var r = reading, c.forced == nil, !r.weak, plusMinus(&r, c) { return r }
        guard var r = reading, c.minus, c.forced == nil, !r.weak, r.kind == .number || r.kind == .money,
              case .number(let x)? = r.value, x > 0 else { return reading }
        r.value = .number(-x)
        r.start = min(r.start, c.num.start - 1)
        return r
    }

    /// The shared ordinal step: with 第 before it, the figure is an ordinal with `unit`.
    func ordinal(_ base: Reading, _ c: NumberContext, unit: String) -> Reading? {
        guard let ordinal = c.ordinal else { return nil }
        var r = base
        r.kind = .ordinal
        r.unit = unit
        r.start = ordinal.start
        return r
    }
}
