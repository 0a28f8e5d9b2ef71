import WenxiText

/// What a date word made: nothing (not a date here), a reading to emit, or the previous figure
/// extended over it (2024元旦, 6月1日周六).
enum WordOutcome {
    case skip
    case reading(Reading)
    case extendLast(end: Int, value: FigureValue?, keepValue: Bool)
}

extension FigureScanner {
    /// A date word at `i` (去年, 近日, 上半年, 周三, 春节, 农历 …): emits it and returns the resume offset.
    mutating func matchDateWord(at i: Int) -> Int? {
        if at(i, "零下") { return nil }
        // 翻番 is a multiplier with no numeral (翻一番 is read with its number).
        if ch(i) == 0x7FFB, i >= lastEnd, let doubled = doublingWord(at: i) {      // 翻
            emit(doubled)
            return doubled.end
        }
        guard i >= lastEnd, let m = FigureLexicon.dateWordTrie.longestMatch(in: s, at: i) else { return nil }
        if splitsOtherWords(i, m.end) { return nil }
        let r = Reading(kind: .date, value: nil, start: i, end: m.end)
        let outcome: WordOutcome
        switch m.value {
        case .year(let offset): outcome = yearWord(offset, r)
        case .month(let offset): outcome = monthWord(offset, r)
        case .week(let offset): outcome = weekWord(offset, r)
        case .day(let offset): outcome = dayWord(offset, r)
        case .quarter(let offset): outcome = quarterWord(offset, r)
        case .quarterPart(let length): outcome = quarterPartWord(length, r)
        case .holiday(let rule): outcome = holidayWord(rule, r)
        case .lunar: outcome = lunarWord(r)
        case .weekday(let day): outcome = weekdayWord(day, r)
        case .yearPart, .monthPart: outcome = partWord(m.value, r)
        case .century(let offset): outcome = centuryWord(offset, r)
        case .namedMonth(let month): outcome = namedMonthWord(month, r)
        case .anaphoric(let unit, let offset): outcome = anaphoricWord(unit, offset, r)
        case .vague, .half, .halfDuration, .aboutOne: outcome = vagueWord(m.value, r)
        }
        switch outcome {
        case .skip:
            return nil
        case .reading(var reading):
            // 今年以来, 明年起, 下月以后: a date word opens like a date does (2023年以来).
            // 明年底前: a part after the word (a range) takes 前 as well.
            let partThenBefore = reading.upper != nil && atAny(reading.end, ["以前", "之前", "前"]) != nil
            // 今春以来, 去年下半年起: a period opens with 以来 and 起 as a date does.
            let periodThenSince = reading.upper != nil && atAny(reading.end, ["以来", "起"]) != nil
            if reading.value != nil, reading.upper == nil || m.value.isPeriodPart || partThenBefore || periodThenSince, m.value.opensLikeADate {
                applyDateBound(&reading, relativeWord: true)
            } else if reading.value != nil, m.value.opensLikeADate {
                _ = untilNow(&reading)          // 今年年初至今, 上月中旬以来至今: a part run up to now
            }
            emit(reading)
            return reading.end
        case .extendLast(let end, let value, let keepValue):
            guard var last = figures.last else { return nil }
            last.text = text(last.start, end)
            last.end = end
            if !keepValue { last.value = value }
            // 元宵节当晚, 11月5日当夜: that date's evening or night hours, as 当晚 alone gives them.
            if last.kind == .date, last.upper == nil, let day = last.value?.string, day.count == 10, !day.hasPrefix("X"),
               let name = Self.dayWordParts[scanned(i, end)], isAny(end - 1, "晚夜"), !NumeralParser.startsNumber(s, at: end),
               let part = Self.dayPartHours.first(where: { $0.word == name }) {
                last.kind = .time
                last.value = .string(day + "T" + pad2(part.first))
                last.upper = .string(day + "T" + pad2(part.last))
            }
            // 6月1日周六上午, 5日（星期二）晚上: a part of the day after the date it extended.
            if last.kind == .date, last.upper == nil, let day = last.value?.string, day.count == 10, !day.hasPrefix("X"),
               let (part, partEnd) = dayPart(at: end) {
                last.kind = .time
                last.value = .string(day + "T" + pad2(part.first))
                last.upper = .string(day + "T" + pad2(part.last))
                last.end = partEnd
                last.text = text(last.start, partEnd)
            }
            figures[figures.count - 1] = last
            lastEnd = last.end
            return last.end
        }
    }

