import Testing
@testable import WenxiFigures
@testable import WenxiText

/// Segmented text (words set apart by spaces) is read without the spaces between its words; the
/// figures keep the text's own offsets and text.
@Suite struct FigureSpacingTests {
    static let cases: [FigureCase] = [
        FigureCase("１９９０年  至  １９９６年  ，  产量  增长  了  不到  ３０％  。",
                   ["１９９０年  至  １９９６年 date 1990 ..1996", "不到  ３０％ percentage 30 ~less"]),
        FigureCase("大桥  于  ２５日  凌晨  合龙  ，  ５８年  后  再次  大修  。",
                   ["２５日  凌晨 time 2024-11-25T00 ..2024-11-25T04", "５８年  后 date 2082 rel=+P58Y"], reference: "2024-11-04"),
        // Two numbers set apart stay two.
        FigureCase("产量  ２００２  ２００３年  持平", ["２００２ number 2002", "２００３年 date 2003"]),
    ]

    @Test(arguments: cases)
    func segmented(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }

    @Test func ordinaryTextKeepsItsSpaces() {
        #expect(FigureSpacing.keptOffsets("港币 52.3 亿元，共 35 人。".unicodeScalars.map(\.value)) == nil)
    }

    @Test func offsetsPointIntoTheText() {
        let text = "约  ３０  万  人"
        let f = FigureExtractor().figures(in: text)
        #expect(f.count == 1)
        #expect(f.first?.start == 0)
        #expect(f.first?.end == 11)
        #expect(f.first?.text == text)
    }
}
