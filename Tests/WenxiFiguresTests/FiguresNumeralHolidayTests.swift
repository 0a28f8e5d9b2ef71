import Testing
@testable import WenxiFigures

/// Holidays named by the numerals of their month and day (五一, 十一, 七一, 八一, 618, 双十一) and
/// 清明 as a holiday: the day in the anchor's year where a word of a holiday follows, quotes
/// surround them, or a year stands before them at a clause end; numbers and names otherwise.
/// Days worked out by hand: 5 May is 05-01 … 11 November is 11-11.
@Suite struct FiguresNumeralHolidayTests {
    static let cases: [FigureCase] = [
        // Quoted, as news writes them, with or without a word of a holiday after the quote.
        FigureCase("“五一”假期，全国接待游客2.95亿人次。", ["五一 date 2024-05-01", "2.95亿人次 number 295000000 u=人次"], reference: "2024-11-05"),
        FigureCase("“十一”期间，各景区秩序井然。", ["十一 date 2024-10-01"], reference: "2024-11-05"),
        FigureCase("在“七一”到来之际，党员重温入党誓词。", ["七一 date 2024-07-01"], reference: "2024-11-05"),
        FigureCase("“八一”前夕，驻地群众慰问官兵。", ["八一 date 2023-08-01"], reference: "2023-03-01"),
        // 七一 and 八一 before a word of a holiday; names and numerals stay out.
        FigureCase("七一前夕，社区开展主题活动。", ["七一 date 2024-07-01"], reference: "2024-11-05"),
        FigureCase("他荣获七一勋章，八一队夺得冠军。", [], reference: "2024-11-05"),
        FigureCase("八一南昌起义打响了第一枪。", ["第一枪 ordinal 1 u=枪"], reference: "2024-11-05"),   // 八一 is the event here, no date
        // A quoted holiday right after a year is in that year (去年“618”: 2023).
        FigureCase("去年“618”，销售额创新高。", ["去年 date 2023 rel=-P1Y", "618 date 2023-06-18"], reference: "2024-11-05"),
        FigureCase("2022年“十一”黄金周。", ["2022年 date 2022", "十一 date 2022-10-01"], reference: "2024-11-05"),
        // After a year word, closing the clause.
        FigureCase("今年五一，古城游人如织。", ["今年五一 date 2024-05-01 rel=P0Y"], reference: "2024-11-05"),
        FigureCase("2023年十一，高速免费通行。", ["2023年十一 date 2023-10-01"], reference: "2024-11-05"),
        FigureCase("今年十一月，气温偏高。", ["今年十一月 date 2024-11 rel=P0Y"], reference: "2024-11-05"),
        // Shopping festivals: 双十一 and 双11 are 11 November, 双十二 12 December, 618 18 June (only
        // quoted or before a word of the sales: 618元 is money, 1618年 a year).
        FigureCase("“双11”期间，快递业务量激增。", ["双11 date 2024-11-11"], reference: "2024-11-05"),
        FigureCase("双十一和双十二接连到来。", ["双十一 date 2023-11-11", "双十二 date 2023-12-12"], reference: "2023-10-20"),
        FigureCase("双11购物节，双十一购物节。", ["双11 date null", "双十一 date null"]),   // no anchor: no year
        FigureCase("618大促期间，家电销量增长。", ["618 date 2024-06-18"], reference: "2024-11-05"),
        FigureCase("“618”，电商平台推出优惠。", ["618 date 2024-06-18"], reference: "2024-11-05"),
        FigureCase("他花了618元，1618年的书。", ["618元 money 618 u=CNY", "1618年 date 1618"], reference: "2024-11-05"),
        // 清明 before a word of its holiday is the solar term's day (清明 2024: 04-04); 政治清明 is none.
        FigureCase("清明假期，各地迎来祭扫高峰。", ["清明 date 2024-04-04"], reference: "2024-11-05"),
        FigureCase("清明小长假期间，政治清明。", ["清明 date 2024-04-04"], reference: "2024-11-05"),
    ]

    @Test(arguments: cases)
    func numeralHoliday(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
