import Testing
@testable import WenxiText

@Suite struct ExactStringTests {
    @Test func equalBytesAreEqualKeys() {
        let a = ExactString("数据安全"), b = ExactString(String("数据安全领域".prefix(4)))
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        var counts: [ExactString: Int] = [:]
        counts[a, default: 0] += 1
        counts[b, default: 0] += 1
        #expect(counts == [ExactString("数据安全"): 2])
    }

    @Test func differentTextsAreDifferentKeys() {
        let texts = ["数据", "数据安全", "安全", "据数", "a", "A", "", "5G", "数据 "]
        #expect(Set(texts.map(ExactString.init)).count == texts.count)
    }

    @Test func canonicallyEquivalentSpellingsAreTwoKeys() {
        // é as one code point and as e with a combining accent: one String, two byte sequences.
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        #expect(composed == decomposed)
        #expect(ExactString(composed) != ExactString(decomposed))
    }

    @Test func orderIsStringOrderForNormalizedText() {
        let texts = ["数据", "安全", "数据安全", "a", "B", "一", "丁", "〇", "Ａ", "你好"].shuffled()
        #expect(texts.map(ExactString.init).sorted().map(\.string) == texts.sorted())
    }

    @Test func bridgedStringsHashLikeNativeOnes() {
        // A string whose UTF-8 is not contiguous (a Foundation-bridged one on other platforms)
        // takes the copying path; on Linux every String is native, so this checks the same value
        // through two spellings of the same text.
        let native = "人工智能", built = String(decoding: Array("人工智能".utf8), as: UTF8.self)
        #expect(ExactString(native).hashValue == ExactString(built).hashValue)
    }
}
