import Testing
import WenxiText

@Suite struct StableHashTests {
    /// The published FNV-1a 64-bit values (the empty text is the offset basis).
    @Test func publishedValues() {
        #expect(StableHash.fnv1a("") == 0xcbf2_9ce4_8422_2325)
        #expect(StableHash.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(StableHash.fnv1a("foobar") == 0x8594_4171_f739_67e8)
    }

    @Test func chineseTextsDiffer() {
        #expect(StableHash.fnv1a("数字经济") != StableHash.fnv1a("经济数字"))
        #expect(StableHash.fnv1a("数字经济") == StableHash.fnv1a(String("数字经济")))
    }
}
