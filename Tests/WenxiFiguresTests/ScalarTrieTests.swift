import Testing
@testable import WenxiFigures

/// Longest and every match over code points.
@Suite struct ScalarTrieTests {
    let trie = ScalarTrie<Int>([("公", 1), ("公里", 2), ("公里每小时", 3), ("米", 4)])

    func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

    @Test func emptyTrieAndEmptyText() {
        #expect(ScalarTrie<Int>().longestMatch(in: scalars("公里"), at: 0) == nil)
        #expect(trie.longestMatch(in: [], at: 0) == nil)
        #expect(trie.longestMatch(in: scalars("公"), at: 1) == nil)
    }

    @Test func longestMatchWins() {
        #expect(trie.longestMatch(in: scalars("公里每小时"), at: 0)?.value == 3)
        #expect(trie.longestMatch(in: scalars("公里每"), at: 0)?.value == 2)   // a prefix of a longer word
        #expect(trie.longestMatch(in: scalars("5米"), at: 1)?.end == 2)
        #expect(trie.longestMatch(in: scalars("公里每小时"), at: 0, limit: 2)?.value == 2)
    }

    @Test func everyMatchInOrder() {
        var ends: [Int] = []
        trie.forEachMatch(in: scalars("公里每小时"), at: 0) { _, end in ends.append(end) }
        #expect(ends == [1, 2, 5])
    }

    @Test func insertReplaces() {
        var t = trie
        t.insert("米", 9)
        #expect(t.longestMatch(in: scalars("米"), at: 0)?.value == 9)
    }
}
