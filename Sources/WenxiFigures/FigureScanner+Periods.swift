import WenxiText

/// A part of a month or a year named by a word after it, as a span of days or months.
struct PeriodPart: Sendable {
    var word: String
    /// First and last day (of a month) or month (of a year); 0 as the last means "the last one".
    var first: Int
    var last: Int
    /// Characters after the word that make it another word (3月初步, 年中国).
    var blockedBefore: String = ""
    /// The word must end where it stands: only a non-Han character or one of these may follow it
    /// (月中 but not 3月中国, 3月中标).
    var onlyBefore: String?
}

extension FigureScanner {
    /// Parts of a month: the ten-day thirds (旬); 初 its first days (1–5) and 底/末 its last (25 to the
    /// end), narrower than 上旬 and 下旬: 月底 names the last days, not the last third.
    static let monthParts: [PeriodPart] = [
        PeriodPart(word: "上中旬", first: 1, last: 20), PeriodPart(word: "中下旬", first: 11, last: 0),
        PeriodPart(word: "上旬", first: 1, last: 10), PeriodPart(word: "中旬", first: 11, last: 20),
        PeriodPart(word: "下旬", first: 21, last: 0),
        // 上半月, 下半月: the halves of the month, split after the 15th (as half a month is 15 days).
        PeriodPart(word: "上半月", first: 1, last: 15), PeriodPart(word: "下半月", first: 16, last: 0),
        PeriodPart(word: "初", first: 1, last: 5, blockedBefore: "步期次始衷心创具见中级选赛稿审版"),
        PeriodPart(word: "底", first: 25, last: 0, blockedBefore: "线层部气子牌薪稿价"),
        PeriodPart(word: "末", first: 25, last: 0, blockedBefore: "端尾梢节"),
        // 月中, 3月中: the middle third, where nothing Han goes on from 中 (3月中国, 3月中旬 is read above).
        PeriodPart(word: "中", first: 11, last: 20, onlyBefore: "前后起至到以左的时将就已才再还或"),
    ]

    /// Parts of a year, in months: 年初 the first two, 年底 and 年末 the last two (the convention
    /// of Chinese year-end reporting: 年底前 means by November or December).
    static let yearParts: [PeriodPart] = [
        PeriodPart(word: "初", first: 1, last: 2, blockedBefore: "步期次始衷心创具见中级选赛稿审版"),
        PeriodPart(word: "底", first: 11, last: 12, blockedBefore: "线层部气子牌薪稿价"),
        PeriodPart(word: "末", first: 11, last: 12, blockedBefore: "端尾梢节"),
        // 伊始, "the very start": the first month (二〇二二年伊始).
        PeriodPart(word: "伊始", first: 1, last: 1),
        // 年中, 2024年中: the middle two months, where nothing Han goes on from 中 but a word of
        // time or order (2024年中国, 年中央, 2023年中秋 are no part of a year).
        PeriodPart(word: "中", first: 6, last: 7, onlyBefore: "前后起至到以左的时将就已才再还或"),
        // The school holidays, as news uses them for a time of year: summer July–August, winter
        // January–February (去年暑假, 今年寒假).
        PeriodPart(word: "暑假", first: 7, last: 8), PeriodPart(word: "寒假", first: 1, last: 2),
    ]

    /// Parts of a quarter, in its months: 初 the first, 末 and 底 the last.
    static let quarterParts: [PeriodPart] = [
        PeriodPart(word: "初", first: 1, last: 1, blockedBefore: "步期次始"),
        PeriodPart(word: "末", first: 3, last: 3, blockedBefore: "端尾"),
        PeriodPart(word: "底", first: 3, last: 3, blockedBefore: "线层部"),
    ]

    /// Two-digit years (09年, 98年, 三三年, 24Q3) name a year of 1900–2099: 20yy when that is at most this
    /// many years after the anchor's year, else 19yy. Narrower than ICU's and CLDR's window of 20 years
    /// ahead: news writes the years to come in full (2035年远景目标), while two-digit years mostly recall
    /// the past, the war years among them (三七年, 四五年). With 2021, 31年 is 2031, 三三年 1933, 26年 2026,
    /// 09年 2009, 98年 1998; with 2024, 34年 is 2034 and 35年 1935; with 1973, 九零年 is 1990 (2090 is far
    /// ahead) and 09年 1909.
    static let twoDigitYearLead = 10
    /// The year two-digit years are read against when there is no anchor.
    static let twoDigitYearBase = 2024

    /// The four-digit year a two-digit one stands for (``twoDigitYearLead``).
    func fullYear(fromTwoDigits yy: Int) -> Int {
        let base = anchor.year ?? Self.twoDigitYearBase
        return 2000 + yy <= base + Self.twoDigitYearLead ? 2000 + yy : 1900 + yy
    }

