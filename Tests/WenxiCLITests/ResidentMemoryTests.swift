import Testing
@testable import Wenxi

@Suite struct ResidentMemoryTests {
    @Test func readsTheResidentAndPeakLinesInBytes() {
        let status = "Name:\twenxi\nVmPeak:\t  900000 kB\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\nThreads:\t3\n"
        #expect(ResidentMemory.parse(status) == ResidentMemory(current: 100 << 20, peak: 200 << 20))
    }

    @Test func missingLinesReadAsZero() {
        #expect(ResidentMemory.parse("Name:\twenxi\n") == ResidentMemory(current: 0, peak: 0))
    }

    @Test func thisProcessHasMemory() {
        let now = ResidentMemory.now()
        #expect(now.current > 0 && now.peak >= now.current)
    }
}
