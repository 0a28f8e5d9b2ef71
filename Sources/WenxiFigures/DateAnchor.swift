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

    /// The anchor as a calendar date, when all three parts are known.
    var date: CalendarDate? {
        guard let year, let month, let day else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// "2024" or "XXXX".
    var yearText: String { year.map(pad4) ?? "XXXX" }
}
