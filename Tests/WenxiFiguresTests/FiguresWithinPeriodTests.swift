import Testing
@testable import WenxiFigures

/// 年内 and 月内 alone ("within the year", "within the month") name the anchor's year or month, as
/// 明年年内 names 2025; after a count (三年内, 几个月内) or in another word (半年内, 学年内, 岁月内, 内容) they
/// stay what they were. The reference is 2024-11-04.
@Suite struct FiguresWithinPeriodTests {
    static let cases: [FigureCase] = [
        FigureCase("新建的两座桥梁年内将建成通车。", ["两座 number 2 u=座", "年内 date 2024 rel=P0Y"], reference: "2024-11-04"),
        FigureCase("这一方案有望月内出台。", ["月内 date 2024-11 rel=P0M"], reference: "2024-11-04"),
        FigureCase("公司力争年内实现扭亏。", ["年内 date 2024 rel=P0Y"], reference: "2024-11-04"),
        FigureCase("改造工程预计年内完工。", ["年内 date null rel=P0Y"]),
        // A count before 年 or 月, a word that ends in it, or 内 starting another word.
        FigureCase("三年内完成全部改造。", ["三年 duration P3Y"], reference: "2024-11-04"),
        FigureCase("几个月内将陆续上线。", [], reference: "2024-11-04"),
        FigureCase("多年内不会改变。", [], reference: "2024-11-04"),
        FigureCase("本学年内完成课程改革。", [], reference: "2024-11-04"),
        FigureCase("每月内检查一次。", [], reference: "2024-11-04"),
        FigureCase("当年内地游客大增。", [], reference: "2024-11-04"),
        FigureCase("该刊物去年内容丰富。", ["去年 date 2023 rel=-P1Y"], reference: "2024-11-04"),
    ]

    @Test(arguments: cases)
    func within(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
