import Testing
@testable import WenxiText

@Suite struct UTF8ScanTests {
    @Test(arguments: ["", "新华社", "a\"b", "《人民日报》&", "\u{1}", "small", String(repeating: "长文本", count: 100) + "<"])
    func agreesWithTheViewsContains(text: String) {
        let predicates: [(UInt8) -> Bool] = [{ $0 < 0x20 }, { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") },
                                             { $0 == 0xE6 }, { _ in true }, { _ in false }]
        for predicate in predicates {
            #expect(text.containsUTF8Byte(where: predicate) == text.utf8.contains(where: predicate))
        }
    }

    @Test func findsABytePastTheFirstCharacters() {
        #expect("人民日报社论<".containsUTF8Byte { $0 == UInt8(ascii: "<") })
        #expect(!"人民日报社论".containsUTF8Byte { $0 == UInt8(ascii: "<") })
    }
}
