import Testing
@testable import WenxiText

@Suite struct CharacterClassesTests {
    /// The first and last code point of every Han block, and the code points just outside.
    @Test(arguments: [
        (0x3400, true), (0x4DBF, true), (0x4DC0, false),      // Extension A; then Yijing hexagrams
        (0x4DFF, false), (0x4E00, true), (0x9FFF, true), (0xA000, false),  // the basic block; then Yi
        (0x3006, false), (0x3007, true), (0x3008, false),     // 〇 only
        (0xF8FF, false), (0xF900, true), (0xFAFF, true), (0xFB00, false),  // Compatibility Ideographs
        (0x1FFFF, false), (0x20000, true), (0x2EE5F, true),   // Extensions B–I
        (0x2F800, true), (0x2FA1F, true), (0x2FA20, false),   // Compatibility Supplement
        (0x30000, true), (0x323AF, true), (0x323B0, false),   // Extensions G–H
        (0x41, false), (0x3002, false), (0x25CB, false),      // A, 。, ○ (the segmenter's zero, not Han)
    ] as [(UInt32, Bool)])
    func hanBlocks(code: UInt32, isHan: Bool) {
        #expect(CharacterClasses.isHan(code) == isHan)
        if let scalar = Unicode.Scalar(code) { #expect(CharacterClasses.isHan(scalar) == isHan) }
    }

    /// Unified ideographs are Han; compatibility ideographs and 〇 are Han but not unified.
    @Test func unifiedIsASubsetWithoutCompatibilityForms() {
        #expect(CharacterClasses.isUnifiedHan(0x4E2D))   // 中
        #expect(CharacterClasses.isUnifiedHan(0x20000))
        #expect(!CharacterClasses.isUnifiedHan(0xF900))
        #expect(!CharacterClasses.isUnifiedHan(0x2F800))
        #expect(!CharacterClasses.isUnifiedHan(0x3007))
        for code: UInt32 in [0x3400, 0x4E00, 0x9FFF, 0x2A6DF, 0x30000] where CharacterClasses.isUnifiedHan(code) {
            #expect(CharacterClasses.isHan(code))
        }
    }

    @Test func spacesAndNewlines() {
        #expect(CharacterClasses.isSpace("\u{3000}"))   // ideographic space: paragraph indentation
        #expect(CharacterClasses.isSpace("\u{A0}"))
        #expect(CharacterClasses.isSpace("\t"))
        #expect(!CharacterClasses.isSpace("\n"))        // a newline is not a space here
        #expect(CharacterClasses.isNewline("\n") && CharacterClasses.isNewline("\r"))
        #expect(CharacterClasses.isNewline("\u{2028}") && CharacterClasses.isNewline("\u{85}"))
        #expect(!CharacterClasses.isNewline(" "))
    }

    @Test func punctuationRoles() {
        #expect(CharacterClasses.isSentenceTerminator("。") && CharacterClasses.isSentenceTerminator("？"))
        #expect(!CharacterClasses.isSentenceTerminator("，"))
        #expect(CharacterClasses.isCloser("”") && CharacterClasses.isCloser("》"))
        #expect(CharacterClasses.isOpeningQuote("“") && !CharacterClasses.isOpeningQuote("（"))
        #expect(CharacterClasses.isClosingQuote("」") && !CharacterClasses.isClosingQuote("）"))
        #expect(CharacterClasses.isContinuingPunctuation("、") && CharacterClasses.isContinuingPunctuation("（"))
        #expect(CharacterClasses.isLeadInPunctuation("：") && CharacterClasses.isLeadInPunctuation("—"))
        #expect(!CharacterClasses.isLeadInPunctuation("。"))
    }

    @Test func lettersAndDigits() {
        #expect(CharacterClasses.isAlphanumeric("Ｚ") && CharacterClasses.isAlphanumeric("９"))
        #expect(!CharacterClasses.isASCIIAlphanumeric("Ｚ"))
        #expect(CharacterClasses.isASCIIAlphanumeric("z"))
        #expect(CharacterClasses.digitValue("7") == 7)
        #expect(CharacterClasses.digitValue("０") == 0 && CharacterClasses.digitValue("９") == 9)
        #expect(CharacterClasses.digitValue("a") == nil)
        #expect(CharacterClasses.chineseDigitValue("两") == 2)
        #expect(CharacterClasses.chineseDigitValue("〇") == 0 && CharacterClasses.chineseDigitValue("十") == 10)
        #expect(CharacterClasses.chineseDigitValue("百") == nil)
    }

    @Test func scalarArrayHelpers() {
        let s = "新华社北京电".scalarArray
        #expect(s.count == 6)
        #expect(s.string == "新华社北京电")
        #expect(s.string(3..<5) == "北京")
        #expect(s.string(0..<0) == "")
        #expect(s.hasPrefix("北京".scalarArray, at: 3))
        #expect(!s.hasPrefix("北京".scalarArray, at: 4))
        #expect(!s.hasPrefix("电报".scalarArray, at: 5))   // runs past the end
        #expect(!s.hasPrefix("新".scalarArray, at: -1))
        #expect(s.hasPrefix([], at: 6))
        #expect(s.hasSuffix("社".scalarArray, before: 3))
        #expect(!s.hasSuffix("新华社北".scalarArray, before: 3))
        #expect(!s.hasSuffix("电".scalarArray, before: 7))  // end beyond the array
    }
}
