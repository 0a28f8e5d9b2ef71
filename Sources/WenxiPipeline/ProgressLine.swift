/// The progress line `wenxi map` and `wenxi reduce` show on a terminal.
public enum ProgressLine {
    /// `1,234 articles  5.2 MB  1.30 MB/s  0:04 elapsed  about 0:12 left`: the estimate only when
    /// the total is known and some of it was done.
    ///
    /// - Parameters:
    ///   - bytes: input (map) or record (reduce) bytes done.
    ///   - total: all the bytes there are, if known.
    ///   - elapsed: seconds since the start.
    public static func text(articles: Int, bytes: Int, total: Int?, elapsed: Double) -> String {
        let megabytes = Double(bytes) / 1_000_000
        let rate = elapsed > 0 ? megabytes / elapsed : 0
        var parts = ["\(grouped(articles)) articles", "\(decimal(megabytes, places: 1)) MB",
                     "\(decimal(rate, places: 2)) MB/s", "\(clock(elapsed)) elapsed"]
        if let total, bytes > 0, total >= bytes, elapsed > 0 {
            parts.append("about \(clock(elapsed * Double(total - bytes) / Double(bytes))) left")
        }
        return parts.joined(separator: "  ")
    }

    /// `1234567` as `1,234,567`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// `value` rounded to `places` decimals.
    static func decimal(_ value: Double, places: Int) -> String {
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((value * Double(scale)).rounded())
        let whole = scaled / scale, fraction = String(scaled % scale)
        return "\(whole)." + String(repeating: "0", count: places - fraction.count) + fraction
    }

    /// Seconds as `m:ss`, or `h:mm:ss` from an hour.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        let ss = s < 10 ? "0\(s)" : "\(s)"
        if h > 0 { return "\(h):\(m < 10 ? "0" : "")\(m):\(ss)" }
        return "\(m):\(ss)"
    }
}
