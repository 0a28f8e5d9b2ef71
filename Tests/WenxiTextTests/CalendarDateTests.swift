import Testing
@testable import WenxiText

@Suite struct CalendarDateTests {
    @Test func parsesOnlyRealDaysWrittenYYYYMMDD() {
        #expect(CalendarDate("2024-11-05") == CalendarDate(year: 2024, month: 11, day: 5))
        #expect(CalendarDate("2024-02-29") != nil)      // leap year
        #expect(CalendarDate("2023-02-29") == nil)
        #expect(CalendarDate("1900-02-29") == nil)      // divisible by 100, not by 400
        #expect(CalendarDate("2000-02-29") != nil)      // divisible by 400
        #expect(CalendarDate("2024-13-01") == nil)
        #expect(CalendarDate("2024-04-31") == nil)
        #expect(CalendarDate("2024-00-10") == nil)
        #expect(CalendarDate("2024-1-5") == nil)        // two-digit month and day
        #expect(CalendarDate("24-11-05") == nil)
        #expect(CalendarDate("") == nil)
        #expect(CalendarDate("2024-11-05-") == nil)
        #expect(CalendarDate("2024/11/05") == nil)
    }

    @Test func description() throws {
        #expect(try #require(CalendarDate(year: 2024, month: 3, day: 7)).description == "2024-03-07")
        #expect(try #require(CalendarDate(year: 987, month: 12, day: 31)).description == "0987-12-31")
        #expect(try #require(CalendarDate(year: -44, month: 3, day: 15)).description == "-0044-03-15")
    }

    @Test func daysInMonth() {
        #expect(CalendarDate.daysIn(month: 1, year: 2023) == 31)
        #expect(CalendarDate.daysIn(month: 2, year: 2023) == 28)
        #expect(CalendarDate.daysIn(month: 2, year: 2024) == 29)
        #expect(CalendarDate.daysIn(month: 2, year: 2100) == 28)
        #expect(CalendarDate.daysIn(month: 9, year: 2024) == 30)
    }

    @Test func dayNumbersCountFromTheEpoch() throws {
        #expect(try #require(CalendarDate("1970-01-01")).dayNumber == 0)
        #expect(try #require(CalendarDate("1970-01-02")).dayNumber == 1)
        #expect(try #require(CalendarDate("1969-12-31")).dayNumber == -1)
        // 2000-03-01: 30 years of 365 days, 7 leap days (1972 … 1996), then 31 + 29 days.
        #expect(try #require(CalendarDate("2000-03-01")).dayNumber == 30 * 365 + 7 + 31 + 29)
        for n in [-800_000, -1, 0, 59, 11_016, 20_000, 2_932_896] {
            #expect(CalendarDate(dayNumber: n).dayNumber == n)
        }
    }

    @Test func addingDaysCrossesMonthsAndYears() throws {
        let date = try #require(CalendarDate("2024-12-30"))
        #expect(date.adding(days: 0) == date)
        #expect(date.adding(days: 2).description == "2025-01-01")
        #expect(date.adding(days: -365).description == "2023-12-31")  // 2024 has 366 days
        #expect(try #require(CalendarDate("2024-02-28")).adding(days: 1).description == "2024-02-29")
    }

    @Test func addingMonthsClampsTheDay() throws {
        let date = try #require(CalendarDate("2024-01-31"))
        #expect(date.adding(months: 1).description == "2024-02-29")
        #expect(date.adding(months: 13).description == "2025-02-28")
        #expect(date.adding(months: -1).description == "2023-12-31")
        #expect(date.adding(months: -25).description == "2021-12-31")
        #expect(date.adding(months: 0) == date)
    }

    @Test func isoWeeks() throws {
        #expect(try #require(CalendarDate("2024-11-05")).isoWeek == "2024-W45")
        // 2021-01-03 is a Sunday in the last week of 2020 (2020 has 53 weeks).
        #expect(try #require(CalendarDate("2021-01-03")).isoWeek == "2020-W53")
        // 2024-12-30 is a Monday whose Thursday is in 2025.
        #expect(try #require(CalendarDate("2024-12-30")).isoWeek == "2025-W01")
        #expect(try #require(CalendarDate("2024-01-01")).isoWeek == "2024-W01")
    }

    @Test func order() throws {
        let a = try #require(CalendarDate("2023-12-31")), b = try #require(CalendarDate("2024-01-01"))
        #expect(a < b && !(b < a) && !(a < a))
    }

    @Test func padding() {
        #expect(pad2(0) == "00" && pad2(9) == "09" && pad2(10) == "10" && pad2(123) == "123" && pad2(-3) == "-3")
        #expect(pad4(7) == "0007" && pad4(2024) == "2024" && pad4(12345) == "12345" && pad4(-7) == "-0007")
    }
}
