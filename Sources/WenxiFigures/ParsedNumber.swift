/// A number read from a run of Arabic and Chinese numerals, before any unit.
struct ParsedNumber: Sendable {
    /// The value (the lower end when the numerals name a range: 三四十 → 30).
    var value: Double
    /// The upper end of adjacent-digit ranges (三四十 → 40, 一两 → 2).
    var upper: Double?
    var start: Int
    var end: Int
    /// The run starts with an Arabic digit.
    var startsArabic = false
    var hasArabic = false
    var hasChinese = false
    var hasMultiplier = false
    /// Starts with 百/千/万/亿 and no digit (百, 千万, 万余): idiomatic unless approximated.
    var bareMultiplier = false
    /// Chinese digits read one by one (二〇二三): a year or a code, not a quantity.
    var digitString = false
    /// The digits of a plain Arabic integer (no separators, no decimals, no multipliers), else 0.
    var plainDigits = 0
    /// The run has a thousands separator or a decimal point.
    var hasSeparators = false
    var hasDecimal = false
    /// 几 or 数 stands for a digit: the value is a lower bound (十几万 → 100000, "more").
    var vague = false
    /// Power of ten of a trailing 万 or 亿 (5万 → 4), 0 if none.
    var trailingBigExponent = 0
    /// The run is only a Chinese 一 (or 壹): a determiner before a classifier.
    var isLoneOne = false
    /// Two dots in an Arabic run (192.168.1.1, 1.2.3): a code.
    var dotted = false
    /// Number of Chinese digit characters.
    var chineseDigitCount = 0
    var usesFinancial = false

    var isInteger: Bool { value == value.rounded() && !hasDecimal }
}

/// An exact decimal, mantissa times a power of ten, so that 2.37亿 is 237000000 exactly.
struct Decimal10: Sendable {
    var mantissa: Int64
    var exponent: Int

    static let zero = Decimal10(mantissa: 0, exponent: 0)

    static func integer(_ n: Int) -> Decimal10 { Decimal10(mantissa: Int64(n), exponent: 0) }

    var isZero: Bool { mantissa == 0 }

    var double: Double {
        if exponent >= 0 { return Double(mantissa) * pow10(exponent) }
        return Double(mantissa) / pow10(-exponent)
    }

    func scaled(by power: Int) -> Decimal10 { Decimal10(mantissa: mantissa, exponent: exponent + power) }

    static func + (a: Decimal10, b: Decimal10) -> Decimal10 {
        if a.isZero { return b }
        if b.isZero { return a }
        let e = min(a.exponent, b.exponent)
        guard let am = a.mantissa.times10(a.exponent - e), let bm = b.mantissa.times10(b.exponent - e) else {
            return Decimal10(mantissa: Int64(a.double + b.double), exponent: 0)
        }
        let (sum, overflow) = am.addingReportingOverflow(bm)
        if overflow { return Decimal10(mantissa: Int64(clamping: Int(a.double / 1e6 + b.double / 1e6)), exponent: 6) }
        return Decimal10(mantissa: sum, exponent: e)
    }

    static func < (a: Decimal10, b: Decimal10) -> Bool { a.double < b.double }
}

/// 10^n as a double (exact up to 10^22).
func pow10(_ n: Int) -> Double {
    var result = 1.0
    var k = 0
    while k < n { result *= 10; k += 1 }
    return result
}

extension Int64 {
    /// self × 10^n, or nil on overflow.
    func times10(_ n: Int) -> Int64? {
        var v = self
        var k = 0
        while k < n {
            let (r, o) = v.multipliedReportingOverflow(by: 10)
            if o { return nil }
            v = r
            k += 1
        }
        return v
    }
}
