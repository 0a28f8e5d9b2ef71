import Foundation
import WenxiText

/// Ranks the terms of each article as keywords: TF-IDF, TextRank, or both combined.
///
/// - **TF-IDF**: tf = count / the article's term occurrences; idf from ``BackgroundIDF`` (jieba's
///   table; unknown terms get its median, compounds at least their rarest part's). When the input
///   holds at least ``Options/minimumCorpusDocuments`` articles, the input's own document
///   frequencies are mixed in: idf = (1 − λ)·idf_background + λ·ln(n / df), λ = n / (n + 50),
///   at most ½. A term every article of the input uses (its shared topic, a house style phrase)
///   then weighs less than one only this article uses.
/// - **TextRank**: ``TextRank`` over the article's terms in text order.
/// - **Combined**: the geometric mean of the two scores, each divided by its largest value in the
///   article: specific to this article (TF-IDF) and central in it (TextRank).
///
/// TF-IDF is the default because it ranked best where it was measured: on the four hand-written
/// test articles (TermsTestArticles, 22 subject terms), mean average precision of the top 10 was
/// 0.91 for TF-IDF, 0.88 for the combined score and 0.78 for TextRank. TextRank lifts frequent,
/// well connected but generic words (产业, 企业, 国家); the combination inherits some of that.
///
/// Candidates are the terms of ``TermExtractor``, so what can never rank is decided there and in
/// ``TermDiscovery``: stopwords (including vague report nouns such as 层面, 抓手, 合力), reduplicated
/// words (人人, 家家户户; an AA word only when its background IDF is below 10), numbers, and
/// compounds cut from a repeated slogan or quotation (a clause of 8 or more characters repeated
/// verbatim counts once; a compound needs 3 distinct contexts and boundary entropy of at least
/// 0.5 nats on both sides, with punctuation taken together with the word beyond it).
///
/// Lists are best first; ties are broken by term, so the same input gives the same list, order
/// and scores. A ``RedundancyFilter`` then drops terms that repeat better ones.
public struct KeywordExtractor: Sendable {
    /// How keywords are scored.
    public enum Method: String, Sendable, Hashable, Codable, CaseIterable {
        case tfidf
        case textrank
        case combined
    }

    /// The method and list size.
    public struct Options: Sendable, Hashable {
        public var method: Method
        /// The most keywords per article.
        public var top: Int
        /// TextRank's co-occurrence window, in terms.
        public var window: Int
        /// The fewest articles for the input's own document frequencies to count.
        public var minimumCorpusDocuments: Int
        /// Whether to drop keywords that repeat better ones.
        public var removeRedundant: Bool
        /// Pieces of fixed phrases (``BoundWords``) and items of slogan lists (``SloganLists``):
        /// their scores are multiplied by ``fragmentWeight``.
        public var fragments: Set<String> { didSet { exactFragments = Set(fragments.map(ExactString.init)) } }
        /// `fragments` by their bytes, which ``KeywordExtractor/keywords(for:weights:)`` looks up.
        var exactFragments: Set<ExactString>

        public init(method: Method = .tfidf, top: Int = 10, window: Int = 5,
                    minimumCorpusDocuments: Int = 5, removeRedundant: Bool = true, fragments: Set<String> = []) {
            self.fragments = fragments
            self.exactFragments = Set(fragments.map(ExactString.init))
            self.method = method
            self.top = max(top, 0)
            self.window = window
            self.minimumCorpusDocuments = minimumCorpusDocuments
            self.removeRedundant = removeRedundant
        }
    }

    public let background: BackgroundIDF
    public var options: Options

    /// The weight of a fragment's score: a piece of a fixed phrase (高质量 of 高质量发展, 共创 of a
    /// repeated slogan) or an item of a slogan list (规范化 of 制度化、规范化、程序化) names nothing by
    /// itself, yet it is a real word, so it is lowered, not dropped.
    public static let fragmentWeight = 0.25

    public init(background: BackgroundIDF, options: Options = Options()) {
        self.background = background
        self.options = options
    }

