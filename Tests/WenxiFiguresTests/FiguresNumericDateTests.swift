import Testing
@testable import WenxiFigures

/// Dates written in digits alone (compact, spaced, dotted, dashed, month-day), with a clock time
/// after them and as ranges; and the shapes that stay numbers.
@Suite struct FiguresNumericDateTests {
    static let cases: [FigureCase] = [
        // Two whole dates in digits joined by a dash are one range, whatever separates their parts
        // (was no figure: the dash after the first day read as a code's).
        FigureCase("展会2024.11.4-2024.11.10在国家会展中心举行。", ["2024.11.4-2024.11.10 date 2024-11-04 ..2024-11-10"]),
        FigureCase("报名时间为2024/11/4-2024/11/10。", ["2024/11/4-2024/11/10 date 2024-11-04 ..2024-11-10"]),
        FigureCase("公示期2024-11-04-2024-11-10。", ["2024-11-04-2024-11-10 date 2024-11-04 ..2024-11-10"]),
        // The wrong way round they stay two dates; a dash and two digits after a date still make a code.
        FigureCase("2024.11.10-2024.11.4的数据有误。", ["2024.11.10 date 2024-11-10", "2024.11.4 date 2024-11-04"]),
        // Two years joined before a Han word are the years it spans; before a unit they stay numbers.
        FigureCase("新学年为2024—2025学年，2024-2025赛季揭幕。", ["2024—2025 date 2024 ..2025", "2024-2025 date 2024 ..2025"]),
        FigureCase("预计到场2000-3000人。", ["2000-3000人 number 2000 ..3000 u=人"]),
        // Full dates: compact, spaced, dotted, with a clock time glued, spaced, dashed or after T.
        FigureCase("公告落款日期为20230815。", ["20230815 date 2023-08-15"]),
        FigureCase("通知 2023 8 15 起施行", ["2023 8 15 date 2023-08-15"]),
        FigureCase("他1987.06.30退休。", ["1987.06.30 date 1987-06-30"]),
        FigureCase("截止时间2023-08-1517:30。", ["2023-08-1517:30 time 2023-08-15T17:30"]),
        FigureCase("发布于2023-08-15-17：30。", ["2023-08-15-17：30 time 2023-08-15T17:30"]),
        FigureCase("日志记录2023-08-15T17:30:05。", ["2023-08-15T17:30:05 time 2023-08-15T17:30:05"]),
        // Year and month: dotted or dashed, alone or to a bare year.
        FigureCase("1985.09参加工作。", ["1985.09 date 1985-09"]),
        FigureCase("2003.07-2007.06就读于师范学院。", ["2003.07-2007.06 date 2003-07 ..2007-06"]),
        FigureCase("2016.10-2019任村支书。", ["2016.10-2019 date 2016-10 ..2019"]),
        // Month and day, in the anchor's year.
        FigureCase("窗口将于08-20恢复办理。", ["08-20 date 2024-08-20"], reference: "2024-11-05"),
        FigureCase("营业时间调整为 07-01 09:00 至 08-31 21:00。",
                   ["07-01 09:00 至 08-31 21:00 time 2024-07-01T09:00 ..2024-08-31T21:00"], reference: "2024-11-05"),
        FigureCase("快递预计12/24号送达。", ["12/24号 date 2024-12-24"], reference: "2024-11-05"),
        FigureCase("展期为08-20。", ["08-20 date XXXX-08-20"]),
        // Day, month and year with the year last, in the order the parts leave no doubt about.
        FigureCase("他于14/06/2024抵达上海。", ["14/06/2024 date 2024-06-14"]),
        FigureCase("证书有效期为25-12-2023。", ["25-12-2023 date 2023-12-25"]),
        FigureCase("截止日期31.12.2023。", ["31.12.2023 date 2023-12-31"]),
        FigureCase("航班06/14/2024 18:30起飞。", ["06/14/2024 18:30 time 2024-06-14T18:30"]),
        // 05/06/2024 is May 6 or June 5, and 31/02 has no day: no date, and no three numbers either.
        FigureCase("落款05/06/2024。", []),
        FigureCase("落款31/02/2024。", []),
        FigureCase("比分5-6，2024年夺冠。", ["5 number 5", "6 number 6", "2024年 date 2024"]),
        // An event named by its month and day with a middle dot (or a look-alike) is that day, as 5月12日.
        FigureCase("5·12汶川特大地震造成重大损失。", ["5·12 date 2024-05-12"], reference: "2024-11-04"),
        FigureCase("3·15晚会曝光了多家企业。", ["3·15 date XXXX-03-15"]),
        FigureCase("美国9·11事件后，机场安检升级。", ["9·11 date 2024-09-11"], reference: "2024-11-04"),
        FigureCase("6•30事故调查结果公布，7・20特大暴雨致多处受灾。", ["6•30 date 2024-06-30", "7・20 date 2024-07-20"], reference: "2024-11-04"),
        FigureCase("5·12以来，灾区重建稳步推进。", ["5·12以来 date 2024-05-12"], reference: "2024-11-04"),
        // The same in Chinese numerals, each part digit by digit or with 十, 卅 thirty.
        FigureCase("各地举行九·一八事变纪念活动。", ["九·一八 date 2024-09-18"], reference: "2024-11-04"),
        FigureCase("一二·九运动爆发。", ["一二·九 date XXXX-12-09"]),
        FigureCase("一·二八淞沪抗战打响。", ["一·二八 date 2024-01-28"], reference: "2024-11-04"),
        FigureCase("五·卅运动席卷全国。", ["五·卅 date 2024-05-30"], reference: "2024-11-04"),
        FigureCase("口令是一·二·三。", []),
        // Dotted digits that are no month and day, or part of a longer run, or a decimal before %, stay out.
        FigureCase("口令是1·2·3。", []),
        FigureCase("代号13·5和2·30的行动。", []),
        FigureCase("利率下调3·5%。", []),
        // Numbers after all: decimals, counts, codes, ranges and fractions (a season, 2012-13赛季, is its years).
        FigureCase("圆周率取3.1416。", ["3.1416 number 3.1416"]),
        FigureCase("营收达2019.05亿元。", ["2019.05亿元 money 201905000000 u=CNY"]),
        FigureCase("产品编号20230815已停产。", []),
        FigureCase("2012-13赛季他加盟球队。", ["2012-13 date 2012 ..2013"]),
        FigureCase("08-09赛季的冠军。", ["08-09 date 2008 ..2009"]),     // the season's years, not Aug 9 (nor two numbers)
        FigureCase("沪指收于2033.12，微涨。", ["2033.12 number 2033.12"]),
        FigureCase("各班人数为 2022 11 23 人", ["2022 number 2022", "11 number 11", "23 人 number 23 u=人"]),
        FigureCase("第20230815期开奖。", ["第20230815期 ordinal 20230815 u=期"]),
        FigureCase("每班10-12个学生。", ["10-12个 number 10 ..12 u=个"]),
        FigureCase("比值为3/4。", ["3/4 number 0.75"]),
        FigureCase("账户余额为20231345元。", ["20231345元 money 20231345 u=CNY"]),
        // A bare four-digit number stays a number (no year without 年 or a date beside it).
        FigureCase("得分2018。", ["2018 number 2018"]),
        // A dash between a Chinese and an Arabic numeral is no range and no minus sign.
        FigureCase("夜市小吃每份五-8元。", ["8元 money 8 u=CNY"]),
    ]

    @Test(arguments: cases)
    func numericDates(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
