import WenxiArticles
import WenxiText

/// How often one term occurs in each article, with its contexts: what `wenxi compare --term` shows.
public struct TermUsage: Sendable, Hashable, Codable {
    /// One article's use of the term.
    public struct ArticleUse: Sendable, Hashable, Codable {
        public var path: String?
        public var article: Int
        public var title: String?
        public var count: Int
        /// Occurrences per 10,000 characters (white space excluded), two decimals.
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
        public var left: String
        public var match: String
        public var right: String
        public var start: Int
        public var end: Int
    }

    public var term: String
    public var articles: [ArticleUse]

    /// Counts `term` in every article by plain text search (folded: full-width and, with
    /// `simplify`, Traditional forms match), non-overlapping, with `width` characters of context.
    ///
    /// - Complexity: O(*n* · *m*) for *n* characters of text and a term of *m*.
    public static func find(_ term: String, in articles: [Article], normalizer: TextNormalizer = TextNormalizer(),
                            width: Int = 15) -> TermUsage {
        let needle = normalizer.fold(term.unicodeScalars.map(\.value))
        let uses = articles.map { article -> ArticleUse in
            let scalars = Array(article.text.unicodeScalars)
            let folded = normalizer.fold(scalars.map(\.value))
            var contexts: [Context] = []
            var i = 0
            func text(_ range: Range<Int>) -> String {
                String(String.UnicodeScalarView(scalars[range].map { $0 == "\n" ? " " : $0 }))
            }
            while !needle.isEmpty, i + needle.count <= folded.count {
                if folded[i] == needle[0], Array(folded[i..<(i + needle.count)]) == needle {
                    let end = i + needle.count
                    contexts.append(Context(left: text(max(0, i - width)..<i), match: text(i..<end),
                                            right: text(end..<min(scalars.count, end + width)), start: i, end: end))
                    i = end
                } else {
                    i += 1
                }
            }
            let characters = article.characterCount
            let rate = characters > 0 ? (Double(contexts.count) * 10_000 / Double(characters) * 100).rounded() / 100 : 0
            return ArticleUse(path: article.source.path, article: article.index, title: article.title,
                              count: contexts.count, perTenThousand: rate, contexts: contexts)
        }
        return TermUsage(term: term, articles: uses)
    }
}
