import Testing
@testable import WenxiFigures

/// 今天 or 今日 right after a year (的 may stand between) is today's month and day in that year:
/// 去年的今天 with 2024-11-05 → "2023-11-05". Dates worked out by hand.
@Suite struct FiguresSameDayOfYearTests {
    static let cases: [FigureCase] = [
        FigureCase("去年的今天，大桥建成通车。", ["去年的今天 date 2023-11-05 rel=-P1Y"], reference: "2024-11-05"),
        FigureCase("去年今日，大桥建成通车。", ["去年今日 date 2023-11-05 rel=-P1Y"], reference: "2024-11-05"),
        FigureCase("30年前的今天，他来到深圳。", ["30年前的今天 date 1994-11-05 rel=-P30Y"], reference: "2024-11-05"),
        FigureCase("2020年的今天，疫情暴发。", ["2020年的今天 date 2020-03-01"], reference: "2024-03-01"),
        // A comma between leaves two figures; 2月29日 in a year without it has no value.
        FigureCase("去年，今天他来到北京。", ["去年 date 2023 rel=-P1Y", "今天 date 2024-11-05 rel=P0D"], reference: "2024-11-05"),
        FigureCase("去年的今天，大雪纷飞。", ["去年的今天 date null rel=-P1Y"], reference: "2024-02-29"),
    ]

    @Test(arguments: cases)
    func sameDay(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
