import Testing
@testable import WenxiFigures

/// Days in Chinese numerals with 日 that count days, not name a day of the month: before 后, 内, 以来 …,
/// after 为期, 历时 …, and 一日 after 前, 后, 头; 有一日 ("one day") is none. Days of the month written so
/// (五日，十五日) stay dates. Dates worked out by hand from 2024-11-05.
@Suite struct FiguresSpelledDayCountTests {
    static let cases: [FigureCase] = [
        FigureCase("三日后，代表团抵达上海。", ["三日后 date 2024-11-08 rel=+P3D"], reference: "2024-11-05"),
        FigureCase("责令其十日内完成整改。", ["十日 duration P10D"], reference: "2024-11-05"),
        FigureCase("会议为期三日，历时五日的展览闭幕。", ["三日 duration P3D", "五日 duration P5D"], reference: "2024-11-05"),
        FigureCase("他前一日抵达，后一日离开。", ["一日 duration P1D", "一日 duration P1D"], reference: "2024-11-05"),
        FigureCase("有一日，他来到北京。", [], reference: "2024-11-05"),
        // Days of the month, spelled or in digits, and Arabic days before 后 stay dates.
        FigureCase("五日，十五日上午，3日后。", ["五日 date 2024-11-05", "十五日上午 time 2024-11-15T07 ..2024-11-15T11",
                                         "3日 date 2024-11-03"], reference: "2024-11-05"),
    ]

    @Test(arguments: cases)
    func spelledDayCount(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
