/// A word n-gram (a cluster): *n* words in a row within one stretch of text between punctuation.
public struct NGram: Sendable, Hashable, Codable {
    /// The words, in order.
    public var words: [String]
    public var count: Int
    /// The number of articles it occurs in.
    public var articles: Int

    /// The n-grams of `documents` for every length in `lengths`, most frequent first (ties: shorter
    /// first, then by words).
    ///
    /// Punctuation and symbols break the text: no n-gram spans a comma or a full stop.
    /// - Complexity: O(*N* · *k*) for *N* words and *k* lengths, plus the sort.
    public static func count(in documents: [CorpusDocument], lengths: ClosedRange<Int>, minimumCount: Int = 1) -> [NGram] {
        var counts: [[String]: (count: Int, articles: Int)] = [:]
        let lengths = max(1, lengths.lowerBound)...max(1, lengths.upperBound)
        for document in documents {
            var seen: Set<[String]> = []
            var stretch: [String] = []
            func flush() {
                for n in lengths where n <= stretch.count {
                    for i in 0...(stretch.count - n) {
                        let gram = Array(stretch[i..<(i + n)])
                        counts[gram, default: (0, 0)].count += 1
                        if seen.insert(gram).inserted { counts[gram, default: (0, 0)].articles += 1 }
                    }
                }
                stretch.removeAll(keepingCapacity: true)
            }
            for word in document.words {
                if word.isWord { stretch.append(word.text) } else { flush() }
            }
            flush()
        }
        return counts.compactMap { words, value in
            value.count >= minimumCount ? NGram(words: words, count: value.count, articles: value.articles) : nil
        }
        .sorted {
            if $0.count != $1.count { return $0.count > $1.count }
            if $0.words.count != $1.words.count { return $0.words.count < $1.words.count }
            return $0.words.lexicographicallyPrecedes($1.words)
        }
    }

    /// The words joined with spaces.
    public var text: String { words.joined(separator: " ") }
}