    /// Date words whose characters more often belong to the words around them: the word, the
    /// characters before it that make a word of its first one (如今, 说明), and those after it that make
    /// a word of its last one (年轻, 月球, 月饼, 天津); `before` empty: any. 登上月球, 送上月饼, 如今年轻人,
    /// 说明年度, 前天津市委书记, 今日头条 (an app), 明日之星, 光明日报, 表明日本 are no dates; nor are
    /// 半月刊, 半月谈 (a magazine), 半月板 (the knee's meniscus), 半月形 (a crescent) half a month.
    static let dateWordSplits: [(word: String, before: String, after: [String])] = [
        ("上月", "", ["球", "亮", "光", "宫", "饼", "色", "牙"]), ("下月", "", ["球", "亮", "光", "宫", "饼", "色", "牙"]),
        ("今年", "如当现而古", ["轻", "龄", "代", "华", "级"]),
        ("明年", "说证聪表透光文发声鲜清分英高简开阐标注查指讲申昆黎精失照辨", ["轻", "龄", "度", "代", "华", "级"]),
        ("明后年", "说证聪表透光文发声鲜清分英高简开阐标注查指讲申昆黎精失照辨", [""]),
        ("半月", "", ["刊", "谈", "板", "形", "湖", "牙", "状", "池", "弯", "塘", "桥"]),
        ("前天", "", ["津", "水", "门"]), ("今日", "", ["头条", "美国"]), ("明日", "", ["之"]), ("明日", "光黎清说聪表透文发声鲜", ["报", "本", "期", "益", "常", "前", "程", "夜", "照", "子", "记", "用", "趋", "渐", "新", "后", "军", "元", "方", "均", "内", "光", "出", "落", "历", "志", "晒", "寇", "语", "资", "商", "企", "化", "产", "系"]),
    ]

    /// Whether the date word from `i` to `end` is part of other words (``dateWordSplits``).
    func splitsOtherWords(_ i: Int, _ end: Int) -> Bool {
        for split in Self.dateWordSplits where end - i == split.word.unicodeScalars.count && at(i, split.word) {
            if (split.before.isEmpty || isAny(i - 1, split.before)) && atAny(end, split.after) != nil { return true }
        }
        return false
    }

    /// 去年, 今年, 大前年 …, with what follows the year (去年5月, 明年初, 去年春节).
    func yearWord(_ offset: Int, _ base: Reading) -> WordOutcome {
        let i = base.start
        if isAny(i - 1, "去今明前本") { return .skip }
        if at(i, "后年"), FigureCharacters.isHan(ch(i - 1)), !isAny(i - 1, "在于到至从是的和及或") { return .skip }
        var r = base
        let year = anchor.year.map { $0 + offset }
        r.relative = signed(offset, "Y")
        r.value = year.map { .string(pad4($0)) }
        if base.end == i + 2, let season = Self.seasons.first(where: { at(i + 1, $0.0) }) {
            return abbreviatedSeason(r, first: season.1, year: year)
        }
        if at(i, "今明两年") || at(i, "明后两年") || at(i, "明后年") {     // this year and the next; the next two
            r.upper = year.map { .string(pad4($0 + 1)) }
            return .reading(r)
        }
        // 今年的11月5日, 去年的上半年, 今年的第一天: 的 between the year and its date.
        let tailStart = ch(r.end) == 0x7684 && dateTail(at: r.end, year: year, yearText: year.map(pad4) ?? "XXXX") == nil ? r.end + 1 : r.end
        if let tail = dateTail(at: tailStart, year: year, yearText: year.map(pad4) ?? "XXXX") {
            r.end = tail.end
            if year != nil {
                r.value = tail.value.map { .string($0) }
                r.upper = tail.upper.map { .string($0) }
            }
        }
        return .reading(r)
    }

