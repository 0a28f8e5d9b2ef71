import Foundation
import WenxiArticles
import WenxiEntities
import WenxiFigures
import WenxiPipeline
import WenxiTerms
import WenxiText

/// Turns a corpus analysis into the reports: one per article and one for the whole input.
public struct ReportBuilder: Sendable {
    /// How many terms the term × article table holds at most.
    public var tableTerms = 30
    /// How many of each article's keywords the table draws on.
    public var keywordsPerArticleInTable = 5
    /// How many shared entities the corpus report lists (those named in the most articles).
    public var sharedEntityLimit = 100
    /// Anchors datelines without a year.
    public var referenceDate: CalendarDate?
    /// "wenxi 0.1.0".
    public var generator = "wenxi \(wenxiVersion)"
    /// Threads for building the article reports.
    public var jobs: Int

    public init(referenceDate: CalendarDate? = nil, jobs: Int = 1) {
        self.referenceDate = referenceDate
        self.jobs = jobs
    }

    /// The article reports, in input order, and the corpus report.
    public func reports(for corpus: CorpusAnalysis, inputs: [String], skipped: [SkippedInput])
        -> (articles: [ArticleReport], corpus: CorpusReport)
    {
        let slugs = ReportBuilder.slugs(for: corpus.articles.map(\.article))
        let articles = ParallelWork.map(Array(corpus.articles.indices), jobs: jobs, batch: 8) { i in
            article(corpus.articles[i], index: i + 1, slug: slugs[i], document: corpus.documents[i],
                    keywords: corpus.keywords[i])
        }
        // The corpus lists figures side by side without their sentences: those are in each article's report.
        let corpusArticles = articles.map { article in
            CorpusArticle(index: article.index, slug: article.slug, title: article.title, date: article.dateline?.date,
                          characters: article.statistics.characters,
                          figures: article.figures.map { figure in
                              var bare = figure
                              bare.sentence = ""
                              return bare
                          })
        }
        let keyness = zip(slugs, corpus.keyness).map { slug, terms in
            ArticleKeyness(slug: slug, terms: terms.map {
                KeynessTerm(term: $0.term, count: $0.targetCount, otherCount: $0.referenceCount,
                            logLikelihood: $0.logLikelihood, p: $0.pValue, logRatio: $0.logRatio)
            })
        }
        let shown = min(articles.count, CorpusReport.comparisonLimit)
        let nearest = corpus.nearest.enumerated().map { i, others in
            NearestArticles(slug: slugs[i], others: others.map { slugs[$0.index] },
                            cosines: others.map { ($0.cosine * 10_000).rounded() / 10_000 })
        }
        var report = CorpusReport(
            generator: generator, inputs: inputs, articles: corpusArticles,
            terms: termTable(corpus, characters: articles.map(\.statistics.characters)),
            keyness: keyness, similarity: corpus.similarity.prefix(shown).map { Array($0.prefix(shown)) },
            nearest: nearest,
            sharedEntities: sharedEntities(corpus), skipped: skipped)
        let chartTerms = Array(report.terms.terms.prefix(ReportBuilder.chartTerms))
        report.trends = ReportBuilder.trends(dates: articles.map { $0.dateline?.date }, words: corpus.articles.map(\.wordCount),
                                             counts: corpus.documents.map(\.counts), terms: chartTerms)
        report.dispersion = ReportBuilder.dispersion(
            corpus.documents, characters: corpus.articles.map { $0.article.text.unicodeScalars.count }, slugs: slugs,
            terms: chartTerms, limit: shown)
        return (articles, report)
    }

    /// One article's report.
    func article(_ analysis: ArticleAnalysis, index: Int, slug: String, document: DocumentTerms,
                 keywords: [Keyword]) -> ArticleReport {
        let article = analysis.article
        let characters = article.characterCount
        let statistics = ArticleStatistics(
            characters: characters, sentences: analysis.sentences.count, words: analysis.wordCount,
            distinctTerms: document.counts.distinctCount, readingMinutes: max(1, (characters + 399) / 400))
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

    /// The most important terms: each article's first keywords, by corpus count.
    func termTable(_ corpus: CorpusAnalysis, characters: [Int]) -> TermTable {
        var chosen = Set<String>()
        for list in corpus.keywords { for keyword in list.prefix(keywordsPerArticleInTable) { chosen.insert(keyword.term) } }
        // One pass over the documents' counts, not one per chosen term.
        var totals: [String: Int] = [:]
        for document in corpus.documents {
            for (term, count) in document.counts.counts where chosen.contains(term) { totals[term, default: 0] += count }
        }
        let terms = totals.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(tableTerms).map(\.key)
        let counts = terms.map { term in corpus.documents.map { $0.counts[term] } }
        let perTenThousand = counts.map { row in
            zip(row, characters).map { count, chars in
                chars > 0 ? (Double(count) * 10_000 / Double(chars) * 100).rounded() / 100 : 0
            }
        }
        return TermTable(terms: terms, counts: counts, perTenThousand: perTenThousand)
    }

    /// Entities named in two or more articles, by how many articles name them.
    ///
    /// - Complexity: O(*m* + *k* · *n*) for *m* mentions, *k* listed entities and *n* articles.
    func sharedEntities(_ corpus: CorpusAnalysis) -> [SharedEntity] {
        struct Key: Hashable { var type: String; var name: String }
        var byArticle: [Key: [Int: Int]] = [:]
        for (i, analysis) in corpus.articles.enumerated() {
            for mention in analysis.entities {
                byArticle[Key(type: mention.type.rawValue, name: mention.name), default: [:]][i, default: 0] += 1
            }
        }
        let ranked = byArticle.filter { $0.value.count >= 2 }
            .map { (key: $0.key, articles: $0.value.count, total: $0.value.values.reduce(0, +), counts: $0.value) }
            .sorted {
                ($0.articles, $0.total) != ($1.articles, $1.total)
                    ? ($0.articles, $0.total) > ($1.articles, $1.total)
                    : ($0.key.type, $0.key.name) < ($1.key.type, $1.key.name)
            }
            .prefix(sharedEntityLimit)
        return ranked.map { entry in
            SharedEntity(name: entry.key.name, type: entry.key.type,
                         counts: corpus.articles.indices.map { entry.counts[$0] ?? 0 })
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
        var taken: Set<String> = []
        return articles.map { article in
            let stem = article.source.path.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent } ?? "stdin"
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
