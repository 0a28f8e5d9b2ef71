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

    static func integer(_ n: Int) -> Decimal10 { Decimal10(mantissa: Int64(clamping: n), exponent: 0) }

    var isZero: Bool { mantissa == 0 }

    var double: Double {
        if exponent >= 0 { return Double(mantissa) * pow10(exponent) }
        return Double(mantissa) / pow10(-exponent)
    }

    func scaled(by power: Int) -> Decimal10 { Decimal10(mantissa: mantissa, exponent: exponent + power) }

    /// The sum, exact while it fits in 64 bits; beyond that the finer digits are dropped
    /// (never a trap, whatever the magnitudes).
    static func + (a: Decimal10, b: Decimal10) -> Decimal10 {
        if a.isZero { return b }
        if b.isZero { return a }
        let (coarse, fine) = a.exponent >= b.exponent ? (a, b) : (b, a)
        // Bring the coarser operand down towards the finer exponent as far as 64 bits allow.
        var cm = coarse.mantissa
        var e = coarse.exponent
        while e > fine.exponent, let m = cm.times10(1) {
            cm = m
            e -= 1
        }
        // Raise the finer one to that exponent, dropping the digits that no longer fit.
        let fm = fine.mantissa.dividedByPowerOf10(e - fine.exponent)
        let (sum, overflow) = cm.addingReportingOverflow(fm)
        if !overflow { return Decimal10(mantissa: sum, exponent: e) }
        return Decimal10(mantissa: cm / 10 + fm / 10, exponent: e + 1)
    }

    static func < (a: Decimal10, b: Decimal10) -> Bool { a.double < b.double }
}

/// Powers of ten that a double holds (10^0 ... 10^308).
private let powersOf10: [Double] = {
    var table = [1.0]
    for _ in 1...308 { table.append(table[table.count - 1] * 10) }
    return table
}()

/// 10^n as a double: exact up to 10^22, infinity above 10^308, 0 below 10^-308.
///
/// - Complexity: O(1).
func pow10(_ n: Int) -> Double {
    if n >= 0 { return n <= 308 ? powersOf10[n] : .infinity }
    return -n <= 308 ? 1 / powersOf10[-n] : 0
}

/// `d` as an integer, clamped to ±10^15 (NaN gives 0): for range checks on user-written
/// magnitudes, which then fail instead of trapping.
@inline(__always) func clampedInt(_ d: Double) -> Int {
    if d.isNaN { return 0 }
    if d >= 1e15 { return 1_000_000_000_000_000 }
    if d <= -1e15 { return -1_000_000_000_000_000 }
    return Int(d)
}

extension Int64 {
    /// self ÷ 10^n, truncated (0 once n passes the digits of an Int64).
    func dividedByPowerOf10(_ n: Int) -> Int64 {
        if n <= 0 { return self }
        if n > 18 { return 0 }
        var v = self
        for _ in 0..<n { v /= 10 }
        return v
    }

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
