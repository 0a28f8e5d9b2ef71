import Testing
@testable import WenxiFigures
@testable import WenxiText
import WenxiTestSupport

/// Magnitudes past Int64 and Double, and random mixes of numerals, units and date words:
/// the extractor never traps, and its spans stay inside the text, in order.
@Suite struct FiguresRobustnessTests {
    /// Inputs that trapped (Int64/Int conversion of a huge magnitude) before the checks.
    static let crashers: [String] = [
        "1亿亿亿一", "去年一千亿亿", "1亿亿亿年前", "去年9223372036854775807", "10000000000000000000年前",
        "123456789012亿两", "公元前99999999999999999年", "99999999999999999999天后", "去年一千亿亿月",
        "第9223372036854775808届", "9223372036854775807个月前", "1" + String(repeating: "亿", count: 400) + "元",
    ]

    @Test(arguments: crashers)
    func hugeMagnitudesGiveNoTrapAndOnlyFiniteValues(_ text: String) {
        let figures = FigureExtractor().figures(in: text, referenceDate: CalendarDate("2024-11-04"))
        checkSpans(figures, in: text)
        for f in figures {
            if let v = f.value?.number { #expect(v.isFinite, "\(f.text)") }
            if let v = f.upper?.number { #expect(v.isFinite, "\(f.text)") }
        }
    }

    @Test func relativeDatesPastTheCalendarHaveNoValue() {
        // 10^12 years back leaves the years a date can have: no value, the offset kept.
        let f = FigureExtractor().figures(in: "一万亿年前", referenceDate: CalendarDate("2024-11-04"))
        #expect(f.count == 1)
        #expect(f.first?.kind == .date)
        #expect(f.first?.value == nil)
        #expect(f.first?.relative == "-P1000000000000Y")
        let days = FigureExtractor().figures(in: "5000000天后", referenceDate: CalendarDate("2024-11-04"))
        #expect(days.first?.value == nil)
        #expect(days.first?.relative == "+P5000000D")
    }

    @Test func durationsTooLongForISO8601AreNotFigures() {
        let f = FigureExtractor().figures(in: "10000000000000000000年前，1亿亿亿年前")
        #expect(f.isEmpty)
    }

    @Test func numbersPastDoubleAreNotFigures() {
        let text = "共有1" + String(repeating: "亿", count: 60) + "人，另有5人"
        let f = FigureExtractor().figures(in: text)
        #expect(f.map(\.text) == ["5人"])
    }

    @Test func overLongDigitRunsKeepTheirMagnitude() {
        // Twenty digits overflow the 64-bit mantissa; the value keeps its magnitude.
        let f = FigureExtractor().figures(in: "共计12345678901234567890元")
        #expect(f.count == 1)
        if let v = f.first?.value?.number { #expect(abs(v / 1.2345678901234567e19 - 1) < 1e-12) }
    }

    /// Random mixes of digits, Chinese numerals, magnitudes, units, date words and punctuation,
    /// from a fixed seed: no trap, spans inside the text and ordered.
    @Test func randomMixesKeepSpansInsideAndOrdered() {
        var rng = SplitMix64(seed: 0x5745_4E58_4946_4947)
        let pieces = [
            "0", "1", "7", "9", "12", "2024", "9223372036854775807", "１２", ".", ",", "5.", "一", "二", "两", "三", "九",
            "零", "〇", "十", "百", "千", "万", "亿", "兆", "几", "数", "多", "余", "点", "分之", "年", "月", "日", "号",
            "时", "分", "秒", "前", "后", "去年", "今年", "明年", "上半年", "第", "季度", "个", "元", "美元", "%", "‰",
            "成", "折", "岁", "周", "星期", "天", "小时", "至", "到", "-", "—", "~", "、", "，", "。", "（", "）", ":",
            "/", "约", "近", "超过", "不到", "左右", "以上", "零下", "公元前", "上午", "下午", "$", "￥", "半", "来",
            "人", "米", "公里", "年代", "世纪", "旬", "届", "大", "中全会", "热线", " ", "\n", "a", "G", "😀", "𠀀",
        ]
        let extractor = FigureExtractor()
        let reference = CalendarDate("2024-11-04")
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int(rng.next() % 24) + 1 { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
            checkSpans(extractor.figures(in: text, referenceDate: reference), in: text)
            checkSpans(extractor.figures(in: text), in: text)
        }
    }

    func checkSpans(_ figures: [Figure], in text: String) {
        let scalars = Array(text.unicodeScalars)
        var previousEnd = 0
        for f in figures {
            #expect(f.start >= previousEnd && f.start < f.end && f.end <= scalars.count, "\(text)")
            guard f.start >= 0, f.start < f.end, f.end <= scalars.count else { continue }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[f.start..<f.end])
            #expect(String(view) == f.text)
            previousEnd = f.end
        }
    }
}
