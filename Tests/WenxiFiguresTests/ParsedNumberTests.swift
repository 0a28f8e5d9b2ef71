import Testing
@testable import WenxiFigures

/// The exact decimal behind numbers, powers of ten and the clamped integer conversion.
@Suite struct ParsedNumberTests {
    @Test func decimalsAddExactly() {
        let a = Decimal10(mantissa: 237, exponent: -2)          // 2.37
        let b = Decimal10.integer(1).scaled(by: 8)              // 1亿
        #expect((a.scaled(by: 8) + b).double == 337000000)
        #expect((Decimal10.zero + a).double == 2.37)
        #expect((a + .zero).double == 2.37)
    }

    @Test func sumsPastSixtyFourBitsDropFineDigitsInsteadOfTrapping() {
        let big = Decimal10(mantissa: Int64.max, exponent: 0)
        let sum = big + big
        #expect(abs(sum.double / (2 * Double(Int64.max)) - 1) < 1e-15)
        let far = Decimal10(mantissa: 5, exponent: 400) + Decimal10(mantissa: 3, exponent: -400)
        #expect(far.double == .infinity)   // 5e400 is past a double, but nothing trapped
        let mixed = Decimal10(mantissa: 1, exponent: 30) + Decimal10(mantissa: 7, exponent: 0)
        #expect(abs(mixed.double / 1e30 - 1) < 1e-15)
    }

    @Test func powersOfTen() {
        #expect(pow10(0) == 1)
        #expect(pow10(22) == 1e22)
        #expect(pow10(-3) == 0.001)
        #expect(pow10(309) == .infinity)
        #expect(pow10(-400) == 0)
        #expect(pow10(Int.max) == .infinity)
    }

    @Test func clampedIntegers() {
        #expect(clampedInt(12) == 12)
        #expect(clampedInt(-3.7) == -3)
        #expect(clampedInt(1e300) == 1_000_000_000_000_000)
        #expect(clampedInt(-.infinity) == -1_000_000_000_000_000)
        #expect(clampedInt(.nan) == 0)
    }

    @Test func times10AndDivision() {
        #expect(Int64(5).times10(3) == 5000)
        #expect(Int64(5).times10(19) == nil)
        #expect(Int64(12345).dividedByPowerOf10(2) == 123)
        #expect(Int64.max.dividedByPowerOf10(19) == 0)
        #expect(Int64(7).dividedByPowerOf10(0) == 7)
    }
}
