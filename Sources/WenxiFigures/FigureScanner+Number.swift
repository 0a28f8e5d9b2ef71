import WenxiText

extension FigureScanner {
    /// Single-character units that measure (一吨, 一倍) rather than count (一个, 一种):
    /// 一 before a counting classifier is a determiner, not a figure.
    static let measuringSingles: Set<String> = [
        "米", "吨", "克", "斤", "亩", "升", "瓦", "伏", "度", "倍", "番", "丈", "尺", "寸", "里", "安", "卡", "帕",
        "桶", "人", "名", "例",
    ]

    /// Range separators between two numbers (3至5年, 20%—30%).
    static let rangeSeparators = ["——", "至", "到", "~", "～", "〜", "-", "－", "—", "–", "―"]

    /// Tries a figure at the number starting at `i`; returns where scanning resumes.
    mutating func matchNumber(at i: Int) -> Int {
        let startsArabic = FigureCharacters.isArabic(s[i])
        if startsArabic {
            if let r = isoDate(at: i) {
                emit(r)
                return r.end
            }
        } else if let skip = shapeReject(at: i) {
            return skip
        }
        guard let num = NumeralParser.parse(s, at: i) else { return i + 1 }
        if num.dotted { return skipCode(from: i) }
        if num.usesFinancial && num.end - num.start < 2 && !isAny(num.end, "元圆") { return num.end }
        if startsArabic {
            if let skip = arabicReject(num) { return skip }
        } else if let skip = chineseReject(num) {
            return skip
        }
        let pre = prefixes(endingAt: i)
        let readings = readWithRange(num, prefixes: pre)
        guard let first = readings.first else { return num.end }
        if !startsArabic {
            let cover = FixedWords.coverEnd(in: s, at: i, floor: lastEnd)
            if cover >= first.end { return cover }
        }
        if first.weak { return max(num.end, first.end) }
        for r in readings { emit(r) }
        return max(lastEnd, num.end)
    }

    /// A reading, merged with a second number after a range separator when they form one range.
    func readWithRange(_ num: ParsedNumber, prefixes pre: [(kind: PrefixKind, start: Int)]) -> [Reading] {
        guard let r1 = read(num, prefixes: pre, forced: nil) else { return [] }
        guard r1.upper == nil, r1.relative == nil, let sepEnd = atAny(r1.end, Self.rangeSeparators),
              sepEnd < n, NumeralParser.startsNumber(s, at: sepEnd),
              FigureCharacters.isArabic(s[sepEnd]) == num.startsArabic,
              let num2 = NumeralParser.parse(s, at: sepEnd), !num2.dotted,
              let r2 = read(num2, prefixes: [], forced: nil), !r2.weak, r2.upper == nil
        else { return [r1] }
        if !r1.hasUnit, let info = r2.unitInfo {
            var num1 = num
            if !num1.hasMultiplier && num2.trailingBigExponent > 0 {
                let scale = pow10(num2.trailingBigExponent)
                if num1.value * scale <= num2.value {
                    num1.value *= scale
                    num1.hasMultiplier = true
                }
            }
            num1.end = num.end
            guard var merged = read(num1, prefixes: pre, forced: info), merged.kind == r2.kind,
                  r2.relative == nil else { return [r1] }
            merged.upper = r2.value
            merged.end = r2.end
            merged.unit = r2.unit
            merged.approximate = r2.approximate ?? merged.approximate
            merged.weak = false
            return [merged]
        }
        if r1.hasUnit, !r1.weak, r1.kind == r2.kind, r1.unit == r2.unit,
           [.number, .percentage, .money, .age].contains(r1.kind) {
            var merged = r1
            merged.upper = r2.value
            merged.end = r2.end
            merged.approximate = r2.approximate ?? r1.approximate
            return [merged]
        }
        return [r1]
    }