    /// Characters before 今冬, 明春 … that leave them the season (prepositions), where another Han
    /// character before them more often makes a name or another word of them (王明春, 说明春季, 至今冬季).
    static let beforeSeasonAbbreviation = "在于到从是的和及或自"

    /// 今冬, 明春, 去夏 …: the season of the year said by its first character (今冬明春 → "2024-12".."2025-02"
    /// and "2025-03".."2025-05"), meteorological as after a year; not 今春节 (this 春节) or 今春运. In January
    /// and February 今冬 is the winter under way (2025-01-10: "2024-12".."2025-02").
    func abbreviatedSeason(_ base: Reading, first: Int, year: Int?) -> WordOutcome {
        let i = base.start
        if at(i + 1, "春节") || at(i + 1, "春运") { return .skip }
        let afterSeason = figures.last.map { $0.kind == .date && $0.end == i } ?? false
        if FigureCharacters.isHan(ch(i - 1)), !isAny(i - 1, Self.beforeSeasonAbbreviation), !afterSeason { return .skip }
        var r = base
        guard var year else { return .reading(r) }
        // 今冬 in January or February is the winter under way, begun the December before (去冬 the one before it).
        if first == 12, let month = anchor.month, month <= 2, !at(i, "明") { year -= 1 }
        let last = first == 12 ? "\(pad4(year + 1))-02" : "\(pad4(year))-\(pad2(first + 2))"
        r.value = .string("\(pad4(year))-\(pad2(first))")
        r.upper = .string(last)
        return .reading(r)
    }

    /// 本月, 上个月, 下下个月 …, with a day or part after it (上月15日, 本月初).
    func monthWord(_ offset: Int, _ base: Reading) -> WordOutcome {
        var r = base
        r.relative = signed(offset, "M")
        if let year = anchor.year, let month = anchor.month,
           let first = CalendarDate(year: year, month: month, day: 1)?.adding(months: offset) {
            var tail = monthTail(at: r.end, year: first.year, yearText: pad4(first.year), month: first.month)
            // 下个月的5号, 本月的中旬: 的 between the month and its day or part (as 今年的11月5日); 上个月的今天
            // is the anchor's day of the month in that month (as 去年的今天), none where the month lacks it.
            if tail.end == r.end, ch(r.end) == 0x7684 {
                let after = monthTail(at: r.end + 1, year: first.year, yearText: pad4(first.year), month: first.month)
                if after.end > r.end + 1 {
                    tail = after
                } else if atAny(r.end + 1, ["今天", "今日"]) != nil, let day = anchor.date?.day {
                    guard let date = CalendarDate(year: first.year, month: first.month, day: day) else {
                        r.value = nil
                        r.end += 3
                        return .reading(r)
                    }
                    tail = (date.description, nil, r.end + 3, day)
                }
            }
            r.value = .string(tail.value)
            r.upper = tail.upper.map { .string($0) }
            r.end = tail.end
        }
        return .reading(r)
    }

    /// 元月 (January) with the day or part after it, in the anchor's year ("XXXX" without one).
    func namedMonthWord(_ month: Int, _ base: Reading) -> WordOutcome {
        if isAny(base.start - 1, "纪单") { return .skip }   // 纪元月, 单元月考
        var r = base
        let tail = monthTail(at: r.end, year: anchor.year, yearText: anchor.year.map(pad4) ?? "XXXX", month: month)
        r.value = .string(tail.value)
        r.upper = tail.upper.map { .string($0) }
        r.end = tail.end
        return .reading(r)
    }

