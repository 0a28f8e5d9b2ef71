import WenxiArticles
import WenxiTerms
import WenxiText

/// What the whole input holds: every article's analysis, its terms and keywords, and the
/// comparisons across articles.
public struct CorpusAnalysis: Sendable {
    /// One per article, in input order.
    public var articles: [ArticleAnalysis]
    /// Each article's terms (compounds discovered across the input included), in article order:
    /// the first ``Analyzer/CorpusOptions/documentsKept`` articles' only.
    public var documents: [DocumentTerms]
    /// The compounds discovered across the input.
    public var compounds: [Compound]
    /// Each article's keywords, best first.
    public var keywords: [[Keyword]]
    /// Cosine similarity over TF-IDF vectors (each cut to its ``Analyzer/CorpusOptions/similarityTerms``
    /// heaviest terms), between the first ``Analyzer/CorpusOptions/similarityShown`` articles only.
    public var similarity: [[Double]]
    /// Each article's ``Analyzer/CorpusOptions/neighbours`` most similar others over the same vectors
    /// (positive cosines, highest first, ties to the earlier article), for every article.
    public var nearest: [[NearestNeighbours.Neighbour]] = []
    /// Each article's overused terms against the rest (G² ≥ 3.84, p < 0.05), by G².
    public var keyness: [[Keyness]]
    /// Each article's number of distinct terms.
    public var distinctTerms: [Int] = []
    /// The term × article table: ``Analyzer/CorpusOptions/tableTerms`` terms, by corpus count.
    public var table = TermTableCounts()
}

/// The main terms of a corpus with their count in each article.
public struct TermTableCounts: Sendable, Hashable {
    /// The terms, by corpus count (highest first, ties by term).
    public var terms: [String]
    /// `counts[t][a]`: occurrences of `terms[t]` in article `a`.
    public var counts: [[Int]]

    public init(terms: [String] = [], counts: [[Int]] = []) {
        self.terms = terms
        self.counts = counts
    }
}

extension Analyzer {
    /// How the corpus stage runs.
    public struct CorpusOptions: Sendable, Hashable {
        /// Keywords per article.
        public var keywords: Int = 15
        public var method: KeywordExtractor.Method = .tfidf
        /// Key terms per article.
        public var keyTerms: Int = 15
        /// Threads.
        public var jobs: Int = 1
        /// Terms per TF-IDF vector for similarity (the heaviest).
        public var similarityTerms: Int = 100
        /// Nearest neighbours kept per article: three, the most similar others the corpus report
        /// has always listed (a reader follows one or two; more would grow corpus.json by a slug
        /// and a cosine per article each).
        public var neighbours: Int = 3
        /// Articles, the first ones, between which the full similarity matrix is computed: as many
        /// as the corpus report shows (``CorpusReport/comparisonLimit``); the matrix grows with
        /// their square, so a large corpus gets neighbours instead.
        public var similarityShown: Int = 60
        /// The most articles a term may be in and still be walked to find an article's neighbours
        /// (``NearestNeighbours/Options/walkLimit``): 1,000. Walking a term costs its article count
        /// for every article holding it, so terms in thousands of articles made the search *n*²
        /// (465 s of 792 for 100 MB, 20,880 articles); a term that frequent says little about which
        /// articles are alike. Corpora of up to 2,000 articles are searched exactly as before.
        public var neighbourWalkLimit: Int = 1_000
        /// The most candidates (articles sharing a walked term) whose exact cosine an article's
        /// neighbour search computes (``NearestNeighbours/Options/candidateLimit``): 1,000, as many
        /// as the walk limit. Candidates are computed best upper bound first and stop once no other
        /// can enter, which takes 3 per article on 2,088 articles (searched exactly as before) but
        /// 1,207 of 9,948 on 20,880 (100 MB), where the bound is loose as most terms are common,
        /// and each cosine costs the candidate's 100 terms. At 1,000, 98.3 % of the exact search's
        /// neighbours are kept on 100 MB, the search taking 8.6 s instead of 45–50 s (99.7 % at
        /// 2,500, timed only before candidates were taken from a heap). Corpora of up to 1,001
        /// articles are searched exactly by construction, the 10 MB corpus's 2,088 too (3 cosines
        /// per article).
        public var neighbourCandidateLimit: Int = 1_000
        /// Articles, the first ones, whose ``DocumentTerms`` the result holds (``CorpusAnalysis/documents``);
        /// the others' terms are counted once from the tokens (for the IDF and totals) and only
        /// their counts kept, a few bytes a distinct term (``CountedDocuments``), for the passes
        /// that read them after (keywords and vectors, then keyness and the term table), so a
        /// large corpus never holds their occurrences together. The report sets it to the articles its dispersion plot
        /// draws; TextRank and the combined method need every article's, and get them.
        public var documentsKept: Int = .max
        /// Terms in the term × article table (``CorpusAnalysis/table``), the most frequent in the
        /// corpus among the articles' first keywords.
        public var tableTerms: Int = 30
        /// How many of each article's keywords the table draws on.
        public var keywordsPerArticleInTable: Int = 5

