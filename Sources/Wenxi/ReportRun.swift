import WenxiArticles
import WenxiPipeline
import WenxiReports
import WenxiText

/// One run of the main job: read the inputs, analyse every article, build the reports.
///
/// Articles come in ``RecordKey`` order (input path, then article number), inputs and skipped
/// inputs by path, whatever order the paths were given in: `wenxi report` and `wenxi reduce` over
/// `wenxi map`'s records in any grouping then write the same reports.
///
/// A run holds a summary of each article (what the index pages list); each article's whole
/// report waits on an ``ArticleShelf``, which may keep it in a scratch file until its pages are
/// written (``article(_:)``).
public struct ReportRun: Sendable {
    /// Each article's report without its body, entities, figures, repairs and warnings, in
    /// ``RecordKey`` order: number, slug, title, dateline, statistics, keywords.
    public var summaries: [ArticleReport]
    /// The corpus report.
    public var corpus: CorpusReport
    /// The inputs that could not be read, by path: messages for standard error.
    public var failures: [String]
    /// How long each phase took (reading and splitting, analysis, building), for `--timings`, and
    /// the process's resident memory at its end (``ResidentMemory``).
    public var timings: [(phase: String, seconds: Double, memory: ResidentMemory)]
    /// Where each article's whole report is, and its bare figures, in the order of `summaries`.
    private let slots: [ArticleShelf.Slot]
    private let figureSlots: [ArticleShelf.Slot]
    /// Where the keyness of each article past the compared ones is (``CorpusReport/keynessElsewhere``).
    private let keynessSlots: [ArticleShelf.Slot]
    private let shelf: ArticleShelf

    /// Reads `paths` and builds every report, on `jobs` threads. The result does not depend on `jobs`.
    ///
    /// Inputs are read a few at a time and their articles analysed as they come: the run holds the
    /// articles' packed tokens and digests, and `shelf` their reports (a shelf on the output
    /// folder keeps those out of memory).
    public init(paths: [String], analyzer: Analyzer, decoder: TextDecoder = TextDecoder(), keywords: Int = 15,
                jobs: Int = 1, shelf: ArticleShelf = ArticleShelf()) {
        var clock = PhaseClock()
        let builder = ReportBuilder(referenceDate: analyzer.options.referenceDate, jobs: jobs)
        let reading = ArticleIntake(analyzer: analyzer, builder: builder, shelf: shelf, jobs: jobs)
        var inputs: [String] = []
        var failures: [InputError] = []
        InputFile.readEach(paths, decoder: decoder, jobs: jobs, transform: { file, text in
            analyzer.articles(in: text, path: file.path)
        }, deliver: { result in
            switch result {
            case .success(let (file, articles)):
                inputs.append(file.displayName)
                reading.add(articles)
            case .failure(let error):
                failures.append(error)
            }
        })
        let (digests, slots, figureSlots, packed) = reading.finish()
        clock.lap("read and analyse articles (entities, figures, tokens)")
        let analysis = analyzer.corpus(packed: packed, options: Self.corpusOptions(keywords: keywords, jobs: jobs)) {
            clock.lap($0)
        }
        let problems = Self.problems(failures.map { (path: $0.path, problem: $0.description) }, packed: packed, digests: digests)
        self.init(analysis: consume analysis, digests: digests, slots: slots, figureSlots: figureSlots, shelf: shelf,
                  builder: builder, inputs: inputs.sorted(), failures: problems, clock: clock)
    }

    /// Builds every report from `wenxi map`'s records in `files` (``RecordReader/stream(_:jobs:progress:take:)``),
    /// exactly as from the inputs they were mapped from: each article record is packed and shelved
    /// as it is read, as ``init(paths:analyzer:decoder:keywords:jobs:shelf:)`` does with the
    /// articles it analyses, so the records are never all held. The set returned holds what the
    /// records said besides the articles (inputs, failures, unreadable lines).
    ///
    /// - Parameters:
    ///   - analyzer: runs the corpus stage; its reference date is not read (the records carry theirs).
    ///   - progress: called after each batch of lines with the bytes read and the articles.
    ///   - merged: called once every record is read, with the number of articles.
    public static func reduce(_ files: [String], analyzer: Analyzer, keywords: Int = 15, jobs: Int = 1,
                              shelf: ArticleShelf = ArticleShelf(),
                              progress: (_ bytes: Int, _ articles: Int) -> Void = { _, _ in },
                              merged: (Int) -> Void = { _ in }) throws
        -> (run: ReportRun, records: RecordSet)
    {
        var clock = PhaseClock()
        func intake(dated date: CalendarDate?) -> ArticleIntake {
            ArticleIntake(analyzer: analyzer, builder: ReportBuilder(referenceDate: date, jobs: jobs), shelf: shelf, jobs: jobs)
        }
        // Made at the first article, with its reference date: records of another date stop the run.
        var opened: ArticleIntake?
        let records = try RecordReader.stream(files, jobs: jobs, progress: progress) { articles in
            let reading = opened ?? intake(dated: articles[0].referenceDate)
            opened = reading
            reading.add(analysed: articles.map(\.analysis))
        }
        let reading = opened ?? intake(dated: records.referenceDate)
        let (digests, slots, figureSlots, packed) = reading.finish()
        merged(digests.count)
        clock.lap("read and merge records")
        let analysis = analyzer.corpus(packed: packed, options: Self.corpusOptions(keywords: keywords, jobs: jobs)) {
            clock.lap($0)
        }
        let run = ReportRun(analysis: consume analysis, digests: digests, slots: slots, figureSlots: figureSlots,
                            shelf: shelf, builder: reading.builder, inputs: records.inputs,
                            failures: problems(records.failures, packed: packed, digests: digests), clock: clock)
        return (run, records)
    }

