import Testing
@testable import WenxiFigures

/// Ranges written as a lower and an upper bound (3年以上7年以下), numbers of days to a day count
/// (30~90日), dates from 起 to 止, two neighbouring hours (七八点), and 半年 before 前/后.
@Suite struct FiguresRangeFormTests {
    static let cases: [FigureCase] = [
        // 以上 … 以下: one closed range, with or without a comma between.
        FigureCase("处五年以上十年以下有期徒刑。", ["五年以上十年以下 duration P5Y ..P10Y"]),
        FigureCase("展览于9月下旬至10月上旬举办。", ["9月下旬至10月上旬 date 2024-09-21 ..2024-10-10"], reference: "2024-11-04"),
        FigureCase("施工期为1—3月至4—6月。", ["1—3月至4—6月 date 2024-01 ..2024-06"], reference: "2024-11-04"),
        // Days listed with one 日 after a month: one after the other a range, else each a day.
        FigureCase("展会于11月4、5日举行，论坛定在3月1、2、3日。", ["11月4、5日 date 2024-11-04 ..2024-11-05",
                   "3月1、2、3日 date 2024-03-01 ..2024-03-03"], reference: "2024-11-04"),
        FigureCase("12月4、6日各有一场演出。", ["12月4 date 2024-12-04", "6日 date 2024-12-06"], reference: "2024-11-04"),
        // Two months listed with one 月 (3、4月份): the two months; not two months apart.
        FigureCase("3、4月份是春耕备耕的关键期。", ["3、4月份 date 2024-03 ..2024-04"], reference: "2024-11-04"),
        FigureCase("十一、十二月用电负荷最高。", ["十一、十二月 date 2024-11 ..2024-12"], reference: "2024-11-04"),
        // Years listed with one 年: one after the other a range, else each a year; never bare numbers.
        FigureCase("2021、2022、2023年连续三年增产。", ["2021、2022、2023年 date 2021 ..2023", "三年 duration P3Y"]),
        FigureCase("该奖项在2018、2020、2022年颁发。", ["2018 date 2018", "2020 date 2020", "2022年 date 2022"]),
        // Quarters listed likewise, with or without 第, in the year of a year just before.
        FigureCase("一、二、三季度经济平稳。", ["一、二、三季度 date 2024-Q1 ..2024-Q3"], reference: "2024-11-04"),
        FigureCase("第三、四季度出口回升。", ["第三、四季度 date 2024-Q3 ..2024-Q4"], reference: "2024-11-04"),
        FigureCase("2023年1、2、3季度均有增长。", ["2023年 date 2023", "1、2、3季度 date 2023-Q1 ..2023-Q3"]),
        FigureCase("去年第一、三季度降幅较大。", ["去年 date 2023 rel=-P1Y", "第一 date 2023-Q1", "三季度 date 2023-Q3"],
                   reference: "2024-11-04"),
        // Months that skip are each a month (the first is no list marker and no bare number).
        FigureCase("3、5月各有一次检修。", ["3 date 2024-03", "5月 date 2024-05"], reference: "2024-11-04"),
        FigureCase("设备分别在3、5、7月检修。", ["3 date 2024-03", "5 date 2024-05", "7月 date 2024-07"], reference: "2024-11-04"),
        FigureCase("去年3、5、7月降水偏多。", ["去年 date 2023 rel=-P1Y", "3 date 2023-03", "5 date 2023-05", "7月 date 2023-07"],
                   reference: "2024-11-04"),
        // Three or more months one after the other: one range, and no month read alone as a number.
        FigureCase("今年3、4、5月份销量逐月回升。", ["今年3、4、5月份 date 2024-03 ..2024-05 rel=P0Y"], reference: "2024-11-04"),
        FigureCase("去年7、8、9月降水偏多。", ["去年7、8、9月 date 2023-07 ..2023-09 rel=-P1Y"], reference: "2024-11-04"),
        FigureCase("十、十一、十二月用电负荷最高。", ["十、十一、十二月 date 2024-10 ..2024-12"], reference: "2024-11-04"),
        FigureCase("该市1、2、3、4月份以来累计降雨偏少。", ["1、2、3、4月份以来 date 2024-01 ..2024-04"],
                   reference: "2024-11-04"),
        // A list whose last unit goes on into a finer date: the last number is that date's alone, the ones
        // before it are the list (each one, or a range when they follow one another).
        FigureCase("该公司分别在2021、2022年3月发布年报。", ["2021 date 2021", "2022年3月 date 2022-03"], reference: "2024-11-04"),
        FigureCase("2019、2020、2021年3月，该县遭遇洪灾。", ["2019、2020 date 2019 ..2020", "2021年3月 date 2021-03"], reference: "2024-11-04"),
        FigureCase("2016、2018、2020年6月各修订一次。", ["2016 date 2016", "2018 date 2018", "2020年6月 date 2020-06"], reference: "2024-11-04"),
        FigureCase("对比2021、2022年一季度数据。", ["2021 date 2021", "2022年一季度 date 2022-Q1"], reference: "2024-11-04"),
        FigureCase("2020、2021年上半年，销量下滑。", ["2020 date 2020", "2021年上半年 date 2021-H1"], reference: "2024-11-04"),
        FigureCase("2022、2023年底均有调价。", ["2022 date 2022", "2023年底 date 2023-11 ..2023-12"], reference: "2024-11-04"),
        FigureCase("2021、2022年春节客流回升。", ["2021 date 2021", "2022年春节 date 2022-02-01"], reference: "2024-11-04"),
        FigureCase("展会于3、4、5月6日举行。", ["3、4 date 2024-03 ..2024-04", "5月6日 date 2024-05-06"], reference: "2024-11-04"),
        FigureCase("检修安排在3、4月6日。", ["3 date 2024-03", "4月6日 date 2024-04-06"], reference: "2024-11-04"),
        FigureCase("3、4月底完成验收。", ["3 date 2024-03", "4月底 date 2024-04-25 ..2024-04-30"], reference: "2024-11-04"),
        FigureCase("3、4、5月中旬各有一次寒潮。", ["3、4 date 2024-03 ..2024-04", "5月中旬 date 2024-05-11 ..2024-05-20"],
                   reference: "2024-11-04"),
        FigureCase("2023年3、4月底完成验收。", ["2023年 date 2023", "3 date 2023-03", "4月底 date 2023-04-25 ..2023-04-30"],
                   reference: "2024-11-04"),
        FigureCase("2023年3、5月6日上午停电。", ["2023年 date 2023", "3 date 2023-03", "5月6日上午 time 2023-05-06T07 ..2023-05-06T11"],
                   reference: "2024-11-04"),
        // Decades: a pair said as one numeral, and decades listed with one 年代 (in a row one range).
        FigureCase("七八十年代，这里还是一片农田。", ["七八十年代 date 197 ..198"]),
        FigureCase("上世纪八九十年代，乡镇企业蓬勃发展。", ["上世纪八九十年代 date 198 ..199"], reference: "2024-11-04"),
        FigureCase("80、90年代出生的人成为主力。", ["80、90年代 date 198 ..199"]),
        FigureCase("1980、1990年代的老厂房。", ["1980、1990年代 date 198 ..199"]),
        FigureCase("20世纪50、60、70年代，铁路加快建设。", ["20世纪 date 19", "50、60、70年代 date 195 ..197"]),
        FigureCase("60、80年代各有一次生育高峰。", ["60 date 196", "80年代 date 198"]),
        FigureCase("七、八十年代的老物件很受欢迎。", ["七、八十年代 date 197 ..198"]),   // 七 stands for 七十
        FigureCase("六、七、八十年代，这里是纺织重镇。", ["六、七、八十年代 date 196 ..198"]),
        FigureCase("七、九十年代各有一次。", ["九十年代 date 199"]),   // not one after the other: 七 stays out
        FigureCase("60、70、80年代初的老照片。", ["60、70 date 196 ..197", "80年代初 date 1980 ..1982"]),
        FigureCase("去年7、8月份降水偏多。", ["去年7、8月份 date 2023-07 ..2023-08 rel=-P1Y"], reference: "2024-11-04"),
        FigureCase("并处2万元以上，20万元以下罚款。", ["2万元以上，20万元以下 money 20000 ..200000 u=CNY"]),
        FigureCase("罚款1倍以上5倍以下。", ["1倍以上5倍以下 number 1 ..5 u=倍"]),
        // Two numbers without a unit, the second ending on a magnitude: one range, the first taking
        // the magnitude it lacks.
        FigureCase("每亩增收5-6万，农户积极性很高。", ["5-6万 number 50000 ..60000"]),
        FigureCase("预计带动就业十二至十五万。", ["十二至十五万 number 120000 ..150000"]),
        FigureCase("日均客流两到三千。", ["两到三千 number 2000 ..3000"]),
        FigureCase("单场观众3万-5万。", ["3万-5万 number 30000 ..50000"]),
        // A score, or numbers without a magnitude, stay apart; so does a range the wrong way round.
        FigureCase("主队以3-1获胜。", ["3 number 3", "1 number 1"]),
        FigureCase("库存从3万降至2万。", ["3万 number 30000", "2万 number 20000"]),
        // Bounds the wrong way round stay two figures.
        FigureCase("10年以上3年以下。", ["10年以上 duration P10Y ~more", "3年以下 duration P3Y ~less"]),
        // Days past 31 make the first number a count of days too.
        FigureCase("审查期为45~120日。", ["45~120日 duration P45D ..P120D"]),
        // 自 … 起至 … 止: a closed range of dates.
        FigureCase("自2024年3月1日起至2024年5月31日止。", ["2024年3月1日起至2024年5月31日止 date 2024-03-01 ..2024-05-31"]),
        FigureCase("有效期自2023-07-01起至2023-12-31止。", ["2023-07-01起至2023-12-31止 date 2023-07-01 ..2023-12-31"]),
        // 俩礼拜 is two weeks and 仨月 three months (a count, never March).
        FigureCase("他请了俩礼拜的假。", ["俩礼拜 duration P2W"]),
        FigureCase("工程延期了仨月。", ["仨月 duration P3M"]),
        // 七八点: either of two hours.
        FigureCase("晚上七八点人流最多。", ["晚上七八点 time 2024-11-04T19 ..2024-11-04T20"], reference: "2024-11-04"),
        // 半年 before 后 or 前: a relative date, six months from the anchor.
        FigureCase("半年后再复查。", ["半年后 date 2025-05 rel=+P0.5Y"], reference: "2024-11-04"),
        FigureCase("他半年前离职。", ["半年前 date 2024-05 rel=-P0.5Y"], reference: "2024-11-04"),
    ]

    @Test(arguments: cases)
    func rangeForms(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
