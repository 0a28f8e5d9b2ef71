import WenxiArticles
import WenxiTerms
import WenxiText

/// What the whole input holds: every article's analysis, its terms and keywords, and the
/// comparisons across articles.
public struct CorpusAnalysis: Sendable {
    /// One per article, in input order.
    public var articles: [ArticleAnalysis]
    /// Each article's terms (compounds discovered across the input included), in article order.
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
    /// The IDF weights the keywords and similarity used.
    public var weights: IDFWeights
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
        var analyses = analyses
        var extractor = termExtractor
        var compounds: [Compound] = []
        if let discovery = try? TermDiscovery() {
            compounds = discovery.compounds(in: analyses.map(\.tokens))
            let known = extractor.options.compounds.byFirstPart.values.flatMap { $0 }
            extractor.options.compounds = CompoundSet(parts: known + compounds.map(\.parts))
        }
        // Pieces of fixed phrases and slogan-list items weigh less as keywords.
        let fragments = BoundWords.find(in: analyses.map(\.tokens)).union(SloganLists.find(in: analyses.map(\.tokens)))
        phase("discover compounds")
        let documents = ParallelWork.map(analyses, jobs: options.jobs, batch: 4) { [extractor] in
            extractor.document(from: $0.tokens)
        }
        phase("terms")
        // The tokens have served; a large corpus need not hold them any longer.
        for i in analyses.indices { analyses[i].tokens = [] }
        let extractorOfKeywords = KeywordExtractor(background: background, options: .init(
            method: options.method, top: options.keywords, fragments: fragments))
        let weights = extractorOfKeywords.weights(for: documents)
        let keywords = extractorOfKeywords.keywords(for: documents, weights: weights, jobs: options.jobs)
        phase("keywords")
        // Each vector keeps its `similarityTerms` heaviest terms: the cosine is then an approximation
        // dominated by what matters, and the inverted index's postings stay short.
        let vectors = Similarity.tfidfVectors(documents, weights: weights).map { vector -> [String: Double] in
            guard vector.count > options.similarityTerms else { return vector }
            let kept = vector.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .prefix(options.similarityTerms)
            return Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
        }
        let nearest = NearestNeighbours.find(vectors, k: options.neighbours,
                                             options: .init(walkLimit: options.neighbourWalkLimit), jobs: options.jobs)
        let similarity = Similarity.matrix(Array(vectors.prefix(options.similarityShown)), jobs: options.jobs)
        phase("similarity")
        let keyness = Keyness.distinctiveTerms(of: documents.map(\.counts), top: options.keyTerms)
        phase("keyness")
        return CorpusAnalysis(articles: analyses, documents: documents, compounds: compounds, keywords: keywords,
                              similarity: similarity, nearest: nearest, keyness: keyness, weights: weights)
    }
}
