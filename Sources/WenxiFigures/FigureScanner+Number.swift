import WenxiText

extension FigureScanner {
    /// Range separators between two numbers (3至5年, 20%—30%).
    static let rangeSeparators = ["——", "--", "至", "到", "~", "～", "〜", "-", "－", "—", "–", "―"]

    /// The dashes among the range separators: between a Chinese and an Arabic numeral they are no
    /// range (a code, 三-5), while 至, 到 and the tilde join any two (两~3百日元, 三至5年).
    static let rangeDashes = "-－—–―"

    /// Han characters after 一时 following a part of the day that leave it the hour (下午一时举行, 凌晨一时发生);
    /// before others it is the word "for a moment" (晚上一时兴起, 一时冲动).
    static let afterSpelledHour = "许左前后起至到开举召发抵结进出在从"

    /// The second year of a span of years written in digits after the year `first` ending at `j`, before a
    /// Han word that is no unit (学年, 赛季): four digits up to ten years on after a range separator or a
    /// slash (2024-2025赛季, 2023/2024赛季), or the next year's last two digits (2023-24赛季, 2023/24年度,
    /// 年度 then in the span). Its year and end, or nil.
    func seasonYears(after j: Int, first: Int) -> (last: Int, end: Int)? {
        guard let sep = atAny(j, Self.rangeSeparators) ?? (isAny(j, "/／") ? j + 1 : nil),
              let y2 = digitRun(at: sep, limit: 5), FigureCharacters.isHan(ch(y2.end)) else { return nil }
        if y2.count == 4, y2.value > first, y2.value <= first + 10, FigureLexicon.units.longestMatch(in: s, at: y2.end) == nil {
            return (y2.value, y2.end)
        }
        guard y2.count == 2, y2.value == (first + 1) % 100 else { return nil }
        if at(y2.end, "年度") || at(y2.end, "财年") { return (first + 1, y2.end + 2) }
        return FigureLexicon.units.longestMatch(in: s, at: y2.end) == nil ? (first + 1, y2.end) : nil
    }

    /// Tries a figure at the number starting at `i`; returns where scanning resumes.
    mutating func matchNumber(at i: Int) -> Int {
        // 两年零三个月: 零 between the parts of a compound duration joins them; it is no leading zero of 零三.
        if ch(i) == 0x96F6, let last = figures.last, last.kind == .duration, last.end == i,
           FigureCharacters.isChineseNumeral(ch(i + 1)) { return i + 1 }
        let startsArabic = FigureCharacters.isArabic(s[i])
        if startsArabic {
            if let skip = webAddressReject(at: i) { return skip }
            if let r = letterQuarter(at: i) {
                emitQuarter(r)
                return r.end
            }
            if let r = yearWithLetterPeriod(at: i) {
                emit(r)
                return r.end
            }
            if var r = numericDate(at: i) {
                applyDateBound(&r)
                emit(r)
                return r.end
            }
        } else if var r = spelledEventDay(at: i) {
            applyDateBound(&r)
            emit(r)
            return r.end
        } else if let plan = fiveYearPlan(at: i) {
            emit(plan)
            return plan.end
        } else if let skip = shapeReject(at: i) {
            return skip
        }
        guard let parsed = NumeralParser.parse(s, at: i).map(webMagnitude) else { return i + 1 }
        if ch(parsed.end) == 0x3001, let next = listedRun(at: i, first: parsed) { return next }   // 、
        let num = hourBeforeMinutes(parsed) ?? parsed
        if !num.value.isFinite { return num.end }   // past the range of a double: not a figure
        if num.dotted { return skipCode(from: i) }
        if num.usesFinancial && num.end - num.start < 2 && !isAny(num.end, "元圆") { return num.end }
        if startsArabic {
            if let skip = arabicReject(num) { return skip }
        } else if let r = vagueDecadeYear(num) {
            emit(r)
            return r.end
        } else if let skip = chineseReject(num) {
            return skip
        }
        let pre = prefixes(endingAt: i)
        var readings = readWithRange(num, prefixes: pre)
        guard !readings.isEmpty else { return num.end }
        readings[0] = payAmount(readings[0])
        // 好几千人, 好几年: 好 before 几 is part of the vague numeral ("quite a few"), in the span.
        if readings[0].start == i, ch(i) == 0x51E0, ch(i - 1) == 0x597D, i - 1 >= lastEnd { readings[0].start = i - 1 }   // 几, 好
        let first = readings[0]
        // 上千万, 近千万: an approximation before a bare magnitude makes it a number, whatever word
        // (千万 "by all means") begins on the magnitude.
        // 近百年来, 过去百年: a period from the anchor likewise.
        let approximatedMagnitude = num.bareMultiplier && (first.start < i && first.approximate != nil
            || first.kind == .date && first.relative != nil && first.upper != nil || payMagnitude(num))
        if !startsArabic && !approximatedMagnitude {
            // A word (千万 "by all means") covers the number, unless the number is the whole text.
            let cover = FixedWords.coverEnd(in: s, at: i, floor: lastEnd)
            // 凌晨一时, 下午一时: after a part of the day the hour wins over a word no longer than it (一时
            // "for a moment"); 一时间 reaches past the hour and stays the word.
            let hourAfterPart = cover == first.end && first.kind == .time && pre.contains { $0.kind.isDayPart }
                && (!FigureCharacters.isHan(ch(first.end)) || isAny(first.end, Self.afterSpelledHour))
            if cover >= first.end && !(first.start == 0 && first.end == n) && !hourAfterPart { return cover }
        }
        if readings.count == 1, let resume = sharedUnitList(num, first, prefixes: pre) { return resume }
        if first.weak { return max(num.end, first.end) }
        if !startsArabic, let skip = nameReject(first) { return skip }
        for r in readings { emit(r) }
        return max(lastEnd, num.end)
    }

