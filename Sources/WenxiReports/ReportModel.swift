import WenxiArticles
import WenxiTerms

/// What a per-article report holds: everything the Markdown and HTML show, so that scripts read
/// the JSON and never parse Markdown.
public struct ArticleReport: Sendable, Hashable, Codable {
    /// Position of the article in the input, from 1.
    public var index: Int
    /// The file name stem of the article's report files: `03-gongye-xinxihua` style, unique in a run.
    public var slug: String
    public var title: String?
    public var subtitle: String?
    public var dateline: ReportDateline?
    /// Reporters and photographers named in the byline or credits.
    public var byline: [String]
    public var source: SourceRange
    public var statistics: ArticleStatistics
    /// Best first.
    public var keywords: [Keyword]
    /// Distinct entities, by type then count (descending) then name.
    public var entities: [ReportEntity]
    /// In text order.
    public var figures: [ReportFigure]
    /// Every change made while splitting the page and repairing its layout.
    public var repairs: [String]
    public var warnings: [String]
    /// The repaired body paragraphs.
    public var paragraphs: [String]

    public init(index: Int, slug: String, title: String? = nil, subtitle: String? = nil,
                dateline: ReportDateline? = nil, byline: [String] = [], source: SourceRange,
                statistics: ArticleStatistics, keywords: [Keyword] = [], entities: [ReportEntity] = [],
                figures: [ReportFigure] = [], repairs: [String] = [], warnings: [String] = [],
                paragraphs: [String] = []) {
        self.index = index
        self.slug = slug
        self.title = title
        self.subtitle = subtitle
        self.dateline = dateline
        self.byline = byline
        self.source = source
        self.statistics = statistics
        self.keywords = keywords
        self.entities = entities
        self.figures = figures
        self.repairs = repairs
        self.warnings = warnings
        self.paragraphs = paragraphs
    }
}

/// A dateline as written and as understood.
public struct ReportDateline: Sendable, Hashable, Codable {
    /// As written: 新华社北京11月4日电.
    public var text: String
    /// 新华社, 本报 ...
    public var agency: String?
    public var place: String?
    /// TIMEX-style: "2024-11-04", or "XXXX-11-04" when the year is not given.
    public var date: String?

    public init(text: String, agency: String? = nil, place: String? = nil, date: String? = nil) {
        self.text = text
        self.agency = agency
        self.place = place
        self.date = date
    }
}

/// Counts that describe an article's size.
public struct ArticleStatistics: Sendable, Hashable, Codable {
    /// Characters of the body text, white space excluded.
    public var characters: Int
    public var sentences: Int
    /// Tokens that are not punctuation.
    public var words: Int
    public var distinctTerms: Int
    /// At 400 characters a minute, rounded up, at least 1.
    public var readingMinutes: Int

    public init(characters: Int, sentences: Int, words: Int, distinctTerms: Int, readingMinutes: Int) {
        self.characters = characters
        self.sentences = sentences
        self.words = words
        self.distinctTerms = distinctTerms
        self.readingMinutes = readingMinutes
    }

    enum CodingKeys: String, CodingKey {
        case characters, sentences, words
        case distinctTerms = "distinct_terms"
        case readingMinutes = "reading_minutes"
    }
}

/// One distinct entity of an article.
public struct ReportEntity: Sendable, Hashable, Codable {
    /// The canonical name.
    public var name: String
    /// "person", "place" or "organization".
    public var type: String
    public var count: Int
    /// The forms it was written in, when they differ from the name (发改委 for 国家发展和改革委员会).
    public var forms: [String]

    public init(name: String, type: String, count: Int, forms: [String] = []) {
        self.name = name
        self.type = type
        self.count = count
        self.forms = forms
    }
}

/// One figure of an article, with its sentence.
public struct ReportFigure: Sendable, Hashable, Codable {
    /// The figure without its sentence, as the corpus lists figures side by side (the sentence is
    /// in the article's report).
    public var bare: ReportFigure {
        var figure = self
        figure.sentence = ""
        return figure
    }

    public var text: String
    /// number, percentage, money, date, time, duration, age, ordinal.
    public var kind: String
    /// The normalized value as text: "237000000", "65", "2024-11-04", "P5Y"; nil when unresolved.
    public var value: String?
    public var unit: String?
    /// "more", "less" or "about".
    public var approximate: String?
    /// The sentence the figure came from.
    public var sentence: String

    public init(text: String, kind: String, value: String?, unit: String? = nil, approximate: String? = nil,
                sentence: String) {
        self.text = text
        self.kind = kind
        self.value = value
        self.unit = unit
        self.approximate = approximate
        self.sentence = sentence
    }
}

/// What the whole input holds, across its articles.
public struct CorpusReport: Sendable, Hashable, Codable {
    /// "wenxi 0.1.0".
    public var generator: String
    /// The input paths, in order.
    public var inputs: [String]
    public var articles: [CorpusArticle]
    /// The most important terms of the corpus, counted in each article.
    public var terms: TermTable
    /// Each article's distinctive terms against the rest of the corpus.
    public var keyness: [ArticleKeyness]
    /// Cosine similarity over TF-IDF vectors; `similarity[i][j]` for articles i and j (in `articles`
    /// order), for the first ``comparisonLimit`` articles (all of them in a smaller corpus).
    public var similarity: [[Double]]
    /// Each article's most similar other articles, for every article.
    public var nearest: [NearestArticles]
    /// Entities named in two or more articles.
    public var sharedEntities: [SharedEntity]
    /// Inputs that could not be read, and why.
    public var skipped: [SkippedInput]
    /// The main terms' rates per day or month, where datelines give dates (nil with fewer than two).
    public var trends: TermTrends?
    /// Where the main terms occur in each compared article.
    public var dispersion: TermDispersion?
    /// Whether articles past the compared ones have figures that `articles` does not hold: a large
    /// corpus keeps only the compared articles' figures in memory (what the index pages list), and
    /// corpus.json has every article's from the shelf (``ReportWriter``). Not part of the JSON.
    public var figuresElsewhere = false
    /// Whether `keyness` holds only the compared articles' keyness, the others' being on the shelf
    /// for corpus.json (``ReportWriter``). Not part of the JSON.
    public var keynessElsewhere = false

