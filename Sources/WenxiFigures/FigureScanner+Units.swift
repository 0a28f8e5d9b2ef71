import WenxiText

extension FigureScanner {
    /// Single-character units that measure (一吨, 一倍) rather than count (一个, 一种):
    /// 一 before a counting classifier is a determiner, not a figure. 番 is not one: 一番努力 is "a bout
    /// of effort"; after 翻 it is a doubling (``doubling``).
    static let measuringSingles: Set<String> = [
        "米", "吨", "克", "斤", "亩", "升", "瓦", "伏", "度", "倍", "丈", "尺", "寸", "里", "安", "卡", "帕",
        "桶", "人", "名", "例",
    ]

    /// A measure word or unit: a number with that unit, unless the numeral is a determiner
    /// (一个), a bare multiplier (百姓), a digit string or a small bare Chinese numeral.
    func measure(_ base: Reading, _ c: NumberContext, label: String) -> UnitOutcome {
        var r = base
        r.unit = label
        if let o = ordinal(r, c, unit: label) { return .done(o) }
        if label == "番", let doubled = doubling(r, c) { return .done(doubled) }
        // 十块三毛, 三五百块。: 块 closing a clause or before 毛/角/钱 is money, not pieces.
        if label == "块", c.forced == nil, !FigureCharacters.isHan(ch(r.end)) || isAny(r.end, "毛角钱多") || jiaoFen(at: r.end) != nil {
            return money(r, c, code: "CNY")
        }
        // 14亿人口: 人口 (population) is a word; the number counts people without a measure word.
        if label == "人", ch(r.end) == 0x53E3 {
            r.unit = nil
            r.end -= 1
        }
        if label == "米", c.forced == nil, let tail = meterTail(c.num, at: r.end), case .number(let x)? = r.value {
            r.value = .number(x + tail.amount)
            r.end = tail.end
        }
        let num = c.num
        let determiner = num.isLoneOne && c.approx == nil && label.unicodeScalars.count == 1
            && !Self.measuringSingles.contains(label)
        let idiomatic = num.bareMultiplier && c.approx == nil && c.approxPrefix == nil
            && !magnitudeCompound(num, unit: label)
        let unquantified = !num.startsArabic && !num.hasMultiplier && num.chineseDigitCount == 0 && !num.vague
        if determiner || idiomatic || num.digitString || unquantified {
            r.weak = true
            return .done(r)
        }
        return .shared(r)
    }

    /// Units after 千万 that make it the number ten million, as `build-fixed-words.py`'s MAGNITUDE_UNITS
    /// does: before other words 千万 is as often "by all means" or hyperbole (千万条, 千万遍, 千万个理由).
    static let tenMillionUnits: Set<String> = [
        "人次", "吨", "级", "户", "家", "名", "辆", "台", "套", "亩", "千瓦", "平方米", "公里",
    ]

    /// A numeral of magnitudes alone that multiply upward (百万, 千万, 百亿, 千亿, 万亿): the number
    /// itself before money (百亿元, 万亿元) or a unit (百万吨, 百亿次), where a single 百, 千, 万 or 亿
    /// stays a word (百年, 万人, 千家万户). 千万 takes only money and ``tenMillionUnits``; `unit` nil is money.
    func magnitudeCompound(_ num: ParsedNumber, unit: String?) -> Bool {
        guard num.bareMultiplier, !num.startsArabic, num.end - num.start >= 2, num.upper == nil else { return false }
        var last = 1
        for k in num.start..<num.end {
            let e = FigureCharacters.multiplierExponent(s[k])
            if e <= last { return false }
            last = e
        }
        if let unit, at(num.start, "千万"), num.end - num.start == 2 { return Self.tenMillionUnits.contains(unit) }
        return true
    }