    /// An extractor over the shared background IDF table.
    public init(options: Options = Options()) throws(DataFileError) {
        self.init(background: try BackgroundIDF.shared(), options: options)
    }

    /// The keywords of each document, in the documents' order, each list best first.
    ///
    /// All documents are taken as one input: with enough of them, their document frequencies
    /// weigh in (see the type's documentation).
    public func keywords(for documents: [DocumentTerms]) -> [[Keyword]] {
        keywords(for: documents, weights: weights(for: documents))
    }

    /// The IDF weights these options give `documents`.
    public func weights(for documents: [DocumentTerms]) -> IDFWeights {
        IDFWeights(documents: documents, background: background, minimumDocuments: options.minimumCorpusDocuments)
    }

    /// The IDF weights these options give `documentCount` documents with these document frequencies.
    public func weights(documentCount: Int, documentFrequency: [String: Int]) -> IDFWeights {
        IDFWeights(documentCount: documentCount, documentFrequency: documentFrequency, background: background,
                   minimumDocuments: options.minimumCorpusDocuments)
    }

    /// The same, the terms by their bytes (``ExactString``).
    public func weights(documentCount: Int, frequency: [ExactString: Int]) -> IDFWeights {
        IDFWeights(documentCount: documentCount, frequency: frequency, background: background,
                   minimumDocuments: options.minimumCorpusDocuments)
    }

    /// The keywords of each document with precomputed `weights`, on `jobs` threads.
    public func keywords(for documents: [DocumentTerms], weights: IDFWeights, jobs: Int = 1) -> [[Keyword]] {
        ParallelWork.map(documents, jobs: jobs, batch: 16) { keywords(for: $0, weights: weights) }
    }

    /// The keywords of one document, with the given IDF weights.
    public func keywords(for document: DocumentTerms, weights: IDFWeights) -> [Keyword] {
        keywords(for: document, weights: weights, tfidf: nil)
    }

    /// The keywords of one document whose TF-IDF scores by these weights (``tfidf(_:weights:)``)
    /// are `scores` already: the corpus stage computes them once for the keywords and the
    /// document's vector.
    public func keywords(for document: DocumentTerms, weights: IDFWeights, tfidf scores: [String: Double]) -> [Keyword] {
        keywords(for: document, weights: weights, tfidf: .some(Self.exact(scores)))
    }

    /// The same with the scores keyed by the terms' bytes (``exactTFIDF(_:weights:)``).
    public func keywords(for document: DocumentTerms, weights: IDFWeights, exactTFIDF scores: [ExactString: Double]) -> [Keyword] {
        keywords(for: document, weights: weights, tfidf: .some(scores))
    }

    private func keywords(for document: DocumentTerms, weights: IDFWeights, tfidf given: [ExactString: Double]?) -> [Keyword] {
        let counts = document.counts
        guard counts.total > 0, options.top > 0 else { return [] }
        var scores: [ExactString: Double] = [:]
        switch options.method {
        case .tfidf:
            scores = given ?? exactTFIDF(document, weights: weights)
        case .textrank:
            scores = Self.exact(TextRank(window: options.window).scores(document.occurrences.map(\.term)))
        case .combined:
            let a = KeywordExtractor.normalized(given ?? exactTFIDF(document, weights: weights))
            let b = KeywordExtractor.normalized(Self.exact(TextRank(window: options.window).scores(document.occurrences.map(\.term))))
            for (term, x) in a { scores[term] = (x * (b[term] ?? 0)).squareRoot() }
        }
        if !options.exactFragments.isEmpty {
            for (term, score) in scores where options.exactFragments.contains(term) {
                scores[term] = score * KeywordExtractor.fragmentWeight
            }
        }
        let ranked = scores.map { Keyword(term: $0.key.string, score: $0.value, count: counts.exactCounts[$0.key] ?? 0) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : ExactString($0.term) < ExactString($1.term) }
        return options.removeRedundant
            ? RedundancyFilter().filter(ranked, limit: options.top)
            : Array(ranked.prefix(options.top))
    }