    /// 八几年, 九几年 ("in eighty-something"): a year of that decade, the decade's years as a range in the
    /// two-digit window (八几年 → "1980".."1989" with 2024). Only 四 to 九: 三几年 is as often "a few years",
    /// and 十几年 counts years.
    func vagueDecadeYear(_ num: ParsedNumber) -> Reading? {
        guard num.end == num.start + 1, ch(num.end) == 0x51E0, ch(num.end + 1) == 0x5E74, ch(num.end + 2) != 0x4EE3,   // 几, 年, 代
              isAny(num.start, "四五六七八九"), !isAny(num.start - 1, "十百千万第"), !NumeralParser.startsNumber(s, at: num.start - 1)
        else { return nil }
        let first = fullYear(fromTwoDigits: clampedInt(num.value) * 10)
        return Reading(kind: .date, value: .string(pad4(first)), upper: .string(pad4(first + 9)), start: num.start, end: num.end + 2)
    }

    /// Where the second number of a range starts after its separator at `j`, and whether a sign makes it
    /// negative: -5%~+5% (the plus sign kept), -10℃至-5℃, 零下10℃至零下5℃, 负5%至负3% (a minus sign only
    /// after a separator that is no dash itself).
    func secondSign(at j: Int) -> (start: Int, negative: Bool) {
        if isAny(j, "+＋") { return (j + 1, false) }
        if at(j, "零下") { return (j + 2, true) }
        if isAny(j, "负−") || (isAny(j, "-－") && !isAny(j - 1, Self.rangeDashes)) { return (j + 1, true) }
        return (j, false)
    }

    /// The second end of a range read after a sign: its number negated (a number or a percentage only).
    func negated(_ r: Reading) -> Reading? {
        guard r.kind == .number || r.kind == .percentage, case .number(let x)? = r.value else { return nil }
        var out = r
        out.value = .number(-x)
        return out
    }

