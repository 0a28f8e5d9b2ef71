import Testing
@testable import WenxiFigures

/// Thirds of a month said alone (上旬, 中旬, 下旬, 上中旬, 中下旬): that part of the anchor's month,
/// as after 本月 (days 1–10, 11–20, 21 to the month's end); and 半个世纪 before 以来 or after 过去: the
/// fifty years up to the anchor's day, as 50年来. Days worked out by hand for November 2024 (30 days).
@Suite struct FiguresBarePartTests {
    static let cases: [FigureCase] = [
        FigureCase("下旬，北方将迎来大范围降温。", ["下旬 date 2024-11-21 ..2024-11-30"], reference: "2024-11-05"),
        FigureCase("上中旬气温偏高，中下旬将有降雪。", ["上中旬 date 2024-02-01 ..2024-02-20", "中下旬 date 2024-02-11 ..2024-02-29"], reference: "2024-02-03"),
        FigureCase("下旬，气温回升。", ["下旬 date null"]),
        FigureCase("半个世纪以来，村里发生了巨变。", ["半个世纪以来 date 1974-11-06 ..2024-11-05 rel=-P50Y"], reference: "2024-11-05"),
        FigureCase("过去半个世纪，他用了半个世纪。", ["过去半个世纪 date 1974-11-06 ..2024-11-05 rel=-P50Y", "半个世纪 duration P50Y"], reference: "2024-11-05"),
    ]

    @Test(arguments: cases)
    func barePart(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