    /// TF-IDF of every term of `document`: its count over the document's term occurrences, times
    /// the term's IDF by `weights`.
    public func tfidf(_ document: DocumentTerms, weights: IDFWeights) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: exactTFIDF(document, weights: weights).map { ($0.key.string, $0.value) })
    }

    /// ``tfidf(_:weights:)`` keyed by the terms' bytes, as the document's counts are: no term is
    /// hashed as a `String` (which normalizes it).
    public func exactTFIDF(_ document: DocumentTerms, weights: IDFWeights) -> [ExactString: Double] {
        let total = Double(document.counts.total)
        var result: [ExactString: Double] = [:]
        result.reserveCapacity(document.counts.distinctCount)
        for (key, count) in document.counts.exactCounts {
            let term = key.string
            let parts = document.compoundParts.isEmpty ? [] : document.compoundParts[term] ?? []
            result[key] = Double(count) / total * weights.idf(of: key, parts: parts)
        }
        return result
    }

    /// `scores` keyed by the terms' bytes.
    static func exact(_ scores: [String: Double]) -> [ExactString: Double] {
        Dictionary(uniqueKeysWithValues: scores.map { (ExactString($0.key), $0.value) })
    }

    /// Scores divided by the largest (all 0 when the largest is not positive).
    static func normalized<Key>(_ scores: [Key: Double]) -> [Key: Double] {
        let top = scores.values.max() ?? 0
        guard top > 0 else { return scores.mapValues { _ in 0 } }
        return scores.mapValues { $0 / top }
    }
}

/// The IDF of terms for one input: background, mixed with the input's own when it is large enough.
public struct IDFWeights: Sendable {
    public let background: BackgroundIDF
    /// The number of documents of the input.
    public let documentCount: Int
    /// In how many documents of the input each term occurs.
    public var documentFrequency: [String: Int] {
        Dictionary(uniqueKeysWithValues: frequency.map { ($0.key.string, $0.value) })
    }
    /// The same by the terms' bytes, which ``idf(of:parts:)`` reads (see ``ExactString``).
    private let frequency: [ExactString: Int]
    /// The weight of the input's own IDF, λ = n / (n + 50) capped at ½; 0 below the minimum.
    public let corpusWeight: Double

    public init(documents: [DocumentTerms], background: BackgroundIDF, minimumDocuments: Int = 5) {
        var df: [ExactString: Int] = [:]
        for document in documents { for term in document.counts.exactCounts.keys { df[term, default: 0] += 1 } }
        self.init(documentCount: documents.count, frequency: df, background: background, minimumDocuments: minimumDocuments)
    }

    /// The weights of `documentCount` documents whose terms occur in `documentFrequency` of them:
    /// what a pass over documents not held together counts.
    public init(documentCount: Int, documentFrequency: [String: Int], background: BackgroundIDF, minimumDocuments: Int = 5) {
        self.init(documentCount: documentCount,
                  frequency: Dictionary(uniqueKeysWithValues: documentFrequency.map { (ExactString($0.key), $0.value) }),
                  background: background, minimumDocuments: minimumDocuments)
    }

    /// The weights of `documentCount` documents whose terms occur in `frequency` of them, the
    /// terms by their bytes.
    public init(documentCount: Int, frequency: [ExactString: Int], background: BackgroundIDF, minimumDocuments: Int = 5) {
        self.background = background
        self.documentCount = documentCount
        self.frequency = frequency
        let n = Double(documentCount)
        self.corpusWeight = documentCount >= max(minimumDocuments, 2) ? min(0.5, n / (n + 50)) : 0
    }

    /// The IDF of `term` (with its compound `parts`, if any).
    public func idf(of term: String, parts: [String] = []) -> Double {
        idf(of: ExactString(term), parts: parts)
    }

    /// The IDF of `term`, given by its bytes.
    public func idf(of term: ExactString, parts: [String] = []) -> Double {
        let base = background.idf(of: term.string, parts: parts)
        guard corpusWeight > 0 else { return base }
        let df = Double(max(frequency[term] ?? 0, 1))
        let own = log(Double(documentCount) / df)
        return (1 - corpusWeight) * base + corpusWeight * own
    }
}
