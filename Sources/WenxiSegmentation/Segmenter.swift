import Foundation
import WenxiText

/// Splits Chinese text into words.
///
/// The text is folded for analysis (``TextNormalizer``: width, optionally Traditional →
/// Simplified) one code point for one, so every token keeps its offsets into the original. Then:
/// 1. User-dictionary words, URLs and e-mail addresses, and any protected spans the caller gives
///    (recognized entities) are fixed as tokens first: they always win.
/// 2. Every stretch that is not ideographic (numbers, Latin words, punctuation, other scripts) is
///    broken by ICU's word break iterator.
/// 3. Every ideographic stretch is cut by the lexicon: the most probable path through all the
///    lexicon words found in it (a unigram model over jieba's frequencies); with
///    ``Options/discoverWords``, runs of single characters the lexicon cannot join are handed to
///    jieba's hidden Markov model, which finds words the lexicon lacks.
/// 4. Figures are kept as one token each (``FigureSpans``, fixed before step 2): 3,000.5, -2.5, 2001年, 12月,
///    1995年10月, 17%, 2.37亿, 5000多, 三千零五十, 二○○一年, 两三条, 第六届; runs of —— and …… stay whole.
///
/// A `Segmenter` is a value and can be shared across tasks; each call makes its own ICU iterator.
/// For many small texts, make one ``Session`` per task and reuse it.
public struct Segmenter: Sendable {
    /// How the segmenter works.
    public struct Options: Sendable, Hashable {
        /// Find words the lexicon lacks with jieba's hidden Markov model. Off by default: on the
        /// SIGHAN 2005 MSR set it lowers F (0.851 against 0.863) more than it finds new words;
        /// names and new terms are found by the entity and term stages instead.
        public var discoverWords: Bool = false
        /// Read Traditional characters as Simplified.
        public var simplify: Bool = false
        /// Join figures (numbers with their units) into single tokens.
        public var joinFigures: Bool = true
        /// How long the words are. Coarse by default: the analysis stages (terms, keywords,
        /// entities) want compounds whole; `wenxi segment` defaults to fine.
        public var granularity: Granularity = .coarse

        public init(discoverWords: Bool = false, simplify: Bool = false, joinFigures: Bool = true,
                    granularity: Granularity = .coarse) {
            self.discoverWords = discoverWords
            self.simplify = simplify
            self.joinFigures = joinFigures
            self.granularity = granularity
        }
    }

    /// How long the words are.
    public enum Granularity: String, Sendable, Hashable, Codable, CaseIterable {
        /// Short words: a lexicon compound whose parts are frequent words is split into them
        /// (信息技术 → 信息 技术), as the PKU standard segments.
        case fine
        /// Long words: the lexicon's compounds whole, as jieba cuts.
        case coarse
    }

    public let lexicon: Lexicon
    public let options: Options
    package let normalizer: TextNormalizer
    let user: UserDictionary.Matcher
    let userTags: [String?]
    /// Added to the log-probability of every token on the path (``SegmentationWeights``).
    let tokenBonus: Float
    /// Added again for every lexicon word of two or more characters.
    let wordBonus: Float

    public init(lexicon: Lexicon, userDictionary: UserDictionary = UserDictionary(), options: Options = Options()) {
        self.lexicon = lexicon
        self.options = options
        self.normalizer = TextNormalizer(simplify: options.simplify)
        self.user = userDictionary.matcher(normalizer: normalizer)
        self.userTags = user.tags
        self.tokenBonus = options.granularity == .fine ? SegmentationWeights.fineTokenBonus : 0
        self.wordBonus = options.granularity == .fine ? SegmentationWeights.fineWordBonus : 0
    }

    /// A segmenter over the shared lexicon.
    public init(userDictionary: UserDictionary = UserDictionary(), options: Options = Options()) throws(DataFileError) {
        self.init(lexicon: try Lexicon.shared(), userDictionary: userDictionary, options: options)
    }

    /// The tokens of `text`, in order. White space is not a token.
    ///
    /// - Parameter protected: code-point ranges (entities, say) that must come out as single tokens.
    /// - Complexity: O(*n* · *m*), *m* the longest lexicon word.
    public func tokens(in text: String, protecting protected: [Range<Int>] = []) -> [Token] {
        Session(self).tokens(in: text, protecting: protected)
    }

    /// Segments texts one after another with one ICU iterator. Not to be shared between tasks.
    public final class Session {
        let segmenter: Segmenter
        let breaker: BreakIterator?
        let scratch = PathScratch()

        public init(_ segmenter: Segmenter) {
            self.segmenter = segmenter
            self.breaker = try? BreakIterator(.word)
        }

        /// The tokens of `text`, in order.
        public func tokens(in text: String, protecting protected: [Range<Int>] = []) -> [Token] {
            let original = Array(text.unicodeScalars)
            let spans = self.spans(of: original.map(\.value), protecting: protected)
            return spans.map { span in
                Token(text: String(String.UnicodeScalarView(original[Int(span.start)..<Int(span.end)])),
                      start: Int(span.start), end: Int(span.end), kind: span.kind,
                      tag: segmenter.tag(of: span))
            }
        }

