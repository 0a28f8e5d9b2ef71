import Testing
@testable import WenxiSegmentation
import WenxiTestSupport

@Suite struct SegmentationTests {
    /// Text with every kind of fixed span and run: figures, a link, Latin, a user word, full-width
    /// characters, a combining mark, several lines.
    static let text = """
        新华社北京3月2日电 国家统计局局长李建国介绍，2024年全国粮食产量达到6.95亿吨，同比增长1.6%。
        详见https://www.stats.gov.cn/，ＡＢＣ公司与Wi-Fi联盟发布新质生产力报告e\u{301}。
        浙江省杭州市西湖区今年计划改造老旧小区120个，总投资约8.5亿元。
        """

    static let segmenter = Segmenter(lexicon: sharedSegmenter.lexicon,
                                     userDictionary: UserDictionary(parsing: "新质生产力 10 n\nWi-Fi 5 nz\n"))

    /// Property: for seeded random sets of protected spans (overlapping one another, touching
    /// figures, links, user words, run ends, empty or out of range), reusing the unprotected
    /// segmentation gives exactly the spans of segmenting again with those spans protected.
    @Test(arguments: [UInt64(11), 12, 13, 14])
    func reusingEqualsSegmentingAgain(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        let scalars = Self.text.unicodeScalars.map(\.value)
        let session = Segmenter.Session(Self.segmenter)
        let base = session.segmentation(of: scalars)
        #expect(base.spans == session.spans(of: scalars))
        for _ in 0..<200 {
            let protected = (0..<Int.random(in: 0...6, using: &generator)).map { _ -> Range<Int> in
                let start = Int.random(in: 0...scalars.count, using: &generator)
                return start..<min(scalars.count + 1, start + Int.random(in: 0...6, using: &generator))
            }
            #expect(session.spans(protecting: protected, reusing: base) == session.spans(of: scalars, protecting: protected),
                    "\(protected)")
        }
    }

    /// A protected name cut apart by the plain segmentation comes out whole, and the runs it does
    /// not touch are the plain segmentation's.
    @Test func protectedSpanIsWholeAndTheRestIsCopied() {
        let text = "李建国说，西湖区将持续推进老旧小区改造。"
        let scalars = text.unicodeScalars.map(\.value)
        let session = Segmenter.Session(Self.segmenter)
        let base = session.segmentation(of: scalars)
        let spans = session.spans(protecting: [5..<8], reusing: base)
        #expect(spans.contains { $0.range == 5..<8 })
        #expect(spans.filter { $0.end <= 4 } == base.spans.filter { $0.end <= 4 })
    }
}
