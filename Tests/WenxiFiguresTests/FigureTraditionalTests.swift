import Testing
@testable import WenxiFigures
@testable import WenxiText

/// Text in Traditional characters is read as Simplified, one code point for one; the figures keep
/// the text as written. The reference date 2024-11-04 is a Monday.
@Suite struct FigureTraditionalTests {
    static let cases: [FigureCase] = [
        FigureCase("記者從統計局獲悉，前三季度國內生產總值增長4.8%。",
                   ["前三季度 date 2024-Q1 ..2024-Q3", "4.8% percentage 4.8"], reference: "2024-11-04"),
        FigureCase("發布會定於下週一晚上八點舉行。", ["下週一晚上八點 time 2024-11-11T20 rel=+P1W"], reference: "2024-11-04"),
        FigureCase("工程預計三個月後完工，總投資達兩千萬美元。",
                   ["三個月後 date 2025-02 rel=+P3M", "兩千萬美元 money 20000000 u=USD"], reference: "2024-11-04"),
        FigureCase("國慶節當天遊客逾五萬人次。", ["國慶節當天 date 2024-10-01", "逾五萬人次 number 50000 u=人次 ~more"],
                   reference: "2024-11-04"),
    ]

    @Test(arguments: cases)
    func traditional(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }

    @Test func simplifiedTextIsReadAsWritten() {
        let text = "这座乾隆年间修建的石桥，至今已有两百多年历史。".unicodeScalars.map(\.value)
        #expect(FigureTraditional.folded(text) == nil)
    }

    @Test func foldingKeepsEveryOffset() throws {
        let text = "下週一晚上八點".unicodeScalars.map(\.value)
        let folded = try #require(FigureTraditional.folded(text))
        #expect(folded.count == text.count)
        #expect(FigureScanner.string(folded, 0, folded.count) == "下周一晚上八点")
    }
}
