import Testing
@testable import WenxiFigures

/// 近 opening a clause before years, months, weeks or days that end it (近三年，…) or that something
/// happens within (在近五年里, 近两年间) is the period up to the anchor's day, as 近三年来 is; inside a
/// clause (持续近30天, 用了近两年时间, 他近三年，…) it stays "nearly" a duration. The reference is 2024-11-04.
@Suite struct FiguresNearlyPeriodTests {
    static let cases: [FigureCase] = [
        FigureCase("近三年，全市累计新建保障房2万套。",
                   ["近三年 date 2021-11-05 ..2024-11-04 rel=-P3Y", "2万套 number 20000 u=套"], reference: "2024-11-04"),
        FigureCase("近30天，全省日均降水偏多。", ["近30天 date 2024-10-06 ..2024-11-04 rel=-P30D"], reference: "2024-11-04"),
        FigureCase("报告显示，近一个月，蔬菜价格持续回落。", ["近一个月 date 2024-10-05 ..2024-11-04 rel=-P1M"], reference: "2024-11-04"),
        FigureCase("在近五年里，这家工厂的产值稳步提高。", ["近五年 date 2019-11-05 ..2024-11-04 rel=-P5Y"], reference: "2024-11-04"),
        FigureCase("近两年间，村里通了公路。", ["近两年 date 2022-11-05 ..2024-11-04 rel=-P2Y"], reference: "2024-11-04"),
        // Inside a clause, or of hours, 近 is "nearly".
        FigureCase("高温天气持续近30天。", ["近30天 duration P30D ~about"], reference: "2024-11-04"),
        FigureCase("工程用了近两年时间。", ["近两年 duration P2Y ~about"], reference: "2024-11-04"),
        FigureCase("他近三年，一直在外地打工。", ["近三年 duration P3Y ~about"], reference: "2024-11-04"),
        FigureCase("近三个小时，搜救仍在进行。", ["近三个小时 duration PT3H ~about"], reference: "2024-11-04"),
        // Without an anchor the duration stays.
        FigureCase("近三年，全县新修公路百余公里。", ["近三年 duration P3Y ~about", "百余公里 number 100 ..200 u=公里 ~more"]),
    ]

    @Test(arguments: cases)
    func nearlyPeriod(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
