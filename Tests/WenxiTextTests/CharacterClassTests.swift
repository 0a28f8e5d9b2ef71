import Testing
@testable import WenxiText

@Suite struct CharacterClassTests {
    @Test(arguments: [
        (0x30, CharacterClass.digit), (0x39, .digit),
        (0x41, .letter), (0x7A, .letter), (0xE9, .letter), (0x3B1, .letter), (0x416, .letter),  // A z é α Ж
        (0x20, .space), (0x0A, .space), (0x3000, .space), (0xFEFF, .space),
        (0x4E2D, .han), (0x3007, .han), (0x25CB, .han), (0x20000, .han), (0xF900, .han),  // 中 〇 ○
        (0x3002, .punctuation), (0xFF0C, .punctuation), (0x2C, .punctuation), (0x300A, .punctuation),  // 。，,《
        (0x1F600, .other), (0xAC00, .other),  // 😀 가
    ] as [(UInt32, CharacterClass)])
    func classes(code: UInt32, expected: CharacterClass) {
        #expect(CharacterClass.of(code) == expected)
    }

    @Test func chineseNumerals() {
        for c in "〇○零一二三四五六七八九两壹贰叁肆伍陆柒捌玖".unicodeScalars {
            #expect(ChineseNumeral.isDigit(c.value), "\(c)")
            #expect(!ChineseNumeral.isMagnitude(c.value), "\(c)")
        }
        for c in "十百千万亿拾佰仟廿卅".unicodeScalars {
            #expect(ChineseNumeral.isMagnitude(c.value), "\(c)")
            #expect(ChineseNumeral.isNumeral(c.value), "\(c)")
        }
        for c in "中国1a".unicodeScalars { #expect(!ChineseNumeral.isNumeral(c.value), "\(c)") }
    }
}