        public init(keywords: Int = 15, method: KeywordExtractor.Method = .tfidf, keyTerms: Int = 15, jobs: Int = 1) {
            self.keywords = keywords
            self.method = method
            self.keyTerms = keyTerms
            self.jobs = jobs
        }
    }

    /// Analyzes every article, on `options.jobs` threads, then compares them.
    ///
    /// Articles are analyzed in parallel and independently; compound discovery, keywords, keyness
    /// and similarity then read all of them. The result does not depend on the number of threads.
    ///
    /// - Parameter phase: called after each phase with its name (for timings).
    public func analyzeCorpus(_ articles: [Article], options: CorpusOptions = CorpusOptions(),
                              phase: (String) -> Void = { _ in }) -> CorpusAnalysis {
        let analyses = ParallelWork.map(articles, jobs: options.jobs, batch: 1) { self.analyze($0) }
        phase("analyse articles (entities, figures, tokens)")
        return corpus(from: analyses, options: options, phase: phase)
    }

    /// The corpus stage alone: compares articles analysed already (by ``analyze(_:)``, in this
    /// process or read back from records), in the order given.
    ///
    /// - Parameter phase: called after each phase with its name (for timings).
    public func corpus(from analyses: [ArticleAnalysis], options: CorpusOptions = CorpusOptions(),
                       phase: (String) -> Void = { _ in }) -> CorpusAnalysis {
        let tokens = analyses.map(\.tokens)
        // The tokens have served once the terms are counted; a large corpus need not hold them.
        var articles = analyses
        for i in articles.indices { articles[i].tokens = [] }
        return corpus(articles: articles, tokens: { tokens[$0] }, options: options, phase: phase)
    }

    /// The corpus stage over articles analysed already whose tokens were packed (``TokenVocabulary``)
    /// and taken out of the analyses: `packed[i]` is the tokens of `analyses[i]`. The same result
    /// as ``corpus(from:options:phase:)`` with the tokens in place.
    public func corpus(from analyses: [ArticleAnalysis], packed: [PackedTokens], vocabulary: FrozenVocabulary,
                       options: CorpusOptions = CorpusOptions(), phase: (String) -> Void = { _ in }) -> CorpusAnalysis {
        corpus(articles: analyses, tokens: { vocabulary.tokens(packed[$0]) }, options: options, phase: phase)
    }

    /// The same over the tokens in `packed` alone, one list an article, which is emptied as soon
    /// as the terms are counted: the result's `articles` is empty, for a caller that keeps what it
    /// needs of each article itself (the report keeps a digest an article, not its text).
    public func corpus(packed: PackedCorpus, options: CorpusOptions = CorpusOptions(),
                       phase: (String) -> Void = { _ in }) -> CorpusAnalysis {
        corpus(articles: [], count: packed.count, tokens: { packed.tokens($0) }, options: options, phase: phase,
               counted: packed.release, scratch: packed.scratchFile)
    }

    /// Articles handed to one pass of the tallies at a time: their tokens are unpacked in parallel,
    /// then added in order; the pass holds no more than these tokens at once.
    static let talliedTogether = 64

    /// The compounds the texts hold and their fragments (pieces of fixed phrases and slogan-list
    /// items, which weigh less as keywords), from one pass over the tokens. The tallies are let go
    /// on return, before the terms are counted.
    private func tally(count: Int, tokens: @Sendable (Int) -> [TermToken], jobs: Int)
        -> (compounds: [Compound], fragments: Set<String>) {
        var tallies = CorpusTallies(discovery: TermDiscovery(stopwords: termExtractor.stopwords))
        tallies.add(count: count, chunk: Self.talliedTogether, jobs: jobs, tokens: tokens)
        return (tallies.compounds(), tallies.fragments())
    }

