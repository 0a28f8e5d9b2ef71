import Testing
@testable import WenxiFigures
import WenxiText

/// The anchor a dateline gives: its date; a dateline with no day (本报讯, 新华社电) leaves the reference
/// date as the anchor; a day without a month is in the reference's month, or the month before when the
/// reference is earlier in its month. Dates worked out by hand from 2024-11-05.
@Suite struct FiguresDatelineAnchorTests {
    @Test func dayOnlyDatelineTakesTheReferenceMonth() {
        let reference = CalendarDate(year: 2024, month: 11, day: 5)
        #expect(DateAnchor.from(dateline: Dateline(raw: "新华社北京4日电", day: 4), reference: reference)?.date?.description == "2024-11-04")
        #expect(DateAnchor.from(dateline: Dateline(raw: "新华社北京10日电", day: 10), reference: reference)?.date?.description == "2024-10-10")
        #expect(DateAnchor.from(dateline: Dateline(raw: "本报讯"), reference: reference) == nil)
    }

    static let cases: [FigureCase] = [
        FigureCase("本报讯（记者 张三）3月4日，记者获悉，会议将于明天召开。", ["3月4日 date 2024-03-04", "明天 date 2024-11-06 rel=+P1D"], reference: "2024-11-05"),
        FigureCase("新华社电 明天，会议召开。", ["明天 date 2024-11-06 rel=+P1D"], reference: "2024-11-05"),
        FigureCase("新华社北京4日电 明天，会议召开。", ["4日 date 2024-11-04", "明天 date 2024-11-05 rel=+P1D"], reference: "2024-11-05"),
        // 明日 inside 光明日报 (光明 + 日报) and 表明日本 (表明 + 日本) is no date; 他说明日 is.
        FigureCase("光明日报北京3月4日电 他表明日本方面的立场。", ["3月4日 date 2024-03-04"], reference: "2024-11-05"),
        FigureCase("他说明日将出发。", ["明日 date 2024-11-06 rel=+P1D"], reference: "2024-11-05"),
    ]

    @Test(arguments: cases)
    func datelineAnchor(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
