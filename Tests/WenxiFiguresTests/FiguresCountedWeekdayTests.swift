import Testing
@testable import WenxiFigures

/// A weekday after 的 and a count of weeks from the anchor (两周后的周五, 三周前的周一) is that day of the
/// week so many weeks away, one figure keeping the weeks' `relative`; a part of the day or a clock time
/// after it is on that day. The reference 2024-11-04 is a Monday (two weeks on: the week of 11-18).
@Suite struct FiguresCountedWeekdayTests {
    static let cases: [FigureCase] = [
        FigureCase("两周后的周五，评审结果将公布。", ["两周后的周五 date 2024-11-22 rel=+P2W"], reference: "2024-11-04"),
        FigureCase("三周前的周一，他还在北京出差。", ["三周前的周一 date 2024-10-14 rel=-P3W"], reference: "2024-11-04"),
        FigureCase("一周后的星期天，全市举行马拉松。", ["一周后的星期天 date 2024-11-17 rel=+P1W"], reference: "2024-11-04"),
        FigureCase("两周后的周五下午，双方再次会谈。", ["两周后的周五下午 time 2024-11-22T13 ..2024-11-22T17 rel=+P2W"], reference: "2024-11-04"),
        FigureCase("两周后的周五晚上8点开演。", ["两周后的周五晚上8点 time 2024-11-22T20 rel=+P2W"], reference: "2024-11-04"),
        // The weeks alone, or 的 before another word, stay as they were.
        FigureCase("两周后，新馆对外开放。", ["两周后 date 2024-W47 rel=+P2W"], reference: "2024-11-04"),
        FigureCase("两周后的结果令人意外。", ["两周后 date 2024-W47 rel=+P2W"], reference: "2024-11-04"),
    ]

    @Test(arguments: cases)
    func countedWeekday(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