    /// The run's problems: `listed` and the articles whose packed tokens could not be read back,
    /// by input path, then problem.
    static func problems(_ listed: [(path: String?, problem: String)], packed: PackedCorpus, digests: [ArticleDigest])
        -> [(path: String?, problem: String)] {
        let unread = packed.failures.map { failure in
            (path: digests[failure.article].path, problem: label(digests[failure.article]) + ": " + failure.reason)
        }
        return (listed + unread)
            .sorted { (RecordKey(path: $0.path, article: 0), $0.problem) < (RecordKey(path: $1.path, article: 0), $1.problem) }
    }

    /// How a problem with one article names it: its input and its number there.
    static func label(_ digest: ArticleDigest) -> String { "\(digest.path ?? "<stdin>"): article \(digest.page)" }

    /// The corpus stage's options for the report, from either kind of input.
    static func corpusOptions(keywords: Int, jobs: Int) -> Analyzer.CorpusOptions {
        var options = Analyzer.CorpusOptions(keywords: keywords, jobs: jobs)
        // The report's dispersion plot reads the documents of the articles it compares, no others.
        options.documentsKept = CorpusReport.comparisonLimit
        return options
    }

    /// The reports from the corpus stage and one digest and shelved report an article.
    private init(analysis: consuming CorpusAnalysis, digests: [ArticleDigest], slots: [ArticleShelf.Slot],
                 figureSlots: [ArticleShelf.Slot], shelf: ArticleShelf, builder: ReportBuilder, inputs: [String],
                 failures: [(path: String?, problem: String)], clock: PhaseClock) {
        var clock = clock
        let skipped = failures.map { SkippedInput(path: $0.path ?? "<stdin>", problem: $0.problem) }
        // The compared articles' figures are on the shelf too; one list that cannot be read back is
        // left out of the side-by-side table, and the run says so.
        var unread: [String] = []
        var keynessSlots: [ArticleShelf.Slot] = []
        (summaries, corpus) = builder.reports(for: consume analysis, digests: digests, figures: { i in
            do throws(ShelfError) {
                return try shelf.figures(at: figureSlots[i])
            } catch {
                unread.append(Self.label(digests[i]) + ": its figures: \(error)")
                return []
            }
        }, setAside: { _, keyness in keynessSlots.append(shelf.put(keyness: keyness)) }, inputs: inputs, skipped: skipped)
        self.slots = slots
        self.figureSlots = figureSlots
        self.keynessSlots = keynessSlots
        self.shelf = shelf
        clock.lap("build reports")
        self.failures = failures.map(\.problem) + unread
        timings = clock.timings
    }

    /// Article `i`'s whole report, read back from the shelf.
    public func article(_ i: Int) -> Result<ArticleReport, ShelfError> {
        Result { () throws(ShelfError) in ReportBuilder.complete(try shelf.report(at: slots[i]), like: summaries[i]) }
    }

    /// Article `i`'s figures without their sentences (``ReportFigure/bare``), read back from the shelf.
    public func figures(_ i: Int) -> Result<[ReportFigure], ShelfError> {
        Result { () throws(ShelfError) in try shelf.figures(at: figureSlots[i]) }
    }

    /// Article `i`'s keyness, read back from the shelf: `i` is past the compared articles
    /// (``CorpusReport/keynessElsewhere``).
    public func keyness(_ i: Int) -> Result<ArticleKeyness, ShelfError> {
        Result { () throws(ShelfError) in try shelf.keyness(at: keynessSlots[i - CorpusReport.comparisonLimit]) }
    }

    /// What corpus.json reads back from the shelf: the figures and keyness of the articles past the
    /// compared ones.
    public var shelved: ShelvedEntries {
        let run = self
        return ShelvedEntries(figures: { run.figures($0) }, keyness: { run.keyness($0) })
    }

