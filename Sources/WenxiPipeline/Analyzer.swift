import Foundation
import WenxiArticles
import WenxiEntities
import WenxiFigures
import WenxiSegmentation
import WenxiTerms
import WenxiText

/// The whole per-article pipeline: articles, sentences, entities, figures, tokens.
///
/// Holds one of each stage, loaded once; a value that can be shared across tasks.
public struct Analyzer: Sendable {
    /// How the analysis runs.
    public struct Options: Sendable {
        /// Read Traditional characters as Simplified.
        public var simplify: Bool = false
        /// Words that always win in segmentation.
        public var userDictionary: UserDictionary = UserDictionary()
        /// Entities that always win in recognition.
        public var userEntities: [UserEntity] = []
        /// Anchors relative dates and fills missing years (the article's dateline comes first).
        public var referenceDate: CalendarDate?

        public init(simplify: Bool = false, userDictionary: UserDictionary = UserDictionary(),
                    userEntities: [UserEntity] = [], referenceDate: CalendarDate? = nil) {
            self.simplify = simplify
            self.userDictionary = userDictionary
            self.userEntities = userEntities
            self.referenceDate = referenceDate
        }
    }

    public let options: Options
    public let lexicon: Lexicon
    public let segmenter: Segmenter
    public let splitter: ArticleSplitter
    public let sentenceSplitter = SentenceSplitter()
    public let recognizer: EntityRecognizer
    public let figureExtractor = FigureExtractor()
    /// Segments with entities kept whole and picks out terms.
    public let termExtractor: TermExtractor
    public let background: BackgroundIDF
    /// Segmenter sessions reused from one article to the next.
    private let sessions: Segmenter.SessionPool

    public init(options: Options = Options()) throws(DataFileError) {
        self.options = options
        let lexicon = try Lexicon.shared()
        self.lexicon = lexicon
        segmenter = Segmenter(lexicon: lexicon, userDictionary: options.userDictionary,
                              options: .init(simplify: options.simplify))
        splitter = ArticleSplitter(isWord: { lexicon.contains($0) })
        recognizer = try EntityRecognizer(segmenter: segmenter, options: .init(simplify: options.simplify),
                                          userEntities: options.userEntities)
        background = try BackgroundIDF.shared()
        termExtractor = TermExtractor(segmenter: segmenter, stopwords: try Stopwords.shared(), background: background)
        sessions = Segmenter.SessionPool(segmenter)
    }

    /// The articles of one page.
    public func articles(in text: String, path: String?) -> [Article] {
        splitter.articles(in: text, path: path)
    }

    /// Everything the stages find in one article.
    ///
    /// - Complexity: O(*n*) in the article's length (times the longest lexicon word).
    public func analyze(_ article: Article) -> ArticleAnalysis {
        sessions.withSession { analyze(article, session: $0) }
    }

    /// ``analyze(_:)`` with `session`, a session of ``segmenter``.
    private func analyze(_ article: Article, session: Segmenter.Session) -> ArticleAnalysis {
        let text = article.text
        // One segmentation for both stages: the terms' pass cuts again only the runs the entities change.
        let segmentation = session.segmentation(of: text.unicodeScalars.map(\.value))
        let entities = recognizer.mentions(in: text, segmentation: segmentation)
        let figures = figureExtractor.figures(in: text, dateline: article.dateline, referenceDate: options.referenceDate)
        let tokens = termExtractor.tokens(
            in: text, entities: entities.map { TermEntity(range: $0.start..<$0.end, type: $0.type.rawValue) },
            reusing: segmentation, session: session)
        return ArticleAnalysis(
            article: article, sentences: sentenceSplitter.sentences(in: text),
            entities: entities, figures: figures, tokens: tokens,
            wordCount: tokens.filter { $0.kind != .punctuation && $0.kind != .symbol }.count,
            credits: recognizer.creditMentions(dateline: article.dateline, byline: article.byline, session: session))
    }
}

/// What the stages found in one article.
public struct ArticleAnalysis: Sendable, Hashable {
    public var article: Article
    public var sentences: [Sentence]
    /// Top-level entity mentions, in order, with offsets into `article.text`.
    public var entities: [EntityMention]
    /// Figures in order, with offsets into `article.text`.
    public var figures: [Figure]
    /// The article's words, normalized, entities kept whole and marked (emptied by
    /// ``Analyzer/analyzeCorpus(_:options:phase:)`` once its terms are counted, to save memory).
    public var tokens: [TermToken]
    /// Tokens that are not punctuation or symbols.
    public var wordCount: Int
    /// Entities of the credits outside the text (reporters, the dateline's agency), each with its
    /// ``EntityMention/field``.
    public var credits: [EntityMention] = []

    /// The sentence that holds code-point offset `offset`, if any.
    ///
    /// - Complexity: O(log *s*) in the number of sentences.
    public func sentence(containing offset: Int) -> Sentence? {
        let low = sentences.partitioningIndex { $0.end > offset }
        return low < sentences.count && sentences[low].start <= offset ? sentences[low] : nil
    }
}
