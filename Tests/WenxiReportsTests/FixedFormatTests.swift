import Testing
@testable import WenxiReports
@testable import WenxiTerms

@Suite struct RenderFormatTests {
    @Test(arguments: [
        (0.1235, 3, "0.124"),
        (2.0, 3, "2.000"),
        (-0.0004, 3, "0.000"),
        (9.995, 2, "10.00"),
        (0.00001, 3, "0.000"),
        (0.0005, 3, "0.001"),
        (0.005, 2, "0.01"),
        (123456.789, 1, "123456.8"),
        (1.5e20, 0, "150000000000000000000"),
        (-2.5, 0, "-3"),
        (0.5, 0, "1"),
        (0.0, 2, "0.00"),
        (Double.leastNonzeroMagnitude, 2, "0.00"),
        (7.0, 0, "7"),
        (-12.3456, 2, "-12.35"),
        (86.40776699, 1, "86.4"),
        (1e-7, 9, "0.000000100"),
        // Zeros inside and at the end of the integer part stay; a carry can make a new digit.
        (1005.0, 0, "1005"),
        (100.0, 0, "100"),
        (99.96, 1, "100.0"),
        (-0.05, 1, "-0.1"),
        (0.04, 1, "0.0"),
    ])
    func fixedPrecision(value: Double, decimals: Int, expected: String) {
        #expect(FixedFormat.fixed(value, decimals) == expected)
    }

    @Test func nonFiniteValues() {
        #expect(FixedFormat.fixed(.nan, 2) == "NaN")
        #expect(FixedFormat.fixed(.infinity, 2) == "∞")
        #expect(FixedFormat.fixed(-.infinity, 2) == "-∞")
    }

    @Test(arguments: [(0, "0"), (999, "999"), (1000, "1,000"), (1_234_567, "1,234,567"), (-1234, "-1,234")])
    func groupedIntegers(value: Int, expected: String) {
        #expect(FixedFormat.grouped(value) == expected)
    }

    @Test func pValues() {
        #expect(FixedFormat.pValue(0.00009) == "< 0.0001")
        #expect(FixedFormat.pValue(0.0001) == "0.0001")
        #expect(FixedFormat.pValue(0.04999) == "0.0500")
        #expect(FixedFormat.pValue(1) == "1.0000")
    }

    @Test func htmlEscapesAllFiveCharacters() {
        #expect(HTMLEscape.text("<a href='x'>\"R&D\"</a>") == "&lt;a href=&#39;x&#39;&gt;&quot;R&amp;D&quot;&lt;/a&gt;")
        #expect(HTMLEscape.text("中文不变") == "中文不变")
    }

    @Test func hrefsArePercentEncoded() {
        #expect(HTMLEscape.href("03-yanfa-touru", "html") == "03-yanfa-touru.html")
        #expect(HTMLEscape.href("03-经济 a&b", "md") == "03-%E7%BB%8F%E6%B5%8E%20a%26b.md")
    }

    @Test(arguments: [
        ("a|b", "a\\|b"),
        ("R&D<x>", "R\\&D\\<x\\>"),
        ("# 标题", "\\# 标题"),
        ("- 项目", "\\- 项目"),
        ("+ 项目", "\\+ 项目"),
        ("1. 项目", "1\\. 项目"),
        ("2024) 项目", "2024\\) 项目"),
        ("3.5亿", "3.5亿"),
        ("5.8%", "5.8%"),
        ("2024.", "2024\\."),
        ("第一行\n第二行\t末", "第一行 第二行 末"),
        ("  *强调*  ", "\\*强调\\*"),
        ("[链接](x)", "\\[链接\\](x)"),
        ("a\\b", "a\\\\b"),
        ("增长-5%", "增长-5%"),
        // Text with nothing to escape comes back as it is; the line separators are spaces.
        ("国务院新闻办公室", "国务院新闻办公室"),
        ("", ""),
        ("第一行\u{2028}第二行", "第一行 第二行"),
        ("甲\u{85}乙", "甲 乙"),
        // Other characters that share a separator's lead byte (E2: — “ ” …; C2: ·) stay as they are.
        ("“引号”——《人民日报》…", "“引号”——《人民日报》…"),
        ("张·三", "张·三"),
        ("末尾\u{2029}", "末尾"),
        ("末尾 ", "末尾"),
        ("2024年", "2024年"),
    ])
    func markdownInlineEscaping(text: String, expected: String) {
        #expect(MarkdownEscape.inline(text) == expected)
    }

    @Test func heatColoursSpanTheRamp() {
        #expect(HeatColor.background(0) == "#f7fbff")
        #expect(HeatColor.background(1) == "#08306b")
        #expect(HeatColor.background(0.5) == "#6baed6")
        #expect(HeatColor.background(-3) == "#f7fbff")
        #expect(HeatColor.background(.nan) == "#f7fbff")
        #expect(HeatColor.style(0.9) == "background:" + HeatColor.background(0.9) + ";color:#fff")
        #expect(HeatColor.style(0.2) == "background:" + HeatColor.background(0.2))
    }

    @Test(arguments: [
        ("237000000", "237,000,000"), ("12345", "12,345"), ("2024", "2024"), ("2024-10-18", "2024-10-18"),
        ("1200000000000.5", "1,200,000,000,000.5"), ("-50000", "-50,000"), ("5.8", "5.8"), ("P5Y", "P5Y"),
        ("T14:30", "T14:30"), ("12345.", "12345."), ("", "—"),
    ])
    func figureValuesForDisplay(value: String, expected: String) {
        #expect(ReportLabels.figureValue(value) == expected)
        #expect(ReportLabels.figureValue(nil) == "—")
    }
}
