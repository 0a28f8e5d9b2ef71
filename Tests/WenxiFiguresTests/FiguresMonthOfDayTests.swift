import Testing
@testable import WenxiFigures

/// A relative month with 的 before its day or part (下个月的5号, 本月的中旬) is one date, as without 的 and
/// as 今年的11月5日 is; 上个月的今天 is the anchor's day of the month in that month (null where the month
/// lacks it). 的 before anything else leaves the month alone. Values worked out by hand from 2024-11-04.
@Suite struct FiguresMonthOfDayTests {
    static let cases: [FigureCase] = [
        FigureCase("申报工作下个月的5号截止。", ["下个月的5号 date 2024-12-05 rel=+P1M"], reference: "2024-11-04"),
        FigureCase("新馆本月的中旬开放。", ["本月的中旬 date 2024-11-11 ..2024-11-20 rel=P0M"], reference: "2024-11-04"),
        FigureCase("上个月的今天，大桥正式通车。", ["上个月的今天 date 2024-10-04 rel=-P1M"], reference: "2024-11-04"),
        FigureCase("上个月的今天，大桥正式通车。", ["上个月的今天 date null rel=-P1M"], reference: "2024-03-31"),
        // 的 before a noun: the month alone.
        FigureCase("下个月的工作安排已经确定。", ["下个月 date 2024-12 rel=+P1M"], reference: "2024-11-04"),
        FigureCase("上个月的用电量增长。", ["上个月 date 2024-10 rel=-P1M"], reference: "2024-11-04"),
    ]

    @Test(arguments: cases)
    func monthOfDay(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
