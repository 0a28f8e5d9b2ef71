import Testing
@testable import WenxiTerms

@Suite struct RedundancyFilterTests {
    @Test(arguments: [
        ("数据安全领域", "数据安全", true),     // at the start
        ("数据安全领域", "安全领域", true),     // at the end
        ("数据安全领域", "安全", true),         // inside
        ("数据安全领域", "数据安全领域", true), // the whole
        ("数据安全", "数据安全领域", false),    // longer than the term
        ("数据安全", "安数", false),            // the characters, not in that order
        ("数据安全", "", false),                // nothing is in every term for no one
        ("5G网络", "G网", true),                // mixed scripts
        ("安全", "全安", false),
    ])
    func holdsIsASubstringTest(term: String, part: String, expected: Bool) {
        #expect(RedundancyFilter.holds(term, part) == expected)
    }

    @Test func holdsAgreesWithASearchByCharacters() {
        // Every pair of short strings over three characters: the byte search says what a search
        // over the characters says.
        let alphabet: [Character] = ["数", "据", "a"]
        var strings: [String] = [""]
        for _ in 0..<3 { strings += strings.flatMap { s in alphabet.map { s + String($0) } } }
        strings = Array(Set(strings))
        for term in strings {
            for part in strings where !part.isEmpty {
                let t = Array(term), p = Array(part)
                let bySearch = p.count <= t.count && (0...(t.count - p.count)).contains { Array(t[$0..<($0 + p.count)]) == p }
                #expect(RedundancyFilter.holds(term, part) == bySearch, "\(term) ⊇ \(part)")
            }
        }
    }
}
