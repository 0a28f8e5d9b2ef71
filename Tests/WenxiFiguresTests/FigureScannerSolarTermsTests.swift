import Testing
import WenxiText
@testable import WenxiFigures

/// The solar-term day formula and the period ends, checked against almanac dates.
@Suite struct FigureScannerSolarTermsTests {
    func term(_ name: String, _ year: Int) -> String? {
        guard let k = FigureScanner.solarTerms.firstIndex(where: { $0.name == name }) else { return nil }
        return FigureScanner.solarTermDate(k, year: year)?.description
    }

    @Test func formulaGivesAlmanacDays() {
        #expect(term("春分", 2024) == "2024-03-20")
        #expect(term("立秋", 2023) == "2023-08-08")
        #expect(term("清明", 1999) == "1999-04-05")
        #expect(term("小寒", 2000) == "2000-01-06")
    }

    @Test func correctionsApply() {
        #expect(term("小寒", 2019) == "2019-01-05")   // the formula gives the 6th
        #expect(term("冬至", 2021) == "2021-12-21")   // the formula gives the 22nd
        #expect(term("雨水", 2026) == "2026-02-18")
    }

    @Test func outsideTheFormulaYearsIsNil() {
        #expect(term("冬至", 2100) == nil)
        #expect(term("冬至", 1899) == nil)
    }

    @Test func periodEndsCountCalendarUnits() throws {
        let day = try #require(CalendarDate("2024-11-04"))
        #expect(FigureScanner.periodEnd(3, "Y", from: day, -1)?.description == "2021-11-04")
        #expect(FigureScanner.periodEnd(1.5, "Y", from: day, 1)?.description == "2026-05-04")
        #expect(FigureScanner.periodEnd(2, "W", from: day, 1)?.description == "2024-11-18")
        // half a month is fifteen days; other fractions of a month have no end
        #expect(FigureScanner.periodEnd(2.5, "M", from: day, 1)?.description == "2025-01-19")
        #expect(FigureScanner.periodEnd(0.5, "M", from: day, -1)?.description == "2024-10-20")
        #expect(FigureScanner.periodEnd(2.25, "M", from: day, 1) == nil)
    }
}
