import WenxiText

/// Clock times after a number: 时 and 点 (下午3时, 15时30分, 8点半), quarters and minutes after the
/// hour, and when N点 is an hour at all rather than a count of points.
extension FigureScanner {
    /// Words after N点 that make it an hour of the clock, not a count of points (会议七点开始,
    /// 3点以后, 七点左右; but 三点意见, 两点要求 count).
    static let clockWordsAfterHour = ["开始", "出发", "到达", "抵达", "起飞", "降落", "举行", "召开", "结束", "开幕",
                                      "闭幕", "集合", "左右", "前后", "以前", "以后", "之前", "之后", "准时", "发车",
                                      "开门", "关门", "营业", "见面", "下班", "上班", "起床", "睡觉", "多", "起", "前", "后",
                                      // what people do at an hour (我五点回来, 九点开会, 八点半上课): verbs, none a noun
                                      // that points count (不是 两点见解: 见 alone is read below)
                                      "回来", "回家", "到家", "出门", "动身", "启程", "返回", "离开", "吃饭", "开会",
                                      "上课", "下课", "放学", "开盘", "收盘", "播出", "开播", "进站", "报到", "签到",
                                      "入场", "开场", "开演", "开赛", "开考", "开工", "收工", "就寝", "熄灯", "截止", "过后"]

    /// Nouns after N点的 that happen at an hour (七点的新闻, 十点的航班, 八点的时候): N点 is their hour. Points
    /// counted take other nouns (两点的区别, 这三点的要求), and 这, 那, 以上 … before the number keep them counts.
    static let eventsAtHour = ["航班", "班机", "飞机", "火车", "列车", "高铁", "动车", "班车", "大巴", "车次", "末班车",
                               "新闻", "电影", "节目", "比赛", "演出", "会议", "约会", "闹钟", "钟声", "时候", "早饭",
                               "午饭", "晚饭", "早餐", "午餐", "晚餐"]

    /// Words before a number of 点 that make it a count of points whatever follows (这两点的, 以上三点的).
    static let pointCountLeads = ["这", "那", "以上", "以下", "上述", "如下", "前", "后", "第", "几", "有"]

    /// Whether N点 (no day part or minutes) is an hour by what follows: a word of the clock
    /// (七点开始), or a clause end after an hour that no one counts points of (14点。: 13–24;
    /// 他讲了两点。 stays a count). 零点 is midnight wherever no digits follow (零点起实施; 零点五 is a decimal).
    /// N点 that is a whole clause by itself (七点，天刚亮; a line 五点) is an hour too: a count of points
    /// needs a verb or a noun beside it (讲了两点，两点意见). Both ends of a range of them are hours when either
    /// end is a clock time (9点到11点半, 8点至10点).
    func hourByContext(_ v: Double, start: Int, _ end: Int) -> Bool {
        if atAny(end, Self.clockWordsAfterHour) != nil { return !at(end, "多项") && !at(end, "多个") }
        // 七点的新闻, 十点的航班; 八点见。 (见 ending the clause: not 两点见解).
        if ch(end) == 0x7684 ? atAny(end + 1, Self.eventsAtHour) != nil : ch(end) == 0x89C1 && !FigureCharacters.isHan(ch(end + 1)) {
            return !Self.pointCountLeads.contains { before(start, $0) }
        }
        // 周末九点, 每天9点, 工作日8点: right after a word of days the number of 点 is the hour.
        if Self.dayWordsBeforeHour.contains(where: { before(start, $0) }) { return !isAny(end, Self.pointCountNouns) }
        // 零点几 ("nought point something": 零点几秒, 零点几个百分点) is a vague decimal, no midnight.
        if v == 0 { return !NumeralParser.startsNumber(s, at: end) && !isAny(end, "能几") }
        // 9点到11点半, 8点至10点: a range up to a clock time makes the first an hour too.
        if let sep = atAny(end, ["到", "至", "~", "～", "-", "—"]), NumeralParser.startsNumber(s, at: sep),
           let h2 = NumeralParser.parse(s, at: sep), h2.isInteger, h2.value <= 24, isAny(h2.end, "点时:："),
           !isAny(h2.end + 1, Self.pointCountNouns) { return true }
        // ... and the second, after the separator, is the end of that range (9点到11点).
        for sep in ["到", "至", "~", "～", "-", "—"] where before(start, sep) && !isAny(end, Self.pointCountNouns) {
            let k = start - sep.unicodeScalars.count - 1
            if isAny(k, "点时"), NumeralParser.startsNumber(s, at: k - 1) || FigureCharacters.isArabic(ch(k - 1)) { return true }
        }
        if start == 0 || isAny(start - 1, Self.clauseStops), end >= n || isAny(end, Self.clauseStops) { return true }
        // 七点，天刚亮: but not an enumeration (两点，一是……; 三点，第一 …; 两点，即 …).
        if start == 0 || isAny(start - 1, Self.clauseStops), isAny(end, "，,"), !NumeralParser.startsNumber(s, at: end + 1),
           !isAny(end + 1, "第即"), !at(end + 1, "首先") {
            return true
        }
        return v >= 13 && !FigureCharacters.isHan(ch(end)) && !FigureCharacters.isArabic(ch(end))
    }

