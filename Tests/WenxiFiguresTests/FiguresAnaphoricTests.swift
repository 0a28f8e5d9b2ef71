import Testing
@testable import WenxiFigures

/// 当天, 次日, 同月, 次月, 同年, 次年, 这一年: the date given last in the text (else the reference date),
/// or the unit after it; and days listed after a date (3月12日、13日), in its month. The reference 2024-11-04 is a Monday.
@Suite struct FiguresAnaphoricTests {
    static let cases: [FigureCase] = [
        FigureCase("2015年村里通了公路，次年建起了小学。", ["2015年 date 2015", "次年 date 2016"]),
        FigureCase("2019年5月项目签约，同年底竣工。", ["2019年5月 date 2019-05", "同年底 date 2019-11 ..2019-12"]),
        FigureCase("3月8日发生泥石流，当天下午救援队赶到，次日清晨道路抢通。",
                   ["3月8日 date 2024-03-08", "当天下午 time 2024-03-08T13 ..2024-03-08T17",
                    "次日清晨 time 2024-03-09T05 ..2024-03-09T07"], reference: "2024-11-04"),
        FigureCase("2022年7月开工，次月完成地基。", ["2022年7月 date 2022-07", "次月 date 2022-08"]),
        // 当晚, 当夜: the evening or night of that day; 次日晚 with 晚 as 晚上.
        FigureCase("3月5日代表团抵达，当晚双方举行会谈，次日晚返回。",
                   ["3月5日 date 2024-03-05", "当晚 time 2024-03-05T18 ..2024-03-05T23", "次日晚 time 2024-03-06T18 ..2024-03-06T23"],
                   reference: "2024-11-04"),
        FigureCase("当晚8点，烟花表演开始。", ["当晚8点 time 2024-11-04T20"], reference: "2024-11-04"),
        FigureCase("他当晚会上发言。", [], reference: "2024-11-04"),
        // 上年: the year before the year given last (statistics: 1996年…比上年增长), else the anchor's.
        FigureCase("1996年全省粮食产量比上年增长5%。", ["1996年 date 1996", "上年 date 1995", "5% percentage 5"], reference: "2024-11-04"),
        FigureCase("存款余额较上年末增长5%。", ["上年末 date 2023-11 ..2023-12", "5% percentage 5"], reference: "2024-11-04"),
        FigureCase("老人上年纪了。", [], reference: "2024-11-04"),
        FigureCase("2023年12月签约，次月15日付款。", ["2023年12月 date 2023-12", "次月15日 date 2024-01-15"]),
        // Without a date before them: the reference date's.
        FigureCase("同月12号20点发布预警。", ["同月12号20点 time 2024-11-12T20"], reference: "2024-11-04"),
        FigureCase("当日气温骤降。", ["当日 date 2024-11-04"], reference: "2024-11-04"),
        FigureCase("次日凌晨恢复供电。", ["次日凌晨 time 2024-11-05T00 ..2024-11-05T04"], reference: "2024-11-04"),
        FigureCase("22:10出发，次日06:30抵达。", ["22:10 time 2024-11-04T22:10", "次日06:30 time 2024-11-05T06:30"],
                   reference: "2024-11-04"),
        // A date before them without the unit they name: no value, not the reference date's.
        FigureCase("2023年5月签约，同日生效。", ["2023年5月 date 2023-05", "同日 date null"], reference: "2024-11-04"),
        // Words that only start with them: 同日本 (with Japan), 同年级.
        FigureCase("2019年他同日本企业签约。", ["2019年 date 2019"], reference: "2024-11-04"),
        FigureCase("2019年入学的同年级学生。", ["2019年 date 2019"], reference: "2024-11-04"),
        // A day listed after a date is in that date's month; a listed 号 needs the list to go on or end.
        FigureCase("论坛于3月12日、13日举行。", ["3月12日 date 2024-03-12", "13日 date 2024-03-13"], reference: "2024-11-04"),
        FigureCase("演出定在7月20号，21号。", ["7月20号 date 2024-07-20", "21号 date 2024-07-21"], reference: "2024-11-04"),
        FigureCase("3月5日，6号线停运。", ["3月5日 date 2024-03-05"], reference: "2024-11-04"),
        FigureCase("考试安排在6月7日、8日。", ["6月7日 date XXXX-06-07", "8日 date XXXX-06-08"]),
        // 当年 with no date before it is "back then", not a year.
        FigureCase("他当年只是学徒。", [], reference: "2024-11-04"),
        // 第二天 after a date of one day is the next day, as 次日; with only a month before it, or for
        // 第三天 and on (counted from an event the text need not date), an ordinal.
        FigureCase("11月3日，代表团抵达北京，第二天参观了故宫。", ["11月3日 date 2024-11-03", "第二天 date 2024-11-04"],
                   reference: "2024-11-04"),
        FigureCase("2023年12月31日夜里大雪，第二天全城停课。", ["2023年12月31日夜里 time 2023-12-31T20 ..2023-12-31T23", "第二天 date 2024-01-01"]),
        FigureCase("2023年5月他来到这里，第二天就开始工作。", ["2023年5月 date 2023-05", "第二天 ordinal 2 u=天"]),
        FigureCase("展会于11月1日开幕，进入第三天后客流稳定。", ["11月1日 date 2024-11-01", "第三天 ordinal 3 u=天"],
                   reference: "2024-11-04"),
    ]

    @Test(arguments: cases)
    func anaphoricDates(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