    /// A reading, merged with a second number after a range separator when they form one range.
    func readWithRange(_ num: ParsedNumber, prefixes pre: [Prefix]) -> [Reading] {
        guard let r1 = read(num, prefixes: pre, forced: nil) else { return [] }
        guard r1.upper == nil, r1.relative == nil,
              let sepMark = atAny(inclusiveMarkEnd(at: r1.end) ?? r1.end, Self.rangeSeparators),
              case let (sepEnd, negative) = secondSign(at: sepMark),
              sepEnd < n, NumeralParser.startsNumber(s, at: sepEnd),
              FigureCharacters.isArabic(s[sepEnd]) == num.startsArabic || !isAny(sepEnd - 1, Self.rangeDashes),
              let num2 = NumeralParser.parse(s, at: sepEnd).map(webMagnitude), !num2.dotted,
              let read2 = read(num2, prefixes: r1.kind == .time || !r1.hasUnit ? pre.filter(\.kind.isDayPart) : [], forced: nil, signed: false),
              let r2 = negative ? negated(read2) : read2,
              r2.upper == nil
        else { return [r1] }
        // 百分之三十到四十: the second number of a range of 百分之 is a percentage too.
        if r1.kind == .percentage, at(r1.start, "百分之"), !r2.hasUnit, r2.kind == .number, r2.relative == nil,
           case .number(let low)? = r1.value, case .number(let high)? = r2.value, high > low {
            var merged = r1
            merged.upper = .number(high)
            merged.end = r2.end
            return [merged]
        }
        guard !r2.weak else { return [r1] }
        if !r1.hasUnit, let info = r2.unitInfo {
            var num1 = num
            // 3至5万元, 十八至三十万, 一千到两千万, 两到三千: the first number takes the second's last multiplier.
            if num2.trailingExponent > num1.trailingExponent && num2.trailingExponent > 0 && !num1.vague {
                let scale = pow10(num2.trailingExponent)
                if num1.value * scale <= num2.value {
                    num1.value *= scale
                    num1.hasMultiplier = true
                }
            }
            num1.end = num.end
            var first = read(num1, prefixes: pre, forced: info)
            // 30~90日: the second is a number of days (past 31), so the first is one too.
            if first?.kind != r2.kind, r2.kind == .duration, case .day = info.unitClass {
                first = read(num1, prefixes: pre, forced: UnitInfo(unitClass: .duration("D", 1), label: "天"))
            }
            guard var merged = first, merged.kind == r2.kind, r2.relative == nil else { return [r1] }
            merged.upper = r2.kind == .time ? Self.clockRangeEnd(r2.value) : r2.value
            merged.end = r2.end
            merged.unit = r2.unit
            merged.approximate = r2.approximate ?? merged.approximate
            merged.weak = false
            return [merged]
        }
        if let merged = bareMagnitudeRange(num, r1, num2, r2) ?? payRange(r1, r2) { return [merged] }
        if r1.hasUnit, !r1.weak, r1.kind == r2.kind, r1.unit == r2.unit,
           [.number, .percentage, .money, .age, .time, .duration].contains(r1.kind), r1.relative == nil, r2.relative == nil {
            var merged = r1
            merged.upper = r2.kind == .time ? Self.clockRangeEnd(r2.value) : r2.value
            merged.end = r2.end
            merged.approximate = r2.approximate ?? r1.approximate
            return [merged]
        }
        return [r1]
    }

    /// 5-6万, 十二至十五万, 两到三千, 3万-5万: two numbers without a unit, the second ending on a
    /// magnitude (百, 千, 万, 亿), are one range, the first taking that magnitude when it lacks it,
    /// as they do before a unit (3至5万元). A score (3-1) or a pair of plain numbers has no
    /// magnitude and stays as it is.
    func bareMagnitudeRange(_ num: ParsedNumber, _ r1: Reading, _ num2: ParsedNumber, _ r2: Reading) -> Reading? {
        guard !r1.hasUnit, !r2.hasUnit, r1.kind == .number, r2.kind == .number, !r2.weak, r1.relative == nil,
              !num.vague, !num.digitString, num2.trailingExponent >= 2, num2.trailingExponent >= num.trailingExponent,
              case .number(let low)? = r1.value, case .number(let high)? = r2.value, low > 0 else { return nil }
        // 3万-5万: both name the magnitude, and the first keeps its value.
        let scaled = num2.trailingExponent > num.trailingExponent ? low * pow10(num2.trailingExponent) : low
        guard scaled < high else { return nil }
        var merged = r1
        merged.value = .number(scaled)
        merged.upper = .number(high)
        merged.end = r2.end
        merged.approximate = r2.approximate ?? r1.approximate
        merged.weak = false
        return merged
    }

