/// How a number is written in Wenxi's text output.
public enum NumberText {
    /// Whole numbers below 10^15 without a fraction ("237000000"), others as Swift prints doubles
    /// ("2.37", "1e+20"); the same limit as the JSON writer's integers.
    public static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