    /// Digits right after N米 that give its decimetres and centimetres, as heights are said (1米8 → 1.8,
    /// 1米75 → 1.75, 一米八 → 1.8, 一米七五 → 1.75; fewer than ten metres): one or two digits of the numeral's script
    /// (零 only before another, 一米零五), with no numeral, unit or point after them (一米八个 stays apart); nil otherwise.
    func meterTail(_ num: ParsedNumber, at j: Int) -> (amount: Double, end: Int)? {
        guard num.isInteger, num.upper == nil, !num.vague, num.value < 10 else { return nil }   // heights, short lengths
        var k = j
        var digits: [Int] = []
        if num.startsArabic {
            while k < n, k - j < 3, FigureCharacters.arabicValue(s[k]) >= 0 { digits.append(FigureCharacters.arabicValue(s[k])); k += 1 }
        } else {
            // 一米八, 一米七五, 一米零五: one or two Chinese digits (零 only before another).
            while k < n, k - j < 2, FigureCharacters.bits(s[k]) & FigureCharacters.chineseDigit != 0, !isAny(k, "两兩俩仨") {
                digits.append(FigureCharacters.chineseDigitValue(s[k]))
                k += 1
            }
            if digits == [0] { return nil }
        }
        guard digits.count == 1 || digits.count == 2, !NumeralParser.startsNumber(s, at: k),
              FigureLexicon.units.longestMatch(in: s, at: k) == nil, !isAny(k, ".．%％:：-") else { return nil }
        let amount = digits.count == 1 ? Double(digits[0]) / 10 : Double(digits[0] * 10 + digits[1]) / 100
        return (amount, k)
    }

    /// A currency after the amount: money in that ISO 4217 code. After 元 or 块: 角 and 分 (5元3角2分),
    /// 整, and a currency word that names which 元 (9000元日币); a currency word before the amount
    /// names it too (港币两千元).
    func money(_ base: Reading, _ c: NumberContext, code: String) -> UnitOutcome {
        var r = base
        r.kind = .money
        r.unit = code
        if c.num.bareMultiplier && c.approx == nil && c.approxPrefix == nil && !magnitudeCompound(c.num, unit: nil) {
            r.weak = true
            return .done(r)
        }
        // 5毛钱, 3角钱: tenths of a yuan (a 毛 or 角 alone is as often hair or a corner); 5分钱 hundredths.
        if at(c.unitStart, "毛钱") || at(c.unitStart, "角钱") || at(c.unitStart, "分钱") {
            let hundredths = at(c.unitStart, "分钱") ? 1.0 : 10.0
            if case .number(let x)? = r.value { r.value = .number((x * hundredths).rounded() / 100) }
            if case .number(let u)? = r.upper { r.upper = .number((u * hundredths).rounded() / 100) }
            return .shared(r)
        }
        guard code == "CNY", c.forced == nil else { return .shared(r) }
        if let cents = jiaoFen(at: r.end), case .number(let x) = r.value, c.num.upper == nil {
            r.value = .number(((x + cents.amount) * 100).rounded() / 100)
            r.end = cents.end
        }
        if let named = FigureLexicon.units.longestMatch(in: s, at: r.end), case .money(let other) = named.value.unitClass,
           other != "CNY" {
            r.unit = other
            r.end = named.end
        } else if let word = c.prefixes.first(where: { if case .currency = $0.kind { return true } else { return false } }),
                  case .currency(let other) = word.kind, other != "CNY", word.start + 4 >= c.num.start {
            r.unit = other
            r.start = word.start
        }
        if isAny(r.end, "整") { r.end += 1 }
        return .shared(r)
    }

    /// 角 (or 毛) and 分 after 元 or 块, as a fraction of one 元: 3角2分 → 0.32.
    func jiaoFen(at j: Int) -> (amount: Double, end: Int)? {
        var k = j
        var amount = 0.0
        var fen = false
        for (marks, size) in [("角毛", 0.1), ("分", 0.01)] {
            guard NumeralParser.startsNumber(s, at: k), let d = NumeralParser.parse(s, at: k), d.isInteger,
                  d.value >= 0, d.value <= 9, isAny(d.end, marks), !at(d.end, "分钟"), !at(d.end, "分之") else { continue }
            amount += d.value * size
            k = d.end + 1
            fen = size < 0.1
        }
        if k == j, let tenth = spokenTenth(at: j) { return tenth }
        // 一块二毛五: one digit after 角 or 毛 with nothing going on after it is its 分, as 两块五's is its 角.
        if k > j, !fen, let hundredth = spokenTenth(at: k) {
            amount += hundredth.amount / 10
            k = hundredth.end
        }
        guard k > j else { return nil }
        if isAny(k, "钱") { k += 1 }
        return (amount, k)
    }

