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

@Suite struct GiveBackFreedTests {
    /// Freed memory handed back lowers the resident size: 200 MB of small blocks (below glibc's
    /// mmap threshold, so `free` alone keeps them resident) touched, freed, then given back. The
    /// margins leave room for other tests allocating meanwhile.
    @Test func residentMemoryFallsAfterFreedBlocksAreGivenBack() {
        var blocks: [[UInt8]] = []
        for _ in 0..<12_800 { blocks.append([UInt8](repeating: 1, count: 16_000)) }
        // A block after them keeps the freed ones off the heap's top, which free() trims itself.
        let pin = [UInt8](repeating: 2, count: 1_000)
        let full = ResidentMemory.now().current
        // Run alone, the freed blocks stay resident until given back; beside other tests the
        // resident size moves with theirs, so only the end is checked.
        blocks.removeAll()
        ResidentMemory.giveBackFreed()
        #expect(ResidentMemory.now().current < full - 120 << 20)
        #expect(pin.count == 1_000)
    }
}
