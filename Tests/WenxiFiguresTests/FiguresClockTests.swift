import Testing
@testable import WenxiFigures

/// Clock times: on a day (one figure with the date), with parts of the day, quarters, bare minutes
/// and ranges that keep the part of the day. The reference date 2024-11-04 is a Monday.
@Suite struct FiguresClockTests {
    static let cases: [FigureCase] = [
        // N点 that is a clause by itself is an hour; an enumeration after it (两点，一是) keeps it a count.
        FigureCase("七点，天刚亮，早市已经热闹起来。", ["七点 time 2024-11-04T07"], reference: "2024-11-04"),
        FigureCase("两点，一是要快，二是要稳。", ["两点 number 2 u=点"], reference: "2024-11-04"),
        FigureCase("他在会上讲了两点，引起共鸣。", ["两点 number 2 u=点"], reference: "2024-11-04"),
        // After a word of days (周末, 每天, 工作日) N点 is the hour; before a noun it counts points.
        FigureCase("周末九点商场开门，他每天7点到岗，每天三点要求不能少。", ["九点 time 2024-11-04T09", "7点 time 2024-11-04T07",
                   "三点 number 3 u=点"], reference: "2024-11-04"),
        // Two digits after 时 are its minutes, as after 点 (19时30); not before a unit (3时30万人).
        FigureCase("当日19时30，救援队抵达。", ["当日19时30 time 2024-11-04T19:30"], reference: "2024-11-04"),
        // A twelve-hour clock with am/pm.
        FigureCase("招聘会七点开始，九点钟结束。", ["七点 time 2024-11-04T07", "九点钟 time 2024-11-04T09"], reference: "2024-11-04"),
        FigureCase("列车14点到达，19点多离开。", ["14点 time 2024-11-04T14", "19点多 time 2024-11-04T19 ~more"], reference: "2024-11-04"),
        FigureCase("他提出三点意见，讲了两点。", ["三点 number 3 u=点", "两点 number 2 u=点"], reference: "2024-11-04"),
        FigureCase("发布会于7:30pm开始。", ["7:30pm time 2024-11-04T19:30"], reference: "2024-11-04"),
        // 时 written after a clock time in digits is part of it, so two such times join as a range.
        FigureCase("施工时间为2024年3月2日8:30时至2024年3月5日18:00时。",
                   ["2024年3月2日8:30时至2024年3月5日18:00时 time 2024-03-02T08:30 ..2024-03-05T18:00"]),
        FigureCase("现场于15:30时恢复通车。", ["15:30时 time 2024-11-04T15:30"], reference: "2024-11-04"),
        // A spelled decimal after a part of the day or a day is hour and minutes; elsewhere a decimal.
        FigureCase("列车晚上九点零九分到站，末班车晚上十点零五发车。",
                   ["晚上九点零九分 time 2024-11-04T21:09", "晚上十点零五 time 2024-11-04T22:05"], reference: "2024-11-04"),
        FigureCase("明天上午八点零五集合。", ["明天上午八点零五 time 2024-11-05T08:05 rel=+P1D"], reference: "2024-11-04"),
        FigureCase("指数上涨了三点零五。", ["三点零五 number 3.05"], reference: "2024-11-04"),
        FigureCase("航班12:15 am起飞。", ["12:15 am time 2024-11-04T00:15"], reference: "2024-11-04"),
        FigureCase("2024年11月4日15时，会议开幕。", ["2024年11月4日15时 time 2024-11-04T15"]),
        FigureCase("明天上午10点召开发布会。", ["明天上午10点 time 2024-11-05T10 rel=+P1D"], reference: "2024-11-04"),
        FigureCase("今晚8点开始直播。", ["今晚8点 time 2024-11-04T20 rel=P0D"], reference: "2024-11-04"),
        FigureCase("昨晚9时20分，一辆货车侧翻。", ["昨晚9时20分 time 2024-11-03T21:20 rel=-P1D"], reference: "2024-11-04"),
        FigureCase("3日凌晨零点，新规生效。", ["3日凌晨零点 time 2024-11-03T00"], reference: "2024-11-04"),
        FigureCase("列车于三点一刻到站。", ["三点一刻 time T03:15"]),
        // Minutes past the hour after 过, minutes to it after 差 (a quarter or minutes with 分, not 分钟).
        FigureCase("列车八点过五分进站。", ["八点过五分 time T08:05"]),
        FigureCase("晚会晚上八点差五分开场。", ["晚上八点差五分 time T19:55"]),
        FigureCase("他九点差一刻出门，十二点过一刻到家。", ["九点差一刻 time T08:45", "十二点过一刻 time T12:15"]),
        FigureCase("八点过后，街上渐渐安静。", ["八点过后 time T08"]),   // 过后 bounds it as 以后 does
        FigureCase("他三点过五分钟就赶到了。", ["三点 number 3 u=点", "五分钟 duration PT5M"]),
        FigureCase("两点差一点没赶上。", ["两点 number 2 u=点"]),
        FigureCase("晚上十点来钟，他才出门。", ["晚上十点来钟 time T22 ~about"]),   // 来钟: about that hour
        FigureCase("十点来钟，他出门了。", ["十点来钟 time T10 ~about"]),
        FigureCase("晚会十点二十五结束。", ["十点二十五 time T10:25"]),
        FigureCase("营业时间为下午3:00到4:30。", ["下午3:00到4:30 time T15:00 ..T16:30"]),
        FigureCase("下午2点至5点停电。", ["下午2点至5点 time T14 ..T17:00:00"]),
        FigureCase("9日周六上午9时举行。", ["9日周六上午9时 time 2024-11-09T09"], reference: "2024-11-04"),
        FigureCase("他提出3点建议。", ["3点 number 3 u=点"]),
        FigureCase("上午8:30—11:30办理业务。", ["上午8:30—11:30 time T08:30 ..T11:30"]),
        // With an anchor, a time without its own day is on the anchor's day.
        FigureCase("晚上十一点半，救援队抵达。", ["晚上十一点半 time 2024-11-04T23:30"], reference: "2024-11-04"),
        FigureCase("夜里12点，雨势减弱。", ["夜里12点 time 2024-11-04T24"], reference: "2024-11-04"),
        FigureCase("深夜11点仍有车辆通行。", ["深夜11点 time 2024-11-04T23"], reference: "2024-11-04"),
        FigureCase("中午12点开饭。", ["中午12点 time 2024-11-04T12"], reference: "2024-11-04"),
        FigureCase("15:37，列车进站。", ["15:37 time 2024-11-04T15:37"], reference: "2024-11-04"),
        // The precision written: an hour alone names the hour, 整 and minutes the minute.
        FigureCase("记者凌晨5点赶到现场。", ["凌晨5点 time 2024-11-04T05"], reference: "2024-11-04"),
        FigureCase("末班车晚上7点整发出。", ["晚上7点整 time 2024-11-04T19:00"], reference: "2024-11-04"),
        FigureCase("傍晚6点多，雨才停下。", ["傍晚6点多 time 2024-11-04T18 ~more"], reference: "2024-11-04"),
        FigureCase("直到下午4点多钟，道路才恢复通行。", ["下午4点多钟 time 2024-11-04T16 ~more"], reference: "2024-11-04"),
    ]

    @Test(arguments: cases)
    func clock(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