    public init(generator: String, inputs: [String], articles: [CorpusArticle], terms: TermTable,
                keyness: [ArticleKeyness], similarity: [[Double]], nearest: [NearestArticles] = [],
                sharedEntities: [SharedEntity], skipped: [SkippedInput]) {
        self.generator = generator
        self.inputs = inputs
        self.articles = articles
        self.terms = terms
        self.keyness = keyness
        self.similarity = similarity
        self.nearest = nearest
        self.sharedEntities = sharedEntities
        self.skipped = skipped
    }

    enum CodingKeys: String, CodingKey {
        case generator, inputs, articles, terms, keyness, similarity, nearest
        case sharedEntities = "shared_entities"
        case skipped, trends, dispersion
    }
}

extension CorpusReport {
    /// How many articles the article × article and term × article comparisons show: the tables
    /// grow with the square of the articles, so a large corpus shows its first 60 (the JSON's
    /// `nearest` covers every article).
    public static let comparisonLimit = 60

    /// The articles the comparison tables show.
    public var compared: ArraySlice<CorpusArticle> { articles.prefix(CorpusReport.comparisonLimit) }

    /// Whether any article has figures, held here or not (``figuresElsewhere``).
    public var hasFigures: Bool { figuresElsewhere || articles.contains { !$0.figures.isEmpty } }
}

/// An article's most similar others.
public struct NearestArticles: Sendable, Hashable, Codable {
    public var slug: String
    /// The others' slugs, most similar first.
    public var others: [String]
    /// Their cosine similarities, in the same order.
    public var cosines: [Double]

    public init(slug: String, others: [String], cosines: [Double]) {
        self.slug = slug
        self.others = others
        self.cosines = cosines
    }
}

/// An article as the corpus report lists it.
public struct CorpusArticle: Sendable, Hashable, Codable {
    public var index: Int
    public var slug: String
    public var title: String?
    public var date: String?
    public var characters: Int
    /// Its figures, for the side-by-side table (without their sentences, which the article's
    /// report holds).
    public var figures: [ReportFigure]

    public init(index: Int, slug: String, title: String?, date: String?, characters: Int, figures: [ReportFigure]) {
        self.index = index
        self.slug = slug
        self.title = title
        self.date = date
        self.characters = characters
        self.figures = figures
    }
}

/// A term × article table.
public struct TermTable: Sendable, Hashable, Codable {
    public var terms: [String]
    /// `counts[t][a]`: occurrences of term t in article a.
    public var counts: [[Int]]
    /// `perTenThousand[t][a]`: occurrences per 10,000 characters of article a.
    public var perTenThousand: [[Double]]

    public init(terms: [String], counts: [[Int]], perTenThousand: [[Double]]) {
        self.terms = terms
        self.counts = counts
        self.perTenThousand = perTenThousand
    }

    enum CodingKeys: String, CodingKey {
        case terms, counts
        case perTenThousand = "per_10k"
    }
}

/// One article's key terms against the rest of the corpus.
public struct ArticleKeyness: Sendable, Hashable, Codable {
    public var slug: String
    public var terms: [KeynessTerm]

    public init(slug: String, terms: [KeynessTerm]) {
        self.slug = slug
        self.terms = terms
    }
}

/// A term's keyness: log-likelihood G² with its p-value, and Log Ratio as effect size.
public struct KeynessTerm: Sendable, Hashable, Codable {
    public var term: String
    /// Occurrences in the article.
    public var count: Int
    /// Occurrences in the rest of the corpus.
    public var otherCount: Int
    /// Log-likelihood G² (positive: more frequent in the article than in the rest).
    public var logLikelihood: Double
    /// p-value of G² with one degree of freedom.
    public var p: Double
    /// Binary log of the ratio of relative frequencies (Hardie's Log Ratio).
    public var logRatio: Double

    public init(term: String, count: Int, otherCount: Int, logLikelihood: Double, p: Double, logRatio: Double) {
        self.term = term
        self.count = count
        self.otherCount = otherCount
        self.logLikelihood = logLikelihood
        self.p = p
        self.logRatio = logRatio
    }

    enum CodingKeys: String, CodingKey {
        case term, count
        case otherCount = "other_count"
        case logLikelihood = "log_likelihood"
        case p
        case logRatio = "log_ratio"
    }
}

/// An entity named in several articles.
public struct SharedEntity: Sendable, Hashable, Codable {
    public var name: String
    public var type: String
    /// Occurrences in each article, in `articles` order (mostly zeros, which are not held).
    public var counts: SparseList<Int>

    public init(name: String, type: String, counts: SparseList<Int>) {
        self.name = name
        self.type = type
        self.counts = counts
    }
}

/// An input that was reported and skipped.
public struct SkippedInput: Sendable, Hashable, Codable {
    public var path: String
    public var problem: String

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }
}
