import WenxiText

/// A part of the day named by a word, as the whole hours it covers (both included).
struct DayPartHours: Sendable {
    var word: String
    var first: Int
    var last: Int
    /// Characters after the word that make it another word (白天鹅, 下午茶; 中午饭 is still noon).
    var blockedBefore: String = ""
    /// When set, the only Han characters that may follow the word (晨 and 夜 alone start many words).
    var onlyBefore: String? = nil
}

extension FigureScanner {
    /// The parts of the day and their hours, longest words first. The hours are those of JioNLP's time
    /// parser (Apache-2.0), the public convention the project's time scores are measured against; a
    /// part is read only after a date with its day (9日上午, 明天晚上, 周二早上) and never with a clock
    /// time after it (明天下午3点 is the clock time's, read with its own part of the day).
    static let dayPartHours: [DayPartHours] = [
        DayPartHours(word: "上半夜", first: 0, last: 2), DayPartHours(word: "前半夜", first: 0, last: 2),
        DayPartHours(word: "下半夜", first: 2, last: 4), DayPartHours(word: "后半夜", first: 2, last: 4),
        DayPartHours(word: "一大早", first: 6, last: 9),
        DayPartHours(word: "清晨", first: 5, last: 7), DayPartHours(word: "清早", first: 5, last: 8),
        DayPartHours(word: "早上", first: 6, last: 9), DayPartHours(word: "早晨", first: 6, last: 9),
        DayPartHours(word: "一早", first: 6, last: 9), DayPartHours(word: "黎明", first: 4, last: 6),
        DayPartHours(word: "白天", first: 6, last: 18, blockedBefore: "鹅"), DayPartHours(word: "上午", first: 7, last: 11),
        DayPartHours(word: "中午", first: 12, last: 13), DayPartHours(word: "正午", first: 12, last: 12), DayPartHours(word: "午后", first: 13, last: 14),
        DayPartHours(word: "下午", first: 13, last: 17, blockedBefore: "茶"), DayPartHours(word: "傍晚", first: 17, last: 18),
        DayPartHours(word: "晚上", first: 18, last: 23), DayPartHours(word: "晚间", first: 20, last: 23),
        DayPartHours(word: "夜间", first: 20, last: 23), DayPartHours(word: "夜里", first: 20, last: 23),
        DayPartHours(word: "深夜", first: 23, last: 23), DayPartHours(word: "凌晨", first: 0, last: 4),
        DayPartHours(word: "半夜", first: 0, last: 4), DayPartHours(word: "午夜", first: 0, last: 0),
        // 全天: the whole day, every hour of it (4日全天停电; 全天候 is "all-weather").
        DayPartHours(word: "全天", first: 0, last: 23, blockedBefore: "候"),
        // 晚 alone after a day (5日晚，…; 11月5日晚举行) is its evening, as 晚上; not where 晚 starts another
        // word (9日晚会, 5日晚报, 晚餐, 晚宴, 晚些时候, 晚点, 晚年).
        DayPartHours(word: "晚", first: 18, last: 23, blockedBefore: "会报餐饭宴年些点了霞期班辈稻秋安场婚景饮自妆礼熟"),
        // 早间 as 早上, 午间 as 中午; 晨 and 夜 alone after a day (5日晨, 4日夜至5日晨) as 清晨 and 夜里, only
        // before no Han character or a word of a range or bound (晨报, 晨练, 夜班, 夜市 are other words).
        DayPartHours(word: "早间", first: 6, last: 9), DayPartHours(word: "午间", first: 12, last: 13),
        DayPartHours(word: "晨", first: 5, last: 7, onlyBefore: "至到起前后以的和及"),
        DayPartHours(word: "夜", first: 20, last: 23, onlyBefore: "至到起前后以的和及"),
    ]

    /// The part of the day written at `j` with where it ends, or nil; nil too when a number follows it
    /// (the part then belongs to a clock time: 上午10点).
    func dayPart(at j: Int) -> (part: DayPartHours, end: Int)? {
        for part in Self.dayPartHours where at(j, part.word) {
            let end = j + part.word.unicodeScalars.count
            if isAny(end, part.blockedBefore) || NumeralParser.startsNumber(s, at: end) { return nil }
            if let only = part.onlyBefore, FigureCharacters.isHan(ch(end)), !isAny(end, only) { return nil }
            return (part, end)
        }
        return nil
    }

    /// A date of one day followed by a part of the day (9日上午, 明天晚上, 周二早上, 两天后的早上: 的
    /// may stand between): a time figure over the part's hours on that day
    /// ("2024-11-09T07".."2024-11-09T11"), or nil.
    func dayWithPart(_ r: Reading) -> Reading? {
        let partStart = ch(r.end) == 0x7684 ? r.end + 1 : r.end   // 的
        guard r.kind == .date, r.upper == nil, r.mod == nil, let day = r.value?.string, day.count == 10,
              let (part, end) = dayPart(at: partStart) else { return nil }
        var t = r
        t.kind = .time
        t.value = .string(day + "T" + pad2(part.first))
        t.upper = .string(day + "T" + pad2(part.last))
        t.end = end
        return t
    }

    /// True when a time of day starts at `j`: a part of the day (上午, 晚上) or a clock time (17点, 8时,
    /// 9:30). A bare 号 before it names a day of the month (8号晚上9点), not a designation (3号线).
    func timeOfDayStarts(at j: Int) -> Bool {
        if dayPart(at: j) != nil || Self.dayPartHours.contains(where: {
            $0.onlyBefore == nil && at(j, $0.word) && !isAny(j + $0.word.unicodeScalars.count, $0.blockedBefore)
        }) {
            return true
        }
        guard NumeralParser.startsNumber(s, at: j), let hour = NumeralParser.parse(s, at: j), hour.isInteger,
              hour.value <= 24 else { return false }
        return isAny(hour.end, "点时:：") && !at(hour.end, "时间") && !at(hour.end, "时期")
    }
}
