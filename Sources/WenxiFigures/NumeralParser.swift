/// Reads numbers written in Arabic digits, Chinese numerals or a mixture (5万4千6百, 2.37亿, 10万万).
enum NumeralParser {
    private static let ji: UInt32 = 0x51E0      // 几
    private static let shu: UInt32 = 0x6570     // 数
    private static let dian: UInt32 = 0x70B9    // 点

    /// Chinese digits after 点 that make a decimal fraction: at most 6, and not followed by
    /// 分, 秒, 刻 or a multiplier (which make 三点五分 a time).
    private static func chineseDecimal(_ s: [UInt32], at start: Int) -> (digits: [Int], end: Int)? {
        var k = start
        var digits: [Int] = []
        while k < s.count, digits.count < 6, FigureCharacters.bits(s[k]) & FigureCharacters.chineseDigit != 0 {
            digits.append(FigureCharacters.chineseDigitValue(s[k]))
            k += 1
        }
        guard !digits.isEmpty else { return nil }
        if k < s.count {
            let next = s[k]
            if FigureCharacters.multiplierExponent(next) > 0 || next == 0x5206 || next == 0x79D2 || next == 0x523B
                || FigureCharacters.bits(next) & FigureCharacters.chineseDigit != 0 || next == 0x949F {  // 分 秒 刻 钟
                return nil
            }
        }
        return (digits, k)
    }

    /// The number whose first numeral is at `start`, or `nil` if none starts there.
    ///
    /// - Complexity: O(*k*), *k* the length of the run.
    static func parse(_ s: [UInt32], at start: Int) -> ParsedNumber? {
        guard start >= 0, start < s.count else { return nil }
        guard var low = parse(s, at: start, takeUpper: false) else { return nil }
        if low.upper != nil, let high = parse(s, at: start, takeUpper: true) {
            low.upper = high.value
        }
        return low
    }

    /// True if `c` can start a number (digits, Chinese numerals, 几, and 数 before a multiplier).
    static func startsNumber(_ s: [UInt32], at i: Int) -> Bool {
        guard i >= 0, i < s.count else { return false }
        let c = s[i]
        if FigureCharacters.bits(c) & (FigureCharacters.arabic | FigureCharacters.chineseDigit | FigureCharacters.multiplier) != 0 {
            return true
        }
        if (c == ji || c == shu), i + 1 < s.count, FigureCharacters.multiplierExponent(s[i + 1]) > 0 { return true }
        return false
    }

    /// Reads an Arabic run: digits, thousands separators, one decimal point.
    static func parseArabic(_ s: [UInt32], at start: Int) -> (value: Decimal10, end: Int, intDigits: Int, separators: Bool, decimal: Bool, dotted: Bool) {
        var j = start
        var mantissa: Int64 = 0
        var exponent = 0
        var intDigits = 0
        var separators = false
        var decimal = false
        var dotted = false
        var overflowed = 0
        func push(_ d: Int) {
            let (m, o1) = mantissa.multipliedReportingOverflow(by: 10)
            let (m2, o2) = m.addingReportingOverflow(Int64(d))
            if o1 || o2 { overflowed += 1 } else { mantissa = m2 }
        }
        while j < s.count {
            let d = FigureCharacters.arabicValue(s[j])
            if d >= 0 {
                push(d)
                intDigits += 1
                j += 1
                continue
            }
            // Thousands separator: an ASCII comma followed by exactly three digits.
            if s[j] == 0x2C, j + 3 < s.count,
               FigureCharacters.arabicValue(s[j + 1]) >= 0, FigureCharacters.arabicValue(s[j + 2]) >= 0,
               FigureCharacters.arabicValue(s[j + 3]) >= 0,
               j + 4 >= s.count || FigureCharacters.arabicValue(s[j + 4]) < 0,
               separators || intDigits <= 3 {
                separators = true
                j += 1
                continue
            }
            break
        }
        if j + 1 < s.count, s[j] == 0x2E || s[j] == 0xFF0E, FigureCharacters.arabicValue(s[j + 1]) >= 0 {
            decimal = true
            j += 1
            while j < s.count {
                let d = FigureCharacters.arabicValue(s[j])
                if d < 0 { break }
                if mantissa < 100_000_000_000_000 { push(d); exponent -= 1 }
                j += 1
            }
            if j + 1 < s.count, s[j] == 0x2E || s[j] == 0xFF0E, FigureCharacters.arabicValue(s[j + 1]) >= 0 {
                dotted = true
                while j < s.count, s[j] == 0x2E || s[j] == 0xFF0E || FigureCharacters.arabicValue(s[j]) >= 0 { j += 1 }
            }
        }
        return (Decimal10(mantissa: mantissa, exponent: exponent + overflowed), j, intDigits, separators, decimal, dotted)
    }

