import Testing
@testable import WenxiPipeline

@Suite struct ProgressLineTests {
    @Test func lineWithEstimate() {
        // 2.5 MB of 10 MB in 5 s: 0.5 MB/s, 15 s to go.
        #expect(ProgressLine.text(articles: 1234, bytes: 2_500_000, total: 10_000_000, elapsed: 5)
                == "1,234 articles  2.5 MB  0.50 MB/s  0:05 elapsed  about 0:15 left")
    }

    @Test func noEstimateWithoutTotalOrProgress() {
        #expect(ProgressLine.text(articles: 0, bytes: 0, total: 100, elapsed: 0) == "0 articles  0.0 MB  0.00 MB/s  0:00 elapsed")
        #expect(ProgressLine.text(articles: 7, bytes: 1_000_000, total: nil, elapsed: 3725)
                == "7 articles  1.0 MB  0.00 MB/s  1:02:05 elapsed")
    }

    @Test func parts() {
        #expect(ProgressLine.grouped(1_234_567) == "1,234,567" && ProgressLine.grouped(999) == "999")
        #expect(ProgressLine.decimal(0.05, places: 2) == "0.05" && ProgressLine.decimal(12.345, places: 1) == "12.3")
    }
}
