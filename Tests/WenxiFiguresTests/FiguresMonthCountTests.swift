import Testing
@testable import WenxiFigures

/// Counts said without a measure word or with 把, and the middle of a year: 两月 and a month in
/// Chinese numerals after 近, 最近 or 过去 are a number of months (近三月, 过去两月; 二月 and 三月
/// alone stay February and March); 个把月, 个把小时 are about one; 年中 is June and July of its year
/// (not in 2024年中国 or 每年中秋). Sentences written for these tests, readings worked out by hand.
@Suite struct FiguresMonthCountTests {
    static let cases: [FigureCase] = [
        FigureCase("近三月，全市新增就业岗位1.2万个。", ["近三月 duration P3M ~about", "1.2万个 number 12000 u=个"]),
        FigureCase("近两月来，菜价持续回落。", ["近两月来 date 2024-09-05 ..2024-11-04 rel=-P2M"], reference: "2024-11-04"),
        FigureCase("过去三月，新车销量逐月增长。", ["过去三月 date 2024-08-05 ..2024-11-04 rel=-P3M"], reference: "2024-11-04"),
        FigureCase("两月前，他曾到访此地。", ["两月前 date 2024-09 rel=-P2M"], reference: "2024-11-04"),
        // The month's name stays where nothing makes it a count.
        FigureCase("三月的江南草长莺飞，二月还是寒冬。", ["三月 date 2024-03", "二月 date 2024-02"], reference: "2024-11-04"),
        FigureCase("他离开个把月，又回到了村里。", ["个把月 duration P1M ~about"]),
        FigureCase("排队等了个把小时才办完手续。", ["个把小时 duration PT1H ~about"]),
        FigureCase("今年年中，新航站楼将投入使用。", ["今年年中 date 2024-06 ..2024-07 rel=P0Y"], reference: "2024-11-04"),
        FigureCase("2023年中，这家公司在科创板上市。", ["2023年中 date 2023-06 ..2023-07"]),
        FigureCase("2024年中国经济稳中向好，每年中秋节前后客流大增。", ["2024年 date 2024", "中秋节 date 2024-09-17"],
                   reference: "2024-11-04"),
    ]

    @Test(arguments: cases)
    func monthCounts(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