    /// 本世纪, 上世纪 …: the anchor's century or a neighbour ("20" for 2001–2100 as 21世纪 is), with a
    /// decade after it (上世纪80年代 → "198") or a part (本世纪初 → 2000..2019, as after 21世纪).
    func centuryWord(_ offset: Int, _ base: Reading) -> WordOutcome {
        let r0 = base
        // No anchor: the decade after it is read alone (80年代 → "198"), the word alone has no value.
        guard let year = anchor.year else { return NumeralParser.startsNumber(s, at: r0.end) ? .skip : .reading(r0) }
        var r = r0
        centuryTail(&r, century: (year - 1) / 100 + offset)    // 2024 is in the 21st century, "20"
        return .reading(r)
    }

    /// 本周, 上上周, 下个星期 …, as an ISO week, or with a weekday after it as that day (下周六).
    func weekWord(_ offset: Int, _ base: Reading) -> WordOutcome {
        // 本周期, 上周期 (a cycle), 本周刊: 周 starts another word.
        if ch(base.end - 1) == 0x5468, isAny(base.end, "期刊") { return .skip }   // 周
        var r = base
        r.relative = signed(offset, "W")
        r.value = anchor.date.map { .string($0.adding(days: 7 * offset).isoWeek) }
        var k = r.end
        if ch(k) == 0x7684 { k += 1 }                           // 的
        if let head = atAny(k, ["周", "星期", "礼拜"]) { k = head }
        if let day = weekday(at: k), !FigureCharacters.isChineseNumeral(ch(k + 1)) || ch(k) == 0x65E5 || hourAfterWeekday(at: k + 1) {
            r.end = k + 1
            r.value = dateOf(weekday: day, weeksFromAnchor: offset).map { .string($0) }
        } else if k == r.end, ch(k) == 0x672B, !isAny(k + 1, "期尾"), !at(k + 1, "日") {
            // 这周末, 下周末, 本周末: that week's Saturday and Sunday (not 周末期, a period).
            r.end = k + 1
            r.value = dateOf(weekday: 6, weeksFromAnchor: offset).map { .string($0) }
            r.upper = dateOf(weekday: 7, weeksFromAnchor: offset).map { .string($0) }
        } else if at(base.end - 2, "个周") {
            return .skip    // 上个周, 这个周 name a week only with a day or 末 after them (上个周五, 这个周末)
        }
        return .reading(r)
    }

    /// 今天, 昨天, 大后天, 今晚 …
    func dayWord(_ offset: Int, _ base: Reading) -> WordOutcome {
        let i = base.start
        // 后天 and 后年 end other words (建成后年产值, 三天后天气): only after a boundary or a preposition.
        // So do 前日 and 前晚 (目前日益, 目前晚稻, 节前日).
        if at(i, "后天") || at(i, "前日") || at(i, "前晚"), FigureCharacters.isHan(ch(i - 1)), !isAny(i - 1, "在于到至从是的和及或") {
            return .skip
        }
        if offset == 0, atAny(i, ["今天", "今日"]) == base.end, let sameDay = sameDayOfYear(before: i) { return sameDay }
        var r = base
        r.relative = signed(offset, "D")
        r.value = anchor.date.map { .string($0.adding(days: offset).description) }
        if at(i, "今明两天") { r.upper = anchor.date.map { .string($0.adding(days: 1).description) } }   // today and tomorrow
        if at(i, "明后") { r.upper = anchor.date.map { .string($0.adding(days: 2).description) } }       // tomorrow or the day after
        // 昨晚, 今晨, 明早 with no clock time after them: the hours of their part of the day.
        if let name = Self.dayWordParts[scanned(i, r.end)], !NumeralParser.startsNumber(s, at: r.end),
           let part = Self.dayPartHours.first(where: { $0.word == name }), let day = r.value?.string {
            r.kind = .time
            r.value = .string(day + "T" + pad2(part.first))
            r.upper = .string(day + "T" + pad2(part.last))
        }
        return .reading(r)
    }

    /// 去年今日, 去年的今天, 一年前的今天, 2023年的今天: today's month and day in the year just before
    /// (的 may stand between), as one figure ("2023-11-05" from 2024-11-05); nil when no year stands there.
    func sameDayOfYear(before i: Int) -> WordOutcome? {
        guard let last = figures.last, last.kind == .date, last.upper == nil, last.end == i || last.end == i - 1 && ch(i - 1) == 0x7684,  // 的
              let y = last.value?.string, y.count == 4, let year = Int(y), let month = anchor.month, let day = anchor.day else { return nil }
        let value = CalendarDate(year: year, month: month, day: day).map { FigureValue.string($0.description) }
        return .extendLast(end: i + 2, value: value, keepValue: false)
    }

