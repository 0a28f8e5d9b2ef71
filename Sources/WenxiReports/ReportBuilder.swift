import Foundation
import WenxiArticles
import WenxiEntities
import WenxiFigures
import WenxiPipeline
import WenxiTerms
import WenxiText

/// Turns a corpus analysis into the reports: one per article and one for the whole input.
public struct ReportBuilder: Sendable {
    /// How many shared entities the corpus report lists (those named in the most articles).
    public var sharedEntityLimit = 100
    /// Anchors datelines without a year.
    public var referenceDate: CalendarDate?
    /// "wenxi 0.1.0".
    public var generator = "wenxi \(wenxiVersion)"
    /// Threads for building the article reports.
    public var jobs: Int
    /// The entity names of the digests this builder makes (``pending(_:)``), shared by its copies.
    let names = EntityNameTable()

    public init(referenceDate: CalendarDate? = nil, jobs: Int = 1) {
        self.referenceDate = referenceDate
        self.jobs = jobs
    }

    /// The article reports, in input order, and the corpus report.
    public func reports(for corpus: CorpusAnalysis, inputs: [String], skipped: [SkippedInput])
        -> (articles: [ArticleReport], corpus: CorpusReport)
    {
        let pending = ParallelWork.map(corpus.articles, jobs: jobs, batch: 8) { self.pending($0) }
        let figures = pending.map { $0.report.figures.map(\.bare) }
        let (summaries, partial) = reports(for: corpus, digests: pending.map(\.digest), figures: { figures[$0] },
                                           inputs: inputs, skipped: skipped)
        var report = partial
        // Every article is held here: the corpus report holds every article's figures too.
        for i in report.articles.indices { report.articles[i].figures = figures[i] }
        report.figuresElsewhere = false
        return (zip(pending, summaries).map { ReportBuilder.complete($0.report, like: $1) }, report)
    }

    /// The corpus report and each article's summary (its number, slug, keywords and term count
    /// added; ``complete(_:like:)`` adds them to the article's whole report), from the corpus
    /// stage and one digest an article: the articles' texts need not be held.
    ///
    /// `corpus.articles` is not read; the corpus's lists have one entry per digest (`documents`, for
    /// the dispersion plot, one for each compared article). `figures(i)` gives article `i`'s bare
    /// figures (``ReportFigure/bare``); it is asked for the compared articles only, the others'
    /// figures are left to corpus.json (``CorpusReport/figuresElsewhere``). Given `setAside`, the
    /// keyness of each article past the compared ones is handed to it, in order, and not held
    /// (``CorpusReport/keynessElsewhere``).
    public func reports(for corpus: consuming CorpusAnalysis, digests: [ArticleDigest], figures: (Int) -> [ReportFigure],
                        setAside: ((Int, ArticleKeyness) -> Void)? = nil,
                        inputs: [String], skipped: [SkippedInput]) -> (summaries: [ArticleReport], corpus: CorpusReport)
    {
        let slugs = ReportBuilder.slugs(for: digests.map { ($0.path, $0.page) })
        let articles = digests.indices.map { i in
            var summary = digests[i].summary
            summary.index = i + 1
            summary.slug = slugs[i]
            summary.keywords = corpus.keywords[i]
            summary.statistics.distinctTerms = corpus.distinctTerms[i]
            return summary
        }
        let shown = min(articles.count, CorpusReport.comparisonLimit)
        // The corpus lists figures side by side without their sentences: those are in each article's report.
        let corpusArticles = articles.enumerated().map { i, article in
            CorpusArticle(index: article.index, slug: article.slug, title: article.title, date: article.dateline?.date,
                          characters: article.statistics.characters, figures: i < shown ? figures(i) : [])
        }
        // Each article's keyness is let go once turned into the report's: the two lists are not
        // held together (some 18 MB each for 20,000 articles), and the report's past the compared
        // ones go to `setAside` when there is one.
        var keyness: [ArticleKeyness] = []
        keyness.reserveCapacity(setAside == nil ? slugs.count : shown)
        for (i, slug) in slugs.enumerated() {
            let entry = ArticleKeyness(slug: slug, terms: corpus.keyness[i].map {
                KeynessTerm(term: $0.term, count: $0.targetCount, otherCount: $0.referenceCount,
                            logLikelihood: $0.logLikelihood, p: $0.pValue, logRatio: $0.logRatio)
            })
            corpus.keyness[i] = []
            if i >= shown, let setAside { setAside(i, entry) } else { keyness.append(entry) }
        }
        let nearest = corpus.nearest.enumerated().map { i, others in
            NearestArticles(slug: slugs[i], others: others.map { slugs[$0.index] },
                            cosines: others.map { ($0.cosine * 10_000).rounded() / 10_000 })
        }
        var report = CorpusReport(
            generator: generator, inputs: inputs, articles: corpusArticles,
            terms: termTable(corpus, characters: articles.map(\.statistics.characters)),
            keyness: keyness, similarity: corpus.similarity.prefix(shown).map { Array($0.prefix(shown)) },
            nearest: nearest,
            sharedEntities: sharedEntities(digests), skipped: skipped)
        report.figuresElsewhere = digests[shown...].contains { $0.figureCount > 0 }
        report.keynessElsewhere = setAside != nil && digests.count > shown
        let chartTerms = Array(report.terms.terms.prefix(ReportBuilder.chartTerms))
        // The charted terms are the table's first, whose counts in every article the table holds.
        report.trends = ReportBuilder.trends(dates: articles.map { $0.dateline?.date }, words: digests.map(\.words),
                                             counts: Array(corpus.table.counts.prefix(chartTerms.count)), terms: chartTerms)
        report.dispersion = ReportBuilder.dispersion(
            corpus.documents, characters: digests.map(\.length), slugs: slugs, terms: chartTerms, limit: shown)
        return (articles, report)
    }

