import Testing
@testable import WenxiFigures

/// Magnitudes alone that multiply upward (百万, 千万, 百亿, 千亿, 万亿) are their number before money
/// or a unit; a single magnitude (百年, 万人) and 千万 before other words (千万条, 千万不要) stay words.
@Suite struct FiguresMagnitudeCompoundTests {
    static let cases: [FigureCase] = [
        FigureCase("该市设立百亿元产业基金。", ["百亿元 money 10000000000 u=CNY"]),
        FigureCase("全省经济总量首次达到万亿元。", ["万亿元 money 1000000000000 u=CNY"]),
        FigureCase("企业获得千万元融资，另有百万美元捐赠。", ["千万元 money 10000000 u=CNY", "百万美元 money 1000000 u=USD"]),
        FigureCase("两台百万千瓦机组并网发电。", ["两台 number 2 u=台", "百万千瓦 number 1000000 u=千瓦"]),
        FigureCase("建成年产百万吨乙烯项目。", ["百万吨 number 1000000 u=吨"]),
        FigureCase("计算机每秒运算百亿次。", ["百亿次 number 10000000000 u=次"]),
        FigureCase("香港全年接待游客千万人次。", ["千万人次 number 10000000 u=人次"]),
        FigureCase("打造千亿级产业集群。", ["千亿级 number 100000000000 u=级"]),
        // Words: a single magnitude, 千万 before words it does not count, magnitudes that go down
        FigureCase("这是一座百年老店，万人空巷。", []),
        FigureCase("道路千万条，安全第一条。", ["第一条 ordinal 1 u=条"]),
        FigureCase("千万不要大意。", []),
        FigureCase("亿万人民的心声。", []),
    ]

    @Test(arguments: cases)
    func magnitudeCompounds(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