    /// Reads the figure made by `num` and the words after it; `forced` reads it with a given
    /// unit and no words after it (the first number of a range).
    func read(_ number: ParsedNumber, prefixes pre: [(kind: PrefixKind, start: Int)], forced: UnitInfo?) -> Reading? {
        var num = number
        let i = num.start
        var j = num.end
        // 1500多亿元, 十多万人: the multiplier after the approximation still scales the number.
        var approxBeforeMultiplier = false
        if forced == nil, isAny(j, "多余"), FigureCharacters.multiplierExponent(ch(j + 1)) >= 2,
           !NumeralParser.startsUnit(s, at: j + 1) {
            var k = j + 1
            while k < n, FigureCharacters.multiplierExponent(s[k]) >= 2, !NumeralParser.startsUnit(s, at: k) {
                let scale = pow10(FigureCharacters.multiplierExponent(s[k]))
                num.value *= scale
                num.upper = num.upper.map { $0 * scale }
                num.hasMultiplier = true
                num.plainDigits = 0
                k += 1
            }
            approxBeforeMultiplier = true
            j = k
        }
        let v = num.value
        var r = Reading(kind: .number, value: .number(v), start: i, end: j)
        if let upper = num.upper { r.upper = .number(upper) }

        func prefix(_ test: (PrefixKind) -> Bool) -> (kind: PrefixKind, start: Int)? { pre.first { test($0.kind) } }
        let ordinal = prefix { $0 == .ordinal }
        let approxPrefix = prefix { if case .approximate = $0 { return true } else { return false } }
        let dayPart = prefix { if case .dayPart = $0 { return true } else { return false } }
        let leadingWord = prefix { $0 == .leading }
        let agePrefix = prefix { if case .agePrefix = $0 { return true } else { return false } }
        let upward = num.bareMultiplier ? prefix { $0 == .upward } : nil
        let belowZero = prefix { $0 == .belowZero }
        let era = prefix { $0 == .commonEra || $0 == .beforeCommonEra }
        let leading = era == nil ? leadingWord : nil
        // A minus sign after a word (下降-2.3%), not between numbers (3-5).
        let minus = isAny(i - 1, "-－−") && !FigureCharacters.isArabic(ch(i - 2)) && !FigureCharacters.isLatin(ch(i - 2))
            && i - 1 >= lastEnd && num.startsArabic
        let symbol = prefix { if case .currencySymbol = $0 { return true } else { return false } }

        if forced == nil {
            // Fractions: 三分之一, 百分之三点五, 千分之五.
            if at(j, "分之"), j + 2 < n, NumeralParser.startsNumber(s, at: j + 2),
               let num2 = NumeralParser.parse(s, at: j + 2), v > 0, !num2.bareMultiplier || num2.value == 100 {
                r.end = num2.end
                switch v {
                case 100: r.kind = .percentage; r.value = .number(num2.value)
                case 1000: r.kind = .percentage; r.value = .number(num2.value / 10)
                case 10000: r.kind = .percentage; r.value = .number(num2.value / 100)
                default: r.value = .number(num2.value / v)
                }
                r.upper = num2.upper.map { .number(r.kind == .percentage ? $0 * 100 / v : $0 / v) }
                r.hasUnit = true
                applySuffixApproximation(&r)
                applyPrefixApproximation(&r, approxPrefix)
                return r
            }
            // Fractions written with a slash: 1/3, 3/4 (not dates: those have years, 2024/11/04).
            if num.plainDigits >= 1, num.plainDigits <= 3, isAny(j, "/／"), FigureCharacters.isArabic(ch(j + 1)),
               let den = NumeralParser.parse(s, at: j + 1), den.plainDigits >= 1, den.plainDigits <= 3, den.value >= 2,
               den.end == n || !isAny(den.end, "/／") && !FigureCharacters.isLatin(ch(den.end)) {
                r.value = .number(v / den.value)
                r.end = den.end
                r.hasUnit = true
                if isAny(r.end, "%％") { r.kind = .percentage; r.end += 1 }
                applyPrefixApproximation(&r, approxPrefix)
                return r
            }
            // Clock times: 15:30, 8:05:30.
            if num.plainDigits >= 1, num.plainDigits <= 2, v <= 24, isAny(j, ":："),
               FigureCharacters.arabicValue(ch(j + 1)) >= 0, FigureCharacters.arabicValue(ch(j + 2)) >= 0,
               FigureCharacters.arabicValue(ch(j + 3)) < 0 {
                let minutes = FigureCharacters.arabicValue(ch(j + 1)) * 10 + FigureCharacters.arabicValue(ch(j + 2))
                if minutes < 60 {
                    var hour = Int(v)
                    if let dayPart, case .dayPart(let offset) = dayPart.kind, hour < 12 { hour += offset; r.start = dayPart.start }
                    var value = "T\(pad2(hour)):\(pad2(minutes))"
                    r.end = j + 3
                    if isAny(r.end, ":："), FigureCharacters.arabicValue(ch(r.end + 1)) >= 0,
                       FigureCharacters.arabicValue(ch(r.end + 2)) >= 0, FigureCharacters.arabicValue(ch(r.end + 3)) < 0 {
                        value += ":\(pad2(FigureCharacters.arabicValue(ch(r.end + 1)) * 10 + FigureCharacters.arabicValue(ch(r.end + 2))))"
                        r.end += 3
                    }
                    r.kind = .time
                    r.value = .string(value)
                    r.hasUnit = true
                    if at(r.end, "许") || at(r.end, "左右") { applySuffixApproximation(&r) }
                    applyPrefixApproximation(&r, approxPrefix)
                    return r
                }
            }
        }

        // Approximation between the number and its unit: 5000多人, 十来个.
        var approx: Figure.Approximation? = approxBeforeMultiplier ? .more : nil
        if forced == nil && !approxBeforeMultiplier {
            if isAny(j, "多余") && !at(j, "余额") && !at(j, "多元化") {
                approx = .more
                j += 1
            } else if ch(j) == 0x6765, isRound(num), FigureLexicon.units.longestMatch(in: s, at: j + 1) != nil {  // 来
                approx = .about
                j += 1
            }
        }
        if num.vague { approx = approx ?? .more }
        if upward != nil { approx = .more }

        // The unit.
        var info = forced
        var unitEnd = j
        var half = false
        if info == nil {
            if let m = FigureLexicon.units.longestMatch(in: s, at: j) {
                info = m.value
                unitEnd = m.end
            }
            if num.startsArabic {
                let k = ch(j) == 0x20 ? j + 1 : j
                if let m = FigureLexicon.latinUnitTrie.longestMatch(in: s, at: k),
                   !FigureCharacters.isLatin(ch(m.end)), FigureCharacters.arabicValue(ch(m.end)) < 0,
                   m.end > unitEnd {
                    info = UnitInfo(unitClass: .measure, label: m.value)
                    unitEnd = m.end
                } else if k > j, isAny(k, "%％") {
                    info = UnitInfo(unitClass: .percent, label: "%")
                    unitEnd = k + 1
                }
            }
            // 三个多月, 两个半小时, 1个多百分点.
            if let u = info, u.label == "个", isAny(unitEnd, "多余半"),
               let m = FigureLexicon.units.longestMatch(in: s, at: unitEnd + 1) {
                var changed: UnitInfo?
                switch m.value.unitClass {
                case .month: changed = UnitInfo(unitClass: .duration("M", 1), label: "月")
                case .duration, .percentPoint: changed = m.value
                case .quarter: changed = UnitInfo(unitClass: .duration("M", 3), label: "季度")
                default: break
                }
                if let changed {
                    if ch(unitEnd) == 0x534A { half = true } else { approx = .more }
                    info = changed
                    unitEnd = m.end
                }
            }
        }

        guard var unit = info else {
            return bare(num, r, approx: approx, prefixes: pre, j: j)
        }
        // 元 starts other words after a number: 元旦, 元素, 元年 ...
        if case .money("CNY") = unit.unitClass, forced == nil, unit.label == "CNY", unitEnd == j + 1,
           isAny(unitEnd, "旦素首宵帅老件化论年音气") {
            return bare(num, r, approx: approx, prefixes: pre, j: j)
        }
        r.hasUnit = true
        r.unitInfo = unit
        r.end = unitEnd
        r.approximate = approx

        switch unit.unitClass {
        case .measure:
            r.unit = unit.label
            if let ordinal {
                r.kind = .ordinal
                r.start = ordinal.start
                return r
            }
            if num.isLoneOne && approx == nil && unit.label.unicodeScalars.count == 1
                && !Self.measuringSingles.contains(unit.label) {
                r.weak = true
                return r
            }
            if num.bareMultiplier && approx == nil && approxPrefix == nil { r.weak = true; return r }
            if num.digitString { r.weak = true; return r }
            if !num.startsArabic && !num.hasMultiplier && num.chineseDigitCount == 0 && !num.vague { r.weak = true; return r }
        case .money(let code):
            r.kind = .money
            r.unit = code
            if num.bareMultiplier && approx == nil && approxPrefix == nil { r.weak = true; return r }
        case .percent:
            r.kind = .percentage
            r.unit = nil
        case .permille:
            r.kind = .percentage
            r.unit = nil
            r.value = .number(v / 10)
            r.upper = num.upper.map { .number($0 / 10) }
        case .percentPoint:
            r.unit = "百分点"
        case .cheng, .zhe:
            let isCheng = unit.unitClass == .cheng
            var tenths = v
            if num.digitString && !isCheng && v >= 10 && v < 100 { tenths = v / 10 }   // 七五折 → 75%
            let blocked = isCheng ? isAny(unitEnd, "为立功绩果员本交熟长就型品效了都才器分套批片群千百万形色败真") :
                isAny(unitEnd, "合旧算射叠腾返服中损线纸扣价")
            guard tenths > 0, tenths <= 10, !blocked, !num.hasMultiplier || v == 10 else {
                if num.startsArabic { return bare(num, Reading(kind: .number, value: .number(v), start: i, end: num.end), approx: nil, prefixes: pre, j: num.end) }
                r.weak = true
                return r
            }
            r.kind = .percentage
            r.unit = nil
            var percent = tenths * 10
            if ch(unitEnd) == 0x534A { percent += 5; r.end += 1 }   // 三成半
            r.value = .number(percent)
            r.upper = num.upper.map { .number($0 * 10) }
        case .age:
            r.kind = .age
            r.unit = nil
            var age = v
            if ch(unitEnd) == 0x534A { age += 0.5; r.end += 1 }     // 3岁半
            r.value = .number(age)
            if let agePrefix, case .agePrefix(let a) = agePrefix.kind {
                r.start = agePrefix.start
                if r.approximate == nil { r.approximate = a }
            }
        case .xun:
            guard !num.startsArabic, num.isInteger, v >= 1, v <= 10, !num.hasMultiplier || v == 10 else {
                r.weak = true
                return r
            }
            r.kind = .age
            r.unit = nil
            r.value = .number(v * 10)
            r.approximate = .more
            if let agePrefix, case .agePrefix(let a) = agePrefix.kind {
                r.start = agePrefix.start
                r.approximate = a
            }
            applyPrefixApproximation(&r, approxPrefix)
            return r
        case .year:
            if let ordinal {
                r.kind = .ordinal
                r.unit = "年"
                r.start = ordinal.start
                return r
            }
            if at(unitEnd, "计划") || at(unitEnd, "规划") { r.weak = true; r.end = unitEnd + 2; return r }  // 五年规划
            let plainYear = num.plainDigits == 4 && v >= 1000 && v <= 2199
            let spelledYear = num.digitString && num.chineseDigitCount == 4
            let eraYear = era != nil && num.isInteger && v >= 1 && (num.plainDigits > 0 || num.digitString || num.hasChinese)
            if approx == nil && approxPrefix == nil && (plainYear || spelledYear || eraYear)
                && !isAny(unitEnd, "来多余") && !at(unitEnd, "以来") && leading == nil {
                var year = Int(v)
                if let era, era.kind == .beforeCommonEra { year = -year }
                if let era { r.start = era.start }
                r.kind = .date
                r.unit = nil
                r.year = year
                let yearText = pad4(year)
                r.value = .string(yearText)
                if forced != nil { return r }
                if let tail = dateTail(at: unitEnd, year: year, yearText: yearText) {
                    r.value = tail.value.map { .string($0) }
                    r.upper = tail.upper.map { .string($0) }
                    r.end = tail.end
                    r.month = tail.month
                    r.day = tail.day
                }
                return r
            }
            if num.digitString { r.weak = true; return r }
            unit = UnitInfo(unitClass: .duration("Y", 1), label: "年")
            return duration(num, r, unit: unit, half: half, approx: approx, prefixes: pre, forced: forced)
        case .month:
            if let ordinal {
                r.kind = .ordinal
                r.unit = "月"
                r.start = ordinal.start
                return r
            }
            guard num.isInteger, v >= 1, v <= 12, approx == nil, !num.digitString else { r.weak = true; return r }
            let month = Int(v)
            r.kind = .date
            r.unit = nil
            r.month = month
            r.upper = num.upper.map { .string("\(anchor.yearText)-\(pad2(Int($0)))") }
            r.value = .string("\(anchor.yearText)-\(pad2(month))")
            if forced != nil { return r }
            if ch(r.end) == 0x4EFD { r.end += 1 }   // 份
            if let day = dayAfterMonth(at: r.end, month: month, year: anchor.year) {
                r.day = day.day
                r.end = day.end
                r.value = .string("\(anchor.yearText)-\(pad2(month))-\(pad2(day.day))")
                if let upperDay = day.upperDay {
                    r.upper = .string("\(anchor.yearText)-\(pad2(month))-\(pad2(upperDay))")
                }
            }
            return r
        case .day:
            if unit.label == "号" && forced == nil {
                r.weak = true               // 1号线, 长征五号, 3号文件: designations
                return r
            }
            if let ordinal {
                r.kind = .ordinal
                r.unit = "日"
                r.start = ordinal.start
                return r
            }
            if num.isInteger, v >= 1, v <= 31, approx == nil, !num.digitString {
                r.kind = .date
                r.unit = nil
                r.day = Int(v)
                let month = anchor.month.map(pad2) ?? "XX"
                r.value = .string("\(anchor.month == nil ? "XXXX" : anchor.yearText)-\(month)-\(pad2(Int(v)))")
                r.upper = num.upper.map { .string("\(anchor.month == nil ? "XXXX" : anchor.yearText)-\(month)-\(pad2(Int($0)))") }
                return r
            }
            unit = UnitInfo(unitClass: .duration("D", 1), label: "天")
            return duration(num, r, unit: unit, half: half, approx: approx, prefixes: pre, forced: forced)
        case .hour:
            return clockTime(num, r, unit: unit, dayPart: dayPart, approxPrefix: approxPrefix, ordinal: ordinal, forced: forced)
        case .quarter:
            guard num.isInteger, v >= 1, v <= 4, approx == nil else { r.weak = true; return r }
            r.kind = .date
            r.unit = nil
            if let leading {
                r.start = leading.start
                r.value = .string("\(anchor.yearText)-Q1")
                r.upper = .string("\(anchor.yearText)-Q\(Int(v))")
            } else {
                if let ordinal { r.start = ordinal.start }
                r.value = .string("\(anchor.yearText)-Q\(Int(v))")
                r.upper = num.upper.map { .string("\(anchor.yearText)-Q\(Int($0))") }
            }
            return r
        case .decade:
            guard num.isInteger, approx == nil else { r.weak = true; return r }
            r.kind = .date
            r.unit = nil
            if v >= 1000 && v <= 2190 && Int(v) % 10 == 0 {
                r.value = .string(String(Int(v) / 10))
            } else if v >= 0 && v <= 90 && Int(v) % 10 == 0 {
                r.value = .string(v == 0 ? "200" : "19\(Int(v) / 10)")
            } else {
                r.weak = true
            }
            return r
        case .century:
            guard num.isInteger, v >= 1, v <= 30, approx == nil else { r.weak = true; return r }
            r.kind = .date
            r.unit = nil
            let century = Int(v) - 1
            r.value = .string(pad2(century))
            if let ordinal { r.start = ordinal.start }
            // 20世纪80年代 → 198.
            if NumeralParser.startsNumber(s, at: r.end), let d = NumeralParser.parse(s, at: r.end),
               at(d.end, "年代"), d.isInteger, d.value >= 0, d.value <= 90, Int(d.value) % 10 == 0 {
                r.value = .string("\(pad2(century))\(Int(d.value) / 10)")
                r.end = d.end + 2
            }
            return r
        case .duration:
            return duration(num, r, unit: unit, half: half, approx: approx, prefixes: pre, forced: forced)
        }
        if forced != nil {
            applyPrefixApproximation(&r, approxPrefix)
            return r
        }
        if let symbol, case .currencySymbol(let code) = symbol.kind, r.kind == .number || r.kind == .money {
            r.kind = .money
            r.unit = code
            r.start = symbol.start
        }
        if ch(r.end) == 0x534A, r.kind == .number, ["倍", "个", "天", "年"].contains(r.unit ?? "") {  // 一倍半
            if case .number(let x) = r.value { r.value = .number(x + 0.5) }
            r.end += 1
        }
        applySuffixApproximation(&r)
        applyPrefixApproximation(&r, approxPrefix)
        if let belowZero, case .number(let x) = r.value, r.kind == .number || r.kind == .percentage {
            r.value = .number(-x)
            r.start = belowZero.start
        } else if minus, case .number(let x) = r.value, r.kind == .number || r.kind == .percentage || r.kind == .money {
            r.value = .number(-x)
            r.start = min(r.start, i - 1)
        }
        if let upward { r.start = min(r.start, upward.start) }
        return r
    }

