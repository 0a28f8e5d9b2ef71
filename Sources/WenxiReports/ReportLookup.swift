/// Tolerant access to report tables: a renderer shows "—" for a missing value rather than trapping
/// when a table is shorter than the article list.
enum Grid {
    /// `rows[i][j]`, or nil when either index is out of range.
    static func cell<T>(_ rows: [[T]], _ i: Int, _ j: Int) -> T? {
        guard rows.indices.contains(i), rows[i].indices.contains(j) else { return nil }
        return rows[i][j]
    }

    /// `items[i]`, or nil when the index is out of range.
    static func item<Items: RandomAccessCollection>(_ items: Items, _ i: Int) -> Items.Element? where Items.Index == Int {
        items.indices.contains(i) ? items[i] : nil
    }
}

/// Article reports found by slug (the first one wins when a slug repeats).
///
/// The reports are not copied: the lookup holds their list and each slug's position in it (a
/// corpus of 20,000 articles rendered both index pages at once, each holding a copy of every report).
struct CorpusLookup {
    private let articles: [ArticleReport]
    private let bySlug: [String: Int]

    init(_ articles: [ArticleReport]) {
        self.articles = articles
        bySlug = Dictionary(articles.indices.map { (articles[$0].slug, $0) }, uniquingKeysWith: { first, _ in first })
    }

    subscript(slug: String) -> ArticleReport? { bySlug[slug].map { articles[$0] } }
}