    /// Every article's whole report, all held at once (for small runs and tests).
    public func articles() throws(ShelfError) -> [ArticleReport] {
        try summaries.indices.map { i throws(ShelfError) in try article(i).get() }
    }
}

/// Articles analysed as their inputs are read, a batch at a time on several threads: each one's
/// tokens packed, its report put on the shelf and its digest kept. The packed tokens go to the
/// shelf's scratch file too when it has one, so the run holds only the digests.
final class ArticleIntake {
    private let analyzer: Analyzer
    let builder: ReportBuilder
    private let shelf: ArticleShelf
    private let jobs: Int
    private let vocabulary = TokenVocabulary()
    private var waiting: [Article] = []
    private var done: [(key: RecordKey, digest: ArticleDigest, tokens: StoredTokens, slot: ArticleShelf.Slot,
                        figures: ArticleShelf.Slot)] = []

    /// Articles analysed together: enough to keep every thread busy, few enough to hold.
    static let batchPerJob = 16

    init(analyzer: Analyzer, builder: ReportBuilder, shelf: ArticleShelf, jobs: Int) {
        self.analyzer = analyzer
        self.builder = builder
        self.shelf = shelf
        self.jobs = jobs
    }

    /// Takes the articles of one input, analysing a batch once enough wait.
    func add(_ articles: [Article]) {
        waiting += articles
        if waiting.count >= Self.batchPerJob * jobs { analyseWaiting() }
    }

    /// The digests, shelf slots and packed tokens of every article, in ``RecordKey`` order (ties in
    /// the order read).
    func finish() -> (digests: [ArticleDigest], slots: [ArticleShelf.Slot], figures: [ArticleShelf.Slot],
                      packed: PackedCorpus) {
        analyseWaiting()
        let order = done.indices.sorted { (done[$0].key, $0) < (done[$1].key, $1) }
        let packed = PackedCorpus(stored: order.map { done[$0].tokens }, scratch: shelf.scratch,
                                  vocabulary: vocabulary.finish())
        let result = (order.map { done[$0].digest }, order.map { done[$0].slot }, order.map { done[$0].figures }, packed)
        done = []
        return result
    }

    /// Takes articles analysed already (from records): each is packed and shelved at once.
    func add(analysed analyses: [ArticleAnalysis]) {
        let (builder, vocabulary, shelf) = (self.builder, self.vocabulary, self.shelf)
        keep(ParallelWork.map(analyses, jobs: jobs, batch: 1) {
            Self.pack(analysis: $0, builder: builder, vocabulary: vocabulary, shelf: shelf)
        })
    }

    private func analyseWaiting() {
        guard !waiting.isEmpty else { return }
        let (analyzer, builder, vocabulary, shelf) = (self.analyzer, self.builder, self.vocabulary, self.shelf)
        let analysed = ParallelWork.map(waiting, jobs: jobs, batch: 1) { article in
            Self.pack(analysis: analyzer.analyze(article), builder: builder, vocabulary: vocabulary, shelf: shelf)
        }
        waiting = []
        keep(analysed)
    }

    /// An analysed article's key, digest, packed tokens and pending report, prepared for `shelf`.
    private static func pack(analysis: ArticleAnalysis, builder: ReportBuilder, vocabulary: TokenVocabulary,
                             shelf: ArticleShelf)
        -> (RecordKey, ArticleDigest, PackedTokens, ArticleShelf.PreparedReport) {
        var analysis = analysis
        let packed = vocabulary.pack(analysis.tokens)
        analysis.tokens = []
        let pending = builder.pending(analysis)
        return (RecordKey(analysis.article), pending.digest, packed, shelf.prepare(pending.report))
    }

    /// Shelves each packed article's report and keeps the rest, in the order given.
    private func keep(_ analysed: [(RecordKey, ArticleDigest, PackedTokens, ArticleShelf.PreparedReport)]) {
        for (key, digest, packed, pending) in analysed {
            let slots = shelf.shelve(pending)
            done.append((key, digest, StoredTokens(packed, scratch: shelf.scratch), slots.report, slots.figures))
        }
    }
}

/// Times phases one after the other.
struct PhaseClock {
    private let clock = ContinuousClock()
    private var mark: ContinuousClock.Instant
    private(set) var timings: [(phase: String, seconds: Double, memory: ResidentMemory)] = []

    init() { mark = clock.now }

    /// Ends the phase `name` now, first handing back what it freed (``ResidentMemory/giveBackFreed()``),
    /// so that the memory read for it is what it still holds.
    mutating func lap(_ name: String) {
        ResidentMemory.giveBackFreed()
        let now = clock.now
        let elapsed = now - mark
        timings.append((name, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                        ResidentMemory.now()))
        mark = now
    }
}
