import WenxiText

/// The 24 solar terms (节气) by the published day formula: day = ⌊Y·0.2422 + C⌋ − L, Y the year's last
/// two digits, C the term's constant for its century, L = ⌊Y/4⌋ (⌊(Y−1)/4⌋ for the January and February
/// terms), with the known one-day corrections. Exact for 1900–2099, where it is defined.
extension FigureScanner {
    /// A solar term: its name, Gregorian month, the constants C for 1900–1999 and 2000–2099, and
    /// whether the name stands alone as a date (大雪, 雨水, 清明 are also ordinary words: after a year only).
    struct SolarTerm: Sendable {
        let name: String
        let month: Int
        let c20: Double
        let c21: Double
        let standalone: Bool
    }

    static let solarTerms: [SolarTerm] = [
        SolarTerm(name: "小寒", month: 1, c20: 6.11, c21: 5.4055, standalone: true),
        SolarTerm(name: "大寒", month: 1, c20: 20.84, c21: 20.12, standalone: true),
        SolarTerm(name: "立春", month: 2, c20: 4.6295, c21: 3.87, standalone: true),
        SolarTerm(name: "雨水", month: 2, c20: 19.4599, c21: 18.73, standalone: false),
        SolarTerm(name: "惊蛰", month: 3, c20: 6.3826, c21: 5.63, standalone: true),
        SolarTerm(name: "春分", month: 3, c20: 21.4155, c21: 20.646, standalone: true),
        SolarTerm(name: "清明", month: 4, c20: 5.59, c21: 4.81, standalone: false),
        SolarTerm(name: "谷雨", month: 4, c20: 20.888, c21: 20.1, standalone: false),
        SolarTerm(name: "立夏", month: 5, c20: 6.318, c21: 5.52, standalone: true),
        SolarTerm(name: "小满", month: 5, c20: 21.86, c21: 21.04, standalone: false),
        SolarTerm(name: "芒种", month: 6, c20: 6.5, c21: 5.678, standalone: true),
        SolarTerm(name: "夏至", month: 6, c20: 22.2, c21: 21.37, standalone: true),
        SolarTerm(name: "小暑", month: 7, c20: 7.928, c21: 7.108, standalone: true),
        SolarTerm(name: "大暑", month: 7, c20: 23.65, c21: 22.83, standalone: true),
        SolarTerm(name: "立秋", month: 8, c20: 8.35, c21: 7.5, standalone: true),
        SolarTerm(name: "处暑", month: 8, c20: 23.95, c21: 23.13, standalone: true),
        SolarTerm(name: "白露", month: 9, c20: 8.44, c21: 7.646, standalone: false),
        SolarTerm(name: "秋分", month: 9, c20: 23.822, c21: 23.042, standalone: true),
        SolarTerm(name: "寒露", month: 10, c20: 9.098, c21: 8.318, standalone: true),
        SolarTerm(name: "霜降", month: 10, c20: 24.218, c21: 23.438, standalone: false),
        SolarTerm(name: "立冬", month: 11, c20: 8.218, c21: 7.438, standalone: true),
        SolarTerm(name: "小雪", month: 11, c20: 23.08, c21: 22.36, standalone: false),
        SolarTerm(name: "大雪", month: 12, c20: 7.9, c21: 7.18, standalone: false),
        SolarTerm(name: "冬至", month: 12, c20: 22.6, c21: 21.94, standalone: true),
    ]

    /// The years where the formula is a day off, by term name: (year, correction).
    static let solarTermCorrections: [String: [(Int, Int)]] = [
        "小寒": [(1982, 1), (2019, -1)], "大寒": [(2000, 1), (2082, 1)], "雨水": [(2026, -1)],
        "春分": [(2084, 1)], "立夏": [(1911, 1)], "小满": [(2008, 1)], "芒种": [(1902, 1)],
        "夏至": [(1928, 1)], "小暑": [(1925, 1), (2016, 1)], "大暑": [(1922, 1)], "立秋": [(2002, 1)],
        "白露": [(1927, 1)], "秋分": [(1942, 1)], "霜降": [(2089, 1)], "立冬": [(2089, 1)],
        "小雪": [(1978, 1)], "大雪": [(1954, 1)], "冬至": [(1918, -1), (2021, -1)],
    ]

    /// The solar terms as holidays (清明节 stands alone too).
    static let solarTermHolidays: [(String, HolidayRule)] =
        solarTerms.indices.map { (solarTerms[$0].name, .solarTerm($0)) } + [("清明节", .solarTerm(6))]

    /// The day of solar term `k` in `year` (the Gregorian year it falls in), nil outside 1900–2099.
    static func solarTermDate(_ k: Int, year: Int) -> CalendarDate? {
        guard (1900...2099).contains(year), solarTerms.indices.contains(k) else { return nil }
        let term = solarTerms[k]
        let y = year % 100
        let c = year >= 2000 ? term.c21 : term.c20
        let leap = term.month <= 2 ? Int((Double(y - 1) / 4).rounded(.down)) : y / 4
        var day = Int((Double(y) * 0.2422 + c).rounded(.down)) - leap
        day += solarTermCorrections[term.name]?.first { $0.0 == year }?.1 ?? 0
        return CalendarDate(year: year, month: term.month, day: day)
    }
}