    /// A number with no unit after it.
    /// Whether a decimal spelled in Chinese numerals (三点五, 零点零五) stands as a number of its
    /// own: at a clause end or before 的, not inside a phrase (一点一滴 goes on with a word).
    func spelledDecimalStands(_ num: ParsedNumber, _ j: Int) -> Bool {
        guard num.hasDecimal, num.hasChinese, !num.startsArabic else { return false }
        return !FigureCharacters.isHan(ch(j)) || ch(j) == 0x7684  // 的
    }

    func bare(_ num: ParsedNumber, _ base: Reading, approx: Figure.Approximation?, prefixes pre: [Prefix], j: Int) -> Reading? {
        var r = base
        r.end = j
        r.approximate = approx
        let v = num.value
        if let ordinal = pre.first(where: { $0.kind == .ordinal }) {
            r.kind = .ordinal
            r.start = ordinal.start
            if num.bareMultiplier || num.digitString { r.weak = true }
            return r
        }
        if let symbol = pre.first(where: { if case .currencySymbol = $0.kind { return true } else { return false } }),
           case .currencySymbol(let code) = symbol.kind {
            r.kind = .money
            r.unit = code
            r.start = symbol.start
        } else if let word = pre.first(where: { if case .currency = $0.kind { return true } else { return false } }),
                  case .currency(let code) = word.kind {
            r.kind = .money
            r.unit = code
        } else if num.usesFinancial && num.hasMultiplier {
            r.kind = .money          // 肆佰叁拾萬: financial numerals write amounts of money
            r.unit = "CNY"
        }
        if let up = pre.first(where: { $0.kind == .upward }), num.bareMultiplier {
            r.start = up.start
            r.approximate = .more
        }
        if num.startsArabic {
            // 2024世界人工智能大会: a year naming an event.
            if r.kind == .number, num.plainDigits == 4, v >= 1900, v <= 2100, FigureCharacters.isHan(ch(j)), approx == nil,
               atAny(j, Self.rangeSeparators) == nil {
                r.kind = .date
                r.value = .string(String(clampedInt(v)))
                r.year = clampedInt(v)
                if at(j, "财年") { r.end = j + 2 }      // 2024财年: the fiscal year named, in the span as 年度 is
                return r
            }
            // 2024—2025学年, 2024-2025赛季, 2023/2024赛季, 2023-24赛季: two years before a Han word are the years it spans.
            if r.kind == .number, num.plainDigits == 4, v >= 1900, v <= 2100, approx == nil, let span = seasonYears(after: j, first: clampedInt(v)) {
                r.kind = .date
                r.value = .string(String(clampedInt(v)))
                r.upper = .string(String(span.last))
                r.year = clampedInt(v)
                r.end = span.end
                return r
            }
        } else {
            // A numeral that is the whole text (a line 二十三, 负十五) stands for its number: in prose
            // a small one alone is a name or a word (十五 the day, 三 in a list) more often than a count.
            let wholeText = (pre.map(\.start).min() ?? num.start) == 0 && j == n
            let strong = (num.hasMultiplier && v >= 100 && !num.bareMultiplier)
                || (r.approximate != nil && v >= 10) || r.kind == .money || spelledDecimalStands(num, j) || wholeText || payMagnitude(num)
            if !strong || num.digitString { r.weak = true }
            // 百万 or 千万 alone is the number; in prose a bare multiplier is a word (千万 "by all means").
            if num.bareMultiplier && r.approximate == nil && !wholeText && !payMagnitude(num) { r.weak = true }
        }
        applySuffixApproximation(&r)
        let approxPrefix = pre.first { if case .approximate = $0.kind { return true } else { return false } }
        applyPrefixApproximation(&r, approxPrefix)
        if !num.startsArabic, r.weak, r.approximate != nil, v >= 10, !num.digitString,
           !(num.bareMultiplier && approxPrefix == nil && pre.first(where: { $0.kind == .upward }) == nil && !num.vague) {
            r.weak = false   // 近万, 数十万, 一千多
        }
        if let belowZero = pre.first(where: { $0.kind == .belowZero }) {
            r.value = .number(-v)
            r.start = belowZero.start
        }
        return r
    }

