import Testing
@testable import Wenxi

@Suite struct ICUTests {
    @Test func versionIsSystemICU() {
        #expect(icuVersion.split(separator: ".").count >= 2)
    }
}