    /// Whether a clock hour in Chinese numerals starts at `j` right after a weekday (周三十点, 星期五八点,
    /// 下周三十一点半): a whole number up to 24 before 点 or 时 (not 时期, 时代 …), so that the numeral
    /// after the weekday's digit is the hour and not a longer number with it (周三十 is no week 30).
    func hourAfterWeekday(at j: Int) -> Bool {
        guard FigureCharacters.isChineseNumeral(ch(j)), let h = NumeralParser.parse(s, at: j), h.isInteger, !h.vague,
              h.upper == nil, !h.digitString, h.value >= 1, h.value <= 24 else { return false }
        if ch(h.end) == 0x65F6 { return !isAny(h.end + 1, Self.notClockAfterShi) }     // 时
        return ch(h.end) == NumeralParser.dian && !isAny(h.end + 1, Self.pointCountNouns)
    }

    /// Words of days (no date of their own) after which N点 is an hour: 周末九点, 每天9点, 工作日8点.
    static let dayWordsBeforeHour = ["周末", "每天", "每日", "每晚", "天天", "平日", "平时", "工作日", "节假日", "双休日"]

    /// First characters of the nouns that N点 counts (三点意见, 五点要求, 两点建议, 四点措施, 三点内容): a range
    /// of 点 before them counts points, not hours.
    static let pointCountNouns = "意要建措内共看体希做"

    /// Marks that end a sentence or a line, after which a clause starts.
    static let clauseStops = "。！？；;!?\n"

    /// Characters after 时 that make it another word (时期, 时代, 时间, 时候, 时节 …), not the hour.
    static let notClockAfterShi = "期代间候节段空速效刻差髦尚局势事针"