    /// Day words that name a part of the day too, and that part (its hours in ``dayPartHours``).
    static let dayWordParts: [String: String] = [
        "今晚": "晚上", "昨晚": "晚上", "明晚": "晚上", "今晨": "清晨", "今早": "早上", "明早": "早上",
        "昨夜": "夜里", "今夜": "夜里", "当晚": "晚上", "当夜": "夜里", "前晚": "晚上",
    ]

    /// 本季度, 上季度 …, with 初 or 末 after it.
    func quarterWord(_ offset: Int, _ base: Reading) -> WordOutcome {
        var r = base
        r.relative = signed(3 * offset, "M")
        guard let year = anchor.year, let month = anchor.month else { return .reading(r) }
        let index = (year * 4 + (month - 1) / 3) + offset
        let q = index % 4 + 1
        let yearText = pad4(index / 4)
        r.value = .string("\(yearText)-Q\(q)")
        if let part = quarterPart(at: r.end, yearText: yearText, quarter: q) {
            r.value = .string(part.value)
            r.upper = part.upper.map { .string($0) }
            r.end = part.end
        }
        return .reading(r)
    }

    /// Characters before 季度末, 季末 … that make the quarter another one, or the word another word
    /// (本季末, 每季度末, 换季末, 旺季初, 赛季末).
    static let beforeQuarterPart = "本上下这该当同每个换旺淡赛雨冬夏春秋四Qq"

    /// 季度末, 季末, 季度初, 季初 standing alone: that part of the anchor's quarter, as 本季度末 is
    /// (三季度末 and 第一季度末 are read with their numeral).
    func quarterPartWord(_ length: Int, _ base: Reading) -> WordOutcome {
        let i = base.start
        if FigureCharacters.isChineseNumeral(ch(i - 1)) || FigureCharacters.isArabic(ch(i - 1))
            || isAny(i - 1, Self.beforeQuarterPart) { return .skip }
        var r = base
        r.end = i + length
        guard case .reading(let q) = quarterWord(0, r), q.end > r.end else { return .skip }
        return .reading(q)
    }

    /// Words after 清明 (also "clear", 政治清明) that make it the holiday of the solar term: its days off
    /// and the days around it (清明假期, 清明小长假, 清明前后).
    static let qingmingHolidayWords = ["假期", "小长假", "长假", "期间", "前后", "前夕", "当天", "时节", "放假", "祭扫"]

    /// A holiday without a year: that holiday in the anchor's year; after a bare year (2024元旦) in that year.
    func holidayWord(_ rule: HolidayRule, _ base: Reading) -> WordOutcome {
        let i = base.start
        if case .yearOnly = rule { return .skip }
        let lastIsYear = figures.last.map { $0.kind == .date && $0.end == i && $0.value?.string?.count == 4 } ?? false
        if case .solarTerm(let k) = rule, !Self.solarTerms[k].standalone, !lastIsYear, !at(i, "清明节"),
           !(at(i, "清明") && atAny(base.end, Self.qingmingHolidayWords) != nil) { return .skip }
        // 五一, 十一, 七一, 八一 and 618 name the holidays only before a word of a holiday (五一期间, 十一黄金周;
        // not 五一广场, 十一五规划), quoted, after a year at a clause end, or as part of a longer name (五一劳动节).
        if numeralOnly(holidayAt: i, end: base.end, afterYear: lastIsYear) { return .skip }
        if FigureCharacters.isChineseNumeral(ch(i - 1)) && !at(i, "元旦") { return .skip }
        if let last = figures.last, last.kind == .date, last.end == i, let y = last.value?.string, y.count == 4, let year = Int(y) {
            return .extendLast(end: base.end, value: Self.holidayValue(rule, year: year).map { .string($0) }, keepValue: false)
        }
        var r = base
        // 去年“618”, 2024年“五一”假期: the quoted holiday is in the year just before the quote.
        if let last = figures.last, last.kind == .date, last.end == i - 1, isAny(i - 1, Self.openQuotes),
           let y = last.value?.string, y.count == 4, let year = Int(y) {
            r.value = Self.holidayValue(rule, year: year).map { .string($0) }
            return .reading(r)
        }
        r.value = (rangeStartYear(before: i).flatMap { year, first in
            // The range runs forward: 2019年10月至春节 ends at the 春节 after it.
            [year, year + 1].lazy.compactMap { Self.holidayValue(rule, year: $0) }.first { $0 >= first }
        } ?? anchor.year.flatMap { Self.holidayValue(rule, year: $0) }).map { .string($0) }
        return .reading(r)
    }

