/// The word list of a corpus: each word's count, rate, range over articles and dispersion.
public struct FrequencyList: Sendable, Hashable, Codable {
    /// One word of the list.
    public struct Entry: Sendable, Hashable, Codable {
        public var term: String
        public var count: Int
        /// Occurrences per 10,000 words of the corpus.
        public var perTenThousand: Double
        /// The number of articles it occurs in.
        public var articles: Int
        public var dispersion: Dispersion
        /// Its count in each article, in article order (filled only when asked for).
        public var byArticle: [Int]?

        enum CodingKeys: String, CodingKey {
            case term, count, articles, dispersion
            case perTenThousand = "per_10k"
            case byArticle = "by_article"
        }
    }

    /// Words in the corpus (punctuation and symbols excluded).
    public var wordCount: Int
    /// Each article's word count, in article order.
    public var articleSizes: [Int]
    /// Most frequent first, ties by term.
    public var entries: [Entry]

    /// The word list of `documents`.
    ///
    /// - Parameters:
    ///   - minimumCount: the least count of a word listed.
    ///   - termsOnly: list only words the term stage counts as terms (the rates still count every word).
    ///   - byArticle: keep each word's count per article.
    /// - Complexity: O(*N* + *V* · *n*) for *N* words, *V* distinct words listed and *n* articles.
    public init(_ documents: [CorpusDocument], minimumCount: Int = 1, termsOnly: Bool = false, byArticle: Bool = false) {
        var counts: [String: [Int: Int]] = [:]
        var isTerm: Set<String> = []
        var sizes: [Int] = []
        for (d, document) in documents.enumerated() {
            var size = 0
            for word in document.words where word.isWord {
                size += 1
                counts[word.text, default: [:]][d, default: 0] += 1
                if word.isTerm { isTerm.insert(word.text) }
            }
            sizes.append(size)
        }
        let total = sizes.reduce(0, +)
        wordCount = total
        articleSizes = sizes
        entries = counts.compactMap { term, perArticle -> Entry? in
            let count = perArticle.values.reduce(0, +)
            guard count >= minimumCount, !termsOnly || isTerm.contains(term) else { return nil }
            let column = documents.indices.map { perArticle[$0] ?? 0 }
            return Entry(term: term, count: count,
                         perTenThousand: total > 0 ? Double(count) * 10_000 / Double(total) : 0,
                         articles: perArticle.count, dispersion: Dispersion(counts: column, sizes: sizes),
                         byArticle: byArticle ? column : nil)
        }
        .sorted { $0.count != $1.count ? $0.count > $1.count : $0.term < $1.term }
    }

    /// The entry of `term`, if listed.
    public func entry(for term: String) -> Entry? { entries.first { $0.term == term } }
}
