/// Tolerant access to report tables: a renderer shows "—" for a missing value rather than trapping
/// when a table is shorter than the article list.
enum Grid {
    /// `rows[i][j]`, or nil when either index is out of range.
    static func cell<T>(_ rows: [[T]], _ i: Int, _ j: Int) -> T? {
        guard rows.indices.contains(i), rows[i].indices.contains(j) else { return nil }
        return rows[i][j]
    }

    /// `items[i]`, or nil when the index is out of range.
    static func item<T>(_ items: [T], _ i: Int) -> T? {
        items.indices.contains(i) ? items[i] : nil
    }
}

/// Article reports found by slug (the first one wins when a slug repeats).
struct CorpusLookup {
    private let bySlug: [String: ArticleReport]

    init(_ articles: [ArticleReport]) {
        bySlug = Dictionary(articles.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
    }

    subscript(slug: String) -> ArticleReport? { bySlug[slug] }
}
