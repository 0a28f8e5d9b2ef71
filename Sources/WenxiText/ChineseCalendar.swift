import CICUShim

/// The Chinese (lunisolar) calendar, through ICU's `@calendar=chinese`: lunar dates and the
/// holidays that follow them (春节, 中秋节) as Gregorian days.
public enum ChineseCalendar {
    /// The Gregorian day of lunar `month` (1 正月 … 12 腊月), `day` (1 初一 … 30 三十), in the Chinese
    /// year whose 正月初一 falls in Gregorian `year`; `leap` for the leap month of that number (闰四月).
    /// `nil` when that day does not exist (a 30th in a short month, a leap month the year lacks).
    ///
    /// - Complexity: O(1); opens two ICU calendars per call.
    public static func gregorian(year: Int, month: Int, day: Int, leap: Bool = false) -> CalendarDate? {
        guard (-5000...5000).contains(year), (1...12).contains(month), (1...30).contains(day) else { return nil }
        var y: Int32 = 0, m: Int32 = 0, d: Int32 = 0
        guard wx_chinese_to_gregorian(Int32(year), Int32(month), leap ? 1 : 0, Int32(day), &y, &m, &d) == 0 else { return nil }
        return CalendarDate(year: Int(y), month: Int(m), day: Int(d))
    }

    /// 除夕, the last day of the Chinese year: the eve of the 春节 that falls in Gregorian `year`.
    public static func newYearsEve(beforeSpringFestivalOf year: Int) -> CalendarDate? {
        gregorian(year: year, month: 1, day: 1)?.adding(days: -1)
    }
}
