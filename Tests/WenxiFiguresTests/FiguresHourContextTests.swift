import Testing
@testable import WenxiFigures

/// N点 with no part of the day, minutes or date is an hour when what is done at it follows: a verb
/// (我五点回来, 九点开会, 八点见。) or 的 and something that happens at an hour (七点的新闻, 十点的航班);
/// points counted keep their nouns (两点见解, 两点的区别, 以上三点的要求). 零点几 is a vague decimal,
/// no midnight. The reference 2024-11-04 is a Monday.
@Suite struct FiguresHourContextTests {
    static let cases: [FigureCase] = [
        FigureCase("他说自己五点回来。", ["五点 time 2024-11-04T05"], reference: "2024-11-04"),
        FigureCase("双方约好八点见。", ["八点 time 2024-11-04T08"], reference: "2024-11-04"),
        FigureCase("市委常委会九点开会研究防汛工作。", ["九点 time 2024-11-04T09"], reference: "2024-11-04"),
        FigureCase("孩子们十五点放学。", ["十五点 time 2024-11-04T15"], reference: "2024-11-04"),
        FigureCase("不少家庭守着七点的新闻。", ["七点 time 2024-11-04T07"], reference: "2024-11-04"),
        FigureCase("他改签了十点的航班。", ["十点 time 2024-11-04T10"], reference: "2024-11-04"),
        FigureCase("大约九点的时候，雨停了。", ["大约九点 time 2024-11-04T09 ~about"], reference: "2024-11-04"),
        FigureCase("乘客赶上了六点的末班车。", ["六点 time 2024-11-04T06"], reference: "2024-11-04"),
        // Without an anchor the hour has no day.
        FigureCase("他们乘坐八点的火车离开。", ["八点 time T08"]),
        // Counts of points.
        FigureCase("这两点的区别在于成本。", []),
        FigureCase("以上三点的要求必须落实。", ["三点 number 3 u=点"]),
        FigureCase("专家提出两点见解。", ["两点 number 2 u=点"]),
        FigureCase("两点之间直线最短。", ["两点 number 2 u=点"]),
        FigureCase("文件有三点的内容需要修改。", ["三点 number 3 u=点"]),
        // 零点几: "nought point something", neither midnight nor zero points.
        FigureCase("他仅以零点几秒之差惜败。", []),
        FigureCase("增速回落零点几个百分点。", []),
        FigureCase("新规今日零点起实施。", ["今日零点起 time 2024-11-04T00 rel=P0D"], reference: "2024-11-04"),
    ]

    @Test(arguments: cases)
    func hourContext(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
