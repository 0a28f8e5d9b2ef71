import WenxiPipeline
import WenxiReports
import WenxiText

/// One run of the main job: read the inputs, analyse every article, build the reports.
public struct ReportRun: Sendable {
    /// The article reports, in input order.
    public var articles: [ArticleReport]
    /// The corpus report.
    public var corpus: CorpusReport
    /// The inputs that could not be read.
    public var failures: [InputError]
    /// How long each phase took (reading and splitting, analysis, building), for `--timings`.
    public var timings: [(phase: String, seconds: Double)]

    /// Reads `paths` and builds every report, on `jobs` threads. The result does not depend on `jobs`.
    public init(paths: [String], analyzer: Analyzer, decoder: TextDecoder = TextDecoder(), keywords: Int = 15,
                jobs: Int = 1) {
        let clock = ContinuousClock()
        var timings: [(String, Double)] = []
        var mark = clock.now
        func lap(_ phase: String) {
            let now = clock.now
            let elapsed = now - mark
            timings.append((phase, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
            mark = now
        }
        let collection = analyzer.collectArticles(from: paths, decoder: decoder, jobs: jobs)
        lap("read and split into articles")
        let analysis = analyzer.analyzeCorpus(collection.articles, options: .init(keywords: keywords, jobs: jobs)) { phase in
            lap(phase)
        }
        let skipped = collection.failures.map { SkippedInput(path: $0.path ?? "<stdin>", problem: $0.description) }
        (articles, corpus) = ReportBuilder(referenceDate: analyzer.options.referenceDate, jobs: jobs)
            .reports(for: analysis, inputs: collection.inputs, skipped: skipped)
        lap("build reports")
        failures = collection.failures
        self.timings = timings
    }
}
