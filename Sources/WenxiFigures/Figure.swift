/// One figure mention found in a text: a number, percentage, amount of money, date,
/// time, duration, age or ordinal, with its value.
///
/// Offsets count Unicode code points into the text given to ``FigureExtractor``,
/// `end` exclusive. See ``FigureExtractor`` for the value formats and the range choice.
public struct Figure: Sendable, Hashable, Codable {
    /// What a figure measures.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case number, percentage, money, date, time, duration, age, ordinal
    }

    /// How an approximate figure relates to its value.
    public enum Approximation: String, Sendable, Hashable, Codable {
        /// At least the value: 多, 余, 以上, 逾, 超过, 十几.
        case more
        /// At most the value: 不到, 不足, 以下, 以内.
        case less
        /// Near the value: 约, 近, 左右, 上下, 许.
        case about
    }

    /// The direction of an open or comparative figure, as TIMEX3's `mod` (lower-cased): 超过60 is
    /// more than 60, 至少三个 at least three, 2023年以来 on or after 2023, 2030年前 before 2030,
    /// 截至10月末 on or before the end of October.
    public enum Mod: String, Sendable, Hashable, Codable {
        case moreThan = "more_than"
        case equalOrMore = "equal_or_more"
        case lessThan = "less_than"
        case equalOrLess = "equal_or_less"
        case before
        case after
        case onOrAfter = "on_or_after"
        /// 截至10月末, 截止到2023年底: up to and including the date.
        case onOrBefore = "on_or_before"
    }

    /// The span as it appears in the input.
    public var text: String
    public var kind: Kind
    /// A number for number, percentage, money, age and ordinal; a TIMEX-style string
    /// for date, time and duration; `nil` when the figure cannot be resolved.
    public var value: FigureValue?
    /// The upper end of a range (3至5年, 20%—30%, 三四十个), in the same format as `value`.
    public var upper: FigureValue?
    /// Measure word or unit for numbers and ordinals, ISO 4217 code for money.
    public var unit: String?
    public var approximate: Approximation?
    /// Set when a comparative word (超过, 至少, 不到, 以上, 以来, 之前 …) bounds the figure.
    public var mod: Mod?
    /// The offset of a relative date from its anchor, as a signed ISO 8601 duration
    /// ("-P5Y" for 5年前, "-P1Y" for 去年, "P0D" for 今天), kept whether or not it resolved.
    public var relative: String?
    /// First code point of the span.
    public var start: Int
    /// One past the last code point of the span.
    public var end: Int

    public init(
        text: String, kind: Kind, value: FigureValue?, upper: FigureValue? = nil, unit: String? = nil,
        approximate: Approximation? = nil, mod: Mod? = nil, relative: String? = nil, start: Int, end: Int
    ) {
        self.mod = mod
        self.text = text
        self.kind = kind
        self.value = value
        self.upper = upper
        self.unit = unit
        self.approximate = approximate
        self.relative = relative
        self.start = start
        self.end = end
    }

    private enum CodingKeys: String, CodingKey {
        case text, kind, value, upper, unit, approximate, mod, relative, start, end
    }

    /// Encodes `value` always (as `null` when unresolved) and the optional fields only when present.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(kind, forKey: .kind)
        try container.encode(value, forKey: .value)
        try container.encodeIfPresent(upper, forKey: .upper)
        try container.encodeIfPresent(unit, forKey: .unit)
        try container.encodeIfPresent(approximate, forKey: .approximate)
        try container.encodeIfPresent(mod, forKey: .mod)
        try container.encodeIfPresent(relative, forKey: .relative)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
    }
}