    /// The year and value of a date figure that a range separator joins to the word at `i`
    /// (去年春节到元宵节: 元宵节 in 去年's year), or nil.
    func rangeStartYear(before i: Int) -> (Int, String)? {
        guard let last = figures.last, last.kind == .date, separatorEnd(after: last.end) == i,
              let value = last.value?.string, let year = Int(value.prefix(4)), value.prefix(4).count == 4 else { return nil }
        return (year, value)
    }

    /// 农历八月十五, 正月初一, 腊月, 闰四月 …: a date of the Chinese calendar in the anchor's year.
    func lunarWord(_ base: Reading) -> WordOutcome {
        let i = base.start
        let prefixed = atAny(i, ["农历", "阴历"]) != nil
        var year = anchor.year
        var k = prefixed ? i + 2 : i
        // 农历2021年六月, 阴历二〇二一年八月十五: a year between the word and the lunar date.
        if prefixed, NumeralParser.startsNumber(s, at: k), let y = NumeralParser.parse(s, at: k), ch(y.end) == 0x5E74,
           y.isInteger, y.plainDigits == 4 || y.digitString && y.chineseDigitCount == 4, y.value >= 1000, y.value <= 2199 {
            year = clampedInt(y.value)
            k = y.end + 1
        }
        // 大年初十: 大年 is the first month.
        let lunar = at(i, "大年初") ? lunarDay(at: i + 2, anyDigits: false).map { d in
            (value: year.flatMap { ChineseCalendar.gregorian(year: $0, month: 1, day: d.day) }?.description,
             upper: String?.none, end: d.end)
        } : lunarDate(at: k, year: year, afterPrefix: prefixed)
        guard let lunar else { return .skip }
        var r = base
        r.value = lunar.value.map { .string($0) }
        r.upper = lunar.upper.map { .string($0) }
        r.end = lunar.end
        return .reading(r)
    }

    /// 周三, 星期天 …: the day of the anchor's week; after a date (6月1日周六) it names that date.
    func weekdayWord(_ day: Int, _ base: Reading) -> WordOutcome {
        let i = base.start
        if followsDay(i), figures.last != nil { return .extendLast(end: base.end, value: nil, keepValue: true) }
        // 11月5日（周二）, 5日(星期二): the weekday in brackets after a date of one day is part of it.
        if isAny(i - 1, "（("), isAny(base.end, "）)"), followsDay(i - 1), figures.last != nil {
            return .extendLast(end: base.end + 1, value: nil, keepValue: true)
        }
        if isAny(i - 1, "每逢隔") || FigureCharacters.isChineseNumeral(ch(i - 1)) || FigureCharacters.isArabic(ch(i - 1)) { return .skip }
        if FigureCharacters.isChineseNumeral(ch(base.end)) && day != 7 && !hourAfterWeekday(at: base.end) { return .skip }
        var r = base
        r.value = (weekdayInRangeWeek(day, at: i) ?? dateOf(weekday: day, weeksFromAnchor: 0)).map { .string($0) }
        return .reading(r)
    }

    /// Range separators after which a weekday is in the week of the weekday before them (下周一至周三).
    static let weekdayRangeSeparators = ["至", "到", "——", "—", "－", "-", "~", "～"]