        /// The folded form of each Basic Multilingual Plane code point met so far, or `unknown`.
        private var foldTable: [UInt32] = []
        private static let unknown = UInt32.max

        /// `scalars` folded as ``TextNormalizer/fold(_:)`` folds them, remembering each code point's
        /// fold for the session's later texts (ICU is asked once per distinct code point).
        ///
        /// - Complexity: O(*n*).
        func fold(_ scalars: [UInt32]) -> [UInt32] {
            var result = scalars
            let simplify = segmenter.options.simplify
            for i in result.indices {
                let c = result[i]
                if c < 0x80 || (!simplify && c >= 0x4E00 && c <= 0x9FFF) { continue }
                guard c < 0x10000 else {
                    result[i] = segmenter.normalizer.fold([c]).first ?? c
                    continue
                }
                if foldTable.isEmpty { foldTable = Array(repeating: Session.unknown, count: 0x10000) }
                var folded = foldTable[Int(c)]
                if folded == Session.unknown {
                    folded = segmenter.normalizer.fold([c]).first ?? c
                    foldTable[Int(c)] = folded
                }
                result[i] = folded
            }
            return result
        }

        /// The token spans of `scalars` (original code points).
        public func spans(of scalars: [UInt32], protecting protected: [Range<Int>] = []) -> [TokenSpan] {
            let folded = fold(scalars)
            return folded.withUnsafeBufferPointer { text in
                var builder = SpanBuilder(segmenter: segmenter, text: text, breaker: breaker, scratch: scratch)
                builder.run(protected: protected)
                return builder.spans
            }
        }
    }

    /// What the dictionaries say of a token: the lexicon entry it was cut as, or for a user word its
    /// tag with frequency 0; `nil` for a token that is neither.
    public func entry(of span: TokenSpan) -> Lexicon.Entry? {
        if span.userWord >= 0 { return Lexicon.Entry(frequency: 0, tag: userTags[Int(span.userWord)] ?? "") }
        guard span.lexiconEntry >= 0 else { return nil }
        let index = Int(span.lexiconEntry)
        return Lexicon.Entry(frequency: lexicon.storage.frequency(index), tag: lexicon.storage.tag(index))
    }

    /// The lexicon's tags, by the number ``lexiconWord(of:)`` gives.
    package var lexiconTags: [String] { lexicon.storage.tags }

    /// The tag number and frequency of a span cut as a lexicon word (not a user word), without
    /// making its tag a `String`; `nil` for any other span.
    @inline(__always)
    package func lexiconWord(of span: TokenSpan) -> (tag: Int, frequency: UInt32)? {
        guard span.userWord < 0, span.lexiconEntry >= 0 else { return nil }
        let index = Int(span.lexiconEntry)
        return (Int(lexicon.storage.records[index].tag), lexicon.storage.frequency(index))
    }

    /// `scalars` folded as the segmenter reads them (width, optionally Traditional → Simplified),
    /// one code point for one.
    public func fold(_ scalars: [UInt32]) -> [UInt32] { normalizer.fold(scalars) }

    /// The tag of a span, from the user dictionary or the lexicon.
    public func tag(of span: TokenSpan) -> String? {
        if span.userWord >= 0 { return userTags[Int(span.userWord)] }
        if span.lexiconEntry >= 0 {
            let tag = lexicon.storage.tag(Int(span.lexiconEntry))
            return tag.isEmpty ? nil : tag
        }
        return nil
    }
}

extension Segmenter {
    /// The part-of-speech tag `wenxi segment --pos` prints for `span` of `scalars`: the user
    /// dictionary's or the lexicon's tag (jieba's tag set); for figures `m` (`t` when it closes
    /// with a date or time unit: 2001年, 15时); `eng` for Latin words, `url` for links, `x` for
    /// punctuation and symbols; `un` for a word the lexicon does not know.
    public func partOfSpeech(of span: TokenSpan, in scalars: [UInt32]) -> String {
        switch span.kind {
        case .number:
            let last = Int(span.end) - 1
            guard last >= 0, last < scalars.count else { return "m" }
            return Segmenter.timeUnits.contains(scalars[last]) ? "t" : "m"
        case .latin: return "eng"
        case .link: return "url"
        case .punctuation, .symbol: return "x"
        case .word: return tag(of: span) ?? "un"
        }
    }

    /// 年 月 日 号 时 分 秒: a figure closing with one is a time word.
    static let timeUnits: Set<UInt32> = Set("年月日号时分秒".unicodeScalars.map(\.value))
}

/// A token's place in the text, without its string: what the hot paths pass around.
public struct TokenSpan: Sendable, Hashable {
    public var start: Int32
    public var end: Int32
    public var kind: Token.Kind
    /// Index of the lexicon entry the token is, or -1.
    public var lexiconEntry: Int32 = -1
    /// Index of the user-dictionary word the token is, or -1.
    var userWord: Int32 = -1

    init(_ start: Int, _ end: Int, _ kind: Token.Kind, lexiconEntry: Int = -1, userWord: Int = -1) {
        self.start = Int32(start)
        self.end = Int32(end)
        self.kind = kind
        self.lexiconEntry = Int32(lexiconEntry)
        self.userWord = Int32(userWord)
    }

    public var range: Range<Int> { Int(start)..<Int(end) }
}
