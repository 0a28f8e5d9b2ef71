import Testing
@testable import WenxiFigures

/// Two parts of a decade or century said as one (中后期, 中晚期, 前中期): from the first part's start to
/// the second's end (decade: 中 3–6, 后 7–9 → 3–9; century: 中 40–59, 后 80–99 → 40–99); and half a year
/// before 来 or after 过去/未来 as a period from the anchor, as 6个月来. Years and days worked out by hand.
@Suite struct FiguresJoinedEraPartTests {
    static let cases: [FigureCase] = [
        FigureCase("九十年代中后期，他下海经商。", ["九十年代中后期 date 1993 ..1999"]),
        FigureCase("80年代前中期，他参加工作。", ["80年代前中期 date 1980 ..1986"]),
        FigureCase("19世纪中晚期，工业革命扩散。", ["19世纪中晚期 date 1840 ..1899"]),
        FigureCase("半年来，股价大涨。", ["半年来 date 2024-05-06 ..2024-11-05 rel=-P0.5Y"], reference: "2024-11-05"),
        FigureCase("未来半年，他用了半年。", ["未来半年 date 2024-11-05 ..2025-05-04 rel=+P0.5Y", "半年 duration P0.5Y"], reference: "2024-11-05"),
    ]

    @Test(arguments: cases)
    func joinedPart(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
