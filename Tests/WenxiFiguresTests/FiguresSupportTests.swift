import Testing
@testable import WenxiFigures
@testable import WenxiText

/// One table row: a sentence, an optional reference date, and the figures expected in it,
/// each written as "text kind value [..upper] [u=unit] [~approximate] [rel=relative]".
struct FigureCase: Sendable, CustomTestStringConvertible {
    var text: String
    var reference: String?
    var expected: [String]

    init(_ text: String, _ expected: [String], reference: String? = nil) {
        self.text = text
        self.expected = expected
        self.reference = reference
    }

    var testDescription: String { text }
}

/// The compact form the tables are written in.
func describe(_ f: Figure) -> String {
    var parts = [f.text, f.kind.rawValue, f.value?.description ?? "null"]
    if let upper = f.upper { parts.append("..\(upper)") }
    if let unit = f.unit { parts.append("u=\(unit)") }
    if let a = f.approximate { parts.append("~\(a.rawValue)") }
    if let r = f.relative { parts.append("rel=\(r)") }
    return parts.joined(separator: " ")
}

/// The figures of a table row, described.
func figures(of c: FigureCase) -> [String] {
    let reference = c.reference.flatMap(CalendarDate.init)
    return FigureExtractor().figures(in: c.text, referenceDate: reference).map(describe)
}

@Suite struct FiguresSupportTests {
    @Test func valuesDescribeIntegersWithoutFraction() {
        #expect(FigureValue.number(237000000).description == "237000000")
        #expect(FigureValue.number(2.37).description == "2.37")
        #expect(FigureValue.string("P5Y").description == "P5Y")
    }

    @Test func calendarDateParsesAndRejects() {
        #expect(CalendarDate("2024-11-04") == CalendarDate(year: 2024, month: 11, day: 4))
        #expect(CalendarDate("2023-02-29") == nil)
        #expect(CalendarDate("2024-02-29") != nil)
        #expect(CalendarDate("24-11-04") == nil)
        #expect(CalendarDate("2024-1-04") == nil)
        #expect(CalendarDate("2024-13-01") == nil)
    }

    @Test func calendarArithmetic() {
        let d = CalendarDate(year: 2024, month: 3, day: 31)!
        #expect(d.adding(days: 1).description == "2024-04-01")
        #expect(d.adding(days: -31).description == "2024-02-29")
        #expect(d.adding(months: -1).description == "2024-02-29")
        #expect(d.adding(months: 11).description == "2025-02-28")
        #expect(CalendarDate(year: 2024, month: 11, day: 4)!.isoWeek == "2024-W45")
        #expect(CalendarDate(year: 2021, month: 1, day: 3)!.isoWeek == "2020-W53")
        #expect(CalendarDate(dayNumber: 0).description == "1970-01-01")
    }
}
