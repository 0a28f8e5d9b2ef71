import Testing
@testable import WenxiFigures

/// 廿, 卅 and 卌 write twenty, thirty and forty in one character. Opening a numeral they are its tens,
/// as 二十, 三十, 四十 would be, before any unit, day or century (廿三个 → 23, 本月廿五日, 廿一世纪 → the
/// 21st century); after a digit they name an event with it (五卅运动) and 廿四史 is a title. The
/// reference is 2024-11-04.
@Suite struct FiguresTensWordTests {
    static let cases: [FigureCase] = [
        FigureCase("全县廿三个乡镇完成电网改造。", ["廿三个 number 23 u=个"]),
        FigureCase("当地共有卅二所中小学。", ["卅二所 number 32 u=所"]),
        FigureCase("代表团廿一日下午抵达。", ["廿一日下午 time 2024-11-21T13 ..2024-11-21T17"], reference: "2024-11-04"),
        FigureCase("展览本月廿五日开幕。", ["本月廿五日 date 2024-11-25 rel=P0M"], reference: "2024-11-04"),
        FigureCase("大会于卅日闭幕。", ["卅日 date 2024-11-30"], reference: "2024-11-04"),
        FigureCase("迈入廿一世纪的城市。", ["廿一世纪 date 20"]),
        FigureCase("他在乡村执教卅年。", ["卅年 duration P30Y"]),
        FigureCase("夫妇俩携手走过卌年。", ["卌年 duration P40Y"]),
        FigureCase("项目获得廿万元资助。", ["廿万元 money 200000 u=CNY"]),
        FigureCase("他廿四岁时参军。", ["廿四岁 age 24"]),
        // Lunar days keep their reading.
        FigureCase("腊月廿三是小年。", ["腊月廿三 date 2025-01-22"], reference: "2024-11-04"),
        // Names and events.
        FigureCase("各界声援上海五卅运动。", []),
        FigureCase("廿四史是历代正史的合称。", []),
    ]

    @Test(arguments: cases)
    func tensWords(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
