import Testing
@testable import WenxiFigures

/// Spans of years written in digits before a word of a season or a school or financial year: the
/// second year after a dash or a slash, in four digits or as the next year's last two digits.
@Suite struct FiguresYearSpanTests {
    static let cases: [FigureCase] = [
        FigureCase("2023/2024赛季，他场均得分20分。", ["2023/2024 date 2023 ..2024", "20分 number 20 u=分"]),
        FigureCase("2023-24赛季，湖人队排名第九。", ["2023-24 date 2023 ..2024", "第九 ordinal 9"]),
        // Both years by their last two digits: the years the season spans, not a fraction or two numbers.
        FigureCase("23/24赛季他打满全场，19-20学年成绩优异，22/23年度报告已发布，3/4的学生。", ["23/24 date 2023 ..2024",
                   "19-20 date 2019 ..2020", "22/23年度 date 2022 ..2023", "3/4 number 0.75"], reference: "2024-11-04"),
        FigureCase("公司2019/20年度营收增长。", ["2019/20年度 date 2019 ..2020"]),
        FigureCase("1999-00赛季，他加盟球队。", ["1999-00 date 1999 ..2000"]),
        // A score or a ratio with no word of a season after it stays two numbers; 2023-25 is no next year.
        FigureCase("比分2023-24，2023/2024，2023-25赛季。", ["2023 number 2023", "24 number 24", "2023 number 2023", "2024 number 2024",
                                                       "2023 number 2023", "25 number 25"]),
    ]

    @Test(arguments: cases)
    func yearSpan(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
