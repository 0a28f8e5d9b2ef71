import Testing
@testable import WenxiFigures

/// A relative year with 的 before its date (今年的11月5日, 去年的上半年, 今年的第一天) is one date, as
/// without 的; 的 before anything else (去年的GDP) leaves the year alone. And 财年 after a year in digits
/// is in its span (2024财年, 2023/24财年); so are 全年 and 年内 after a year (今年全年, 明年年内). Values worked out by hand from 2024-11-05.
@Suite struct FiguresYearOfDateTests {
    static let cases: [FigureCase] = [
        FigureCase("今年的11月5日，他来到北京。", ["今年的11月5日 date 2024-11-05 rel=P0Y"], reference: "2024-11-05"),
        FigureCase("去年的上半年，出口增长。", ["去年的上半年 date 2023-H1 rel=-P1Y"], reference: "2024-11-05"),
        FigureCase("明年的第一天，新规施行。", ["明年的第一天 date 2025-01-01 rel=+P1Y"], reference: "2024-11-05"),
        FigureCase("去年的GDP增长5%。", ["去年 date 2023 rel=-P1Y", "5% percentage 5"], reference: "2024-11-05"),
        // So after a year in digits (2023年春节 is 2023-01-22 by the Chinese calendar).
        FigureCase("2023年的春节，1998年的夏天，2024年的GDP。", ["2023年的春节 date 2023-01-22", "1998年的夏天 date 1998-06 ..1998-08", "2024年 date 2024"]),
        // 全年 and 年内 after a year are the year itself, in the span; 全年 alone and 全年级 are none.
        FigureCase("今年全年，GDP增长5%。", ["今年全年 date 2024 rel=P0Y", "5% percentage 5"], reference: "2024-11-05"),
        FigureCase("明年年内完工，2024年全年级。", ["明年年内 date 2025 rel=+P1Y", "2024年 date 2024"], reference: "2024-11-05"),
        // A bare year just before 上半年 or 下半年 names its year.
        FigureCase("2024上半年，2023下半年。", ["2024上半年 date 2024-H1", "2023下半年 date 2023-H2"]),
        FigureCase("公司2024财年营收增长，2023/24财年持平。", ["2024财年 date 2024", "2023/24财年 date 2023 ..2024"]),
    ]

    @Test(arguments: cases)
    func yearOfDate(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