    /// Prepositions of time before a two-digit year that place an event in it (在98年, 于09年, 从98年,
    /// 早在98年). 到, 至 and 是 are left out: 延长到30年, 是25年 count years.
    static let twoDigitYearPrepositions = ["早在", "直到", "在", "于", "从", "自"]
    /// Characters that may stand before 在, 于, 从, 自 without making a word of them (他在, 早于, 是从, 就在).
    static let beforeTimePreposition = "是就早曾已将也都还均们人他她"
    /// Last characters of verbs that take 于 before the time of the event (出生于88年, 成立于98年, 建于
    /// 03年, 始于, 创办于, 毕业于, 问世于, 竣工于, 投产于, 发布于); other words ending in 于 (由于, 等于,
    /// 位于, 用于, 处于) stay out.
    static let timeVerbsBeforeYu = "生立建始办成业世卒死工产布"
    /// What may not follow 年 after such a preposition: the words that keep it a count of years
    /// (在25年里, 于10年内, 在20年后, 从10年前, 在25年的职业生涯中, 在15年间).
    static let twoDigitYearCountTails = "内里中间来后前以之多余左半零的"
    /// Words after 年 that make a two-digit year a moment (98年的时候, 98年那年, 98年时); 时 not before
    /// 间, 光, 期, 代, 刻, 段 (用了25年时间 is a count).
    static let twoDigitYearMomentTails = ["的时候", "那一年", "那年", "时"]

    /// Whether two Arabic digits before 年 (at `start`, with 年 ending at `unitEnd`) name a year by
    /// their context alone: after a preposition of time, or before a word of a moment.
    func twoDigitYearInContext(start: Int, unitEnd: Int) -> Bool {
        // 工作了25年的时候, 满20年时: a verb of lasting before the number counts years.
        if isAny(start - 1, "了满达过足共整历用花经隔近") { return false }
        if let tail = atAny(unitEnd, Self.twoDigitYearMomentTails) {
            return !(ch(unitEnd) == 0x65F6 && tail == unitEnd + 1 && isAny(tail, "间光期代刻段"))   // 时
        }
        guard let word = Self.twoDigitYearPrepositions.first(where: { before(start, $0) }) else { return false }
        // 现在, 存在, 由于, 来自: a one-character preposition must not end another word.
        let k = start - word.unicodeScalars.count - 1
        if word.unicodeScalars.count == 1, FigureCharacters.isHan(ch(k)), !isAny(k, Self.beforeTimePreposition),
           !(word == "于" && isAny(k, Self.timeVerbsBeforeYu)) { return false }
        return !isAny(unitEnd, Self.twoDigitYearCountTails)
    }

    /// The part word (上旬, 底 …) at `j` from `parts`, or nil.
    func periodPart(at j: Int, _ parts: [PeriodPart]) -> PeriodPart? {
        for part in parts where at(j, part.word) {
            let end = j + part.word.unicodeScalars.count
            if !part.blockedBefore.isEmpty && isAny(end, part.blockedBefore) { continue }
            if let only = part.onlyBefore, FigureCharacters.isHan(ch(end)), !isAny(end, only) { continue }
            return part
        }
        return nil
    }

    /// What follows a month (11月): a day (4日), a day range (4日至6日, 12-19日), a later date or
    /// month of the same year (8月11日至9月2日, 8月至11月), or a part of the month (上旬, 月底).
    func monthTail(at start: Int, year: Int?, yearText: String, month: Int)
        -> (value: String, upper: String?, end: Int, day: Int?) {
        var e = start
        if ch(e) == 0x4EFD { e += 1 }    // 份
        let ym = "\(yearText)-\(pad2(month))"
        if let d = dayAfterMonth(at: e, month: month, year: year) {
            var upper = d.upperDay.map { "\(ym)-\(pad2($0))" }
            var end = d.end
            if upper == nil, let later = laterMonth(at: end, year: year, yearText: yearText, after: month, needsDay: true) {
                upper = later.value
                end = later.end
            }
            return ("\(ym)-\(pad2(d.day))", upper, end, d.day)
        }
        if let week = weekOfMonth(at: e, year: year, month: month) { return (week.value ?? ym, nil, week.end, nil) }
        if let part = countedDays(at: e, year: year, yearText: yearText, month: month) {
            return (part.value ?? ym, part.upper, part.end, nil)
        }
        // 十二月月底: 月 said again before the part.
        if ch(e) == 0x6708, periodPart(at: e + 1, Self.monthParts) != nil { e += 1 }
        if let part = periodPart(at: e, Self.monthParts) {
            let days = CalendarDate.daysIn(month: month, year: year ?? 2000)
            let last = part.last == 0 ? days : part.last
            return ("\(ym)-\(pad2(part.first))", "\(ym)-\(pad2(last))", e + part.word.unicodeScalars.count, nil)
        }
        if let later = laterMonth(at: e, year: year, yearText: yearText, after: month, needsDay: false) {
            return (ym, later.value, later.end, nil)
        }
        return (ym, nil, e, nil)
    }

