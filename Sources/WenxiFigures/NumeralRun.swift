/// The state of ``NumeralParser`` while it reads one run of numerals, one character class a method.
///
/// Sections: Chinese numerals add up small multipliers (十, 百, 千) into a section and close it
/// with a large one (万, 亿), so 三千五百万 is (3000 + 500) × 10^4; 10万万 and 万亿 multiply.
struct NumeralRun {
    let s: [UInt32]
    let start: Int
    /// Read the upper digit of an adjacent pair (三四十 → 40) instead of the lower, and 几 as ten, the
    /// bound a vague digit stays below (十几 → 20, 几十万 → 1000000, 数千 → 10000).
    let takeUpper: Bool
    var j: Int
    var result: ParsedNumber
    var total = Decimal10.zero
    var section = Decimal10.zero
    var current: Decimal10?
    var currentIsChineseDigit = false
    var currentIsJi = false
    var lastDigit = -1
    /// Consecutive Chinese digits since the last multiplier.
    var digits: [Int] = []
    /// Exponent of the last 十/百/千 in this section.
    var lastSmall = 99
    /// Exponent of the last multiplier applied.
    var lastUnit = 0
    var afterZero = false
    var afterMultiplier = false
    var pairUsed = false
    /// The current number is one Arabic digit right after 千, 万 or 亿 that ends the run (1万5):
    /// the digit of the next place down, as in 三万五.
    var abbreviatedArabic = false

    init(s: [UInt32], start: Int, takeUpper: Bool) {
        self.s = s
        self.start = start
        self.takeUpper = takeUpper
        j = start
        result = ParsedNumber(value: 0, start: start, end: start)
    }

    /// Reads the character at `j`; false when the run ends before it.
    mutating func step() -> Bool {
        let c = s[j]
        let bits = FigureCharacters.bits(c)
        if bits & FigureCharacters.arabic != 0 { return arabic() }
        if bits & FigureCharacters.chineseDigit != 0 { return chineseDigit(c, bits: bits) }
        if c == NumeralParser.dian { return decimalPoint() }
        // 177.1 亿: a space between Arabic digits and 万 or 亿 (web text spaces digits off).
        if c == 0x20, current != nil, result.hasArabic, !result.hasChinese, j + 1 < s.count,
           FigureCharacters.multiplierExponent(s[j + 1]) >= 4 {
            j += 1
            return true
        }
        if c == NumeralParser.ji || (c == NumeralParser.shu && j == start) { return vague(c) }
        if let tens = FigureCharacters.tensValue(c) { return tensWord(tens) }
        let exp = FigureCharacters.multiplierExponent(c)
        if exp == 0 { return false }
        return multiplier(exp, bits: bits)
    }