    /// A number with no unit after it.
    func bare(_ num: ParsedNumber, _ base: Reading, approx: Figure.Approximation?, prefixes pre: [(kind: PrefixKind, start: Int)], j: Int) -> Reading? {
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
                r.value = .string(String(Int(v)))
                r.year = Int(v)
                return r
            }
        } else {
            let strong = (num.hasMultiplier && v >= 100 && !num.bareMultiplier)
                || (r.approximate != nil && v >= 10) || r.kind == .money
            if !strong || num.digitString { r.weak = true }
            if num.bareMultiplier && r.approximate == nil { r.weak = true }
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

    /// A number of years, months, weeks, days, hours, minutes or seconds; with 前/后 a relative date.
    func duration(_ num: ParsedNumber, _ base: Reading, unit: UnitInfo, half: Bool, approx: Figure.Approximation?,
                  prefixes pre: [(kind: PrefixKind, start: Int)], forced: UnitInfo?) -> Reading? {
        var r = base
        guard case .duration(let designator, let factor) = unit.unitClass else { return nil }
        if let ordinal = pre.first(where: { $0.kind == .ordinal }) {
            r.kind = .ordinal
            r.unit = unit.label
            r.start = ordinal.start
            r.value = .number(num.value)
            return r
        }
        if num.digitString || (num.bareMultiplier && approx == nil) { r.weak = true; return r }
        // 前10个月: the first months of the year.
        if let leading = pre.first(where: { $0.kind == .leading }), designator == "M", factor == 1,
           num.isInteger, num.value >= 1, num.value <= 12, approx == nil {
            r.kind = .date
            r.unit = nil
            r.start = leading.start
            r.value = .string("\(anchor.yearText)-01")
            r.upper = .string("\(anchor.yearText)-\(pad2(Int(num.value)))")
            return r
        }
        var amount = num.value * factor
        var upper = num.upper.map { $0 * factor }
        var approx = approx
        if half || ch(r.end) == 0x534A {              // 一年半, 两个半小时
            if !half { r.end += 1 }
            amount += 0.5 * factor
            upper = upper.map { $0 + 0.5 * factor }
        }
        if forced == nil, isAny(r.end, "多余") {       // 5年多
            approx = .more
            r.end += 1
        }
        r.kind = .duration
        r.unit = nil
        r.approximate = approx
        r.value = .string(isoDuration(amount, designator))
        r.upper = upper.map { .string(isoDuration($0, designator)) }
        if forced != nil { return r }
        // 5年前, 3天后: relative dates.
        if !designator.hasPrefix("T"), r.upper == nil {
            var sign = ""
            var end = r.end
            if let e = atAny(r.end, ["以前", "之前", "前"]) { sign = "-"; end = e }
            else if let e = atAny(r.end, ["以后", "之后", "后"]) { sign = "+"; end = e }
            if !sign.isEmpty && !at(end, "后") && !at(r.end, "前后") && !at(r.end, "前夕") {
                r.kind = .date
                r.end = end
                r.relative = sign + isoDuration(amount, designator)
                r.value = resolve(amount: sign == "-" ? -amount : amount, designator: designator).map { .string($0) }
            }
        }
        applySuffixApproximation(&r)
        let approxPrefix = pre.first { if case .approximate = $0.kind { return true } else { return false } }
        applyPrefixApproximation(&r, approxPrefix)
        return r
    }

    /// 时 and 点 after a number: a time of day (下午3时, 15时30分, 8点半), or 点 as a count.
    func clockTime(_ num: ParsedNumber, _ base: Reading, unit: UnitInfo, dayPart: (kind: PrefixKind, start: Int)?,
                   approxPrefix: (kind: PrefixKind, start: Int)?, ordinal: (kind: PrefixKind, start: Int)?,
                   forced: UnitInfo?) -> Reading? {
        var r = base
        let v = num.value
        let isDian = unit.label == "点"
        var end = r.end
        if isDian && at(end, "钟") { end += 1 }
        var minutes = 0
        var seconds: Int?
        var explicitMinutes = false
        if ch(end) == 0x534A {          // 半
            minutes = 30
            end += 1
            explicitMinutes = true
        } else if NumeralParser.startsNumber(s, at: end), let m = NumeralParser.parse(s, at: end),
                  m.isInteger, m.value < 60, ch(m.end) == 0x5206, !at(m.end, "分钟"), !at(m.end, "分之") {  // 30分
            minutes = Int(m.value)
            end = m.end + 1
            explicitMinutes = true
            if NumeralParser.startsNumber(s, at: end), let sec = NumeralParser.parse(s, at: end),
               sec.isInteger, sec.value < 60, ch(sec.end) == 0x79D2 {   // 秒
                seconds = Int(sec.value)
                end = sec.end + 1
            }
        } else if at(end, "整") {
            end += 1
            explicitMinutes = true
        }
        let isTime = num.isInteger && v >= 0 && v <= 24 && ordinal == nil && !num.digitString
            && (isDian ? (dayPart != nil || explicitMinutes || at(end, "许") || at(r.end, "钟"))
                       : !isAny(r.end, "期代间候节段空速效刻差髦尚局势事针"))
        guard isTime else {
            if isDian {
                r.unit = "点"
                if let ordinal { r.kind = .ordinal; r.start = ordinal.start; return r }
                if num.isLoneOne || (!num.startsArabic && !num.hasMultiplier && num.chineseDigitCount == 0) { r.weak = true }
                applySuffixApproximation(&r)
                return r
            }
            r.weak = true
            return r
        }
        var hour = Int(v)
        if let dayPart, case .dayPart(let offset) = dayPart.kind {
            if hour < 12 && !(offset == 12 && hour == 12) { hour += offset }
            r.start = dayPart.start
        }
        r.kind = .time
        r.unit = nil
        r.end = end
        var value = "T\(pad2(hour)):\(pad2(minutes))"
        if let seconds { value += ":\(pad2(seconds))" }
        r.value = .string(value)
        if forced != nil { return r }
        applySuffixApproximation(&r)
        applyPrefixApproximation(&r, approxPrefix)
        return r
    }

    /// Approximation words after a figure (左右, 以上, 许 ...), taken into its span.
    func applySuffixApproximation(_ r: inout Reading) {
        guard r.kind != .date, r.kind != .ordinal,
              let m = FigureLexicon.approximationSuffixes.longestMatch(in: s, at: r.end) else { return }
        let word = m.end - r.end
        if r.kind == .time && !(at(r.end, "许") || at(r.end, "左右")) { return }
        if word == 1 && isAny(r.end, "多余") && r.kind != .duration && r.kind != .money && r.kind != .number { return }
        if at(r.end, "上下") && (isAny(m.end, "游班级") ) { return }
        if at(r.end, "以下") && isAny(m.end, "简称几方") { return }
        if at(r.end, "前后") && r.kind == .duration { return }
        r.approximate = r.approximate ?? m.value
        r.end = m.end
    }

    /// An approximation word before a figure (约, 近, 逾 ...), taken into its span.
    func applyPrefixApproximation(_ r: inout Reading, _ p: (kind: PrefixKind, start: Int)?) {
        guard let p, case .approximate(let a) = p.kind, r.kind != .ordinal, r.kind != .date || r.relative != nil else { return }
        if r.approximate == nil { r.approximate = a }
        r.start = min(r.start, p.start)
    }

    /// True for numbers that 来 can follow as "about": 十来个, 20来岁, 100来人.
    func isRound(_ num: ParsedNumber) -> Bool {
        guard num.isInteger, num.value >= 10 else { return false }
        return num.hasMultiplier || Int(num.value) % 10 == 0
    }

    /// An ISO 8601 duration: "P5Y", "P1.5Y", "PT3H".
    func isoDuration(_ amount: Double, _ designator: String) -> String {
        let number = FigureValue.number(amount).description
        if designator.hasPrefix("T") { return "PT\(number)\(designator.dropFirst())" }
        return "P\(number)\(designator)"
    }
}
