import Testing
@testable import WenxiText

@Suite struct NumberTextTests {
    @Test(arguments: [
        (0.0, "0"), (-0.0, "0"), (1.0, "1"), (-5.0, "-5"), (237_000_000.0, "237000000"),
        (2.5, "2.5"), (-0.25, "-0.25"), (0.1, "0.1"), (1e-5, "1e-05"),
        // 2^53 is the last whole number written as an integer; 2^53 + 2 is the next Double.
        (9_007_199_254_740_992.0, "9007199254740992"), (-9_007_199_254_740_992.0, "-9007199254740992"),
        (9_007_199_254_740_994.0, "9.007199254740994e+15"), (1e16, "1e+16"), (1e300, "1e+300"),
        (Double.infinity, "inf"), (-Double.infinity, "-inf"),
    ] as [(Double, String)])
    func plain(value: Double, text: String) {
        #expect(NumberText.plain(value) == text)
    }

    @Test func notANumber() {
        #expect(NumberText.plain(.nan) == "nan")
    }

    @Test func theLimitIsTwoToTheFiftyThird() {
        #expect(NumberText.exactIntegerLimit == Double(1 << 53))
        // Below the limit every integer is a Double; just above it, odd integers are not.
        #expect(Double(Int64(1 << 53) - 1) != Double(Int64(1 << 53)))
        #expect(Double(Int64(1 << 53) + 1) == Double(Int64(1 << 53)))
    }
}
