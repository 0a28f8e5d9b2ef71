import Testing
@testable import WenxiFigures

/// Short parts of the day after a date of one day: 早间 (6–9, as 早上), 午间 (12–13, as 中午), and 晨
/// (5–7, as 清晨) and 夜 (20–23, as 夜里) alone, only before no Han character or a word of a range or
/// bound: 晨报, 晨练, 夜班 stay other words. Hours worked out by hand from the parts they stand for.
@Suite struct FiguresShortDayPartTests {
    static let cases: [FigureCase] = [
        FigureCase("11月5日晨，救援队抵达。", ["11月5日晨 time 2024-11-05T05 ..2024-11-05T07"], reference: "2024-11-05"),
        FigureCase("4日夜至5日晨，北京有小雨。", ["4日夜至5日晨 time 2024-11-04T20 ..2024-11-05T07"], reference: "2024-11-05"),
        FigureCase("5日早间和6日午间。", ["5日早间 time 2024-11-05T06 ..2024-11-05T09", "6日午间 time 2024-11-06T12 ..2024-11-06T13"], reference: "2024-11-05"),
        FigureCase("他5日晨练，6日夜班。", ["5日 date 2024-11-05", "6日 date 2024-11-06"], reference: "2024-11-05"),
    ]

    @Test(arguments: cases)
    func shortPart(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
