import WenxiText

/// What relative and partial dates are resolved against: a full date, or the parts a
/// dateline without a year gives (month and day).
struct DateAnchor: Sendable, Equatable {
    var year: Int?
    var month: Int?
    var day: Int?

    static let none = DateAnchor()

    init(year: Int? = nil, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    init(_ date: CalendarDate) {
        self.init(year: date.year, month: date.month, day: date.day)
    }

    /// The anchor a dateline gives: its date, with a missing year taken from `reference`.
    init(dateline: Dateline, reference: CalendarDate?) {
        if let date = dateline.date(reference: reference) {
            self.init(date)
        } else {
            self.init(year: dateline.year, month: dateline.month, day: dateline.day)
        }
    }

    /// The anchor a dateline gives, or nil when it gives no day (本报讯, 新华社电: the reference date
    /// anchors then). A day without a month (新华社北京4日电) is in the reference date's month, or the
    /// month before when the reference is earlier in its month (4日电 with 2024-11-02 → 2024-10-04),
    /// as a dateline's missing year is the latest one not after the reference.
    static func from(dateline: Dateline, reference: CalendarDate?) -> DateAnchor? {
        guard let day = dateline.day else { return nil }
        if dateline.month != nil { return DateAnchor(dateline: dateline, reference: reference) }
        guard let reference else { return DateAnchor(year: dateline.year, month: nil, day: day) }
        let first = CalendarDate(year: reference.year, month: reference.month, day: 1)
        for back in 0...1 {
            if let month = first?.adding(months: -back), let date = CalendarDate(year: month.year, month: month.month, day: day),
               date <= reference {
                return DateAnchor(date)
            }
        }
        return nil
    }

    /// The anchor as a calendar date, when all three parts are known.
    var date: CalendarDate? {
        guard let year, let month, let day else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// "2024" or "XXXX".
    var yearText: String { year.map(pad4) ?? "XXXX" }
}
