import WenxiPipeline
import WenxiReports
import WenxiText

/// One run of the main job: read the inputs, analyse every article, build the reports.
///
/// Articles come in ``RecordKey`` order (input path, then article number), inputs and skipped
/// inputs by path, whatever order the paths were given in: `wenxi report` and `wenxi reduce` over
/// `wenxi map`'s records in any grouping then write the same reports.
public struct ReportRun: Sendable {
    /// The article reports, in ``RecordKey`` order.
    public var articles: [ArticleReport]
    /// The corpus report.
    public var corpus: CorpusReport
    /// The inputs that could not be read, by path: messages for standard error.
    public var failures: [String]
    /// How long each phase took (reading and splitting, analysis, building), for `--timings`.
    public var timings: [(phase: String, seconds: Double)]

    /// Reads `paths` and builds every report, on `jobs` threads. The result does not depend on `jobs`.
    public init(paths: [String], analyzer: Analyzer, decoder: TextDecoder = TextDecoder(), keywords: Int = 15,
                jobs: Int = 1) {
        var clock = PhaseClock()
        var collection = analyzer.collectArticles(from: paths, decoder: decoder, jobs: jobs)
        collection.articles = collection.articles.enumerated()
            .sorted { (RecordKey($0.element), $0.offset) < (RecordKey($1.element), $1.offset) }.map(\.element)
        clock.lap("read and split into articles")
        // Each article's tokens are packed as soon as it is analysed: the corpus stage needs them,
        // but one TermToken a token would make them most of a large corpus's memory.
        let vocabulary = TokenVocabulary()
        var analysed = ParallelWork.map(collection.articles, jobs: jobs, batch: 1) { article in
            var analysis = analyzer.analyze(article)
            let packed = vocabulary.pack(analysis.tokens)
            analysis.tokens = []
            analysis.keepQuotedSentencesOnly()
            return (analysis, packed)
        }
        collection.articles = []
        clock.lap("analyse articles (entities, figures, tokens)")
        var records = RecordSet()
        records.analyses = analysed.map(\.0)
        records.inputs = collection.inputs.sorted()
        records.failures = collection.failures.map { ($0.path, $0.description) }
            .sorted { (RecordKey(path: $0.0, article: 0), $0.1) < (RecordKey(path: $1.0, article: 0), $1.1) }
        records.referenceDate = analyzer.options.referenceDate
        // Only `packed` holds the tokens now, so the corpus stage can let go of them.
        let packed = PackedCorpus(packed: analysed.map(\.1), vocabulary: vocabulary.finish())
        analysed = []
        self.init(records: records, analyzer: analyzer, keywords: keywords, jobs: jobs, clock: clock) { analyses, options, phase in
            analyzer.corpus(from: analyses, packed: packed, options: options, phase: phase)
        }
    }

    /// Builds every report from merged records (``RecordReader/merge(_:jobs:progress:)``): the corpus
    /// stage, then the reports, exactly as from the inputs the records were mapped from.
    public init(records: RecordSet, analyzer: Analyzer, keywords: Int = 15, jobs: Int = 1) {
        self.init(records: records, analyzer: analyzer, keywords: keywords, jobs: jobs, clock: PhaseClock()) {
            analyzer.corpus(from: $0, options: $1, phase: $2)
        }
    }

    /// The corpus stage (`stage`, over the records' analyses), then the reports.
    private init(records: RecordSet, analyzer: Analyzer, keywords: Int, jobs: Int, clock: PhaseClock,
                 stage: ([ArticleAnalysis], Analyzer.CorpusOptions, (String) -> Void) -> CorpusAnalysis) {
        var clock = clock
        var options = Analyzer.CorpusOptions(keywords: keywords, jobs: jobs)
        // The report's dispersion plot reads the occurrences of the articles it compares, no others.
        options.occurrencesKept = CorpusReport.comparisonLimit
        let analysis = stage(records.analyses, options) { phase in clock.lap(phase) }
        let skipped = records.failures.map { SkippedInput(path: $0.path ?? "<stdin>", problem: $0.problem) }
        (articles, corpus) = ReportBuilder(referenceDate: records.referenceDate, jobs: jobs)
            .reports(for: analysis, inputs: records.inputs, skipped: skipped)
        clock.lap("build reports")
        failures = records.failures.map(\.problem)
        timings = clock.timings
    }
}

/// Times phases one after the other.
struct PhaseClock {
    private let clock = ContinuousClock()
    private var mark: ContinuousClock.Instant
    private(set) var timings: [(phase: String, seconds: Double)] = []

    init() { mark = clock.now }

    /// Ends the phase `name` now.
    mutating func lap(_ name: String) {
        let now = clock.now
        let elapsed = now - mark
        timings.append((name, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
        mark = now
    }
}
