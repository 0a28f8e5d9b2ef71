import Testing
@testable import WenxiFigures

/// Seasons said by the first character of their year (今冬, 明春, 去夏): meteorological months, as
/// after a year (winter: December to February of the next year). Months worked out by hand.
@Suite struct FiguresSeasonAbbreviationTests {
    static let cases: [FigureCase] = [
        FigureCase("今冬明春，华北将出现多次降雪。", ["今冬 date 2024-12 ..2025-02 rel=P0Y", "明春 date 2025-03 ..2025-05 rel=+P1Y"], reference: "2024-11-05"),
        FigureCase("去冬今春，江南降水偏少。", ["去冬 date 2022-12 ..2023-02 rel=-P1Y", "今春 date 2023-03 ..2023-05 rel=P0Y"], reference: "2023-06-01"),
        // In January the winter under way began the December before.
        FigureCase("今冬以来，去冬同期。", ["今冬以来 date 2024-12 ..2025-02 rel=P0Y", "去冬 date 2023-12 ..2024-02 rel=-P1Y"], reference: "2025-01-10"),
        FigureCase("今夏，多地出现高温。", ["今夏 date 2024-06 ..2024-08 rel=P0Y"], reference: "2024-11-05"),
        // A name (王明春), another word (说明春季, 至今冬季), 春节 and 春运 after 今 are no seasons.
        FigureCase("王明春说明春季用电情况，至今冬季仍有降雪。", [], reference: "2024-11-05"),
        FigureCase("今春运期间，今春节客流创新高。", ["春节 date 2024-02-10"], reference: "2024-11-05"),
    ]

    @Test(arguments: cases)
    func season(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