    /// 第二天 after a date of one day is the day after it, as 次日 (11月3日抵达，第二天参观 → 11-04): the
    /// date, or nil. Only the second day: 第三天 and on count from an event's start, which the text
    /// need not give (展会进入第三天), and with no date of one day before, 第二天 stays an ordinal.
    func dayAfterGivenDate(_ num: ParsedNumber, unit: UnitInfo) -> String? {
        guard unit.label == "天", num.isInteger, num.value == 2, !num.startsArabic,
              let given = lastGivenDate(), let month = given.month, let day = given.day,
              let next = CalendarDate(year: given.year, month: month, day: day)?.adding(days: 1),
              Self.resolvableYears.contains(next.year) else { return nil }
        return next.description
    }

    /// A number of years, months, weeks, days, hours, minutes or seconds; with 前/后 a relative date.
    func duration(_ num: ParsedNumber, _ base: Reading, unit: UnitInfo, half: Bool, approx: Figure.Approximation?,
                  prefixes pre: [Prefix], forced: UnitInfo?) -> Reading? {
        var r = base
        guard case .duration(let designator, let factor) = unit.unitClass else { return nil }
        if let ordinal = pre.first(where: { $0.kind == .ordinal }) {
            r.start = ordinal.start
            if let next = dayAfterGivenDate(num, unit: unit) {
                r.kind = .date
                r.unit = nil
                r.value = .string(next)
                return r
            }
            r.kind = .ordinal
            r.unit = unit.label
            r.value = .number(num.value)
            return r
        }
        if num.digitString || (num.bareMultiplier && approx == nil && !periodAround(r)) { r.weak = true; return r }
        // 前10个月: the first months of the year.
        if let leading = pre.first(where: { $0.kind == .leading }), designator == "M", factor == 1,
           num.isInteger, num.value >= 1, num.value <= 12, approx == nil {
            r.kind = .date
            r.unit = nil
            r.start = leading.start
            r.value = .string("\(anchor.yearText)-01")
            r.upper = .string("\(anchor.yearText)-\(pad2(clampedInt(num.value)))")
            return r
        }
        var amount = num.value * factor
        // ISO 8601 needs plain digits: a duration past 10^15 of its unit is not a figure.
        guard abs(amount) < 1e15 else { r.weak = true; return r }
        var upper = num.upper.map { $0 * factor }
        var approx = approx
        if half || ch(r.end) == 0x534A {              // 一年半, 两个半小时
            if !half { r.end += 1 }
            amount += 0.5 * factor
            upper = upper.map { $0 + 0.5 * factor }
        }
        // 三天三夜, 三天两夜: days with their nights (the same count, or one fewer) are that many days.
        if designator == "D", factor == 1, forced == nil, upper == nil, num.isInteger, NumeralParser.startsNumber(s, at: r.end),
           let nights = NumeralParser.parse(s, at: r.end), nights.isInteger, nights.upper == nil, ch(nights.end) == 0x591C,   // 夜
           nights.value == num.value || nights.value == num.value - 1 {
            r.end = nights.end + 1
        }
        if forced == nil, isAny(r.end, "多余") {       // 5年多
            approx = .more
            r.end += 1
        }
        // 46秒40, 9秒83: sports times write hundredths after 秒.
        if designator == "TS", forced == nil, num.startsArabic, upper == nil, let hundredths = secondHundredths(at: r.end) {
            amount += hundredths.value
            r.end = hundredths.end
        }
        r.kind = .duration
        r.unit = nil
        r.approximate = approx
        r.value = .string(isoDuration(amount, designator))
        r.upper = upper.map { .string(isoDuration($0, designator)) }
        if forced != nil { return r }
        let calendar = !Self.businessDays.contains(unit.label)
        let approxPrefix = pre.first { if case .approximate = $0.kind { return true } else { return false } }
        if !designator.hasPrefix("T") && calendar { relativeDate(&r, amount: amount, upper: upper, designator: designator) }
        if designator.hasPrefix("T") { relativeClockTime(&r, amount: amount, upper: upper, designator: designator, spanStart: approxPrefix?.start ?? r.start) }
        applySuffixApproximation(&r)
        applyPrefixApproximation(&r, approxPrefix)
        if calendar { relativePeriod(&r, amount: amount, designator: designator, numberStart: num.start) }
        return r
    }

