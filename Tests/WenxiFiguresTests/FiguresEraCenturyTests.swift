import Testing
@testable import WenxiFigures

/// Centuries after 公元 and 公元前: 公元 in the span; before the common era the century's BC years
/// (公元前3世纪 → "-02", as 21世纪 is "20"), a part of it counted back from its start (the 5th century
/// BC's last twenty years are 419–400 BC → "-0419".."-0400"). Worked out by hand.
@Suite struct FiguresEraCenturyTests {
    static let cases: [FigureCase] = [
        FigureCase("公元前3世纪，秦统一六国。", ["公元前3世纪 date -02"]),
        FigureCase("公元前5世纪末，孔子去世。", ["公元前5世纪末 date -0419 ..-0400"]),
        FigureCase("公元前五世纪初。", ["公元前五世纪初 date -0499 ..-0480"]),
        FigureCase("公元1世纪，佛教传入中国。", ["公元1世纪 date 00"]),
        FigureCase("公元前221年，21世纪初。", ["公元前221年 date -0221", "21世纪初 date 2000 ..2019"]),
    ]

    @Test(arguments: cases)
    func eraCentury(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