    /// The second weekday of a range, in the week of the first (下周一至周三 → next week's Wednesday,
    /// 上周五到周日): the date, when a weekday (``FigureLexicon/weekdayWords``, with 上/下/本 …) ends just
    /// before the separator at `i`; nil otherwise.
    func weekdayInRangeWeek(_ day: Int, at i: Int) -> String? {
        guard let sep = Self.weekdayRangeSeparators.first(where: { before(i, $0) }), let last = figures.last,
              last.end == i - sep.unicodeScalars.count, last.kind == .date, last.upper == nil,
              last.relative?.hasSuffix("W") == true, let text = last.value?.string, let first = CalendarDate(text),
              FigureLexicon.weekdayWords.contains(where: { last.text.hasSuffix($0.0) }) else { return nil }
        let target = first.adding(days: day - first.weekday)
        return Self.resolvableYears.contains(target.year) ? target.description : nil
    }

    /// Characters that end a word with 月 (岁月, 日月, 风月, 满月, 蜜月): 月中 after them is no date.
    static let beforeMonthWord = "岁日风明满新正腊蜜赏望累经闰"

    /// Characters before 年内 that make 年 part of a count or another word (多年内, 几年内, 半年内, 学年内, 每年内,
    /// 当年内: 当年 is read as said again), or a year already read (今年内 is 今年).
    static let beforeYearWithin = "去今明前本当同该每全多几数余近半周学财历成少青幼老童新晚早整个头来这那某"
    /// Characters before 月内 that make 月 part of a count or another word (个月内, 岁月内, 每月内, 本月内 is 本月).
    static let beforeMonthWithin = "个本上下该当同每岁半整这那某日风满蜜数几多余来"
    /// Characters after 年内 or 月内 that make 内 start another word (内容, 内部, 内地, 内陆, 内阁 …).
    static let afterWithinWord = "容部地陆阁衣科行涵核幕侧外存在需务政心"

    /// 年底, 年初, 月底, 月中旬 …: a part of the anchor's year or month.
    func partWord(_ word: DateWord, _ base: Reading) -> WordOutcome {
        let i = base.start
        let numeralBefore = FigureCharacters.isArabic(ch(i - 1)) || FigureCharacters.isChineseNumeral(ch(i - 1))
        var r = base
        if at(i, "年内") || at(i, "月内") {
            // 年内将完工, 月内开工: within the anchor's year or month, that year or month (as 明年年内 is
            // 2025); not a count's (三年内, 几个月内, 多年内), another word's (半年内, 学年内, 岁月内, 每月内) nor 内容, 内部.
            let year = ch(i) == 0x5E74
            if numeralBefore || isAny(i - 1, year ? Self.beforeYearWithin : Self.beforeMonthWithin)
                || isAny(i + 2, Self.afterWithinWord) { return .skip }
            r.relative = year ? "P0Y" : "P0M"
            if let y = anchor.year, year {
                r.value = .string(pad4(y))
            } else if let y = anchor.year, let m = anchor.month {
                r.value = .string("\(pad4(y))-\(pad2(m))")
            }
            return .reading(r)
        }
        if case .yearPart = word {
            if isAny(i - 1, "去今明前本当同该") || numeralBefore { return .skip }
            // 年中秋, 年中国: the part is no part there (and 中秋, 中国 are words of their own).
            guard let part = yearPart(at: i + 1, yearText: anchor.yearText) else { return .skip }
            r.value = anchor.year == nil ? nil : .string(part.value)
            r.upper = anchor.year == nil ? nil : part.upper.map { .string($0) }
            r.end = part.end
            return .reading(r)
        }
        if numeralBefore || isAny(i - 1, "本上下该当同") { return .skip }
        // 岁月中, 日月中, 风月中: 月 ends another word before 中.
        if at(i, "月中"), !at(i, "月中旬"), isAny(i - 1, Self.beforeMonthWord) { return .skip }
        // 月中 is a word by itself: its 中 needs no check of what follows (工程月中完工).
        let middle = at(i, "月中") && !at(i, "月中旬") ? Self.monthParts.first { $0.word == "中" } : nil
        // 下旬, 中下旬 alone (no 月 before them): that third of the anchor's month, as 月下旬.
        let partStart = ch(i) == 0x6708 ? i + 1 : i                                // 月
        if let year = anchor.year, let month = anchor.month, let part = middle ?? periodPart(at: partStart, Self.monthParts) {
            let ym = "\(pad4(year))-\(pad2(month))"
            let last = part.last == 0 ? CalendarDate.daysIn(month: month, year: year) : part.last
            r.value = .string("\(ym)-\(pad2(part.first))")
            r.upper = .string("\(ym)-\(pad2(last))")
        }
        return .reading(r)
    }

