import Testing
@testable import WenxiFigures

/// Ranges of bare N点 that are hours, 正午, and 一时 after a part of the day, which is one o'clock, not the word 一时 ("for a moment"), which stays a word
/// elsewhere and where a longer word goes on from it (一时间). Hours worked out by hand (下午 1 → 13).
@Suite struct FiguresSpelledHourTests {
    static let cases: [FigureCase] = [
        // A range of N点 up to a clock time, or of two N点, is one range of hours; before a noun they count
        // points. 正午 is noon (12) as a part of the day.
        FigureCase("9点到11点半，会议举行。", ["9点到11点半 time 2024-11-05T09 ..2024-11-05T11:30"], reference: "2024-11-05"),
        FigureCase("8点至10点开放。", ["8点至10点 time 2024-11-05T08 ..2024-11-05T10:00:00"], reference: "2024-11-05"),
        FigureCase("他提出三点到五点意见。", ["三点到五点 number 3 ..5 u=点"], reference: "2024-11-05"),
        FigureCase("正午12点，5日正午。", ["正午12点 time 2024-11-05T12", "5日正午 time 2024-11-05T12 ..2024-11-05T12"], reference: "2024-11-05"),
        FigureCase("凌晨一时，地震发生。", ["凌晨一时 time 2024-11-05T01"], reference: "2024-11-05"),
        FigureCase("次日凌晨一时，救援队抵达。", ["次日凌晨一时 time 2024-11-06T01"], reference: "2024-11-05"),
        FigureCase("下午一时许，会议结束。", ["下午一时许 time 2024-11-05T13 ~about"], reference: "2024-11-05"),
        FigureCase("一时间，他一时说不出话，上午一时间紧。", [], reference: "2024-11-05"),
        FigureCase("晚上一时兴起，下午一时举行。", ["下午一时 time 2024-11-05T13"], reference: "2024-11-05"),
    ]

    @Test(arguments: cases)
    func spelledHour(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