    /// One digit right after 元 or 块 with nothing after it that goes on (两块五, 1块5，, 三元五的票): its
    /// 角, as in speech; not before a unit, a numeral or a Han word (三块五花肉, 5块1个).
    func spokenTenth(at j: Int) -> (amount: Double, end: Int)? {
        guard NumeralParser.startsNumber(s, at: j), let d = NumeralParser.parse(s, at: j), d.isInteger, d.end == j + 1,
              d.value >= 1, d.value <= 9, !NumeralParser.startsNumber(s, at: d.end),
              FigureLexicon.units.longestMatch(in: s, at: d.end) == nil,
              !FigureCharacters.isHan(ch(d.end)) || isAny(d.end, "的钱"), !isAny(d.end, ".．%％:：") else { return nil }
        return (d.value * 0.1, isAny(d.end, "钱") ? d.end + 1 : d.end)
    }

    /// %, ‰ (reported in percent) and 个百分点 (a number with unit 百分点).
    func percent(_ base: Reading, _ c: NumberContext, _ unitClass: UnitClass) -> UnitOutcome {
        var r = base
        switch unitClass {
        case .permille:
            r.kind = .percentage
            r.unit = nil
            r.value = .number(c.v / 10)
            r.upper = c.num.upper.map { .number($0 / 10) }
        case .percentPoint:
            r.unit = "百分点"
        default:
            r.kind = .percentage
            r.unit = nil
        }
        return .shared(r)
    }

    /// 成 and 折, tenths reported in percent (三成 → 30, 八折 → 80, 七五折 → 75, 三成半 → 35, 三成五 → 35).
    func tenths(_ base: Reading, _ c: NumberContext, cheng isCheng: Bool) -> UnitOutcome {
        var r = base
        let num = c.num
        let v = c.v
        var tenths = v
        if num.digitString && !isCheng && v >= 10 && v < 100 { tenths = v / 10 }   // 七五折 → 75%
        let blocked = isCheng ? isAny(c.unitEnd, "为立功绩果员本交熟长就型品效了都才器分套批片群千百万形色败真") :
            isAny(c.unitEnd, "合旧算射叠腾返服中损线纸扣价")
        guard tenths > 0, tenths <= 10, !blocked, !num.hasMultiplier || v == 10 else {
            if num.startsArabic {
                let plain = Reading(kind: .number, value: .number(v), start: num.start, end: num.end)
                return .done(bare(num, plain, approx: nil, prefixes: c.prefixes, j: num.end))
            }
            r.weak = true
            return .done(r)
        }
        r.kind = .percentage
        r.unit = nil
        var percent = tenths * 10
        if ch(c.unitEnd) == 0x534A { percent += 5; r.end += 1 }   // 三成半
        // 三成五, 九成九, 1成5: a digit after 成 is its hundredths, as spoken (not 三成五年: 五年 counts years).
        if isCheng, r.end == c.unitEnd, num.upper == nil, let extra = digitAfterCheng(at: r.end, arabic: num.startsArabic) {
            percent += Double(extra)
            r.end += 1
        }
        // 八成多, 三成余: more than that many tenths ("more", as 5年多 is).
        if isCheng, r.end == c.unitEnd, isAny(r.end, "多余"), !isAny(r.end + 1, "数种样") {
            r.approximate = .more
            r.end += 1
        }
        r.value = .number(percent)
        r.upper = num.upper.map { .number($0 * 10) }
        return .shared(r)
    }