    /// A second month (with its day when `needsDay`) after a range separator, later in the same year:
    /// 至11月, —9月2日.
    func laterMonth(at j: Int, year: Int?, yearText: String, after month: Int, needsDay: Bool) -> (value: String, end: Int)? {
        guard let sep = atAny(j, Self.rangeSeparators), NumeralParser.startsNumber(s, at: sep),
              let m2 = NumeralParser.parse(s, at: sep), m2.isInteger, !m2.digitString, ch(m2.end) == 0x6708 else { return nil }
        let month2 = clampedInt(m2.value)
        guard month2 >= month, month2 <= 12 else { return nil }
        var end = m2.end + 1
        if ch(end) == 0x4EFD { end += 1 }
        let ym = "\(yearText)-\(pad2(month2))"
        if let d = dayAfterMonth(at: end, month: month2, year: year) {
            return ("\(ym)-\(pad2(d.day))", d.end)
        }
        if needsDay || month2 == month { return nil }
        return (ym, end)
    }

    /// Seasons, by the meteorological convention: spring March–May, summer June–August, autumn
    /// September–November, winter December to the next February.
    static let seasons: [(String, Int)] = [("春", 3), ("夏", 6), ("秋", 9), ("冬", 12)]

    /// A season after a year (2024年春季, 今年夏天, 2021年秋): its months.
    func season(at j: Int, yearText: String, year: Int?) -> (value: String, upper: String, end: Int)? {
        for (name, first) in Self.seasons where at(j, name) {
            var end = j + 1
            if isAny(end, "季天") { end += 1 } else if FigureCharacters.isHan(ch(end)) && !isAny(end, "的") { return nil }
            let lastYear = first == 12 ? year.map { pad4($0 + 1) } ?? "XXXX" : yearText
            let last = first == 12 ? 2 : first + 2
            return ("\(yearText)-\(pad2(first))", "\(lastYear)-\(pad2(last))", end)
        }
        return nil
    }

    /// A part of a year after 年 (2024年底, 明年初): the months it covers.
    /// A part of one month (伊始) has no upper.
    func yearPart(at j: Int, yearText: String) -> (value: String, upper: String?, end: Int)? {
        // 明年年初, 去年年底: 年 said again before the part.
        let k = at(j, "年") && !at(j, "年暑") && !at(j, "年寒") && periodPart(at: j + 1, Self.yearParts) != nil ? j + 1 : j
        guard let part = periodPart(at: k, Self.yearParts) else { return nil }
        let upper = part.last == part.first ? nil : "\(yearText)-\(pad2(part.last))"
        return ("\(yearText)-\(pad2(part.first))", upper, k + part.word.unicodeScalars.count)
    }

    /// A part of quarter `q` after it (一季度末): the months it covers, or nil; a part of one month (初, 末)
    /// has no upper, as 伊始 after a year (一季度末 → "2024-03").
    func quarterPart(at j: Int, yearText: String, quarter q: Int) -> (value: String, upper: String?, end: Int)? {
        guard let part = periodPart(at: j, Self.quarterParts) else { return nil }
        let first = 3 * (q - 1) + part.first
        let last = 3 * (q - 1) + part.last
        let upper = last == first ? nil : "\(yearText)-\(pad2(last))"
        return ("\(yearText)-\(pad2(first))", upper, j + part.word.unicodeScalars.count)
    }

    /// 第三周, 的第二个星期 (a week of the month: the nth starting on a Monday in it, as an ISO week) or
    /// 第3个星期日, 的第一个周二 (the nth such weekday of the month, as a day) after a month.
    func weekOfMonth(at start: Int, year: Int?, month: Int) -> (value: String?, end: Int)? {
        var k = start
        if ch(k) == 0x7684 { k += 1 }                          // 的
        guard ch(k) == 0x7B2C, NumeralParser.startsNumber(s, at: k + 1), let num = NumeralParser.parse(s, at: k + 1),
              num.isInteger, num.upper == nil, num.value >= 1, num.value <= 5 else { return nil }
        let nth = clampedInt(num.value)
        var e = num.end
        let counted = ch(e) == 0x4E2A                          // 个
        if counted { e += 1 }
        guard let head = atAny(e, ["周", "星期", "礼拜"]) else { return nil }
        let first = year.flatMap { CalendarDate(year: $0, month: month, day: 1) }
        if let day = weekday(at: head), counted || head - e == 1 {
            let date = first.map { $0.adding(days: (day - $0.weekday + 7) % 7 + 7 * (nth - 1)) }
            guard date.map({ $0.month == month }) ?? true else { return nil }
            return (date?.description, head + 1)
        }
        let monday = first.map { $0.adding(days: (8 - $0.weekday) % 7 + 7 * (nth - 1)) }
        guard monday.map({ $0.month == month }) ?? true else { return nil }
        return (monday?.isoWeek, head)
    }

