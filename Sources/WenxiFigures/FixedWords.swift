import WenxiText

/// Fixed words and names that contain numerals but are not figures (一些, 统一, 一心一意, 三亚, 两岸).
///
/// The list is `Dictionaries/figures/fixed-words.txt`, derived from jieba's lexicon by
/// `Dictionaries/figures/build-fixed-words.py` plus a short hand-written list, read from the
/// data folder the first time a figure needs it.
enum FixedWords {
    /// The data file, relative to the data folder.
    static let fileName = "figures/fixed-words.txt"

    /// The longest fixed word, in characters.
    static let maxLength = 8

    /// The words, or the error that kept them from loading; read once, on first use.
    static let loaded: Result<ScalarTrie<Bool>, DataFileError> = {
        do throws(DataFileError) {
            let url = try DataDirectory.file(fileName)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                return .failure(DataFileError(name: fileName, reason: "cannot read (run Dictionaries/figures/build-fixed-words.py)"))
            }
            return .success(trie(parsing: text))
        } catch {
            return .failure(error)
        }
    }()

    /// The words as a trie; empty when the file could not be read (``FigureExtractor/loadData()`` reports it).
    static let trie: ScalarTrie<Bool> = (try? loaded.get()) ?? ScalarTrie()

    /// A trie of the non-empty lines of `text` that are not `#` comments.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    static func trie(parsing text: String) -> ScalarTrie<Bool> {
        var trie = ScalarTrie<Bool>()
        for line in text.split(whereSeparator: \.isNewline) where !line.isEmpty && line.first != "#" {
            trie.insert(String(line), true)
        }
        return trie
    }

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
