import Testing
@testable import WenxiText

@Suite struct TextNormalizerTests {
    func fold(_ text: String, simplify: Bool = false) -> String {
        let folded = TextNormalizer(simplify: simplify).fold(text.unicodeScalars.map(\.value))
        return String(String.UnicodeScalarView(folded.compactMap(Unicode.Scalar.init)))
    }

    @Test func emptyStaysEmpty() {
        #expect(TextNormalizer().fold([]).isEmpty)
    }

    @Test func fullWidthFormsBecomeASCII() {
        #expect(fold("ＧＤＰ增长５．２％，") == "GDP增长5.2%,")
        #expect(fold("\u{3000}新华社") == " 新华社")   // the ideographic space
    }

    @Test func asciiAndHanStayAsTheyAre() {
        #expect(fold("abc 123 中国") == "abc 123 中国")
        #expect(fold("国務院") == "国務院")          // no simplification unless asked
    }

    /// One code point for one: forms that NFKC turns into several code points are kept.
    @Test func foldsOnlyOneForOne() {
        #expect(fold("⑩") == "⑩")      // NFKC: "10"
        #expect(fold("㈱") == "㈱")      // NFKC: "(株)"
        #expect(fold("ﬁ") == "ﬁ")       // NFKC: "fi"
        let text = "⑩㈱ﬁＡ"
        #expect(TextNormalizer().fold(text.unicodeScalars.map(\.value)).count == text.unicodeScalars.count)
    }

    /// A compatibility ideograph becomes its unified twin; that is what NFKC is for.
    @Test func compatibilityIdeographsFold() {
        #expect(TextNormalizer().fold([0xF900]) == [0x8C48])   // 豈 → 豈
    }

    @Test func simplifyReadsTraditionalAsSimplified() {
        #expect(fold("國務院發佈經濟數據", simplify: true) == "国务院发布经济数据")
        #expect(fold("ＡＢ國", simplify: true) == "AB国")
        #expect(fold("中国", simplify: true) == "中国")
    }

    /// Values that are not Unicode scalars (lone surrogates) pass through untouched.
    @Test func nonScalarsPassThrough() {
        #expect(TextNormalizer().fold([0xD800, 0x41]) == [0xD800, 0x41])
    }
}