    /// The weekday named at `j` (一 … 六, 日, 天), 1 = Monday … 7 = Sunday, or nil.
    func weekday(at j: Int) -> Int? {
        switch ch(j) {
        case 0x4E00: return 1
        case 0x4E8C: return 2
        case 0x4E09: return 3
        case 0x56DB: return 4
        case 0x4E94: return 5
        case 0x516D: return 6
        case 0x65E5, 0x5929: return 7     // 日 天
        default: return nil
        }
    }

    /// The date of `day` (1 = Monday) in the week `weeks` weeks from the anchor's (ISO weeks start on Monday).
    func dateOf(weekday day: Int, weeksFromAnchor weeks: Int) -> String? {
        guard let date = anchor.date else { return nil }
        let target = date.adding(days: 1 - date.weekday + 7 * weeks + day - 1)
        return Self.resolvableYears.contains(target.year) ? target.description : nil
    }
}

extension FigureScanner {
    /// Parts of a decade, in its years (0–9): 初 and 前期 its first three, 中期 the middle four, 末 and
    /// 后期 the last three (九十年代末 → 1997..1999); two joined (中后期, 前中期) from the first's start to
    /// the second's end (九十年代中后期 → 1993..1999).
    static let decadeParts: [PeriodPart] = [
        PeriodPart(word: "中后期", first: 3, last: 9), PeriodPart(word: "中晚期", first: 3, last: 9),
        PeriodPart(word: "前中期", first: 0, last: 6),
        PeriodPart(word: "初期", first: 0, last: 2), PeriodPart(word: "早期", first: 0, last: 2),
        PeriodPart(word: "前期", first: 0, last: 2), PeriodPart(word: "中期", first: 3, last: 6),
        PeriodPart(word: "末期", first: 7, last: 9), PeriodPart(word: "后期", first: 7, last: 9),
        PeriodPart(word: "晚期", first: 7, last: 9),
        PeriodPart(word: "初", first: 0, last: 2, blockedBefore: "步次始衷心创具见中级选赛稿审版"),
        PeriodPart(word: "末", first: 7, last: 9, blockedBefore: "端尾梢节"),
    ]

    /// Parts of a century, in its years (0–99): 初 and 前期 its first twenty, 中叶 and 中期 the middle
    /// twenty, 末 and 后期 the last twenty (19世纪末 → 1880..1899); 中后期, 中晚期, 前中期 joined as for decades.
    static let centuryParts: [PeriodPart] = [
        PeriodPart(word: "中后期", first: 40, last: 99), PeriodPart(word: "中晚期", first: 40, last: 99),
        PeriodPart(word: "前中期", first: 0, last: 59),
        PeriodPart(word: "初期", first: 0, last: 19), PeriodPart(word: "早期", first: 0, last: 19),
        PeriodPart(word: "前期", first: 0, last: 19), PeriodPart(word: "中叶", first: 40, last: 59),
        PeriodPart(word: "中期", first: 40, last: 59), PeriodPart(word: "末期", first: 80, last: 99),
        PeriodPart(word: "后期", first: 80, last: 99), PeriodPart(word: "晚期", first: 80, last: 99),
        PeriodPart(word: "初", first: 0, last: 19, blockedBefore: "步次始衷心创具见中级选赛稿审版"),
        PeriodPart(word: "末", first: 80, last: 99, blockedBefore: "端尾梢节"),
    ]

    /// A part word after a decade or century reading (its value "199" or "19"): the years it covers;
    /// after a pair of decades (六七十年代末, "196".."197"), from the part of the first to the part of
    /// the second (1967..1979).
    func eraPart(_ r: inout Reading, _ parts: [PeriodPart], span: Int) {
        guard let v = r.value?.string, let base = Int(v), let part = periodPart(at: r.end, parts) else { return }
        let last = r.upper?.string.flatMap { Int($0) } ?? base
        r.value = .string(pad4(base * span + part.first))
        r.upper = .string(pad4(last * span + part.last))
        r.end += part.word.unicodeScalars.count
    }
}
