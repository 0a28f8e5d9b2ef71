/// Fixed words and names that contain numerals but are not figures (一些, 统一, 一心一意, 三亚, 两岸).
///
/// The list is derived from jieba's lexicon by Dictionaries/figures/build-fixed-words.py
/// (see ``FixedWords/data``), plus a short hand-written list.
enum FixedWords {
    /// The longest fixed word, in characters.
    static let maxLength = 8

    static let trie: ScalarTrie<Bool> = {
        var trie = ScalarTrie<Bool>()
        for line in data.split(separator: "\n") where !line.isEmpty {
            trie.insert(String(line), true)
        }
        return trie
    }()

    /// The end of the longest fixed word that covers position `i` and starts at or after `floor`,
    /// or -1 if none does.
    ///
    /// - Complexity: O(*L*²), *L* = ``maxLength``.
    static func coverEnd(in s: [UInt32], at i: Int, floor: Int) -> Int {
        var best = -1
        var j = max(floor, i - maxLength + 1)
        while j <= i {
            trie.forEachMatch(in: s, at: j) { _, end in
                if end > i && end > best { best = end }
            }
            j += 1
        }
        return best
    }
}
