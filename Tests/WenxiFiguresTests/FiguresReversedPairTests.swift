import Testing
@testable import WenxiFigures

/// 三两 "two or three", the pair said high to low: a range from 2 to 3 where it opens the numeral and a
/// unit or a multiplier follows; before other words (三两酒) 两 is as often a weight, and 三两米, 三两下 are words.
@Suite struct FiguresReversedPairTests {
    static let cases: [FigureCase] = [
        FigureCase("教室里只有三两个人。", ["三两个 number 2 ..3 u=个"]),
        FigureCase("大多是三两千字的短篇。", ["三两千字 number 2000 ..3000 u=字"]),
        FigureCase("这项工作三两天就能完成。", ["三两天 duration P2D ..P3D"]),
        FigureCase("他说了三两句就走了。", ["三两句 number 2 ..3 u=句"]),
        // Not the pair: 两 as a weight, 三两 inside a longer numeral, and the words
        FigureCase("他打了三两酒。", []),
        FigureCase("三两下就修好了。", []),
        FigureCase("来了三三两两的游客。", []),
    ]

    @Test(arguments: cases)
    func reversedPairs(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