    /// One digit (1–9) at `j` in the numeral's script that ends the figure: at a clause end or before
    /// 的, 左右, 以上, 以下, 多; nil otherwise.
    func digitAfterCheng(at j: Int, arabic: Bool) -> Int? {
        let d = arabic ? FigureCharacters.arabicValue(ch(j))
            : (FigureCharacters.bits(ch(j)) & FigureCharacters.chineseDigit != 0 && !isAny(j, "零〇两俩仨") ? FigureCharacters.chineseDigitValue(ch(j)) : -1)
        guard d >= 1, d <= 9, !NumeralParser.startsNumber(s, at: j + 1), !isAny(j + 1, ".．%％"),
              !FigureCharacters.isHan(ch(j + 1)) || isAny(j + 1, "的左以多") else { return nil }
        return d
    }

    /// 岁: an age (3岁半 → 3.5), with 年逾/年近 before it.
    func age(_ base: Reading, _ c: NumberContext) -> UnitOutcome {
        var r = base
        r.kind = .age
        r.unit = nil
        var age = c.v
        if ch(c.unitEnd) == 0x534A { age += 0.5; r.end += 1 }     // 3岁半
        r.value = .number(age)
        if let agePrefix = c.agePrefix, case .agePrefix(let a) = agePrefix.kind {
            r.start = agePrefix.start
            if r.approximate == nil { r.approximate = a }
        }
        return .shared(r)
    }

    /// 旬: tens of years of age (九旬 → 90, more).
    func xun(_ base: Reading, _ c: NumberContext) -> Reading? {
        var r = base
        let num = c.num
        let v = c.v
        guard !num.startsArabic, num.isInteger, v >= 1, v <= 10, !num.hasMultiplier || v == 10 else {
            r.weak = true
            return r
        }
        r.kind = .age
        r.unit = nil
        r.value = .number(v * 10)
        r.approximate = .more
        if let agePrefix = c.agePrefix, case .agePrefix(let a) = agePrefix.kind {
            r.start = agePrefix.start
            r.approximate = a
        }
        applyPrefixApproximation(&r, c.approxPrefix)
        return r
    }

    /// Years of the Republic of China (民国) count from 1912, its first year: 民国1年 is 1912.
    static let republicEraOffset = 1911

    /// 年: a year (2024年, 公元前221年, 二〇二三年, with the month and day after it) or a number of years.
    func year(_ base: Reading, _ c: NumberContext) -> Reading? {
        var r = base
        if let o = ordinal(r, c, unit: "年") { return o }
        let num = c.num
        let v = c.v
        if at(c.unitEnd, "计划") || at(c.unitEnd, "规划") { r.weak = true; r.end = c.unitEnd + 2; return r }  // 五年规划
        let plainYear = num.plainDigits == 4 && v >= 1000 && v <= 2199
        let spelledYear = num.digitString && (num.chineseDigitCount == 4 || num.chineseDigitCount == 2)
        // 两千零七年: a Chinese numeral year with a gap (not 一千五百年, a count of years).
        let numeralYear = num.hasChinese && !num.startsArabic && v >= 1000 && v <= 2199 && clampedInt(v) % 100 != 0
            && num.isInteger && !num.vague && num.upper == nil
        let eraYear = c.era != nil && num.isInteger && v >= 1 && v <= 9999 && (num.plainDigits > 0 || num.digitString || num.hasChinese)
        // 09年5月, 98年底: two digits before a month, quarter or part of the year.
        // 09年, 00年: a leading zero makes two digits a year even alone (no one counts 09 years).
        let zeroYear = num.plainDigits == 2 && c.era == nil && FigureCharacters.arabicValue(s[num.start]) == 0
        let shortYear = num.plainDigits == 2 && c.era == nil
            && (dateTail(at: c.unitEnd, year: fullYear(fromTwoDigits: clampedInt(v)), yearText: "0000", twoDigit: true) != nil
                || twoDigitYearInContext(start: num.start, unitEnd: c.unitEnd))
        if c.approx == nil && c.approxPrefix == nil && (plainYear || spelledYear || numeralYear || eraYear || shortYear || zeroYear)
            && (!isAny(c.unitEnd, "来多余") || zeroYear) && (!at(c.unitEnd, "以来") || plainYear || spelledYear || numeralYear || zeroYear)
            && c.leading == nil {
            var year = clampedInt(v)
            if (shortYear || zeroYear || num.digitString && num.chineseDigitCount == 2) && c.era == nil { year = fullYear(fromTwoDigits: year) }
            if let era = c.era, era.kind == .beforeCommonEra { year = -year }
            if let era = c.era, era.kind == .republicEra { year += Self.republicEraOffset }
            if let era = c.era { r.start = era.start }
            r.kind = .date
            r.unit = nil
            r.year = year
            let yearText = pad4(year)
            r.value = .string(yearText)
            if c.forced != nil { return r }
            // 2023年的春节, 1998年的夏天: 的 between the year and its date, as after 今年.
            let tailStart = ch(c.unitEnd) == 0x7684 && dateTail(at: c.unitEnd, year: year, yearText: yearText) == nil ? c.unitEnd + 1 : c.unitEnd
            if let tail = dateTail(at: tailStart, year: year, yearText: yearText) {
                r.value = tail.value.map { .string($0) }
                r.upper = tail.upper.map { .string($0) }
                r.end = tail.end
                r.month = tail.month
                r.day = tail.day
            }
            applyDateBound(&r)
            return r
        }
        if num.digitString { r.weak = true; return r }
        let unit = UnitInfo(unitClass: .duration("Y", 1), label: "年")
        return duration(num, r, unit: unit, half: c.half, approx: c.approx, prefixes: c.prefixes, forced: c.forced)
    }