    /// 时 and 点 after a number: a time of day (下午3时, 15时30分, 8点半), or 点 as a count.
    func clockTime(_ num: ParsedNumber, _ base: Reading, unit: UnitInfo, dayPart: Prefix?,
                   approxPrefix: Prefix?, ordinal: Prefix?,
                   forced: UnitInfo?) -> Reading? {
        var r = base
        let v = num.value
        let isDian = unit.label == "点"
        var end = r.end
        if isDian && at(end, "钟") { end += 1 }
        var minutes = 0
        var seconds: Int?
        var explicitMinutes = false
        var hourShift = 0
        if isDian, isAny(end, "过差"), let past = minutesPastOrTo(at: end + 1), v >= 1 || ch(end) == 0x8FC7 {
            // 八点过五分, 十二点过一刻: minutes past the hour; 九点差一刻, 八点差五分: minutes to it (8:45, 7:55).
            let to = ch(end) == 0x5DEE                                            // 差
            minutes = to ? 60 - past.minutes : past.minutes
            hourShift = to ? -1 : 0
            end = past.end
            explicitMinutes = true
        } else if ch(end) == 0x534A {          // 半
            minutes = 30
            end += 1
            explicitMinutes = true
        } else if NumeralParser.startsNumber(s, at: end), let m = NumeralParser.parse(s, at: end),
                  m.isInteger, m.value < 60, ch(m.end) == 0x5206, !at(m.end, "分钟"), !at(m.end, "分之") {  // 30分
            minutes = clampedInt(m.value)
            end = m.end + 1
            explicitMinutes = true
            if NumeralParser.startsNumber(s, at: end), let sec = NumeralParser.parse(s, at: end),
               sec.isInteger, sec.value < 60, ch(sec.end) == 0x79D2 {   // 秒
                seconds = clampedInt(sec.value)
                end = sec.end + 1
            }
        } else if at(end, "整") {
            end += 1
            explicitMinutes = true
        } else if let quarter = quarterHour(at: end) {    // 一刻, 三刻
            minutes = quarter.minutes
            end = quarter.end
            explicitMinutes = true
        } else if isDian || num.startsArabic && FigureCharacters.isArabic(ch(end)) && FigureCharacters.isArabic(ch(end + 1)),
                  let m = bareMinutes(at: end, inClock: dayPart != nil || followsDay(num.start)),
                  isDian || m.end == end + 2 {    // 十点二十五, 9点05; 19时30 (two digits after 时)
            minutes = m.minutes
            end = m.end
            explicitMinutes = true
        }
        let isTime = num.isInteger && v >= 0 && v <= 24 && ordinal == nil && !num.digitString
            && (isDian ? (dayPart != nil || explicitMinutes || at(end, "许") || at(r.end, "钟") || at(end, "来钟") || followsDay(num.start) || forced != nil
                          || hourByContext(v, start: num.start, end))
                       : !isAny(r.end, Self.notClockAfterShi))
        guard isTime else {
            if isDian {
                r.unit = "点"
                if let ordinal { r.kind = .ordinal; r.start = ordinal.start; return r }
                if num.isLoneOne || (!num.startsArabic && !num.hasMultiplier && num.chineseDigitCount == 0) || v == 0 { r.weak = true }
                applySuffixApproximation(&r)
                return r
            }
            r.weak = true
            return r
        }
        var hour = clampedInt(v) + hourShift
        if let dayPart {
            hour = self.hour(hour, after: dayPart, numberStart: num.start)
            r.start = dayPart.start
        }
        r.kind = .time
        r.unit = nil
        r.end = end
        // The precision written: 8点 names the hour ("T08"), 8点整 and 8点30分 the minute.
        var value = explicitMinutes ? "T\(pad2(hour)):\(pad2(minutes))" : "T\(pad2(hour))"
        if let seconds { value += ":\(pad2(seconds))" }
        r.value = .string(value)
        // 七八点: one of two neighbouring hours, both hours ("T19".."T20" with 下午).
        if !explicitMinutes, let u = num.upper, u == u.rounded(), u > v, u <= 24 {
            let upperHour = dayPart.map { self.hour(clampedInt(u), after: $0, numberStart: num.start) } ?? clampedInt(u)
            r.upper = .string("T\(pad2(upperHour))")
        }
        if forced != nil { return r }
        if !explicitMinutes && isDian && ch(end) == 0x591A {   // 5点多(钟): in that hour, after it began
            r.end = end + (ch(end + 1) == 0x949F ? 2 : 1)
            r.approximate = .more
        } else if !explicitMinutes && isDian && at(end, "来钟") {   // 十点来钟: about that hour
            r.end = end + 2
            r.approximate = .about
        }
        applySuffixApproximation(&r)
        applyPrefixApproximation(&r, approxPrefix)
        return r
    }