    /// Whether a period lead stands before the duration `r` (过去百年) or a period tail after it (百年来,
    /// 近千年以来): a bare 百 or 千 of years is then a period from the anchor, as 100年来 is.
    func periodAround(_ r: Reading) -> Bool {
        Self.periodLeads.contains { before(r.start, $0.0) } || periodTail(at: r.end) != nil
    }

    /// Where 过 or 再过 before a duration starts, when they say "after that long" from now (过两天,
    /// 再过半个月: read as 两天后): 过 opening a clause, or after 再 (不再 and 一再 are other words).
    /// Not 过 ending another word (经过, 通过, 超过, 不过, 度过 …: they stand after a character that opens
    /// no clause), nor 过了两天, a time that passed in the story.
    func afterLead(_ r: Reading) -> Int? {
        guard ch(r.start - 1) == 0x8FC7 else { return nil }                  // 过
        if ch(r.start - 2) == 0x518D {                                       // 再
            return isAny(r.start - 3, "不一") ? nil : r.start - 2
        }
        return opensClause(at: r.start - 1) ? r.start - 1 : nil
    }

    /// Day units that skip days off (5个工作日, 3个交易日): a duration of that many days, but no date
    /// that many calendar days away (5个工作日后 stays a duration: the calendar of days off is unknown).
    static let businessDays: Set<String> = ["工作日", "交易日"]

    /// One or two Arabic digits right after 秒 (46秒40 → 0.40, 10秒5 → 0.5) with no unit, digit, point or
    /// % after them: the fraction of a second in a sports time; nil otherwise.
    func secondHundredths(at j: Int) -> (value: Double, end: Int)? {
        var k = j
        var digits = ""
        while k < n, k - j < 3, FigureCharacters.arabicValue(s[k]) >= 0 {
            digits.append(Character(String(FigureCharacters.arabicValue(s[k]))))
            k += 1
        }
        guard digits.count == 1 || digits.count == 2, !isAny(k, ".．%％:："), FigureLexicon.units.longestMatch(in: s, at: k) == nil,
              !FigureCharacters.isLatin(ch(k)), let fraction = Double("0." + digits) else { return nil }
        return (fraction, k)
    }

    /// The direction of a duration that says how far from now: "-" with 前, 以前, 之前 after it, "+" with
    /// 后, 以后, 之后 after it or 过/再过 before it (``afterLead``, where the span then starts); and where
    /// the span ends. Nil for none, and for 前后 ("about"), 前夕 and 后 said twice.
    func relativeOffset(_ r: Reading) -> (sign: String, lead: Int?, end: Int)? {
        var sign = ""
        var end = r.end
        if let e = atAny(r.end, ["以前", "之前", "前"]) { sign = "-"; end = e }
        else if let e = atAny(r.end, ["以后", "之后", "后"]) { sign = "+"; end = e }
        let lead = sign == "-" ? nil : afterLead(r)
        if lead != nil { sign = "+" }
        guard !sign.isEmpty && !at(end, "后") && !at(r.end, "前后") && !at(r.end, "前夕") else { return nil }
        return (sign, lead, end)
    }

    /// 5年前, 3天后, 二十几年前 (1991..2001 with 2021): a duration followed by 前/后, or after 过/再过
    /// (``afterLead``: 过两天 as 两天后), becomes a relative date; a range of amounts gives a range of
    /// dates, earliest first.
    func relativeDate(_ r: inout Reading, amount: Double, upper: Double?, designator: String) {
        guard let (sign, lead, end) = relativeOffset(r) else { return }
        let factor = sign == "-" ? -1.0 : 1.0
        r.kind = .date
        r.start = lead ?? r.start
        r.end = end
        r.relative = sign + isoDuration(amount, designator)
        r.value = resolve(amount: factor * amount, designator: designator).map { .string($0) }
        r.upper = nil
        guard let upper, let far = resolve(amount: factor * upper, designator: designator), let near = r.value else { return }
        (r.value, r.upper) = sign == "-" ? (.string(far), near) : (near, .string(far))
    }