    /// 月: a month of the year (with the day after it: 11月4日, 11月4日至6日).
    func month(_ base: Reading, _ c: NumberContext) -> Reading? {
        var r = base
        if let o = ordinal(r, c, unit: "月") { return o }
        let num = c.num
        let v = c.v
        // 仨月, 俩月, 两月: a count of months, never a month's name (二月 is February); so is a month
        // in Chinese numerals after 近, 最近 or 过去 (近三月, 过去两月: 三月 there is no March).
        if isAny(num.start, "俩仨两") || (!num.startsArabic && monthCountLead(before: num.start)) {
            let months = UnitInfo(unitClass: .duration("M", 1), label: "月")
            return duration(num, r, unit: months, half: c.half, approx: c.approx, prefixes: c.prefixes, forced: c.forced)
        }
        guard num.isInteger, v >= 1, v <= 12, c.approx == nil, !num.digitString else { r.weak = true; return r }
        let month = clampedInt(v)
        r.kind = .date
        r.unit = nil
        r.month = month
        r.upper = num.upper.map { .string("\(anchor.yearText)-\(pad2(clampedInt($0)))") }
        r.value = .string("\(anchor.yearText)-\(pad2(month))")
        if c.forced != nil { return r }
        // 八月十五, 五月初五: a Chinese month with a day written without 日 is a lunar date.
        // 8月十五 too: an Arabic month with a day written as a lunar one (十五, 初八) and no 日.
        let arabicLunar = num.startsArabic && lunarDay(at: r.end, anyDigits: false) != nil
            && !FigureCharacters.isArabic(ch(r.end))
        if !num.startsArabic || arabicLunar, c.num.upper == nil,
           let lunar = lunarDate(at: num.start, year: anchor.year, afterPrefix: arabicLunar), lunar.upper == nil {
            r.value = lunar.value.map { .string($0) }
            r.end = lunar.end
            return r
        }
        let tail = monthTail(at: r.end, year: anchor.year, yearText: anchor.yearText, month: month)
        r.day = tail.day
        r.end = tail.end
        r.value = .string(tail.value)
        if tail.upper != nil || tail.day != nil { r.upper = tail.upper.map { .string($0) } }
        // 3、4月份, 十一、十二月: the month before, listed with 、 and sharing this 月, opens a range.
        if tail.day == nil, r.upper == nil, num.upper == nil, let first = listedMonthStart(before: num.start, month: month) {
            r.start = first
            r.upper = r.value
            r.value = .string("\(anchor.yearText)-\(pad2(month - 1))")
        }
        applyDateBound(&r)
        return r
    }

