/// Locale-independent number formatting for reports: the same value always gives the same text,
/// whatever the machine's locale, so that reports are byte-identical across runs and machines.
///
/// Rounding works on the shortest decimal text that round-trips the `Double` (Swift's `description`),
/// half away from zero, so `fixed(0.1235, 3)` is "0.124" and not the "0.123" that binary
/// multiplication would give.
package enum FixedFormat {
    /// `value` with exactly `decimals` digits after the point: `fixed(3.14159, 2)` is "3.14",
    /// `fixed(2, 3)` is "2.000", `fixed(-0.0004, 3)` is "0.000" (no negative zero).
    /// Non-finite values give "NaN", "∞" or "-∞".
    package static func fixed(_ value: Double, _ decimals: Int) -> String {
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
            if roundUp && roundedUp(&digits) { pointAt += 1 }
        }
        return layOut(digits, pointAt: pointAt, places: places, negative: value < 0)
    }

    /// Adds one in the last place of `digits`, carrying; true when the carry makes a new first digit.
    private static func roundedUp(_ digits: inout [UInt8]) -> Bool {
        var i = digits.count - 1
        while i >= 0 {
            if digits[i] < 9 {
                digits[i] += 1
                return false
            }
            digits[i] = 0
            i -= 1
        }
        digits.insert(1, at: 0)
        return true
    }

    /// The text of `digits` with the point after `pointAt` of them: the integer part without
    /// leading zeros ("0" when empty), then exactly `places` decimals; the sign only when some digit
    /// shown is not zero.
    private static func layOut(_ digits: [UInt8], pointAt: Int, places: Int, negative: Bool) -> String {
        var out: [UInt8] = [UInt8(ascii: "-")]
        out.reserveCapacity(max(pointAt, 1) + places + 2)
        var nonZero = false
        func digit(_ i: Int) -> UInt8 { i >= 0 && i < digits.count ? digits[i] : 0 }
        if pointAt <= 0 { out.append(UInt8(ascii: "0")) }
        for i in 0..<max(pointAt, 0) {
            let d = digit(i)
            if d == 0 && !nonZero && i < pointAt - 1 { continue }  // a leading zero
            nonZero = nonZero || d != 0
            out.append(UInt8(ascii: "0") + d)
        }
        if places > 0 { out.append(UInt8(ascii: ".")) }
        for k in 0..<places {
            let d = digit(pointAt + k)
            nonZero = nonZero || d != 0
            out.append(UInt8(ascii: "0") + d)
        }
        return String(decoding: negative && nonZero ? out[...] : out[1...], as: UTF8.self)
    }

    /// An integer with a comma between each group of three digits: 12345 → "12,345".
    package static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = value < 0 ? "-" : ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    /// A p-value as corpus tools show it: "< 0.0001" below that, otherwise four decimals.
    package static func pValue(_ p: Double) -> String {
        if p.isNaN { return "NaN" }
        return p < 0.0001 ? "< 0.0001" : fixed(p, 4)
    }

    /// The decimal digits of a finite non-negative value and where the point goes:
    /// 123.45 → ([1,2,3,4,5], 3); 0.00123 → ([1,2,3], -2); 0 → ([], 0).
    static func decimalDigits(of value: Double) -> (digits: [UInt8], pointAt: Int) {
        if value == 0 { return ([], 0) }
        // `description` is locale-independent: "123.45", "1e-05", "1.5e+20", "5e-324".
        var text = value.description
        return text.withUTF8 { bytes in
            var digits: [UInt8] = []
            digits.reserveCapacity(bytes.count)
            var pointAt: Int?
            var exponent = 0
            for (at, byte) in bytes.enumerated() {
                if byte == UInt8(ascii: ".") {
                    pointAt = digits.count
                } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                    exponent = Int(String(decoding: bytes[(at + 1)...], as: UTF8.self)) ?? 0
                    break
                } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                    digits.append(byte - UInt8(ascii: "0"))
                }
            }
            var point = (pointAt ?? digits.count) + exponent
            // Strip leading zeros (0.00123 → 123 with the point moved) and trailing zeros.
            let leading = digits.prefix { $0 == 0 }.count
            point -= leading
            let trailing = digits.reversed().prefix { $0 == 0 }.count
            return (leading == digits.count ? [] : Array(digits[leading..<(digits.count - trailing)]), point)
        }
    }
}
