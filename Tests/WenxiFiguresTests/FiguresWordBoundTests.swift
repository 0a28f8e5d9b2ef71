import Testing
@testable import WenxiFigures
import WenxiText

/// Weeks, weekdays, holidays and dates said again take the bounds after them that a date takes
/// (下周二之前 `before`, 春节以来 and 次日起 `on_or_after`, 国庆节以后 `after`), the word in the span.
@Suite struct FiguresWordBoundTests {
    func mods(_ text: String) -> [String] {
        FigureExtractor().figures(in: text, referenceDate: CalendarDate("2024-11-05")).map { "\($0.text) \($0.mod?.rawValue ?? "-")" }
    }

    @Test func boundsAfterWords() {
        #expect(mods("下周二之前完工，下周起施行。") == ["下周二之前 before", "下周起 on_or_after"])
        #expect(mods("春节以来，国庆节以后，次日起。") == ["春节以来 on_or_after", "国庆节以后 after", "次日起 on_or_after"])
        // A period said by a word opens with 以来 and 起 too.
        #expect(mods("今春以来，本周末起，今年前三季度以来。") == ["今春以来 on_or_after", "本周末起 on_or_after", "今年前三季度以来 on_or_after"])
        // A bare 前 after them stays out (春节前 is as often the time just before it).
        #expect(mods("春节前，周五前。") == ["春节 -", "周五 -"])
    }
}
