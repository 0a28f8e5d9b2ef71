import Testing
@testable import WenxiFigures
@testable import WenxiText

/// Dates (absolute, partial, relative), times, durations and ages.
@Suite struct FiguresDateTimeTests {
    static let cases: [FigureCase] = [
        // Spaces between the parts of a date (web text, segmented corpora) keep it one date.
        FigureCase("会议于 2024 年 11 月 5 日开幕。", ["2024 年 11 月 5 日 date 2024-11-05"]),
        FigureCase("１９９７年  １２月  ３日  ，大桥合龙。", ["１９９７年  １２月  ３日 date 1997-12-03"]),
        FigureCase("2024年 3人获奖。", ["2024年 date 2024", "3人 number 3 u=人"]),
        FigureCase("2024年\u{A0}11月\u{A0}5日", ["2024年\u{A0}11月\u{A0}5日 date 2024-11-05"]),   // web text's no-break spaces
        // Days with their nights are that many days; more nights than days is no such phrase.
        FigureCase("抢险队员连续奋战三天三夜，游客报了三天两夜的行程。", ["三天三夜 duration P3D", "三天两夜 duration P3D"]),
        // Clock times and day parts that jieba lists as words (十一点二十分, 八日上午).
        FigureCase("会议定于八日上午召开，列车十一点二十分发车。",
                   ["八日上午 time 2024-11-08T07 ..2024-11-08T11", "十一点二十分 time 2024-11-04T11:20"], reference: "2024-11-04"),
        // A bare day past the anchor's month (31日 with a dateline of 1 November) is the month before's.
        FigureCase("31日20时至1日8时，全市出现强降雨。", ["31日20时至1日8时 time 2024-10-31T20 ..2024-11-01T08:00:00"], reference: "2024-11-01"),
        // 前晚 and 前日 are the day before yesterday, only where they start a word (目前日益 is none).
        FigureCase("前晚，一场大火烧毁了仓库。", ["前晚 time 2024-10-30T18 ..2024-10-30T23 rel=-P2D"], reference: "2024-11-01"),
        FigureCase("前日，记者来到项目现场。", ["前日 date 2024-10-30 rel=-P2D"], reference: "2024-11-01"),
        FigureCase("目前日益增长的需求，目前晚稻已收割。", [], reference: "2024-11-01"),
        // Absolute dates
        FigureCase("2023年12月开工建设。", ["2023年12月 date 2023-12"]),
        FigureCase("2024年10月1日举行。", ["2024年10月1日 date 2024-10-01"]),
        FigureCase("2024年10月1号开幕。", ["2024年10月1号 date 2024-10-01"]),
        FigureCase("二○○一年加入世贸组织。", ["二○○一年 date 2001"]),
        FigureCase("二〇二三年十二月五日。", ["二〇二三年十二月五日 date 2023-12-05"]),
        FigureCase("一九四九年十月一日。", ["一九四九年十月一日 date 1949-10-01"]),
        FigureCase("２０２４年３月。", ["２０２４年３月 date 2024-03"]),
        FigureCase("2023年是关键之年。", ["2023年 date 2023"]),
        FigureCase("2023年度报告。", ["2023年度 date 2023"]),
        FigureCase("2024年上半年经济运行平稳。", ["2024年上半年 date 2024-H1"]),
        FigureCase("2024年下半年。", ["2024年下半年 date 2024-H2"]),
        FigureCase("2024年一季度。", ["2024年一季度 date 2024-Q1"]),
        FigureCase("2024年第三季度。", ["2024年第三季度 date 2024-Q3"]),
        FigureCase("2024年前三季度。", ["2024年前三季度 date 2024-Q1 ..2024-Q3"]),
        FigureCase("2024年前10个月。", ["2024年前10个月 date 2024-01 ..2024-10"]),
        FigureCase("2024年1至10月。", ["2024年1至10月 date 2024-01 ..2024-10"]),
        FigureCase("2024年1—9月份。", ["2024年1—9月份 date 2024-01 ..2024-09"]),
        FigureCase("2019年春节前后。", ["2019年春节 date 2019-02-05"]),
        FigureCase("2024年国庆节期间。", ["2024年国庆节 date 2024-10-01"]),
        FigureCase("2023-12-05发布。", ["2023-12-05 date 2023-12-05"]),
        FigureCase("日期为2023/12/05。", ["2023/12/05 date 2023-12-05"]),
        FigureCase("2019—2023年间。", ["2019—2023年 date 2019 ..2023"]),
        FigureCase("从2019年到2023年。", ["2019年到2023年 date 2019 ..2023"]),
        FigureCase("上世纪80年代。", ["80年代 date 198"]),
        FigureCase("20世纪90年代初。", ["20世纪90年代初 date 1990 ..1992"]),
        FigureCase("进入21世纪。", ["21世纪 date 20"]),
        FigureCase("1990年代。", ["1990年代 date 199"]),
        FigureCase("公元前221年。", ["公元前221年 date -0221"]),
        FigureCase("公元618年。", ["公元618年 date 0618"]),
        FigureCase("2024世界人工智能大会。", ["2024 date 2024"]),
        // Partial dates without a reference
        FigureCase("11月4日下午。", ["11月4日下午 time XXXX-11-04T13 ..XXXX-11-04T17"]),
        FigureCase("十一月四日。", ["十一月四日 date XXXX-11-04"]),
        FigureCase("10月份。", ["10月份 date XXXX-10"]),
        FigureCase("3日发布。", ["3日 date XXXX-XX-03"]),
        FigureCase("活动于12月5日至7日举行。", ["12月5日至7日 date XXXX-12-05 ..XXXX-12-07"]),
        FigureCase("1至10月。", ["1至10月 date XXXX-01 ..XXXX-10"]),
        FigureCase("上半年。", ["上半年 date XXXX-H1"]),
        FigureCase("三季度。", ["三季度 date XXXX-Q3"]),
        FigureCase("第二季度。", ["第二季度 date XXXX-Q2"]),
        FigureCase("前三季度。", ["前三季度 date XXXX-Q1 ..XXXX-Q3"]),
        FigureCase("前5个月。", ["前5个月 date XXXX-01 ..XXXX-05"]),
        FigureCase("5月1日至6月30日。", ["5月1日至6月30日 date XXXX-05-01 ..XXXX-06-30"]),
        FigureCase("2月30日。", ["2月 date XXXX-02", "30日 date XXXX-XX-30"]),
        // Relative dates, unresolved
        FigureCase("去年5月。", ["去年5月 date null rel=-P1Y"]),
        FigureCase("去年。", ["去年 date null rel=-P1Y"]),
        FigureCase("今年以来。", ["今年 date null rel=P0Y"]),
        FigureCase("明年。", ["明年 date null rel=+P1Y"]),
        FigureCase("前年。", ["前年 date null rel=-P2Y"]),
        FigureCase("5年前。", ["5年前 date null rel=-P5Y"]),
        FigureCase("300多年前。", ["300多年前 date null ~more rel=-P300Y"]),
        FigureCase("3天后。", ["3天后 date null rel=+P3D"]),
        FigureCase("三个月后。", ["三个月后 date null rel=+P3M"]),
        FigureCase("两周前。", ["两周前 date null rel=-P2W"]),
        FigureCase("昨天。", ["昨天 date null rel=-P1D"]),
        FigureCase("上周。", ["上周 date null rel=-P1W"]),
        FigureCase("本月。", ["本月 date null rel=P0M"]),
        FigureCase("近日，有关部门表示。", ["近日 date null"]),
        FigureCase("记者日前从有关部门获悉。", ["日前 date null"]),
        FigureCase("近期将出台。", ["近期 date null"]),
        FigureCase("节日前夕。", []),
        FigureCase("附近日夜施工。", []),
        // Relative dates, resolved
        FigureCase("11月4日下午。", ["11月4日下午 time 2024-11-04T13 ..2024-11-04T17"], reference: "2024-11-05"),
        FigureCase("去年5月。", ["去年5月 date 2023-05 rel=-P1Y"], reference: "2024-11-05"),
        FigureCase("去年。", ["去年 date 2023 rel=-P1Y"], reference: "2024-11-05"),
        FigureCase("今年前三季度。", ["今年前三季度 date 2024-Q1 ..2024-Q3 rel=P0Y"], reference: "2024-11-05"),
        FigureCase("今年上半年。", ["今年上半年 date 2024-H1 rel=P0Y"], reference: "2024-11-05"),
        FigureCase("今年一季度。", ["今年一季度 date 2024-Q1 rel=P0Y"], reference: "2024-11-05"),
        FigureCase("上半年。", ["上半年 date 2024-H1"], reference: "2024-11-05"),
        FigureCase("5年前。", ["5年前 date 2019 rel=-P5Y"], reference: "2024-11-04"),
        FigureCase("3个月前。", ["3个月前 date 2024-08 rel=-P3M"], reference: "2024-11-04"),
        FigureCase("3天后。", ["3天后 date 2024-11-07 rel=+P3D"], reference: "2024-11-04"),
        FigureCase("昨天。", ["昨天 date 2024-11-03 rel=-P1D"], reference: "2024-11-04"),
        FigureCase("明天。", ["明天 date 2024-11-05 rel=+P1D"], reference: "2024-11-04"),
        FigureCase("上周。", ["上周 date 2024-W44 rel=-P1W"], reference: "2024-11-04"),
        FigureCase("上个月。", ["上个月 date 2024-10 rel=-P1M"], reference: "2024-11-04"),
        FigureCase("3日发布。", ["3日 date 2024-11-03"], reference: "2024-11-04"),
        FigureCase("1至10月。", ["1至10月 date 2024-01 ..2024-10"], reference: "2024-11-04"),
        FigureCase("前三季度。", ["前三季度 date 2024-Q1 ..2024-Q3"], reference: "2024-11-04"),
        FigureCase("去年12月。", ["去年12月 date 2023-12 rel=-P1Y"], reference: "2024-01-10"),
        // Datelines anchor the text
        FigureCase("新华社北京11月4日电 3日发布的数据显示。", ["11月4日 date XXXX-11-04", "3日 date XXXX-11-03"]),
        FigureCase("新华社北京11月4日电 3日发布的数据显示。", ["11月4日 date 2024-11-04", "3日 date 2024-11-03"], reference: "2024-11-10"),
        FigureCase("本报北京2024年3月2日讯 去年全年，3天后。", ["2024年3月2日 date 2024-03-02", "去年全年 date 2023 rel=-P1Y", "3天后 date 2024-03-05 rel=+P3D"]),
        FigureCase("新华社东京12月30日电 昨天。", ["12月30日 date 2023-12-30", "昨天 date 2023-12-29 rel=-P1D"], reference: "2024-01-02"),
        // Times
        FigureCase("下午3时举行。", ["下午3时 time T15"]),
        FigureCase("15:30开始。", ["15:30 time T15:30"]),
        FigureCase("15：30开始。", ["15：30 time T15:30"]),
        FigureCase("8:05:30发生。", ["8:05:30 time T08:05:30"]),
        FigureCase("上午9时30分开幕。", ["上午9时30分 time T09:30"]),
        FigureCase("15时30分。", ["15时30分 time T15:30"]),
        FigureCase("晚上8点。", ["晚上8点 time T20"]),
        FigureCase("下午3点半。", ["下午3点半 time T15:30"]),
        FigureCase("凌晨2时许。", ["凌晨2时许 time T02 ~about"]),
        FigureCase("早上7点钟。", ["早上7点钟 time T07"]),
        FigureCase("中午12时。", ["中午12时 time T12"]),
        FigureCase("下午三点。", ["下午三点 time T15"]),
        FigureCase("4时27分发射。", ["4时27分 time T04:27"]),
        FigureCase("比分为3:1。", []),      // a score: no clock time, and neither side a count
        FigureCase("提出3点建议。", ["3点 number 3 u=点"]),
        // Durations
        FigureCase("工作5年多。", ["5年多 duration P5Y ~more"]),
        FigureCase("历时三个月。", ["三个月 duration P3M"]),
        FigureCase("过去10年。", ["10年 duration P10Y"]),   // no anchor: the duration stays
        FigureCase("二十多年来。", ["二十多年 duration P20Y ~more"]),
        FigureCase("持续约两个半小时。", ["约两个半小时 duration PT2.5H ~about"]),
        FigureCase("用了一年半时间。", ["一年半 duration P1.5Y"]),
        FigureCase("半年来。", ["半年 duration P0.5Y"]),
        FigureCase("近半年。", ["近半年 duration P0.5Y ~about"]),
        FigureCase("半个多月。", ["半个多月 duration P0.5M ~more"]),
        FigureCase("3个多月。", ["3个多月 duration P3M ~more"]),
        FigureCase("三五天。", ["三五天 duration P3D ..P5D"]),
        FigureCase("3至5年。", ["3至5年 duration P3Y ..P5Y"]),
        FigureCase("等了30分钟。", ["30分钟 duration PT30M"]),
        FigureCase("十分钟后。", ["十分钟后 time null rel=+PT10M"]),
        FigureCase("24小时值守。", ["24小时 duration PT24H"]),
        FigureCase("两周时间。", ["两周 duration P2W"]),
        FigureCase("5个工作日。", ["5个工作日 duration P5D"]),
        FigureCase("两个季度。", ["两个季度 duration P6M"]),
        FigureCase("近5年。", ["近5年 duration P5Y ~about"]),
        FigureCase("几十年来。", ["几十年 duration P10Y ..P100Y ~more"]),
        FigureCase("2000多年历史。", ["2000多年 duration P2000Y ~more"]),
        FigureCase("一年来。", ["一年 duration P1Y"]),
        FigureCase("10秒内。", ["10秒 duration PT10S"]),
        FigureCase("半个世纪。", ["半个世纪 duration P50Y"]),
        FigureCase("两个世纪。", ["两个世纪 duration P200Y"]),
        FigureCase("90日内。", ["90日 duration P90D"]),
        // Ages
        FigureCase("68岁的老人。", ["68岁 age 68"]),
        FigureCase("年逾九旬的黄宝妹。", ["年逾九旬 age 90 ~more"]),
        FigureCase("年近八旬。", ["年近八旬 age 80 ~about"]),
        FigureCase("七旬老人。", ["七旬 age 70 ~more"]),
        FigureCase("年满18周岁。", ["年满18周岁 age 18"]),
        FigureCase("3岁半的孩子。", ["3岁半 age 3.5"]),
        FigureCase("二十多岁。", ["二十多岁 age 20 ~more"]),
        FigureCase("45岁左右。", ["45岁左右 age 45 ~about"]),
        FigureCase("60岁以上老人。", ["60岁以上 age 60 ~more"]),
        FigureCase("不满18岁。", ["18岁 age 18"]),
        FigureCase("未满18周岁。", ["未满18周岁 age 18 ~less"]),
        FigureCase("十八岁。", ["十八岁 age 18"]),
    ]

