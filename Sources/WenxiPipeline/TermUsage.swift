import WenxiTerms

/// How often one term occurs in each article, with its contexts: what `wenxi compare --term` shows.
public struct TermUsage: Sendable, Hashable, Codable {
    /// One article's use of the term.
    public struct ArticleUse: Sendable, Hashable, Codable {
        public var path: String?
        public var article: Int
        public var title: String?
        public var count: Int
        /// Occurrences per 10,000 words (the words ``FrequencyList`` counts), two decimals.
        public var perTenThousand: Double
        /// Keyword-in-context lines.
        public var contexts: [Context]

        enum CodingKeys: String, CodingKey {
            case path, article, title, count
            case perTenThousand = "per_10k"
            case contexts
        }
    }

    /// One occurrence with the text around it.
    public struct Context: Sendable, Hashable, Codable {
        public init(left: String, match: String, right: String, start: Int, end: Int) {
            self.left = left
            self.match = match
            self.right = right
            self.start = start
            self.end = end
        }

        public var left: String
        public var match: String
        public var right: String
        public var start: Int
        public var end: Int
    }

    public var term: String
    public var articles: [ArticleUse]
}

extension TermUsage {
    /// Counts `term` (in normalized form) in every document as a word of the segmentation every
    /// other count uses, entities and compounds whole: the count ``FrequencyList`` and
    /// ``Concordance`` give, with `width` characters of context.
    ///
    /// - Complexity: O(*N*) for *N* words.
    public static func count(_ term: String, in documents: [CorpusDocument], width: Int = 15) -> TermUsage {
        let uses = documents.map { document -> ArticleUse in
            let lines = Concordance([document], term: term, width: width).lines
            let words = document.wordCount
            let rate = words > 0 ? (Double(lines.count) * 10_000 / Double(words) * 100).rounded() / 100 : 0
            return ArticleUse(path: document.path, article: document.article, title: document.title, count: lines.count,
                              perTenThousand: rate, contexts: lines.map {
                                  Context(left: $0.left, match: $0.keyword, right: $0.right, start: $0.start, end: $0.end)
                              })
        }
        return TermUsage(term: term, articles: uses)
    }
}
