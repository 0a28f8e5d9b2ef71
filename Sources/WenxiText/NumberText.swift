/// How Wenxi writes a number as text, in JSON, tables and reports alike.
package enum NumberText {
    /// The largest magnitude written as a plain integer: 2^53.
    ///
    /// Up to 2^53 every integer is exactly a `Double`, so "9007199254740992" is the value itself.
    /// Above it neighbouring integers are no longer representable (2^53 + 1 is not a `Double`), so
    /// a digit string would claim a precision the value lacks, and JSON readers that parse into
    /// doubles (JavaScript, Python's `float`) could read a different integer back. Above the
    /// limit the shortest round-trip form ("1e+16") is written instead. 2^53 is also far below
    /// `Int64.max`, so the conversion cannot trap.
    package static let exactIntegerLimit: Double = 9_007_199_254_740_992

    /// `value` as text: whole values up to ``exactIntegerLimit`` in magnitude without a decimal
    /// point ("237000000", "-5", "0" for -0.0), others in Swift's shortest round-trip form
    /// ("2.5", "1e+16", "nan", "inf").
    package static func plain(_ value: Double) -> String {
        if value == value.rounded(), value.magnitude <= exactIntegerLimit { return String(Int64(value)) }
        return "\(value)"
    }
}
