import Testing
@testable import WenxiFigures

/// Counted parts of a month or year (its first or last N days or months, its Nth month, week or day),
/// parts of a decade or century, 伊始, and quarters written Q1 … Q4. The reference 2024-11-04 is a Monday.
@Suite struct FiguresCountedPartTests {
    static let cases: [FigureCase] = [
        // First and last days of a month.
        FigureCase("本月前三天已完成任务的一半。", ["本月前三天 date 2024-11-01 ..2024-11-03 rel=P0M"], reference: "2024-11-04"),
        FigureCase("2月最后两天气温回升。", ["2月最后两天 date 2024-02-28 ..2024-02-29"], reference: "2024-11-04"),
        // One day is that day (no range of one); the Nth day of a month; 的 between the month and the part.
        FigureCase("申报本月的最后一天截止。", ["本月的最后一天 date 2024-11-30 rel=P0M"], reference: "2024-11-04"),
        FigureCase("新规下个月的第一天施行。", ["下个月的第一天 date 2024-12-01 rel=+P1M"], reference: "2024-11-04"),
        FigureCase("3月第十天，首批种苗运抵。", ["3月第十天 date 2024-03-10"], reference: "2024-11-04"),
        // The last days of a year, and its last month alone.
        FigureCase("2023年的最后一天，他回到了家乡。", ["2023年的最后一天 date 2023-12-31"]),
        FigureCase("今年最后三天，商场延长营业。", ["今年最后三天 date 2024-12-29 ..2024-12-31 rel=P0Y"], reference: "2024-11-04"),
        FigureCase("今年最后一个月，订单回暖。", ["今年最后一个月 date 2024-12 rel=P0Y"], reference: "2024-11-04"),
        // After the day an ordinal of the story's days stays one.
        FigureCase("展会第三天，客流达到高峰。", ["第三天 ordinal 3 u=天"], reference: "2024-11-04"),
        // First and last months, the Nth month, week and day of a year.
        FigureCase("2023年前两月出口增长。", ["2023年前两月 date 2023-01 ..2023-02"]),
        FigureCase("2023年后三个月订单饱满。", ["2023年后三个月 date 2023-10 ..2023-12"]),
        // 头 says 前 of a year's or month's start (年头 is no unit of years there: not 2023 years and 2 months).
        FigureCase("2023年头两个月，新能源车销量下滑。", ["2023年头两个月 date 2023-01 ..2023-02"]),
        FigureCase("今年头三个月，口岸出入境人数回升。", ["今年头三个月 date 2024-01 ..2024-03 rel=P0Y"], reference: "2024-11-04"),
        FigureCase("本月头五天，全市气温偏高。", ["本月头五天 date 2024-11-01 ..2024-11-05 rel=P0M"], reference: "2024-11-04"),
        FigureCase("老厂长在这里干了三个年头。", ["三个年头 duration P3Y"]),
        FigureCase("今年头一回举办。", ["今年 date 2024 rel=P0Y"], reference: "2024-11-04"),
        FigureCase("1998年第6个月开始试点。", ["1998年第6个月 date 1998-06"]),
        FigureCase("2024年第一周的客流量。", ["2024年第一周 date 2024-W01"]),
        FigureCase("2023年第2周召开年会。", ["2023年第2周 date 2023-W02"]),
        FigureCase("2024年第十天发布公告。", ["2024年第十天 date 2024-01-10"]),
        // A two-digit year followed by 后 and a count stays a duration and a relative date.
        FigureCase("10年后三个月内完成。", ["10年后 date null rel=+P10Y", "三个月 duration P3M"]),
        // Parts of decades and centuries.
        FigureCase("上世纪70年代末，改革开放起步。", ["70年代末 date 1977 ..1979"]),
        FigureCase("上世纪70年代末，改革开放起步。", ["上世纪70年代末 date 1977 ..1979"], reference: "2024-11-04"),
        FigureCase("本世纪初以来，城市迅速扩张。", ["本世纪初以来 date 2000 ..2019"], reference: "2024-11-04"),
        FigureCase("到本世纪中叶建成现代化强国。", ["本世纪中叶 date 2040 ..2059"], reference: "2024-11-04"),
        FigureCase("20世纪80年代中期兴建。", ["20世纪80年代中期 date 1983 ..1986"]),
        FigureCase("六七十年代末，知青陆续返城。", ["六七十年代末 date 1967 ..1979"]),   // the part of the first to the part of the second
        FigureCase("19世纪末的照片。", ["19世纪末 date 1880 ..1899"]),
        FigureCase("21世纪初的改革。", ["21世纪初 date 2000 ..2019"]),
        // 伊始: the first month.
        FigureCase("2023年伊始，项目开工。", ["2023年伊始 date 2023-01"]),
        // Quarters written with Q.
        FigureCase("公司2024年Q3营收增长。", ["2024年Q3 date 2024-Q3"]),
        FigureCase("Q2季度出货量下滑。", ["Q2季度 date 2024-Q2"], reference: "2024-11-04"),
        // A quarter or half glued to a year, as financial reports write it; H1 alone or in H1N1 is none.
        FigureCase("公司2023Q4营收创新高，24Q3毛利率回升，2024年H1净利润下降。",
                   ["2023Q4 date 2023-Q4", "24Q3 date 2024-Q3", "2024年H1 date 2024-H1"], reference: "2024-11-04"),
        FigureCase("H1N1流感疫苗供应充足。", [], reference: "2024-11-04"),
        FigureCase("QQ5群里讨论。", []),
    ]

    @Test(arguments: cases)
    func countedParts(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
