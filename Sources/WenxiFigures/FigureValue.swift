/// The value of a figure: a number, or a TIMEX-style string for dates, times and durations.
///
/// Encodes as a bare JSON number or string.
public enum FigureValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case number(Double)
    case string(String)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let number): try container.encode(number)
        case .string(let string): try container.encode(string)
        }
    }

    /// The number, if this is one.
    public var number: Double? {
        if case .number(let number) = self { return number }
        return nil
    }

    /// The string, if this is one.
    public var string: String? {
        if case .string(let string) = self { return string }
        return nil
    }

    /// Integers print without a fraction ("237000000"), others as Swift prints doubles.
    public var description: String {
        switch self {
        case .number(let number):
            if number == number.rounded(), abs(number) < 1e18 { return String(Int64(number)) }
            return String(number)
        case .string(let string): return string
        }
    }
}