    /// Whether 近, 最近, 过去 or 过去的 ends right before `j`: words after which a number of months
    /// is a count (近三月), not a month's name.
    func monthCountLead(before j: Int) -> Bool {
        isAny(j - 1, "近") || at(j - 2, "过去") || at(j - 3, "过去的")
    }

    /// Start of the month number that stands before `j` with 、 between and names the month before
    /// `month` (3、4月: 3 before 4), written in the same script, with nothing numeric before it; nil otherwise.
    func listedMonthStart(before j: Int, month: Int) -> Int? {
        guard month >= 2, ch(j - 1) == 0x3001 else { return nil }      // 、
        let arabic = FigureCharacters.isArabic(ch(j))
        var k = j - 1
        while k > 0, k > j - 4, arabic ? FigureCharacters.isArabic(ch(k - 1)) : isAny(k - 1, "一二三四五六七八九十") { k -= 1 }
        guard k < j - 1, k >= lastEnd, k == 0 || !NumeralParser.startsNumber(s, at: k - 1), !isAny(k - 1, "、第.．"),
              let first = NumeralParser.parse(s, at: k), first.end == j - 1, first.upper == nil, first.isInteger,
              clampedInt(first.value) == month - 1 else { return nil }
        return k
    }

    /// The year and month ("2024-03") of a date of one day that ends just before `j` with a list mark
    /// between (3月5日、6日; 9月10号，11号): the month a day listed after it is in; nil otherwise.
    func listedMonth(before j: Int) -> String? {
        guard let last = figures.last, last.kind == .date, last.upper == nil, let value = last.value?.string,
              value.count == 10, Int(value.dropFirst(5).prefix(2)) != nil, last.end == j - 1, isAny(j - 1, "、，,")
        else { return nil }
        return String(value.prefix(7))
    }

    /// Words after a day in Chinese numerals that make it a number of days (三日后, 十日内, 三十日以内,
    /// 五日来, 三日之久): a day of the month written so (五日，十五日上午) takes none of them.
    static let dayCountTails = ["以内", "之内", "之后", "以后", "以前", "之前", "以来", "之久", "之间", "时间", "有余", "后", "前", "内", "来", "间"]

    /// Words before a day in Chinese numerals that make it a number of days (为期三日, 历时十日, 会期五日).
    static let dayCountLeads = ["为期", "历时", "会期", "持续", "长达", "耗时", "用时", "花了", "用了", "仅用", "连续"]

    /// Whether `num` (before 日 ending at `end`), written in Chinese numerals, counts days rather than
    /// naming a day of the month: before a word of ``dayCountTails``, after one of ``dayCountLeads``, or
    /// 一日 after 前, 后, 头 ("the day before, after"). Arabic days (3日后) stay days.
    func spelledDayCount(_ num: ParsedNumber, end: Int) -> Bool {
        if FigureCharacters.isArabic(s[num.start]) { return false }
        if atAny(end, Self.dayCountTails) != nil || Self.dayCountLeads.contains(where: { before(num.start, $0) }) { return true }
        return num.value == 1 && isAny(num.start - 1, "前后头")
    }

