import Testing
@testable import WenxiFigures

/// A part of a period run up to now (年初至今, 10月上旬以来至今) is the period from the part's start to the
/// anchor's day, once the part has ended; a part of a quarter is one month, with no upper (一季度末 →
/// "2024-03"). Dates worked out by hand from 2024-11-05.
@Suite struct FiguresPartUntilNowTests {
    static let cases: [FigureCase] = [
        FigureCase("年初至今，沪指累计上涨12%。", ["年初至今 date 2024-01 ..2024-11-05", "12% percentage 12"], reference: "2024-11-05"),
        FigureCase("今年年初至今，股价大涨。", ["今年年初至今 date 2024-01 ..2024-11-05 rel=P0Y"], reference: "2024-11-05"),
        FigureCase("10月上旬以来至今，气温偏低。", ["10月上旬以来至今 date 2024-10-01 ..2024-11-05"], reference: "2024-11-05"),
        // A part still under way keeps its days.
        FigureCase("本月底至今。", ["本月底 date 2024-11-25 ..2024-11-30 rel=P0M"], reference: "2024-11-05"),
        FigureCase("今年一季度末，三季度初。", ["今年一季度末 date 2024-03 rel=P0Y", "三季度初 date 2024-07"], reference: "2024-11-05"),
    ]

    @Test(arguments: cases)
    func partUntilNow(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