    /// The corpus stage, the tokens of article `i` given by `tokens(i)` (each asked for twice: for
    /// the tallies, then for the terms; the passes after that read the documents held or kept,
    /// and the tokens again only for a kept one the scratch file cannot give back).
    ///
    /// - Parameters:
    ///   - counted: called once the terms are counted, when `tokens` is asked no more.
    ///   - scratch: where the first pass keeps the counts of the articles not held.
    private func corpus(articles analyses: [ArticleAnalysis], count: Int? = nil,
                        tokens: @escaping @Sendable (Int) -> [TermToken],
                        options: CorpusOptions, phase: (String) -> Void,
                        counted: () -> Void = {}, scratch: ScratchFile? = nil) -> CorpusAnalysis {
        let count = count ?? analyses.count
        var extractor = termExtractor
        let (compounds, fragments) = tally(count: count, tokens: tokens, jobs: options.jobs)
        let known = extractor.options.compounds.byFirstPart.values.flatMap { $0 }
        extractor.options.compounds = CompoundSet(parts: known + compounds.map(\.parts))
        phase("discover compounds")
        let held = options.method == .tfidf ? min(count, options.documentsKept) : count
        var pass = DocumentPass(count: count, extractor: extractor, tokens: tokens, jobs: options.jobs)
        // First pass: what every document adds to the corpus (IDF, totals), the first `held` kept.
        // The others' counts are kept compactly for the passes after it, which read nothing else.
        var documents: [DocumentTerms] = []
        var kept = CountedDocuments(scratch: scratch)
        var distinct: [Int] = []
        pass.run(reusing: []) { i, document in
            kept.add(document, keep: i >= held)
            distinct.append(document.counts.distinctCount)
            if i < held { documents.append(document) }
        }
        let sums = kept.finish()
        let corpusCounts = TermCounts(Dictionary(uniqueKeysWithValues: zip(kept.terms, sums.totals)))
        let frequency = Dictionary(uniqueKeysWithValues: zip(kept.terms.lazy.map(ExactString.init), sums.documentFrequency))
        pass.counted = kept
        phase("terms")
        let keywords: [[Keyword]]
        var vectors: SparseVectors, shown: [[String: Double]]
        (keywords, vectors, shown) = secondPass(pass, reusing: documents, frequency: consume frequency,
                                                fragments: fragments, options: options)
        phase("keywords")
        let similarity = Similarity.matrix(shown, jobs: options.jobs)
        shown = []
        let nearest = NearestNeighbours.find(consume vectors, k: options.neighbours,
                                             options: .init(walkLimit: options.neighbourWalkLimit,
                                                            candidateLimit: options.neighbourCandidateLimit),
                                             jobs: options.jobs)
        phase("similarity")
        // Keyness comes after the neighbour search, with the table: the search's index and every
        // article's keyness (some 20 MB each for 20,000 articles) are then never held together.
        let (keyness, table) = Self.thirdPass(pass, reusing: documents, keywords: keywords, corpus: corpusCounts,
                                              options: options)
        counted()
        phase("keyness and term table")
        var result = CorpusAnalysis(articles: analyses, documents: documents, compounds: compounds, keywords: keywords,
                                    similarity: similarity, nearest: nearest, keyness: keyness)
        result.distinctTerms = distinct
        result.table = table
        return result
    }

    /// The second pass: each document's keywords and cut vector, by IDF weights from the document
    /// frequencies. The weights (a table of every term in the corpus) go on return.
    private func secondPass(_ pass: DocumentPass, reusing documents: [DocumentTerms], frequency: consuming [ExactString: Int],
                            fragments: Set<String>, options: CorpusOptions)
        -> (keywords: [[Keyword]], vectors: SparseVectors, shown: [[String: Double]]) {
        let extractorOfKeywords = KeywordExtractor(background: background, options: .init(
            method: options.method, top: options.keywords, fragments: fragments))
        let weights = extractorOfKeywords.weights(documentCount: pass.count, frequency: consume frequency)
        var keywords: [[Keyword]] = []
        // Every cut vector for the neighbours, compactly; the first ones as they are for the matrix.
        var vectors = SparseVectors(), shown: [[String: Double]] = []
        pass.run(reusing: documents, each: { document in
            let scores = extractorOfKeywords.exactTFIDF(document, weights: weights)
            return (extractorOfKeywords.keywords(for: document, weights: weights, exactTFIDF: scores),
                    Self.cut(scores, to: options.similarityTerms))
        }) { i, result in
            keywords.append(result.0)
            vectors.append(exact: result.1)
            if i < options.similarityShown {
                shown.append(Dictionary(uniqueKeysWithValues: result.1.map { ($0.key.string, $0.value) }))
            }
        }
        return (keywords, vectors, shown)
    }