    /// 日, 号: a day of the anchor's month (4日), or a number of days above 31; 号 alone is a designation.
    func day(_ base: Reading, _ c: NumberContext, unit: UnitInfo) -> Reading? {
        var r = base
        // A listed 号 needs the list to go on or end after it (9月10号，11号，12号); 6号线 stays a line.
        let listed = listedMonth(before: c.num.start)
            .flatMap { unit.label != "号" || r.end >= n || isAny(r.end, "、，,。；;和及与至到 ") ? $0 : nil }
        if unit.label == "号" && c.forced == nil && !timeOfDayStarts(at: r.end) && listed == nil && !bracketedWeekday(at: r.end) {
            r.weak = true               // 1号线, 长征五号, 3号文件: designations (but 8号晚上, 9号17点, 8号（周五）)
            return r
        }
        if let o = ordinal(r, c, unit: "日") { return o }
        let num = c.num
        let v = c.v
        // 有一日, 某一日: "one day", no date and no count.
        if num.value == 1, !FigureCharacters.isArabic(s[num.start]), isAny(num.start - 1, "有某") {
            r.weak = true
            return r
        }
        // 两日 counts days: 两 never names a day of the month; nor do 三日后, 十日内, 为期三日, 前一日.
        if num.isInteger, v >= 1, v <= 31, c.approx == nil, !num.digitString, !(num.isTwoWritten(in: s)), !spelledDayCount(num, end: r.end) {
            r.kind = .date
            r.unit = nil
            r.day = clampedInt(v)
            var month = anchor.month.map(pad2) ?? "XX"
            var yearText = anchor.month == nil ? "XXXX" : anchor.yearText
            // 31日 with an anchor in a month of 30 days (a dateline of 11月1日): the last day of the month
            // before, the only month near the anchor that has it.
            if listed == nil, let m = anchor.month, clampedInt(v) > CalendarDate.daysIn(month: m, year: anchor.year ?? 2000) {
                let previous = m == 1 ? 12 : m - 1
                let previousYear = anchor.year.map { m == 1 ? $0 - 1 : $0 }
                guard clampedInt(v) <= CalendarDate.daysIn(month: previous, year: previousYear ?? 2000) else { r.weak = true; return r }
                month = pad2(previous)
                yearText = previousYear.map(pad4) ?? "XXXX"
            }
            // 3月5日、6日: a day listed after a date is in that date's month.
            if let listed, let m = Int(listed.suffix(2)),
               clampedInt(v) <= CalendarDate.daysIn(month: m, year: Int(listed.prefix(4)) ?? 2000) {
                month = String(listed.suffix(2))
                yearText = String(listed.prefix(4))
            }
            r.value = .string("\(yearText)-\(month)-\(pad2(clampedInt(v)))")
            r.upper = num.upper.map { .string("\(yearText)-\(month)-\(pad2(clampedInt($0)))") }
            if c.forced == nil { applyDateBound(&r) }
            return r
        }
        let days = UnitInfo(unitClass: .duration("D", 1), label: "天")
        return duration(num, r, unit: days, half: c.half, approx: c.approx, prefixes: c.prefixes, forced: c.forced)
    }

    /// Whether a weekday in brackets starts at `j` (（周五）, (星期天)): after N号 it makes N a day of the month.
    func bracketedWeekday(at j: Int) -> Bool {
        guard isAny(j, "（("), let head = atAny(j + 1, ["周", "星期", "礼拜"]), weekday(at: head) != nil else { return false }
        return isAny(head + 1, "）)")
    }

    /// 季度: a quarter of the anchor's year (三季度 → Q3; 前三季度 → Q1…Q3).
    func quarter(_ base: Reading, _ c: NumberContext) -> Reading? {
        var r = base
        let v = c.v
        guard c.num.isInteger, v >= 1, v <= 4, c.approx == nil else { r.weak = true; return r }
        r.kind = .date
        r.unit = nil
        if let leading = c.leading {
            r.start = leading.start
            r.value = .string("\(anchor.yearText)-Q1")
            r.upper = .string("\(anchor.yearText)-Q\(clampedInt(v))")
        } else {
            if let ordinal = c.ordinal { r.start = ordinal.start }
            r.value = .string("\(anchor.yearText)-Q\(clampedInt(v))")
            r.upper = c.num.upper.map { .string("\(anchor.yearText)-Q\(clampedInt($0))") }
            if c.forced == nil, c.num.upper == nil,
               let part = quarterPart(at: r.end, yearText: anchor.yearText, quarter: clampedInt(v)) {
                r.value = .string(part.value)
                r.upper = part.upper.map { .string($0) }
                r.end = part.end
            }
        }
        // 一季度以来, 第三季度起, 三季度末以来, 前三季度以来: a quarter opens as a month does.
        if c.forced == nil { applyDateBound(&r) }
        return r
    }