    /// The hour of the day that `hour` names after a part of the day: 下午3点 → 15, 中午12点 → 12,
    /// 晚上12点 and 夜里12点 → 24 (midnight), 深夜11点 → 23, 凌晨1点 and 半夜1点 → 1.
    func hour(_ hour: Int, after dayPart: Prefix, numberStart: Int) -> Int {
        guard case .dayPart(let offset) = dayPart.kind else { return hour }
        if offset == -1 { return hour == 12 ? 24 : (6...11).contains(hour) ? hour + 12 : hour }
        if offset == 12 && hour == 12 { return scanned(dayPart.start, numberStart).hasPrefix("晚") || scanned(dayPart.start, numberStart).hasSuffix("晚") ? 24 : 12 }
        return hour < 12 ? hour + offset : hour
    }

    /// The minutes after 过 or 差 at `j` (五分, 10分, 一刻, 三刻: not 五分钟, a time that passes): 1 to 59, or nil.
    func minutesPastOrTo(at j: Int) -> (minutes: Int, end: Int)? {
        if let quarter = quarterHour(at: j) { return quarter }
        guard NumeralParser.startsNumber(s, at: j), let m = NumeralParser.parse(s, at: j), m.isInteger, !m.vague,
              m.upper == nil, m.value >= 1, m.value < 60, ch(m.end) == 0x5206, !at(m.end, "分钟"), !at(m.end, "分之") else { return nil }
        return (clampedInt(m.value), m.end + 1)
    }

    /// 一刻 (15 minutes) or 三刻 (45) after an hour.
    func quarterHour(at j: Int) -> (minutes: Int, end: Int)? {
        guard isAny(j, "一三13"), ch(j + 1) == 0x523B, !at(j + 1, "刻钟") else { return nil }  // 刻
        return (isAny(j, "一1") ? 15 : 45, j + 2)
    }

    /// 晚上九点零九, 明天上午十点三十: a spelled decimal after a part of the day or a date with its day is
    /// a clock time, the hour before 点 and the minutes after it; returns the hour alone (read then
    /// with 点 and ``bareMinutes(at:)``), or nil. Elsewhere 九点零九 stays 9.09.
    func hourBeforeMinutes(_ num: ParsedNumber) -> ParsedNumber? {
        guard !num.startsArabic, num.hasDecimal, !num.hasArabic,
              let dot = (num.start..<num.end).first(where: { s[$0] == NumeralParser.dian }),
              followsDay(num.start) || prefixes(endingAt: num.start).contains(where: { $0.kind.isDayPart }),
              let minutes = bareMinutes(at: dot + 1, inClock: true), minutes.end == num.end,
              var hour = NumeralParser.parse(Array(s[num.start..<dot]), at: 0), hour.end == dot - num.start else { return nil }
        hour.start += num.start
        hour.end += num.start
        return hour
    }

    /// Minutes after 点 without 分 (十点二十五, 9点05, 十点零五): 1 to 59, with no unit after them; `inClock`
    /// (a part of the day or a day before the hour) lets a one-character unit follow, which then opens
    /// a verb (晚上十点零五发车, 上午八点零五集合).
    func bareMinutes(at j: Int, inClock: Bool = false) -> (minutes: Int, end: Int)? {
        guard NumeralParser.startsNumber(s, at: j), let m = NumeralParser.parse(s, at: j), m.isInteger, !m.vague,
              m.upper == nil, m.value >= 1, m.value < 60, m.end - j >= 2 || FigureCharacters.isArabic(s[j]),
              !FigureCharacters.isArabic(ch(m.end)), !isAny(m.end, "多余几.．") else { return nil }
        if let unit = FigureLexicon.units.longestMatch(in: s, at: m.end),
           !inClock || unit.end - m.end > 1 || !FigureCharacters.isHan(ch(unit.end)) || isAny(m.end, "分秒刻") {
            return nil
        }
        return (clampedInt(m.value), m.end)
    }

    /// True when a date with its day (2024-11-04) ends just before `j` (or before 的 or a space there):
    /// a clock time may follow it without a part of the day (明天8点).
    func followsDay(_ j: Int) -> Bool {
        guard let last = figures.last, last.kind == .date, let value = last.value?.string, value.count == 10,
              !value.hasPrefix("X") else { return false }
        return last.end == j || (last.end == j - 1 && isAny(j - 1, "的 "))
    }
}