    /// The end of （含） or (含) at `j`, "inclusive" in notices (50万元（含）以上, 1万(含)-5万元), or nil.
    func inclusiveMarkEnd(at j: Int) -> Int? {
        guard isAny(j, "(（"), ch(j + 1) == 0x542B, isAny(j + 2, ")）") else { return nil }   // 含
        return j + 3
    }

    /// Characters after 起 that leave a price "from" it (199元起步, 50元起售, 99元起订): 起 ends no other word.
    static let priceFromTails = "步售价租订拍"

    /// 起 after an amount of money is the price it starts from (售价199美元起, 每人50元起): at least that much,
    /// where no Han character or one of ``priceFromTails`` follows (10元起来 is no price).
    func priceFrom(_ r: Reading) -> Bool {
        guard r.kind == .money, r.upper == nil, r.mod == nil, ch(r.end) == 0x8D77 else { return false }   // 起
        return !FigureCharacters.isHan(ch(r.end + 1)) || isAny(r.end + 1, Self.priceFromTails)
    }

    /// A plus sign after a count or amount, as web text writes "or more" (阅读量10万+, 粉丝10w+, 10万+的文章):
    /// where the clause ends after it, or 的 or a unit follows; not before a digit, a letter or another sign
    /// (1+1 is a sum), nor before a noun (底薪3000+提成: base pay plus commission).
    func plusAfter(_ r: Reading) -> Bool {
        guard r.kind == .number || r.kind == .money, r.upper == nil, isAny(r.end, "+＋") else { return false }
        let next = ch(r.end + 1)
        if FigureCharacters.isHan(next) {
            return next == 0x7684 || FigureLexicon.units.longestMatch(in: s, at: r.end + 1) != nil      // 的
        }
        return !FigureCharacters.isLatin(next) && FigureCharacters.arabicValue(next) < 0 && !isAny(r.end + 1, "+＋=＝")
    }

    /// Approximation words after a figure (左右, 以上, 许 ...), taken into its span.
    func applySuffixApproximation(_ r: inout Reading) {
        if priceFrom(r) {                                   // 199美元起
            r.approximate = r.approximate ?? .more
            r.mod = r.mod ?? .equalOrMore
            r.end += 1
            return
        }
        if plusAfter(r) {                                   // 10万+, 10w+
            r.approximate = r.approximate ?? .more
            r.mod = r.mod ?? .moreThan
            r.end += 1
            return
        }
        let start = inclusiveMarkEnd(at: r.end) ?? r.end   // 50万元（含）以上
        guard r.kind != .date, r.kind != .ordinal,
              let m = FigureLexicon.approximationSuffixes.longestMatch(in: s, at: start) else { return }
        if start > r.end {
            guard let mod = Comparatives.mods[scanned(start, m.end)] else { return }
            r.approximate = r.approximate ?? m.value
            r.mod = r.mod ?? mod
            r.end = m.end
            return
        }
        let word = m.end - r.end
        if r.kind == .time && !(at(r.end, "许") || at(r.end, "左右")) { return }
        if word == 1 && isAny(r.end, "多余") && r.kind != .duration && r.kind != .money && r.kind != .number { return }
        if at(r.end, "上下") && (isAny(m.end, "游班级") ) { return }
        if at(r.end, "以下") && isAny(m.end, "简称几方") { return }
        if at(r.end, "前后") && r.kind == .duration { return }
        r.approximate = r.approximate ?? m.value
        r.mod = r.mod ?? Comparatives.mods[scanned(r.end, m.end)]
        r.end = m.end
    }

