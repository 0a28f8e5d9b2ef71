/// A news dateline: who filed the story, where and when (新华社北京11月4日电（记者 王明）, 本报讯).
public struct Dateline: Sendable, Hashable, Codable {
    /// Where the dateline stood in the article.
    public enum Position: String, Sendable, Hashable, Codable {
        /// Before or at the start of the body (新华社上海3月2日电 记者11月5日从…).
        case start
        /// On its own line closing the article (综述 and 通讯 put it last).
        case end
    }

    /// The dateline as printed, reporters' bracket included.
    public var raw: String
    /// The agency or paper (新华社, 本报, 中新网 …), if any.
    public var agency: String?
    /// The place the story was filed from (北京, 联合国), if given.
    public var place: String?
    /// Year, if given (2024年11月4日电).
    public var year: Int?
    /// Month, if given.
    public var month: Int?
    /// Day of month, if given.
    public var day: Int?
    /// Reporters named in the dateline's bracket (（记者 张晓洁 张欣欣）).
    public var reporters: [String]
    /// Contributors (通讯员, 实习生) named in the bracket.
    public var contributors: [String]
    /// Start or end of the article.
    public var position: Position

    /// The date as a TIMEX-style string: "2024-11-04", "XXXX-11-04" when the year is not given,
    /// "XXXX-XX-05" when only the day is; nil when there is no date.
    public var date: String? {
        guard month != nil || day != nil || year != nil else { return nil }
        let y = year.map { String($0) } ?? "XXXX"
        func two(_ v: Int?) -> String { v.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "XX" }
        if day == nil { return month == nil ? y : "\(y)-\(two(month))" }
        return "\(y)-\(two(month))-\(two(day))"
    }

    /// The dateline's calendar date, taking a missing year from `reference`: the reference's year,
    /// or the year before when the month and day would fall after the reference. Nil without a
    /// month and day, or without a year and a reference.
    public func date(reference: CalendarDate?) -> CalendarDate? {
        guard let month, let day else { return nil }
        if let year { return CalendarDate(year: year, month: month, day: day) }
        guard let reference else { return nil }
        if let sameYear = CalendarDate(year: reference.year, month: month, day: day), sameYear <= reference {
            return sameYear
        }
        return CalendarDate(year: reference.year - 1, month: month, day: day)
    }

    /// Creates a dateline.
    public init(
        raw: String, agency: String? = nil, place: String? = nil, year: Int? = nil, month: Int? = nil,
        day: Int? = nil, reporters: [String] = [], contributors: [String] = [], position: Position = .start
    ) {
        self.raw = raw
        self.agency = agency
        self.place = place
        self.year = year
        self.month = month
        self.day = day
        self.reporters = reporters
        self.contributors = contributors
        self.position = position
    }

    enum CodingKeys: String, CodingKey {
        case raw, agency, place, year, month, day, date, reporters, contributors, position
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        raw = try c.decode(String.self, forKey: .raw)
        agency = try c.decodeIfPresent(String.self, forKey: .agency)
        place = try c.decodeIfPresent(String.self, forKey: .place)
        year = try c.decodeIfPresent(Int.self, forKey: .year)
        month = try c.decodeIfPresent(Int.self, forKey: .month)
        day = try c.decodeIfPresent(Int.self, forKey: .day)
        reporters = try c.decodeIfPresent([String].self, forKey: .reporters) ?? []
        contributors = try c.decodeIfPresent([String].self, forKey: .contributors) ?? []
        position = try c.decodeIfPresent(Position.self, forKey: .position) ?? .start
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(raw, forKey: .raw)
        try c.encodeIfPresent(agency, forKey: .agency)
        try c.encodeIfPresent(place, forKey: .place)
        try c.encodeIfPresent(year, forKey: .year)
        try c.encodeIfPresent(month, forKey: .month)
        try c.encodeIfPresent(day, forKey: .day)
        try c.encodeIfPresent(date, forKey: .date)
        try c.encode(reporters, forKey: .reporters)
        try c.encode(contributors, forKey: .contributors)
        try c.encode(position, forKey: .position)
    }

    /// Parses a dateline at the start of `text` (新华社北京11月4日电（记者 王明）…, 本报讯 …).
    ///
    /// Returns nil when `text` does not start with a dateline.
    public static func parse(_ text: String) -> Dateline? {
        DatelineParser.parse(text.scalarArray)?.dateline
    }
}