    /// 近日, 日前, 近期 (a date with no value); 上半年, 下半年; 半年, 半个月 … (durations).
    func vagueWord(_ word: DateWord, _ base: Reading) -> WordOutcome {
        let i = base.start
        var r = base
        switch word {
        case .half(let h):
            if isAny(i - 1, "年") { return .skip }
            // 2024上半年: a bare year just before the half names its year, as 2024元旦 does.
            if let last = figures.last, last.kind == .date, last.end == i, last.upper == nil, let y = last.value?.string,
               y.count == 4, Int(y) != nil {
                return .extendLast(end: base.end, value: .string("\(y)-H\(h)"), keepValue: false)
            }
            r.value = .string("\(anchor.yearText)-H\(h)")
        case .halfDuration(let designator):
            if isAny(i - 1, "上下前后大多一两三四五六七八九十个") { return .skip }
            r.kind = .duration
            r.value = .string(designator == "C" ? "P50Y" : isoDuration(0.5, designator))
            if isAny(r.end, "多余") || at(i, "半个多") { r.approximate = .more; r.end += isAny(r.end, "多余") ? 1 : 0 }
            // 半年后, 半个月前: a relative date, like 5年后 (半年 is six months: 半年后 → that month).
            if r.approximate == nil, designator == "Y" || designator == "M" {
                relativeDate(&r, amount: 0.5, upper: nil, designator: designator)
                if r.kind == .date { return .reading(r) }
            }
            // 半个世纪前: fifty years before, as 50年前.
            if r.approximate == nil, designator == "C" {
                relativeDate(&r, amount: 50, upper: nil, designator: "Y")
                if r.kind == .date { return .reading(r) }
            }
            let approxPrefix = prefixes(endingAt: i).first { if case .approximate = $0.kind { return true } else { return false } }
            // 半小时后, 半分钟后, 过去半小时: as 3小时后 and 过去三小时.
            if r.approximate == nil, designator == "TH" || designator == "TM" {
                relativeClockTime(&r, amount: 0.5, upper: nil, designator: designator, spanStart: approxPrefix?.start ?? r.start)
            }
            applySuffixApproximation(&r)
            applyPrefixApproximation(&r, approxPrefix)
            // 半年来, 过去半个月: half a year or month up to the anchor, as 6个月来 (半小时 as 过去三小时).
            if designator == "TH" || designator == "TM" || designator == "Y" || designator == "M" {
                relativePeriod(&r, amount: 0.5, designator: designator, numberStart: i)
            }
            // 半个世纪以来, 过去半个世纪: fifty years up to the anchor, as 50年来.
            if designator == "C" { relativePeriod(&r, amount: 50, designator: "Y", numberStart: i) }
        case .aboutOne(let designator):
            // 个把月: 把 after 个 is "about" (千把人 says it of a number): about one month.
            r.kind = .duration
            r.value = .string(isoDuration(1, designator))
            r.approximate = .about
        default:
            if at(i, "日前") && FigureCharacters.isHan(ch(i - 1)) && !isAny(i - 1, "者社电讯于在称悉获") { return .skip }
            if (at(i, "近日") || at(i, "近期")) && isAny(i - 1, "最附接临将") { return .skip }
        }
        return .reading(r)
    }
}
