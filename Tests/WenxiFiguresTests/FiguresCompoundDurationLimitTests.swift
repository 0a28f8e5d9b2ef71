import Testing
@testable import WenxiFigures

/// A compound duration joins its second part only when that part counts less than one of the first's
/// unit (四年六个月 "P4Y6M"); 一天24小时, 一周七天, 一年365天 say how many the first holds and stay two
/// figures. 零 between spelled parts joins them (两年零三个月 "P2Y3M"). Worked out by hand.
@Suite struct FiguresCompoundDurationLimitTests {
    static let cases: [FigureCase] = [
        FigureCase("他用了两年零三个月完成任务。", ["两年零三个月 duration P2Y3M"]),
        FigureCase("刑期为三年零六个月，1年11个月。", ["三年零六个月 duration P3Y6M", "1年11个月 duration P1Y11M"]),
        FigureCase("一天24小时不间断。", ["一天 duration P1D", "24小时 duration PT24H"]),
        FigureCase("一周七天，一年365天，一年12个月。", ["一周 duration P1W", "七天 duration P7D", "一年 duration P1Y", "365天 duration P365D",
                                            "一年 duration P1Y", "12个月 duration P12M"]),
        FigureCase("36天5小时30分。", ["36天5小时30分 duration P36DT5H30M"]),
        // 分 alone before seconds is minutes; before anything else it stays points.
        FigureCase("他用1分30秒完成拼装，最终得了9分。", ["1分30秒 duration PT1M30S", "9分 number 9 u=分"]),
    ]

    @Test(arguments: cases)
    func compoundLimit(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
