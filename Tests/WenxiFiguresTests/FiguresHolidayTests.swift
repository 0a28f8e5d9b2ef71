import Testing
@testable import WenxiFigures
@testable import WenxiText

/// Holidays and the Chinese calendar: lunar days through ICU, fixed and weekday holidays, with and
/// without a year. Expected days are from published calendars.
@Suite struct FiguresHolidayTests {
    @Test func chineseCalendarGivesGregorianDays() {
        #expect(ChineseCalendar.gregorian(year: 2024, month: 1, day: 1)?.description == "2024-02-10")
        #expect(ChineseCalendar.gregorian(year: 2019, month: 1, day: 1)?.description == "2019-02-05")
        #expect(ChineseCalendar.gregorian(year: 2023, month: 8, day: 15)?.description == "2023-09-29")
        #expect(ChineseCalendar.gregorian(year: 2020, month: 4, day: 1, leap: true)?.description == "2020-05-23")
        #expect(ChineseCalendar.newYearsEve(beforeSpringFestivalOf: 2024)?.description == "2024-02-09")
    }

    @Test func missingDaysAreNil() {
        #expect(ChineseCalendar.gregorian(year: 2021, month: 4, day: 1, leap: true) == nil)   // 2021 has no 闰四月
        #expect(ChineseCalendar.gregorian(year: 2024, month: 13, day: 1) == nil)
        #expect(ChineseCalendar.gregorian(year: 2024, month: 1, day: 0) == nil)
        #expect(ChineseCalendar.gregorian(year: 999_999, month: 1, day: 1) == nil)
    }

    static let cases: [FigureCase] = [
        // 五一 and 十一 are the holidays before a word of a holiday, otherwise numerals or names.
        FigureCase("五一期间，景区接待游客12万人次。", ["五一 date 2024-05-01", "12万人次 number 120000 u=人次"], reference: "2024-11-04"),
        FigureCase("十一黄金周全市道路畅通。", ["十一 date 2024-10-01"], reference: "2024-11-04"),
        FigureCase("游客聚集在五一广场，十一月十一日起封闭施工。", ["十一月十一日起 date 2024-11-11"], reference: "2024-11-04"),
        FigureCase("第十一期间隔两周出版。", ["第十一期 ordinal 11 u=期", "两周 duration P2W"], reference: "2024-11-04"),
        // More named days: fixed ones and lunar ones through ICU (中元节 2024: 七月十五 = 08-18).
        FigureCase("六一儿童节前夕，孩子们排练节目。", ["六一儿童节 date 2024-06-01"], reference: "2024-11-04"),
        FigureCase("中元节前后，护林员加强巡查。", ["中元节 date 2024-08-18"], reference: "2024-11-04"),
        FigureCase("今年万圣节，商场客流大增。", ["今年万圣节 date 2024-10-31 rel=P0Y"], reference: "2024-11-04"),
        FigureCase("2019年春节期间，客流创新高。", ["2019年春节 date 2019-02-05"]),
        FigureCase("今年中秋节恰逢周末。", ["今年中秋节 date 2023-09-29 rel=P0Y"], reference: "2023-05-10"),
        FigureCase("去年除夕，他在岗位上值守。", ["去年除夕 date 2023-01-21 rel=-P1Y"], reference: "2024-03-01"),
        FigureCase("农历八月十五，家家团圆。", ["农历八月十五 date 2024-09-17"], reference: "2024-11-04"),
        // 大年初N is 正月初N; 初 with an Arabic digit; 闰 with an Arabic month; 8月十五 (an Arabic month,
        // a day written as a lunar one, no 日); a year between 农历 and the lunar date.
        // A holiday after a range separator is in the year of the date before it, or the next one
        // when the range would run backwards.
        FigureCase("2024年春节至元宵节，客流创新高。", ["2024年春节至元宵节 date 2024-02-10 ..2024-02-24"]),
        FigureCase("2023年11月至春节，供暖不停。", ["2023年11月至春节 date 2023-11 ..2024-02-10"]),
        FigureCase("大年初三，庙会人头攒动。", ["大年初三 date 2024-02-12"], reference: "2024-11-04"),
        FigureCase("2024年正月初8开工。", ["2024年正月初8 date 2024-02-17"]),
        FigureCase("2020年闰4月初一。", ["2020年闰4月初一 date 2020-05-23"]),
        FigureCase("8月十五全家团圆。", ["8月十五 date 2023-09-29"], reference: "2023-06-01"),
        FigureCase("8月15日开学。", ["8月15日 date 2023-08-15"], reference: "2023-06-01"),
        FigureCase("农历2023年八月十五。", ["农历2023年八月十五 date 2023-09-29"], reference: "2021-01-01"),
        FigureCase("正月初一凌晨，寺庙迎来香客。", ["正月初一凌晨 time 2024-02-10T00 ..2024-02-10T04"], reference: "2024-11-04"),
        FigureCase("腊月二十三是小年。", ["腊月二十三 date 2025-01-22"], reference: "2024-11-04"),
        FigureCase("教师节前夕，学校举行表彰会。", ["教师节 date 2024-09-10"], reference: "2024-11-04"),
        FigureCase("2024年母亲节，鲜花销量大增。", ["2024年母亲节 date 2024-05-12"]),
        // Solar terms by the day formula; the ones that are also ordinary words only after a year
        FigureCase("今年冬至，饺子馆排起长队。", ["今年冬至 date 2023-12-22 rel=P0Y"], reference: "2023-05-10"),
        FigureCase("2022年立春当天，冬奥会开幕。", ["2022年立春当天 date 2022-02-04"]),
        // 当晚 and 当夜 right after a date of one day are its evening and night hours, one figure.
        FigureCase("2023年元宵节当晚，古城举办灯会。", ["2023年元宵节当晚 time 2023-02-05T18 ..2023-02-05T23"]),
        FigureCase("11月5日当夜，暴雨突至。", ["11月5日当夜 time 2024-11-05T20 ..2024-11-05T23"], reference: "2024-11-04"),
        FigureCase("3月8日当晚8点，晚会开始。", ["3月8日当晚8点 time 2024-03-08T20"], reference: "2024-11-04"),
        FigureCase("1998年夏至这天，气温创新高。", ["1998年夏至 date 1998-06-21"]),
        FigureCase("清明节前后，扫墓人数增多。", ["清明节 date 2024-04-04"], reference: "2024-11-04"),
        FigureCase("2023年大雪节气，北方降温。", ["2023年大雪 date 2023-12-07"]),
        FigureCase("昨夜一场大雪覆盖全城，雨水充沛，政治清明。", ["昨夜 date 2024-11-03 rel=-P1D"], reference: "2024-11-04"),
        FigureCase("国庆假期，景区接待游客。", ["国庆 date 2024-10-01"], reference: "2024-11-04"),
        FigureCase("五月十五日召开大会。", ["五月十五日 date 2024-05-15"], reference: "2024-11-04"),
        FigureCase("暑假期间，图书馆延长开放。", []),
    ]

    @Test(arguments: cases)
    func holiday(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