    private static func isPair(_ a: Int, _ b: Int) -> Bool {
        (b == a + 1 && a >= 1) || (a == 3 && b == 5)
    }

    private static func parse(_ s: [UInt32], at start: Int, takeUpper: Bool) -> ParsedNumber? {
        let n = s.count
        var result = ParsedNumber(value: 0, start: start, end: start)
        var total = Decimal10.zero
        var section = Decimal10.zero
        var current: Decimal10?
        var currentIsChineseDigit = false
        var currentIsJi = false
        var lastDigit = -1
        var digits: [Int] = []          // consecutive Chinese digits since the last multiplier
        var lastSmall = 99              // exponent of the last 十/百/千 in this section
        var lastUnit = 0                // exponent of the last multiplier applied
        var afterZero = false
        var afterMultiplier = false
        var pairUsed = false
        var j = start

        while j < n {
            let c = s[j]
            let bits = FigureCharacters.bits(c)
            if bits & FigureCharacters.arabic != 0 {
                if current != nil { break }
                if result.hasChinese && !afterMultiplier { break }
                let a = parseArabic(s, at: j)
                if afterMultiplier {
                    // 5万4千, 1亿2000万 or the zero-padded 3万5000: otherwise 1万2 is not ours.
                    let nextExp = a.end < n ? FigureCharacters.multiplierExponent(s[a.end]) : 0
                    let padded = !a.decimal && !a.separators && a.intDigits == lastUnit && lastUnit >= 3
                    if !((nextExp > 0 && nextExp < lastUnit) || padded) || a.decimal { break }
                }
                if j == start { result.startsArabic = true }
                current = a.value
                currentIsChineseDigit = false
                result.hasArabic = true
                if a.separators { result.hasSeparators = true }
                if a.decimal { result.hasDecimal = true }
                if a.dotted { result.dotted = true }
                if j == start { result.plainDigits = (a.separators || a.decimal) ? 0 : a.intDigits }
                afterMultiplier = false
                j = a.end
                if a.dotted { break }
                continue
            }
            if bits & FigureCharacters.chineseDigit != 0 {
                if result.hasArabic && !afterMultiplier { break }
                let d = FigureCharacters.chineseDigitValue(c)
                if bits & FigureCharacters.financial != 0 { result.usesFinancial = true }
                result.hasChinese = true
                result.chineseDigitCount += 1
                if d == 0 {
                    if current != nil && !result.hasMultiplier {
                        if digits.count >= 8 { break }
                        digits.append(0)        // 二〇二三: digit by digit
                        current = Decimal10.integer(0)
                        lastDigit = 0
                    } else if afterMultiplier {
                        afterZero = true        // 三千零五十
                    } else if j == start {
                        current = Decimal10.integer(0)
                        digits.append(0)
                        currentIsChineseDigit = true
                        lastDigit = 0
                    } else {
                        break
                    }
                    j += 1
                    continue
                }
                if current != nil {
                    guard currentIsChineseDigit else { break }
                    if !pairUsed && digits.count <= 1 && isPair(lastDigit, d) && !currentIsJi {
                        // 三四十, 一两个, 十一二: a range of adjacent digits.
                        pairUsed = true
                        result.upper = 0
                        if takeUpper { current = Decimal10.integer(d) }
                        lastDigit = d
                        j += 1
                        continue
                    }
                    if result.hasMultiplier || pairUsed || digits.count >= 8 { break }
                    digits.append(d)
                    lastDigit = d
                    j += 1
                    continue
                }
                current = Decimal10.integer(d)
                currentIsChineseDigit = true
                currentIsJi = false
                digits = [d]
                lastDigit = d
                afterMultiplier = false
                j += 1
                continue
            }
            // 三点五, 百分之三点五: a decimal point between Chinese digits (not 三点五十分, a time).
            if c == dian, let cur = current, currentIsChineseDigit, !currentIsJi, !pairUsed, digits.count <= 1 || !result.hasMultiplier,
               let fraction = chineseDecimal(s, at: j + 1) {
                var mantissa = cur.mantissa
                var exponent = cur.exponent
                for d in fraction.digits {
                    mantissa = mantissa * 10 + Int64(d)
                    exponent -= 1
                }
                if digits.count >= 2 && !result.hasMultiplier {
                    // digits read one by one before the point: 十二点五 has a multiplier, 一二点五 is not a number
                    break
                }
                current = Decimal10(mantissa: mantissa, exponent: exponent)
                currentIsChineseDigit = false
                result.hasDecimal = true
                digits = []
                j = fraction.end
                break
            }
            if c == ji || (c == shu && j == start) {
                if c == shu && !(j + 1 < n && FigureCharacters.multiplierExponent(s[j + 1]) > 0) { break }
                if current != nil { break }
                result.vague = true
                result.hasChinese = true
                current = Decimal10.zero
                currentIsChineseDigit = true
                currentIsJi = true
                digits = []
                afterMultiplier = false
                j += 1
                continue
            }
            let exp = FigureCharacters.multiplierExponent(c)
            if exp == 0 { break }
            if digits.count >= 2 && !pairUsed { break }   // 二〇二三 takes no multiplier
            if startsUnit(s, at: j) { break }           // 千米, 千克, 千瓦, 百分点 ...
            if bits & FigureCharacters.financial != 0 { result.usesFinancial = true }
            var value: Decimal10
            if let cur = current {
                // 几十, 几万: 几 multiplies (lower bound 1); 十几万: 几 is a units digit (0).
                value = currentIsJi ? (exp < 4 || section.isZero ? Decimal10.integer(1) : .zero) : cur
            } else if exp == 1 {
                value = Decimal10.integer(1)            // 十五, 三百一十
            } else if j == start {
                value = Decimal10.integer(1)            // 百, 千, 万 alone
                result.bareMultiplier = true
            } else if exp >= 4 {
                value = Decimal10.zero                  // 10万万
            } else {
                break
            }
            if exp < 4 {
                if exp >= lastSmall { break }
                section = section + value.scaled(by: exp)
                lastSmall = exp
            } else {
                let amount = section + (current == nil ? (j == start ? value : Decimal10.zero) : value)
                let consecutive = current == nil && afterMultiplier && section.isZero   // 万万, 万亿
                if total.isZero || consecutive || total.double < pow10(exp) {
                    total = (total + amount).scaled(by: exp)
                } else {
                    total = total + amount.scaled(by: exp)
                }
                section = .zero
                lastSmall = 99
            }
            result.hasChinese = true
            result.hasMultiplier = true
            lastUnit = exp
            current = nil
            currentIsJi = false
            digits = []
            afterMultiplier = true
            afterZero = false
            j += 1
        }
        if j == start { return nil }
        result.end = j
        if let cur = current {
            if digits.count >= 2 && !result.hasMultiplier {
                // Read digit by digit: 二〇二三 → 2023.
                var v = 0
                for d in digits { v = v * 10 + d }
                result.digitString = true
                result.value = Double(v)
                result.plainDigits = 0
                return result
            }
            if currentIsJi {
                // 十几 adds nothing to the lower bound.
            } else if currentIsChineseDigit && lastUnit > 0 && !afterZero && !result.hasArabic && digits.count == 1 && lastUnit >= 2 {
                section = section + cur.scaled(by: lastUnit - 1)  // 一百五 → 150, 三万五 → 35000
            } else {
                section = section + cur
            }
        }
        let value = total + section
        result.value = value.double
        result.trailingBigExponent = current == nil && lastUnit >= 4 ? lastUnit : 0
        result.isLoneOne = j == start + 1 && (s[start] == 0x4E00 || s[start] == 0x58F9)
        if result.hasMultiplier || result.hasDecimal || result.hasSeparators { result.plainDigits = 0 }
        return result
    }

    /// Units that begin with a multiplier character (千米, 千瓦, 百分点 ...).
    static func startsUnit(_ s: [UInt32], at j: Int) -> Bool {
        guard let match = FigureLexicon.units.longestMatch(in: s, at: j) else { return false }
        return match.end - j >= 2
    }
}
