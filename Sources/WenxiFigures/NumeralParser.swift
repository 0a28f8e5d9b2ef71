/// Reads numbers written in Arabic digits, Chinese numerals or a mixture (5万4千6百, 2.37亿, 10万万).
enum NumeralParser {
    static let ji: UInt32 = 0x51E0      // 几
    static let shu: UInt32 = 0x6570     // 数
    static let dian: UInt32 = 0x70B9    // 点

    /// Chinese digits after 点 that make a decimal fraction: at most 6, and not followed by
    /// 分, 秒, 刻 or a multiplier below 万 (which make 三点五分 and 三点五十分 times); 万 and 亿
    /// scale the whole decimal (二点三七亿).
    static func chineseDecimal(_ s: [UInt32], at start: Int) -> (digits: [Int], end: Int)? {
        var k = start
        var digits: [Int] = []
        while k < s.count, digits.count < 6, FigureCharacters.bits(s[k]) & FigureCharacters.chineseDigit != 0 {
            digits.append(FigureCharacters.chineseDigitValue(s[k]))
            k += 1
        }
        guard !digits.isEmpty else { return nil }
        if k < s.count {
            let next = s[k]
            let exponent = FigureCharacters.multiplierExponent(next)
            if (exponent > 0 && exponent < 4) || next == 0x5206 || next == 0x79D2 || next == 0x523B
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
        // The upper end of a pair (三四十 → 40) or of a vague numeral (十几 → 20, 几十万 → 1000000).
        if low.upper != nil || low.vague, let high = parse(s, at: start, takeUpper: true) {
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
            if isThousandsSeparator(s, at: j, seen: separators, intDigits: intDigits) {
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

    /// A thousands separator at `j`: a comma followed by exactly three digits, after at most three
    /// digits or another separator. The full-width comma (which also ends clauses) only where the
    /// grouping goes on past it, to another separator or a decimal point: 82，225.00元, 1,233，456元.
    static func isThousandsSeparator(_ s: [UInt32], at j: Int, seen: Bool, intDigits: Int) -> Bool {
        guard s[j] == 0x2C || s[j] == 0xFF0C, j + 3 < s.count, seen || intDigits <= 3,
              (1...3).allSatisfy({ FigureCharacters.arabicValue(s[j + $0]) >= 0 }) else { return false }
        let next = j + 4 < s.count ? s[j + 4] : 0
        if FigureCharacters.arabicValue(next) >= 0 { return false }
        if s[j] == 0x2C { return true }
        let decimalAfter = (next == 0x2E || next == 0xFF0E) && j + 5 < s.count && FigureCharacters.arabicValue(s[j + 5]) >= 0
        return seen || next == 0x2C || next == 0xFF0C || decimalAfter
    }

    static func isPair(_ a: Int, _ b: Int) -> Bool {
        (b == a + 1 && a >= 1) || (a == 3 && b == 5)
    }

    private static func parse(_ s: [UInt32], at start: Int, takeUpper: Bool) -> ParsedNumber? {
        var reader = NumeralRun(s: s, start: start, takeUpper: takeUpper)
        while reader.j < s.count && reader.step() {}
        return reader.finish()
    }

    /// Units that begin with a multiplier character (千米, 千瓦, 百分点 ...).
    static func startsUnit(_ s: [UInt32], at j: Int) -> Bool {
        guard let match = FigureLexicon.units.longestMatch(in: s, at: j) else { return false }
        return match.end - j >= 2
    }
}
