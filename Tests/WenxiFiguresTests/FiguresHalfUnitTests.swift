import Testing
@testable import WenxiFigures

/// Half units said short: minutes and a half with 分 alone (一分半钟, 十三分半 → PT1.5M, PT13.5M), 半月 as
/// 半个月, and half a month as fifteen days where it is counted from the anchor (半月后, 半个月以来,
/// 两个半月后), and the halves of a month (上半月 1–15, 下半月 16–end). Points (得了三分半) and the words
/// on 半月 (半月刊, 半月板) stay out. Worked out by hand.
@Suite struct FiguresHalfUnitTests {
    static let cases: [FigureCase] = [
        FigureCase("救援队员仅用一分半钟就打通了生命通道。", ["一分半钟 duration PT1.5M"]),
        FigureCase("新系统把安检时间压缩到一分半。", ["一分半 duration PT1.5M"]),
        FigureCase("她以十三分半的成绩夺冠。", ["十三分半 duration PT13.5M"]),
        FigureCase("整套动作持续3分半钟。", ["3分半钟 duration PT3.5M"]),
        FigureCase("两分半钟前，监控拍下了嫌疑人。", ["两分半钟前 time null rel=-PT2.5M"], reference: "2024-11-04"),
        FigureCase("半分钟后，现场恢复了平静。", ["半分钟后 time null rel=+PT0.5M"], reference: "2024-11-04"),
        // Points scored or lost stay points.
        FigureCase("这道题他只得了三分半。", ["三分半 number 3.5 u=分"]),
        FigureCase("裁判打出9分半，他跑出3分半的好成绩。", ["9分半 number 9.5 u=分", "3分半 duration PT3.5M"]),
        // 半月 is 半个月; from the anchor its half is fifteen days.
        FigureCase("工程预计再用半月完工。", ["半月 duration P0.5M"]),
        FigureCase("半月后，新馆将正式对外开放。", ["半月后 date 2024-11-19 rel=+P0.5M"], reference: "2024-11-04"),
        FigureCase("半个月以来，全市累计降雨120毫米。", ["半个月以来 date 2024-10-21 ..2024-11-04 rel=-P0.5M",
                                             "120毫米 number 120 u=毫米"], reference: "2024-11-04"),
        FigureCase("半月以来，猪肉价格小幅回落。", ["半月以来 date 2024-10-21 ..2024-11-04 rel=-P0.5M"], reference: "2024-11-04"),
        FigureCase("两个半月后，大桥合龙。", ["两个半月后 date 2025-01-19 rel=+P2.5M"], reference: "2024-11-04"),
        FigureCase("他常读《半月谈》，膝盖的半月板受过伤。", []),
        // Half a century before 前/后 is fifty years away; 一个半世纪 is 150 years.
        FigureCase("半个世纪前，这里还是一片荒滩。", ["半个世纪前 date 1974 rel=-P50Y"], reference: "2024-11-04"),
        FigureCase("一个半世纪以来，这座城市几经变迁。", ["一个半世纪以来 date 1874-11-05 ..2024-11-04 rel=-P150Y"], reference: "2024-11-04"),
        FigureCase("他在海岛上守了一个半世纪的灯塔。", ["一个半世纪 duration P150Y"]),
        // 上半月 and 下半月 are the halves of a month, split after the 15th (not half a month long).
        FigureCase("上半月销售平稳，2月下半月回暖。", ["上半月 date 2024-11-01 ..2024-11-15", "2月下半月 date 2024-02-16 ..2024-02-29"],
                   reference: "2024-11-04"),
    ]

    @Test(arguments: cases)
    func halfUnits(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
