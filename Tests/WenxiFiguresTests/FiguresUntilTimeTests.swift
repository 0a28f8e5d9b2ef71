import Testing
@testable import WenxiFigures
import WenxiText

/// 截至, 截止 before a time (a clock time, or a day with its clock time) make it the last moment
/// counted, `on_or_before`, as before a date.
@Suite struct FiguresUntilTimeTests {
    func mods(_ text: String) -> [String] {
        FigureExtractor().figures(in: text, referenceDate: CalendarDate("2024-11-05")).map { "\($0.text) \($0.mod?.rawValue ?? "-")" }
    }

    @Test func untilBeforeTimes() {
        #expect(mods("截至11月5日24时，累计报告病例100例。") == ["11月5日24时 on_or_before", "100例 -"])
        #expect(mods("截至17时，共转移群众1000人。") == ["17时 on_or_before", "1000人 -"])
        #expect(mods("截止到今天下午3点，11月5日24时。") == ["今天下午3点 on_or_before", "11月5日24时 -"])
    }
}
