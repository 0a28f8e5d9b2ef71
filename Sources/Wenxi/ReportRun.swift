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
        let analyses = ParallelWork.map(collection.articles, jobs: jobs, batch: 1) { analyzer.analyze($0) }
        clock.lap("analyse articles (entities, figures, tokens)")
        var records = RecordSet()
        records.analyses = analyses
        records.inputs = collection.inputs.sorted()
        records.failures = collection.failures.map { ($0.path, $0.description) }
            .sorted { (RecordKey(path: $0.0, article: 0), $0.1) < (RecordKey(path: $1.0, article: 0), $1.1) }
        records.referenceDate = analyzer.options.referenceDate
        self.init(records: records, analyzer: analyzer, keywords: keywords, jobs: jobs, clock: clock)
    }

    /// Builds every report from merged records (``RecordReader/merge(_:jobs:progress:)``): the corpus
    /// stage, then the reports, exactly as from the inputs the records were mapped from.
    public init(records: RecordSet, analyzer: Analyzer, keywords: Int = 15, jobs: Int = 1) {
        self.init(records: records, analyzer: analyzer, keywords: keywords, jobs: jobs, clock: PhaseClock())
    }

    private init(records: RecordSet, analyzer: Analyzer, keywords: Int, jobs: Int, clock: PhaseClock) {
        var clock = clock
        let analysis = analyzer.corpus(from: records.analyses, options: .init(keywords: keywords, jobs: jobs)) { phase in
            clock.lap(phase)
        }
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