    @Test(arguments: cases)
    func dateAndTime(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }

    @Test func datelineIsFound() {
        let e = FigureExtractor()
        let d = e.dateline(in: "新华社北京11月4日电（记者张三）")
        #expect(d?.agency == "新华社" && d?.place == "北京" && d?.month == 11 && d?.day == 4 && d?.year == nil)
        let y = e.dateline(in: "本报北京2024年3月2日讯 记者")
        #expect(y?.year == 2024 && y?.month == 3 && y?.day == 2)
        #expect(e.dateline(in: "今天天气很好，11月4日下午开会。") == nil)
        #expect(d?.date(reference: CalendarDate("2024-11-10")) == CalendarDate("2024-11-04"))
        #expect(d?.date(reference: CalendarDate("2024-11-01")) == CalendarDate("2023-11-04"))
        #expect(d?.date(reference: nil) == nil)
    }

    @Test func datelineAnchorCanBeTurnedOff() {
        let e = FigureExtractor(options: .init(anchorToDateline: false))
        let f = e.figures(in: "新华社北京11月4日电 3日发布。").map(describe)
        #expect(f == ["11月4日 date XXXX-11-04", "3日 date XXXX-XX-03"])
    }

    @Test func kindsFilter() {
        let e = FigureExtractor(options: .init(kinds: [.percentage]))
        let f = e.figures(in: "2023年增长5%，共300人。").map(describe)
        #expect(f == ["5% percentage 5"])
    }
}
