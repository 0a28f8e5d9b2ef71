import WenxiText

/// Words said only as items of a parallel slogan list: three or more words in a row, separated by
/// the enumeration comma 、, that end in the same character (制度化、规范化、程序化; 无人化、电动化、
/// 智能化; 获得感、幸福感、安全感). Such a list is rhetoric: its items name a manner or a mood, not
/// what the article is about, so they weigh less as keywords (``KeywordExtractor``). A list of
/// different nouns (交通、教育、文体) is content and is left alone.
public enum SloganLists {
    /// The fewest items of a slogan list.
    public static let minimumItems = 3
    /// The enumeration comma that separates the items.
    static let enumerationComma = "、"

    /// The words of `documents` (each a text's tokens) all of whose occurrences are slogan-list items.
    ///
    /// - Complexity: O(*n*) for *n* tokens.
    public static func find(in documents: [[TermToken]]) -> Set<String> {
        var tally = Tally()
        for tokens in documents { tally.add(tokens) }
        return tally.words()
    }

    /// The counts ``find(in:)`` compares, gathered one text at a time without holding the texts.
    public struct Tally: Sendable {
        /// Occurrences as list items, and all occurrences, by word: counts, bounded by the vocabulary.
        /// (By the words' bytes: see ``ExactString``.)
        private var inList: [ExactString: Int] = [:], total: [ExactString: Int] = [:]

        public init() {}

        /// Adds one text's tokens.
        public mutating func add(_ tokens: [TermToken]) {
            for token in tokens where token.kind == .word && token.entityType == nil {
                total[ExactString(token.text), default: 0] += 1
            }
            for list in SloganLists.lists(in: tokens) {
                for i in list where tokens[i].entityType == nil { inList[ExactString(tokens[i].text), default: 0] += 1 }
            }
        }

        /// The words all of whose occurrences were slogan-list items.
        public func words() -> Set<String> {
            Set(inList.filter { total[$0.key] == $0.value }.keys.map(\.string))
        }
    }

    /// The token indices of each slogan list in `tokens`. An item is the word just before the first
    /// 、, the words between two (电动 化, as the segmenter may cut 电动化), and the word just after the last.
    static func lists(in tokens: [TermToken]) -> [[Int]] {
        // Entities may be items too (a recognizer can take 智能化 for a name); only words are demoted.
        func isWord(_ i: Int) -> Bool { tokens.indices.contains(i) && tokens[i].kind == .word }
        // By bytes: String's == would check the normalization of every token against 、.
        func isComma(_ i: Int) -> Bool { i < tokens.count && tokens[i].text.utf8.elementsEqual(enumerationComma.utf8) }
        var result: [[Int]] = []
        var i = 0
        while i < tokens.count {
            guard isComma(i), isWord(i - 1) else {
                i += 1
                continue
            }
            // Items: [i-1], then each run up to the next 、, then the word after the last 、.
            var items: [[Int]] = [[i - 1]]
            var separator = i
            while true {
                var j = separator + 1
                var run: [Int] = []
                while isWord(j) {
                    run.append(j)
                    j += 1
                }
                guard let first = run.first else { break }
                if isComma(j) {
                    items.append(run)
                    separator = j
                } else {
                    items.append([first])
                    break
                }
            }
            let endings = items.map { item in item.map { tokens[$0].text }.joined().unicodeScalars.last }
            let lengths = items.map { item in item.reduce(0) { $0 + tokens[$1].length } }
            if items.count >= minimumItems, Set(endings).count == 1, lengths.allSatisfy({ $0 >= 2 }) {
                result.append(items.flatMap { $0 })
            }
            i = separator + 1
        }
        return result
    }
}
