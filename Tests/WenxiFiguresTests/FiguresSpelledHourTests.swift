import Testing
@testable import WenxiFigures

/// 一时 after a part of the day is one o'clock, not the word 一时 ("for a moment"), which stays a word
/// elsewhere and where a longer word goes on from it (一时间). Hours worked out by hand (下午 1 → 13).
@Suite struct FiguresSpelledHourTests {
    static let cases: [FigureCase] = [
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