    /// The third pass: each document's keyness against the corpus, and the term × article table
    /// (the terms among each article's first keywords that the corpus holds most often, and their
    /// count in every article).
    private static func thirdPass(_ pass: DocumentPass, reusing held: [DocumentTerms], keywords: [[Keyword]],
                                  corpus: TermCounts, options: CorpusOptions)
        -> (keyness: [[Keyness]], table: TermTableCounts) {
        let terms = tableTerms(keywords: keywords, corpus: corpus, options: options)
        var keyness: [[Keyness]] = []
        var counts = [[Int]](repeating: [], count: terms.count)
        pass.run(reusing: held, each: { document in
            (Keyness.distinctiveTerms(of: document.counts, corpus: corpus, top: options.keyTerms),
             terms.map { document.counts[$0] })
        }) { _, result in
            keyness.append(result.0)
            for t in terms.indices { counts[t].append(result.1[t]) }
        }
        return (keyness, terms.isEmpty ? TermTableCounts() : TermTableCounts(terms: terms, counts: counts))
    }

    /// The term table's terms: those among each article's first keywords that the corpus holds
    /// most often, most frequent first (ties by term).
    private static func tableTerms(keywords: [[Keyword]], corpus: TermCounts, options: CorpusOptions) -> [String] {
        var chosen = Set<String>()
        for list in keywords { for keyword in list.prefix(options.keywordsPerArticleInTable) { chosen.insert(keyword.term) } }
        let ranked: [(term: String, count: Int)] = chosen.map { ($0, corpus[$0]) }.filter { $0.count > 0 }
        return ranked.sorted { $0.count != $1.count ? $0.count > $1.count : $0.term < $1.term }
            .prefix(options.tableTerms).map(\.term)
    }

    /// A document's TF-IDF vector (``KeywordExtractor/tfidf(_:weights:)``, the same as
    /// ``Similarity/tfidfVector(_:weights:)``) cut to its `terms` heaviest terms: the cosine is then
    /// an approximation dominated by what matters, and the inverted index's postings stay short.
    private static func cut<Term: Comparable>(_ vector: [Term: Double], to terms: Int) -> [Term: Double] {
        guard vector.count > terms else { return vector }
        let kept = vector.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(terms)
        return Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
    }
}

/// One pass over every article's ``DocumentTerms``, a chunk at a time on several threads: those
/// held already are reused, the others read back from `counted` once the first pass has kept them
/// there, else made again from the tokens; either kind is let go after the chunk.
struct DocumentPass {
    let count: Int
    let extractor: TermExtractor
    let tokens: @Sendable (Int) -> [TermToken]
    let jobs: Int
    /// The counts of the articles past those held, in order, from the first pass.
    var counted = CountedDocuments()

    /// Documents made together: enough to keep every thread busy, few enough to hold.
    static let chunk = 64

    /// Calls `take` with each article's number and document, in order.
    func run(reusing held: [DocumentTerms], take: (Int, DocumentTerms) -> Void) {
        run(reusing: held, each: { $0 }, take: take)
    }

    /// Calls `take` with each article's number and `each` of its document (worked out in
    /// parallel), in order.
    func run<Value: Sendable>(reusing held: [DocumentTerms], each: @Sendable @escaping (DocumentTerms) -> Value,
                              take: (Int, Value) -> Void) {
        let (extractor, tokens, counted) = (self.extractor, self.tokens, self.counted)
        let countedFrom = count - counted.count
        ParallelWork.inChunks(count: count, chunk: Self.chunk, jobs: jobs, { i in
            if i < held.count { return each(held[i]) }
            if counted.count > 0 && i >= countedFrom, let document = counted.document(i - countedFrom) { return each(document) }
            return each(extractor.document(from: tokens(i)))
        }, take: take)
    }
}
