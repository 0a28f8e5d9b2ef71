/// One run of the main job: read the inputs, analyse every article, build the reports.
public struct ReportRun: Sendable {
    /// The article reports, in input order.
    public var articles: [ArticleReport]
    /// The corpus report.
    public var corpus: CorpusReport
    /// The inputs that could not be read.
    public var failures: [InputError]

    /// Reads `paths` and builds every report, on `jobs` threads. The result does not depend on `jobs`.
    public init(paths: [String], analyzer: Analyzer, decoder: TextDecoder = TextDecoder(), keywords: Int = 15,
                jobs: Int = 1) {
        let collection = analyzer.collectArticles(from: paths, decoder: decoder, jobs: jobs)
        let analysis = analyzer.analyzeCorpus(collection.articles, options: .init(keywords: keywords, jobs: jobs))
        let skipped = collection.failures.map { SkippedInput(path: $0.path ?? "<stdin>", problem: $0.description) }
        (articles, corpus) = ReportBuilder(referenceDate: analyzer.options.referenceDate)
            .reports(for: analysis, inputs: collection.inputs, skipped: skipped)
        failures = collection.failures
    }
}
