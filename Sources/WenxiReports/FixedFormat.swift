/// Locale-independent number formatting for reports: the same value always gives the same text,
/// whatever the machine's locale, so that reports are byte-identical across runs and machines.
///
/// Rounding works on the shortest decimal text that round-trips the `Double` (Swift's `description`),
/// half away from zero, so `fixed(0.1235, 3)` is "0.124" and not the "0.123" that binary
/// multiplication would give.
public enum FixedFormat {
    /// `value` with exactly `decimals` digits after the point: `fixed(3.14159, 2)` is "3.14",
    /// `fixed(2, 3)` is "2.000", `fixed(-0.0004, 3)` is "0.000" (no negative zero).
    /// Non-finite values give "NaN", "∞" or "-∞".
    public static func fixed(_ value: Double, _ decimals: Int) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-∞" : "∞" }
        let places = max(0, decimals)
        var (digits, pointAt) = decimalDigits(of: value.magnitude)
        // Keep `places` digits after the point: the digits needed are pointAt + places.
        let keep = pointAt + places
        if keep < 0 {
            digits = []
            pointAt = -places
        } else if keep < digits.count {
            let roundUp = digits[keep] >= 5
            digits.removeSubrange(keep...)
            if roundUp {
                var i = digits.count - 1
                while i >= 0 {
                    if digits[i] == 9 {
                        digits[i] = 0
                        i -= 1
                    } else {
                        digits[i] += 1
                        break
                    }
                }
                if i < 0 {
                    digits.insert(1, at: 0)
                    pointAt += 1
                }
            }
        }
        // Lay the digits out: integer part, then exactly `places` decimals.
        var integerPart = ""
        if pointAt <= 0 {
            integerPart = "0"
        } else {
            for i in 0..<pointAt {
                integerPart.append(i < digits.count ? Character(String(digits[i])) : "0")
            }
            while integerPart.count > 1 && integerPart.first == "0" { integerPart.removeFirst() }
        }
        var fraction = ""
        for k in 0..<places {
            let i = pointAt + k
            fraction.append(i >= 0 && i < digits.count ? Character(String(digits[i])) : "0")
        }
        let isZero = integerPart == "0" && fraction.allSatisfy { $0 == "0" }
        let sign = value < 0 && !isZero ? "-" : ""
        return places == 0 ? sign + integerPart : sign + integerPart + "." + fraction
    }

    /// An integer with a comma between each group of three digits: 12345 → "12,345".
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = value < 0 ? "-" : ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    /// A p-value as corpus tools show it: "< 0.0001" below that, otherwise four decimals.
    public static func pValue(_ p: Double) -> String {
        if p.isNaN { return "NaN" }
        return p < 0.0001 ? "< 0.0001" : fixed(p, 4)
    }

    /// The decimal digits of a finite non-negative value and where the point goes:
    /// 123.45 → ([1,2,3,4,5], 3); 0.00123 → ([1,2,3], -2); 0 → ([], 0).
    static func decimalDigits(of value: Double) -> (digits: [Int], pointAt: Int) {
        if value == 0 { return ([], 0) }
        // `description` is locale-independent: "123.45", "1e-05", "1.5e+20", "5e-324".
        let text = value.description
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits: [Int] = []
        var pointAt: Int?
        for c in mantissa {
            if c == "." {
                pointAt = digits.count
            } else if let d = c.wholeNumberValue {
                digits.append(d)
            }
        }
        var point = (pointAt ?? digits.count) + exponent
        // Strip leading zeros (0.00123 → 123 with the point moved) and trailing zeros.
        while let first = digits.first, first == 0 {
            digits.removeFirst()
            point -= 1
        }
        while let last = digits.last, last == 0 { digits.removeLast() }
        return (digits, point)
    }
}
