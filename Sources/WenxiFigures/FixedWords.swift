import WenxiText

/// Fixed words and names that contain numerals but are not figures (一些, 统一, 一心一意, 三亚, 两岸).
///
/// The list is `Dictionaries/figures/fixed-words.txt`, derived from jieba's lexicon by
/// `Dictionaries/figures/build-fixed-words.py` plus a short hand-written list, read in place from
/// its prebuilt form `figures/fixed-words.bin` the first time a figure needs it.
enum FixedWords {
    /// The data file, relative to the data folder.
    static let fileName = "figures/fixed-words.txt"

    /// The longest fixed word, in characters.
    static let maxLength = 8

    /// The words, or the error that kept them from loading: the prebuilt table
    /// (``FigureDataFiles/fixedWords``), mapped once, on first use.
    static let loaded: Result<PhraseFile, DataFileError> = {
        do throws(DataFileError) {
            return .success(try FigureDataFiles.fixedWords.open())
        } catch {
            return .failure(error)
        }
    }()

    /// The words; `nil` when the file could not be read (``FigureExtractor/loadData()`` reports it).
    static let table: PhraseFile? = try? loaded.get()

    /// The words of `text` in order: its non-empty lines that are not `#` comments.
    static func words(parsing text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).filter { !$0.isEmpty && $0.first != "#" }.map(String.init)
    }

    /// A trie of the words of `text` (``words(parsing:)``).
    ///
    /// - Complexity: O(*n*) in the length of the text.
    static func trie(parsing text: String) -> ScalarTrie<Bool> {
        var trie = ScalarTrie<Bool>()
        for word in words(parsing: text) { trie.insert(word, true) }
        return trie
    }

    /// The end of the longest fixed word that covers position `i` and starts at or after `floor`,
    /// or -1 if none does.
    ///
    /// - Complexity: O(*L*²), *L* = ``maxLength``.
    static func coverEnd(in s: [UInt32], at i: Int, floor: Int) -> Int {
        guard let table else { return -1 }
        var best = -1
        var j = max(floor, i - maxLength + 1)
        s.withUnsafeBufferPointer { text in
            while j <= i {
                table.matches(in: text, at: j) { end, _ in
                    if end > i && end > best { best = end }
                }
                j += 1
            }
        }
        return best
    }
}