    /// 年代: a decade (80年代 → "198", 1990年代 → "199"); two decades said as a pair are the range from
    /// the first to the second (七八十年代 → "197".."198", as 70至80年代).
    func decade(_ base: Reading, _ c: NumberContext) -> Reading? {
        var r = base
        guard c.num.isInteger, c.approx == nil, let value = Self.decadeValue(c.v) else { r.weak = true; return r }
        r.kind = .date
        r.unit = nil
        r.value = .string(value)
        r.upper = nil
        if let upper = c.num.upper {
            guard let decade = Self.decadeValue(upper) else { r.weak = true; return r }
            r.upper = .string(decade)
        }
        eraPart(&r, Self.decadeParts, span: 10)
        // 80年代以来, 八十年代起, 九十年代以前: a decade opens as a year does.
        if c.forced == nil { applyDateBound(&r) }
        return r
    }

    /// The decade a number before 年代 names, as its first three digits: 1990 → "199"; two digits
    /// are in the 1900s (80 → "198"), 00 in the 2000s ("200"); nil for what is no decade (85, 2195).
    /// With `century` ("19" after 20世纪 or 上世纪) two digits are in that century.
    static func decadeValue(_ v: Double, century: String? = nil) -> String? {
        guard v == v.rounded(), v >= 0, v <= 2190 else { return nil }
        let n = Int(v)
        guard n % 10 == 0 else { return nil }
        if n >= 1000 { return century == nil ? String(n / 10) : nil }
        guard n <= 90 else { return nil }
        if let century { return "\(century)\(n / 10)" }
        return n == 0 ? "200" : "19\(n / 10)"
    }

    /// 世纪: a century (21世纪 → "20"; 20世纪80年代 → "198").
    func century(_ base: Reading, _ c: NumberContext) -> Reading? {
        var r = base
        let v = c.v
        guard c.num.isInteger, v >= 1, v <= 30, c.approx == nil else { r.weak = true; return r }
        r.kind = .date
        r.unit = nil
        if let ordinal = c.ordinal { r.start = ordinal.start }
        if let era = c.era, era.kind == .commonEra || era.kind == .beforeCommonEra { r.start = min(r.start, era.start) }
        if let era = c.era, era.kind == .beforeCommonEra {
            beforeCommonEraCentury(&r, century: clampedInt(v) - 1)
        } else {
            centuryTail(&r, century: clampedInt(v) - 1)
        }
        // 19世纪以后, 21世纪20年代以来, 20世纪初以来: a century or its decade opens as a year does.
        if c.forced == nil { applyDateBound(&r) }
        return r
    }

    /// 公元前3世纪 → "-02" (BC years 200–299, as 21世纪 is "20"), with a part of it counted back from its
    /// start, the earliest year first (公元前5世纪末 → "-0419".."-0400"; 初 → "-0499".."-0480").
    func beforeCommonEraCentury(_ r: inout Reading, century: Int) {
        r.value = .string("-" + pad2(century))
        guard let part = periodPart(at: r.end, Self.centuryParts) else { return }
        r.value = .string("-" + pad4(century * 100 + 99 - part.first))
        r.upper = .string("-" + pad4(century * 100 + 99 - part.last))
        r.end += part.word.unicodeScalars.count
    }

    /// A century's value ("19") and what follows it: a decade (80年代 → "198", with a part of it,
    /// 80年代末) or a part of the century (末 → 1980..1999).
    func centuryTail(_ r: inout Reading, century: Int) {
        r.value = .string(pad2(century))
        // 上世纪八九十年代: a pair of decades, "198".."199".
        if NumeralParser.startsNumber(s, at: r.end), let d = NumeralParser.parse(s, at: r.end), at(d.end, "年代"), d.isInteger,
           let value = Self.decadeValue(d.value, century: pad2(century)),
           d.upper.map({ Self.decadeValue($0, century: pad2(century)) != nil }) ?? true {
            r.value = .string(value)
            r.upper = d.upper.flatMap { Self.decadeValue($0, century: pad2(century)) }.map { .string($0) }
            r.end = d.end + 2
            eraPart(&r, Self.decadeParts, span: 10)
            return
        }
        eraPart(&r, Self.centuryParts, span: 100)
    }
}