    /// An article's whole report: `pending` (the report of ``pending(_:)``) with the number, slug, keywords and
    /// term count of its `summary` (``reports(for:digests:inputs:skipped:)``).
    public static func complete(_ pending: ArticleReport, like summary: ArticleReport) -> ArticleReport {
        var report = pending
        report.index = summary.index
        report.slug = summary.slug
        report.keywords = summary.keywords
        report.statistics.distinctTerms = summary.statistics.distinctTerms
        return report
    }

    /// An article's report before the corpus stage: everything but its number in the run (the
    /// page's number stands in), slug, keywords and distinct terms; and its digest, what the
    /// corpus report needs of it while the report waits.
    public func pending(_ analysis: ArticleAnalysis) -> (report: ArticleReport, digest: ArticleDigest) {
        let report = article(analysis, index: analysis.article.index, slug: "", distinctTerms: 0, keywords: [])
        return (report, ArticleDigest(analysis, pending: report, names: names))
    }

    /// One article's report.
    func article(_ analysis: ArticleAnalysis, index: Int, slug: String, distinctTerms: Int,
                 keywords: [Keyword]) -> ArticleReport {
        let article = analysis.article
        let characters = article.characterCount
        let statistics = ArticleStatistics(
            characters: characters, sentences: analysis.sentences.count, words: analysis.wordCount,
            distinctTerms: distinctTerms, readingMinutes: max(1, (characters + 399) / 400))
        let summaries = EntityRecognizer.summary(of: analysis.entities + analysis.credits)
        let order: [EntityType: Int] = [.person: 0, .place: 1, .organization: 2]
        let entities = summaries
            .sorted { (order[$0.type]!, -$0.count, $0.name) < (order[$1.type]!, -$1.count, $1.name) }
            .map { ReportEntity(name: $0.name, type: $0.type.rawValue, count: $0.count,
                                forms: ($0.forms ?? []).filter { [name = $0.name] in $0 != name }) }
        let figures = analysis.figures.map { figure in
            ReportFigure(text: figure.text, kind: figure.kind.rawValue, value: ReportBuilder.valueText(figure),
                         unit: figure.unit, approximate: figure.approximate?.rawValue,
                         sentence: analysis.sentence(containing: figure.start)?.text ?? "")
        }
        var byline: [String] = []
        for name in (article.dateline?.reporters ?? []) + (article.byline.map { $0.reporters + $0.photographers } ?? [])
        where !byline.contains(name) {
            byline.append(name)
        }
        let dateline = article.dateline.map { d in
            ReportDateline(text: d.raw, agency: d.agency, place: d.place,
                           date: d.date(reference: referenceDate)?.description ?? d.date)
        }
        return ArticleReport(
            index: index, slug: slug, title: article.title, subtitle: article.subtitle, dateline: dateline,
            byline: byline,
            source: article.source,
            statistics: statistics,
            keywords: keywords,
            entities: entities, figures: figures, repairs: article.repairs.map(\.description),
            warnings: article.warnings, paragraphs: article.paragraphs)
    }