    /// A word after a date that opens it (以来, 起, 之前, 前): taken into the span as its `mod`.
    /// 前 only where no count follows (2030年前, not 2024年前三季度).
    /// Characters after 前 that make it a word of its own rather than "before" (前往, 前来, 前进, 前行,
    /// 前面, 前排, 前列, 前所未有, 前夕, 前后, 前年).
    static let notBoundAfterQian = "往来进行面排列所夕后年"

    /// Relative words that take a bare 前 as "before" (年底前, 明年底前, 月底前, 本月前): the parts of a
    /// period and the month words; 今年前, 去年前 stay out (去年前 is as often 去 + 年前).
    static func boundedRelativeWord(_ r: Reading) -> Bool {
        r.upper != nil || r.relative?.hasSuffix("M") == true
    }

    func applyDateBound(_ r: inout Reading, relativeWord: Bool = false) {
        guard r.kind == .date, r.relative == nil || relativeWord, r.mod == nil else { return }
        if untilNow(&r) { return }
        for (word, mod) in Comparatives.dateBounds where at(r.end, word) {
            // 今年前三季度: 前 before a numeral opens a part of the year, not a bound; 2030年前往, 明年前来:
            // 前 starts a word (前往, 前来, 前进, 前所未有, 前夕, 前后).
            let end = r.end + word.unicodeScalars.count
            if word == "前" && (NumeralParser.startsNumber(s, at: end) || isAny(end, Self.notBoundAfterQian)) { return }
            if relativeWord && word == "前" && !Self.boundedRelativeWord(r) { return }
            if word == "起" && isAny(end, "来草诉义步始") { return }
            r.mod = mod
            r.end = end
            return
        }
    }

    /// Words after a date (or after its 以来 or 起) that run it up to now: 2015年至今, 2018年以来至今,
    /// 去年到现在, 2001年起到目前为止.
    static let untilNowTails = ["至今为止", "至今", "迄今为止", "迄今", "到现在为止", "到现在", "至现在", "到目前为止",
                                "到目前", "至目前为止", "至目前"]

    /// A date run up to now: the period from it to the anchor's day (2015年至今 → "2015".."2024-11-04"),
    /// all in its span. Without an anchor (or with one before the date) it stays open, `on_or_after`.
    /// Returns false when no such words follow.
    func untilNow(_ r: inout Reading) -> Bool {
        let k = atAny(r.end, ["以来", "起"]) ?? r.end
        guard let end = atAny(k, Self.untilNowTails), let start = r.value?.string, !start.contains("X") else { return false }
        // 年初至今, 10月上旬以来至今: a period run up to now starts with it and ends at the anchor's day, once
        // it has ended; a period still under way (月底至今 on the 5th) stays as it is.
        if let upper = r.upper?.string {
            guard let day = anchor.date?.description, Self.noEarlier(day, than: upper), upper < day else { return false }
        }
        r.end = end
        if let day = anchor.date?.description, Self.noEarlier(day, than: start) {
            r.upper = .string(day)
        } else {
            r.mod = .onOrAfter
        }
        return true
    }

    /// An approximation word before a figure (约, 近, 逾 ...), taken into its span.
    func applyPrefixApproximation(_ r: inout Reading, _ p: Prefix?) {
        guard let p, case .approximate(let a) = p.kind, r.kind != .ordinal, r.kind != .date || r.relative != nil else { return }
        if r.approximate == nil { r.approximate = a }
        if r.mod == nil, r.start > p.start { r.mod = Comparatives.mod(startingText: scanned(p.start, r.start)) }
        r.start = min(r.start, p.start)
    }

    /// True for numbers that 来 can follow as "about": 十来个, 20来岁, 100来人.
    func isRound(_ num: ParsedNumber) -> Bool {
        guard num.isInteger, num.value >= 10 else { return false }
        return num.hasMultiplier || clampedInt(num.value) % 10 == 0
    }

    /// An ISO 8601 duration: "P5Y", "P1.5Y", "PT3H".
    func isoDuration(_ amount: Double, _ designator: String) -> String {
        let number = FigureValue.number(amount).description
        if designator.hasPrefix("T") { return "PT\(number)\(designator.dropFirst())" }
        return "P\(number)\(designator)"
    }
}
