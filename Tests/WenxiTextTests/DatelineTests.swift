import Testing
@testable import WenxiText

@Suite struct DatelineTests {
    @Test func timexDates() {
        #expect(Dateline(raw: "", year: 2024, month: 11, day: 4).date == "2024-11-04")
        #expect(Dateline(raw: "", month: 3, day: 2).date == "XXXX-03-02")
        #expect(Dateline(raw: "", day: 5).date == "XXXX-XX-05")
        #expect(Dateline(raw: "", month: 3).date == "XXXX-03")
        #expect(Dateline(raw: "", year: 2024).date == "2024")
        #expect(Dateline(raw: "本报讯").date == nil)
    }

    /// A missing year is the reference's, or the year before when the day would come after it.
    @Test func yearFromTheReference() throws {
        let reference = try #require(CalendarDate("2024-01-05"))
        #expect(Dateline(raw: "", month: 1, day: 5).date(reference: reference)?.description == "2024-01-05")
        #expect(Dateline(raw: "", month: 12, day: 30).date(reference: reference)?.description == "2023-12-30")
        #expect(Dateline(raw: "", year: 2020, month: 2, day: 29).date(reference: reference)?.description == "2020-02-29")
        #expect(Dateline(raw: "", month: 12, day: 30).date(reference: nil) == nil)
        #expect(Dateline(raw: "", day: 30).date(reference: reference) == nil)
        // 2月29日 with a reference in 2025, which has no 29 February: the year before, a leap year.
        let later = try #require(CalendarDate("2025-03-01"))
        #expect(Dateline(raw: "", month: 2, day: 29).date(reference: later)?.description == "2024-02-29")
    }
}