    /// A figure's value as text: whole numbers without a decimal point, ranges as "low/high".
    static func valueText(_ figure: Figure) -> String? {
        func text(_ value: FigureValue) -> String {
            switch value {
            case .string(let s): return s
            case .number(let v): return NumberText.plain(v)
            }
        }
        guard let value = figure.value else { return nil }
        return figure.upper.map { "\(text(value))/\(text($0))" } ?? text(value)
    }

    /// The term × article table of the corpus stage (``CorpusAnalysis/table``), with each count
    /// per 10,000 characters of its article.
    func termTable(_ corpus: CorpusAnalysis, characters: [Int]) -> TermTable {
        let counts = corpus.table.counts
        let perTenThousand = counts.map { row in
            zip(row, characters).map { count, chars in
                chars > 0 ? (Double(count) * 10_000 / Double(chars) * 100).rounded() / 100 : 0
            }
        }
        return TermTable(terms: corpus.table.terms, counts: counts, perTenThousand: perTenThousand)
    }

    /// Entities named in two or more articles, by how many articles name them.
    ///
    /// - Complexity: O(*m* + *k* · *n*) for *m* distinct mentions, *k* listed entities and *n* articles.
    func sharedEntities(_ digests: [ArticleDigest]) -> [SharedEntity] {
        var articles = [Int](repeating: 0, count: names.count), totals = articles
        for digest in digests {
            for (id, count) in zip(digest.mentionIDs, digest.mentionCounts) {
                articles[Int(id)] += 1
                totals[Int(id)] += Int(count)
            }
        }
        let ranked = articles.indices.filter { articles[$0] >= 2 }
            .map { (id: Int32($0), name: names.name(Int32($0)), articles: articles[$0], total: totals[$0]) }
            .sorted {
                ($0.articles, $0.total) != ($1.articles, $1.total)
                    ? ($0.articles, $0.total) > ($1.articles, $1.total)
                    : ($0.name.type, $0.name.name) < ($1.name.type, $1.name.name)
            }
            .prefix(sharedEntityLimit)
        return ranked.map { entry in
            SharedEntity(name: entry.name.name, type: entry.name.type, counts: SparseList(digests.lazy.map { $0.mentions(of: entry.id) }))
        }
    }

    /// The longest input-name part of a slug, in bytes: with the article number, a suffix that
    /// keeps it unique, the extension and the writer's temporary prefix, far below the 255 bytes a
    /// file name may have.
    static let maximumSlugStem = 80

    /// File-name stems: the input file's name (ASCII letters, digits, - and _; shortened) and the
    /// article's number, `page-03`; unique in the run, also ignoring case, by a `-2`, `-3` … suffix.
    ///
    /// - Complexity: O(*n*) in the number of articles, when few share a name.
    static func slugs(for articles: [Article]) -> [String] {
        slugs(for: articles.map { ($0.source.path, $0.index) })
    }

    /// The same for articles given by input path and number on their page.
    static func slugs(for articles: [(path: String?, index: Int)]) -> [String] {
        var taken: Set<String> = []
        return articles.map { article in
            let stem = article.path.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent } ?? "stdin"
            let safe = String(stem.unicodeScalars.prefix(maximumSlugStem).map {
                ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"))
                    ? Character($0) : "-"
            })
            let base = "\(safe.isEmpty ? "article" : safe)-\(article.index < 10 ? "0" : "")\(article.index)"
            var slug = base
            var copy = 1
            while !taken.insert(slug.lowercased()).inserted {
                copy += 1
                slug = "\(base)-\(copy)"
            }
            return slug
        }
    }
}

/// The library's version.
public let wenxiVersion = "0.1.0"
