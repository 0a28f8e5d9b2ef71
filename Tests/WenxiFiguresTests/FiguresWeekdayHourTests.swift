import Testing
@testable import WenxiFigures

/// A weekday written right before a clock hour in Chinese numerals (周三十点, 星期五八点): the weekday's
/// digit is the day and the numeral after it the hour, one time on that day. The reference 2024-11-04 is
/// a Monday, so this week's Wednesday is 2024-11-06 and next week's Monday 2024-11-11.
@Suite struct FiguresWeekdayHourTests {
    static let cases: [FigureCase] = [
        FigureCase("研讨会定于周三十点在市政府礼堂举行。", ["周三十点 time 2024-11-06T10"], reference: "2024-11-04"),
        FigureCase("代表团星期五八点从机场出发。", ["星期五八点 time 2024-11-08T08"], reference: "2024-11-04"),
        FigureCase("新馆下周二九点半对外开放。", ["下周二九点半 time 2024-11-12T09:30 rel=+P1W"], reference: "2024-11-04"),
        FigureCase("报名下周一十一点截止。", ["下周一十一点 time 2024-11-11T11 rel=+P1W"], reference: "2024-11-04"),
        FigureCase("礼拜四十四时，列车抵达终点站。", ["礼拜四十四时 time 2024-11-07T14"], reference: "2024-11-04"),
        FigureCase("周日十点，志愿者在公园集合。", ["周日十点 time 2024-11-10T10"], reference: "2024-11-04"),
        // Weekdays listed by their digits, and hours a week, stay what they were.
        FigureCase("图书馆周一三五开放。", [], reference: "2024-11-04"),
        FigureCase("工人每周三十小时轮班。", ["三十小时 duration PT30H"], reference: "2024-11-04"),
        // 时期, 时代 after the numeral make no hour (周三 stays out before a longer numeral).
        FigureCase("周三十时期的规划。", [], reference: "2024-11-04"),
    ]

    @Test(arguments: cases)
    func weekdayHour(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
