import Testing
@testable import WenxiFigures
@testable import WenxiText

/// Properties every extraction keeps: offsets slice back to the text, figures are ordered and
/// disjoint, and values have the format of their kind.
@Suite struct FiguresPropertyTests {
    static let texts: [String] = FiguresNumberTests.cases.map(\.text) + FiguresPercentMoneyTests.cases.map(\.text)
        + FiguresDateTimeTests.cases.map(\.text) + FiguresRejectTests.cases.map(\.text) + [
            "🇨🇳中国😀经济增长5.2%，𠀀𠀁人口14亿人。",
            "前面有emoji👍：2023年12月5日，下午3时。",
            "",
            "5",
            "一",
            "第",
            "12,34",
            "1.",
            "１２３４５６７８９０１２３４５６７８９０１２３４５６７８９０",
            String(repeating: "一", count: 500),
            String(repeating: "9", count: 500),
            String(repeating: "十", count: 200) + "年",
        ]

    @Test(arguments: texts)
    func offsetsSliceBackToText(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var previousEnd = 0
        for f in FigureExtractor().figures(in: text, referenceDate: CalendarDate("2024-11-04")) {
            #expect(f.start >= previousEnd)
            #expect(f.start < f.end && f.end <= scalars.count)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[f.start..<f.end])
            #expect(String(view) == f.text)
            previousEnd = f.end
            switch f.kind {
            case .number, .percentage, .money, .age, .ordinal:
                #expect(f.value?.number != nil)
            case .date:
                #expect(f.value == nil || f.value?.string != nil)
            case .time:
                // 3小时后: hours from now name no hour of the anchor's day; the offset is kept.
                #expect(f.value == nil ? f.relative != nil : f.value?.string?.contains("T") == true)
            case .duration:
                #expect(f.value?.string?.hasPrefix("P") == true)
            }
            if f.kind == .money { #expect(f.unit?.count == 3) }
        }
    }

    @Test func figuresEncodeValueAlwaysAndOptionalsOnlyWhenPresent() throws {
        let figure = Figure(text: "5年前", kind: .date, value: nil, relative: "-P5Y", start: 0, end: 3)
        let encoded = try String(decoding: JSONEncoderForTests.encode(figure), as: UTF8.self)
        #expect(encoded.contains("\"value\":null"))
        #expect(encoded.contains("\"relative\":\"-P5Y\""))
        #expect(!encoded.contains("\"unit\""))
        let number = Figure(text: "8亿元", kind: .money, value: .number(800000000), unit: "CNY", start: 0, end: 3)
        let json = try String(decoding: JSONEncoderForTests.encode(number), as: UTF8.self)
        #expect(json.contains("\"value\":800000000"))
        let decoded = try JSONEncoderForTests.decode(json)
        #expect(decoded == number)
    }

    @Test func scalarInputMatchesStringInput() {
        let text = "2024年前三季度，全国规模以上工业增加值同比增长5.8%，近日发布。"
        let e = FigureExtractor()
        #expect(e.figures(in: text) == e.figures(inScalars: text.unicodeScalars.map(\.value)))
    }
}
