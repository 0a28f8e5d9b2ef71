import WenxiTerms

/// The corpus's main terms over time: their rate in each period the datelines give.
public struct TermTrends: Sendable, Hashable, Codable {
    /// "day" when the dated articles fall within two calendar months, else "month".
    public var unit: String
    /// The periods in order: YYYY-MM-DD or YYYY-MM (XXXX when the datelines give no year).
    public var periods: [String]
    /// The dated articles in each period.
    public var articles: [Int]
    /// The words of those articles.
    public var words: [Int]
    public var series: [TrendSeries]

    public init(unit: String, periods: [String], articles: [Int], words: [Int], series: [TrendSeries]) {
        self.unit = unit
        self.periods = periods
        self.articles = articles
        self.words = words
        self.series = series
    }
}

/// One term's counts and rates per period.
public struct TrendSeries: Sendable, Hashable, Codable {
    public var term: String
    public var counts: [Int]
    /// Occurrences per 10,000 words in each period, two decimals.
    public var perTenThousand: [Double]

    public init(term: String, counts: [Int], perTenThousand: [Double]) {
        self.term = term
        self.counts = counts
        self.perTenThousand = perTenThousand
    }

    enum CodingKeys: String, CodingKey {
        case term, counts
        case perTenThousand = "per_10k"
    }
}

/// Where the main terms occur in each article: the data of the dispersion plot.
public struct TermDispersion: Sendable, Hashable, Codable {
    public var terms: [String]
    public var articles: [DispersionArticle]

    public init(terms: [String], articles: [DispersionArticle]) {
        self.terms = terms
        self.articles = articles
    }
}

/// One article's length and, for each term of the plot, the character offsets where it starts.
public struct DispersionArticle: Sendable, Hashable, Codable {
    public var slug: String
    public var characters: Int
    /// `offsets[t]`: code-point offsets of term t in the article text.
    public var offsets: [[Int]]

    public init(slug: String, characters: Int, offsets: [[Int]]) {
        self.slug = slug
        self.characters = characters
        self.offsets = offsets
    }
}

extension ReportBuilder {
    /// The terms the trend chart and the dispersion plot follow: the term table's first.
    static let chartTerms = 6
    /// Dated articles within this many calendar months are charted by day.
    static let monthsChartedByDay = 2

    /// The rates of `terms` per period, or nil when fewer than two periods are dated.
    ///
    /// - Parameters:
    ///   - dates: each article's date (YYYY-MM-DD, YYYY-MM, XXXX for an unknown year), or nil.
    ///   - words: each article's word count; `counts[t][a]`: the occurrences of `terms[t]` in article `a`.
    /// - Complexity: O(*n* · *t*) for *n* articles and *t* terms.
    static func trends(dates: [String?], words articleWords: [Int], counts termCounts: [[Int]],
                       terms: [String]) -> TermTrends? {
        // A date needs its month (YYYY-MM at least, the month not XX) to be charted.
        let dated = dates.enumerated().compactMap { i, date -> (Int, String)? in
            guard let date, date.count >= 7, !date.dropFirst(5).hasPrefix("XX") else { return nil }
            return (i, date)
        }
        let months = Set(dated.map { String($0.1.prefix(7)) })
        let byDay = months.count <= monthsChartedByDay && dated.allSatisfy { $0.1.count == 10 }
        let periodOf = dated.map { (article: $0.0, period: byDay ? $0.1 : String($0.1.prefix(7))) }
        let periods = Array(Set(periodOf.map(\.period))).sorted()
        guard periods.count >= 2, !terms.isEmpty else { return nil }
        let index = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1, $0) })
        var articles = [Int](repeating: 0, count: periods.count), words = articles
        var counts = [[Int]](repeating: articles, count: terms.count)
        for (article, period) in periodOf
        where article < articleWords.count && terms.indices.allSatisfy({ Grid.cell(termCounts, $0, article) != nil }) {
            guard let p = index[period] else { continue }
            articles[p] += 1
            words[p] += articleWords[article]
            for t in terms.indices { counts[t][p] += termCounts[t][article] }
        }
        let series = zip(terms, counts).map { term, row in
            TrendSeries(term: term, counts: row, perTenThousand: zip(row, words).map { count, total in
                total > 0 ? (Double(count) * 10_000 / Double(total) * 100).rounded() / 100 : 0
            })
        }
        return TermTrends(unit: byDay ? "day" : "month", periods: periods, articles: articles, words: words, series: series)
    }

    /// Where each of `terms` starts in each of the first `limit` articles.
    ///
    /// - Parameter characters: each article's length in code points (what term offsets count).
    static func dispersion(_ documents: [DocumentTerms], characters: [Int], slugs: [String], terms: [String],
                           limit: Int) -> TermDispersion? {
        guard !terms.isEmpty, !documents.isEmpty else { return nil }
        let index = Dictionary(uniqueKeysWithValues: terms.enumerated().map { ($1, $0) })
        let shown = min(limit, documents.count, characters.count, slugs.count)
        let articles = documents.prefix(shown).enumerated().map { i, document in
            var offsets = [[Int]](repeating: [], count: terms.count)
            for occurrence in document.occurrences {
                if let t = index[occurrence.term] { offsets[t].append(occurrence.start) }
            }
            return DispersionArticle(slug: slugs[i], characters: characters[i], offsets: offsets)
        }
        return TermDispersion(terms: terms, articles: articles)
    }
}