    /// An Arabic run: alone, or after a multiplier (5万4千, 1亿2000万, 3万5000).
    mutating func arabic() -> Bool {
        if current != nil { return false }
        if result.hasChinese && !afterMultiplier { return false }
        let a = NumeralParser.parseArabic(s, at: j)
        if afterMultiplier {
            // 5万4千, 1亿2000万, the zero-padded 3万5000, or the one digit of the next place down
            // (1万5 is 15000, 1千5 is 1500, as 一万五 and 一千五 are).
            let nextExp = a.end < s.count ? FigureCharacters.multiplierExponent(s[a.end]) : 0
            let plain = !a.decimal && !a.separators
            let padded = plain && a.intDigits == lastUnit && lastUnit >= 3
            abbreviatedArabic = plain && a.intDigits == 1 && lastUnit >= 3 && nextExp == 0 && !afterZero
                && !(a.end < s.count && (s[a.end] == NumeralParser.dian || FigureCharacters.isArabic(s[a.end])))
            if !((nextExp > 0 && nextExp < lastUnit) || padded || abbreviatedArabic) || a.decimal { return false }
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
        return !a.dotted
    }

    /// A Chinese digit: a units digit, a digit of a digit string (二〇二三), or the second of a pair (三四十).
    mutating func chineseDigit(_ c: UInt32, bits: UInt8) -> Bool {
        if result.hasArabic && !afterMultiplier { return false }
        let d = FigureCharacters.chineseDigitValue(c)
        if bits & FigureCharacters.financial != 0 { result.usesFinancial = true }
        result.hasChinese = true
        result.chineseDigitCount += 1
        if d == 0 { return zero() }
        if current != nil {
            guard currentIsChineseDigit else { return false }
            if !pairUsed && digits.count <= 1 && !currentIsJi
                && (NumeralParser.isPair(lastDigit, d) || reversedPair(lastDigit, c)) {
                // 三四十, 一两个, 十一二: a range of adjacent digits; 三两个 the same said high to low.
                pairUsed = true
                result.upper = 0
                current = Decimal10.integer(takeUpper ? max(lastDigit, d) : min(lastDigit, d))
                lastDigit = d
                j += 1
                return true
            }
            if result.hasMultiplier || pairUsed || digits.count >= 8 { return false }
            digits.append(d)
            lastDigit = d
            j += 1
            return true
        }
        current = Decimal10.integer(d)
        currentIsChineseDigit = true
        currentIsJi = false
        digits = [d]
        lastDigit = d
        afterMultiplier = false
        j += 1
        return true
    }

    /// 三两 "two or three" (三两个人, 三两天, 三两千字): 两 right after a 三 that opens the run, with a
    /// unit or a multiplier after it; 三两 before other words is as often three 两 of weight (三两酒).
    func reversedPair(_ last: Int, _ c: UInt32) -> Bool {
        guard last == 3, c == 0x4E24 || c == 0x5169, j == start + 1, j + 1 < s.count else { return false }
        let next = s[j + 1]
        return FigureCharacters.multiplierExponent(next) >= 2 || FigureLexicon.units.longestMatch(in: s, at: j + 1) != nil
    }

    /// 零 or 〇: a digit of a digit string, a gap after a multiplier (三千零五十), or a leading zero.
    mutating func zero() -> Bool {
        if current != nil && !result.hasMultiplier {
            if digits.count >= 8 { return false }
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
            return false
        }
        j += 1
        return true
    }

    /// 三点五, 百分之三点五: a decimal point between Chinese digits (not 三点五十分, a time). Ends the
    /// run, unless 万 or 亿 scales the decimal (二点三七亿). A digit after 千 or 百 keeps its place
    /// as it does without a decimal (一千二 is 1200, 一千二点四 is 1200.4).
    mutating func decimalPoint() -> Bool {
        // 二十点五, 一百点五: the point right after 十 or 百 has a zero units digit before it.
        let roundTens = current == nil && afterMultiplier && lastUnit < 4 && !result.hasArabic
        guard let cur = current ?? (roundTens ? Decimal10.zero : nil), currentIsChineseDigit || roundTens, !currentIsJi,
              !pairUsed, digits.count <= 1 || !result.hasMultiplier,
              let fraction = NumeralParser.chineseDecimal(s, at: j + 1) else { return false }
        let abbreviated = lastUnit >= 2 && lastUnit < 4 && !afterZero && !result.hasArabic && digits.count == 1
        let whole = abbreviated ? cur.scaled(by: lastUnit - 1) : cur
        var mantissa = whole.mantissa
        var exponent = whole.exponent
        while exponent > 0, let m = mantissa.times10(1) {   // 200 as 200e0, so the fraction's digits follow it
            mantissa = m
            exponent -= 1
        }
        for d in fraction.digits {
            guard let m = mantissa.times10(1), m <= Int64.max - 9 else { break }
            mantissa = m + Int64(d)
            exponent -= 1
        }
        if digits.count >= 2 && !result.hasMultiplier {
            // digits read one by one before the point: 十二点五 has a multiplier, 一二点五 is not a number
            return false
        }
        current = Decimal10(mantissa: mantissa, exponent: exponent)
        currentIsChineseDigit = false
        result.hasDecimal = true
        digits = []
        j = fraction.end
        return j < s.count && FigureCharacters.multiplierExponent(s[j]) >= 4
    }

    /// 几, and 数 before a multiplier: a vague digit (几十, 十几万, 数千).
    mutating func vague(_ c: UInt32) -> Bool {
        if c == NumeralParser.shu && !(j + 1 < s.count && FigureCharacters.multiplierExponent(s[j + 1]) > 0) { return false }
        if current != nil { return false }
        result.vague = true
        result.hasChinese = true
        current = Decimal10.zero
        currentIsChineseDigit = true
        currentIsJi = true
        digits = []
        afterMultiplier = false
        j += 1
        return true
    }

    /// A multiplier of power `exp`: 十, 百, 千 add to the section; 万, 亿 close it.
    mutating func multiplier(_ exp: Int, bits: UInt8) -> Bool {
        if digits.count >= 2 && !pairUsed { return false }   // 二〇二三 takes no multiplier
        if NumeralParser.startsUnit(s, at: j) { return false }           // 千米, 千克, 千瓦, 百分点 ...
        if bits & FigureCharacters.financial != 0 { result.usesFinancial = true }
        var value: Decimal10
        if let cur = current {
            // 几十, 几万: 几 multiplies (lower bound 1); 十几万: 几 is a units digit (0).
            let jiLow = exp < 4 || section.isZero ? Decimal10.integer(1) : .zero
            value = currentIsJi ? (takeUpper ? Decimal10.integer(10) : jiLow) : cur
        } else if exp == 1 {
            value = Decimal10.integer(1)            // 十五, 三百一十
        } else if j == start {
            value = Decimal10.integer(1)            // 百, 千, 万 alone
            result.bareMultiplier = true
        } else if exp >= 4 {
            value = Decimal10.zero                  // 10万万
        } else {
            return false
        }
        if exp < 4 {
            if exp >= lastSmall { return false }
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
        return true
    }

    /// 廿 (twenty), 卅 (thirty), 卌 (forty) opening a numeral: its tens, as 二十 would be (廿三 → 23, 卅日 →
    /// 30, 廿万 → 200000); after other numerals the run ends before them (五卅 is no number).
    mutating func tensWord(_ tens: Int) -> Bool {
        guard j == start else { return false }
        section = Decimal10.integer(tens * 10)
        lastSmall = 1
        lastUnit = 1
        result.hasChinese = true
        result.hasMultiplier = true
        current = nil
        digits = []
        afterMultiplier = true
        j += 1
        return true
    }

    /// The number read, or `nil` when no numeral starts at `start`.
    mutating func finish() -> ParsedNumber? {
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
                // 十几 adds nothing to the lower bound, ten to the upper.
                if takeUpper { section = section + Decimal10.integer(10) }
            } else if currentIsChineseDigit && lastUnit > 0 && !afterZero && !result.hasArabic && digits.count == 1 && lastUnit >= 2 {
                section = section + cur.scaled(by: lastUnit - 1)  // 一百五 → 150, 三万五 → 35000
            } else if abbreviatedArabic {
                section = section + cur.scaled(by: lastUnit - 1)  // 1万5 → 15000
            } else {
                section = section + cur
            }
        }
        let value = total + section
        result.value = value.double
        result.trailingBigExponent = current == nil && lastUnit >= 4 ? lastUnit : 0
        result.trailingExponent = current == nil ? lastUnit : 0
        result.isLoneOne = j == start + 1 && (s[start] == 0x4E00 || s[start] == 0x58F9)
        if result.hasMultiplier || result.hasDecimal || result.hasSeparators { result.plainDigits = 0 }
        return result
    }
}
