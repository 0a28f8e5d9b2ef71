import Testing
@testable import WenxiFigures

/// Parts of the day after a date of one day (the hours they cover), 号 before a time of day, and
/// ranges of clock times, which end at the moment they name. The reference date 2024-11-04 is a Monday.
@Suite struct FiguresDayPartTests {
    static let cases: [FigureCase] = [
        // A weekday after a date, bare or in brackets, is part of it, and so is a part of the day after them.
        FigureCase("会议定于11月8日（周五）上午召开，6月1日周六晚8点开演。",
                   ["11月8日（周五）上午 time 2024-11-08T07 ..2024-11-08T11", "6月1日周六晚8点 time 2024-06-01T20"], reference: "2024-11-04"),
        // The other way round: a weekday with its date in brackets, or N号 with its weekday in brackets.
        FigureCase("论坛周五（11月8日）上午开幕。", ["周五（11月8日）上午 time 2024-11-08T07 ..2024-11-08T11"], reference: "2024-11-04"),
        FigureCase("下周二（11月12日）下午3点，发布会举行。", ["下周二（11月12日）下午3点 time 2024-11-12T15 rel=+P1W"], reference: "2024-11-04"),
        FigureCase("复赛定于8号（周五）上午进行。", ["8号（周五）上午 time 2024-11-08T07 ..2024-11-08T11"], reference: "2024-11-04"),
        FigureCase("会议（11月8日）召开，3号（甲）线停运。", ["11月8日 date 2024-11-08"], reference: "2024-11-04"),
        // A part of the day alone before a range separator and a time on a day is on the anchor's day.
        FigureCase("预计傍晚到明天早上有中到大雨。", ["傍晚到明天早上 time 2024-11-04T17 ..2024-11-05T09"], reference: "2024-11-04"),
        FigureCase("上午至下午天气晴好。", [], reference: "2024-11-04"),
        // A date of one day and a part of the day: a time over the part's hours.
        FigureCase("预计两天后的早上气温最低。", ["两天后的早上 time 2024-11-06T06 ..2024-11-06T09 rel=+P2D"], reference: "2024-11-04"),
        FigureCase("今天的下午茶很丰盛。", ["今天 date 2024-11-04 rel=P0D"], reference: "2024-11-04"),
        FigureCase("12日上午，代表团抵达机场。", ["12日上午 time 2024-11-12T07 ..2024-11-12T11"], reference: "2024-11-04"),
        // 晚 alone after a day is its evening (not 晚会, 晚报, 晚些时候).
        FigureCase("11月5日晚，双方举行会谈。", ["11月5日晚 time 2024-11-05T18 ..2024-11-05T23"], reference: "2024-11-04"),
        FigureCase("9日晚会上，演员们表演了节目。", ["9日 date 2024-11-09"], reference: "2024-11-04"),
        FigureCase("6号晚，列车抵达终点站。", ["6号晚 time 2024-11-06T18 ..2024-11-06T23"], reference: "2024-11-04"),
        FigureCase("明天晚上将有强降雨。", ["明天晚上 time 2024-11-05T18 ..2024-11-05T23 rel=+P1D"], reference: "2024-11-04"),
        FigureCase("周五下午召开座谈会。", ["周五下午 time 2024-11-08T13 ..2024-11-08T17"], reference: "2024-11-04"),
        FigureCase("10月28日凌晨发生余震。", ["10月28日凌晨 time 2024-10-28T00 ..2024-10-28T04"], reference: "2024-11-04"),
        FigureCase("昨天傍晚，雨势减弱。", ["昨天傍晚 time 2024-11-03T17 ..2024-11-03T18 rel=-P1D"], reference: "2024-11-04"),
        FigureCase("3日后半夜风力最大。", ["3日后半夜 time 2024-11-03T02 ..2024-11-03T04"], reference: "2024-11-04"),
        // Day words that name a part of the day: its hours, unless a clock time follows.
        FigureCase("昨晚，暴雨袭击了县城。", ["昨晚 time 2024-11-03T18 ..2024-11-03T23 rel=-P1D"], reference: "2024-11-04"),
        FigureCase("今晨气温降至零下。", ["今晨 time 2024-11-04T05 ..2024-11-04T07 rel=P0D"], reference: "2024-11-04"),
        FigureCase("今晚8点开始直播。", ["今晚8点 time 2024-11-04T20 rel=P0D"], reference: "2024-11-04"),
        FigureCase("6日全天停水。", ["6日全天 time 2024-11-06T00 ..2024-11-06T23"], reference: "2024-11-04"),
        FigureCase("6日全天候开放。", ["6日 date 2024-11-06"], reference: "2024-11-04"),
        // Two of them joined: from the first hour of the first to the last of the second.
        FigureCase("前天中午到今天早上持续降雪。", ["前天中午到今天早上 time 2024-11-02T12 ..2024-11-04T09 rel=-P2D"], reference: "2024-11-04"),
        // A clock time after the part keeps its own reading.
        FigureCase("明天下午3点开幕。", ["明天下午3点 time 2024-11-05T15 rel=+P1D"], reference: "2024-11-04"),
        // Words that only start with a part of the day, and 晚 alone, are no part.
        FigureCase("9日晚会如期举行。", ["9日 date 2024-11-09"], reference: "2024-11-04"),
        FigureCase("5日白天鹅飞抵湖区。", ["5日 date 2024-11-05"], reference: "2024-11-04"),
        FigureCase("明天下午茶会照常举行。", ["明天 date 2024-11-05 rel=+P1D"], reference: "2024-11-04"),
        // 号 names a day of the month before a time of day; alone it stays a designation.
        FigureCase("6号晚上8点开球。", ["6号晚上8点 time 2024-11-06T20"], reference: "2024-11-04"),
        FigureCase("15号17点截止报名。", ["15号17点 time 2024-11-15T17"], reference: "2024-11-04"),
        FigureCase("3号线上午临时停运。", []),
        // A range of clock times ends as its last whole hour begins; a minute keeps its minute.
        FigureCase("明天上午9点至上午11点施工。", ["明天上午9点至上午11点 time 2024-11-05T09 ..2024-11-05T11:00:00 rel=+P1D"],
                   reference: "2024-11-04"),
        FigureCase("晚上7至9点限行。", ["晚上7至9点 time 2024-11-04T19 ..2024-11-04T21:00:00"], reference: "2024-11-04"),
        FigureCase("下午2点半到4点开放。", ["下午2点半到4点 time 2024-11-04T14:30 ..2024-11-04T16:00:00"], reference: "2024-11-04"),
        FigureCase("8:30—11:30办理业务。", ["8:30—11:30 time 2024-11-04T08:30 ..2024-11-04T11:30"], reference: "2024-11-04"),
    ]

    @Test(arguments: cases)
    func dayParts(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
