import WenxiSegmentation
import WenxiText

/// One word of a text as the corpus tools count it: a token of the term stage's segmentation, with
/// entities kept whole and discovered compounds joined, exactly as the terms and keywords see it.
public struct CorpusWord: Sendable, Hashable, Codable {
    /// The normalized form (width-folded; simplified when the segmenter simplifies).
    public var text: String
    /// Code-point offset of the first character in the article text.
    public var start: Int
    /// Code-point offset just past the last character (exclusive).
    public var end: Int
    /// False for punctuation and symbols: they break n-grams and are not counted as words.
    public var isWord: Bool
    /// Whether the term stage counts it as a term (a content word, compound, entity or Latin term).
    public var isTerm: Bool

    public init(text: String, start: Int, end: Int, isWord: Bool = true, isTerm: Bool = false) {
        self.text = text
        self.start = start
        self.end = end
        self.isWord = isWord
        self.isTerm = isTerm
    }
}

/// One article as the corpus tools read it: its words in order, its text for contexts and its date.
public struct CorpusDocument: Sendable, Hashable, Codable {
    /// The input path (nil for standard input).
    public var path: String?
    /// The article's number within its input, from 1.
    public var article: Int
    public var title: String?
    /// The dateline's date as YYYY-MM-DD (a missing year from the reference date), if it gives one.
    public var date: String?
    /// The article text the offsets point into.
    public var text: String
    /// Every token, punctuation included, in order.
    public var words: [CorpusWord]

    public init(path: String? = nil, article: Int = 1, title: String? = nil, date: String? = nil,
                text: String, words: [CorpusWord]) {
        self.path = path
        self.article = article
        self.title = title
        self.date = date
        self.text = text
        self.words = words
    }

    /// A document of the given tokens written one after another (for tests and small inputs):
    /// tokens made only of punctuation or symbols are not words; `terms` marks which are terms.
    public init(path: String? = nil, article: Int = 1, tokens: [String], terms: Set<String> = []) {
        var words: [CorpusWord] = []
        var offset = 0
        for token in tokens {
            let length = token.unicodeScalars.count
            let isWord = token.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            words.append(CorpusWord(text: token, start: offset, end: offset + length, isWord: isWord,
                                    isTerm: terms.contains(token)))
            offset += length
        }
        self.init(path: path, article: article, text: tokens.joined(), words: words)
    }

    /// The words that are not punctuation or symbols, in order.
    public var wordTexts: [String] { words.filter(\.isWord).map(\.text) }

    /// The number of words (punctuation and symbols excluded).
    public var wordCount: Int { words.reduce(0) { $0 + ($1.isWord ? 1 : 0) } }

    /// A short name: path#article (or -#article for standard input).
    public var label: String { "\(path ?? "-")#\(article)" }
}

extension TermExtractor {
    /// The words of `tokens` for the corpus tools: the same walk as ``terms(from:)``, keeping every
    /// token, with each compound joined into one word and each entity one word.
    ///
    /// - Complexity: O(*n*) in the number of tokens (times the longest compound).
    public func corpusWords(from tokens: [TermToken]) -> [CorpusWord] {
        var result: [CorpusWord] = []
        result.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            let isWord = token.kind != .punctuation && token.kind != .symbol
            if token.entityType != nil {
                result.append(CorpusWord(text: token.text, start: token.start, end: token.end,
                                         isTerm: !stopwords.contains(token.text)))
                i += 1
                continue
            }
            if token.kind == .word, let parts = options.compounds.match(tokens, at: i) {
                let last = tokens[i + parts.count - 1]
                result.append(CorpusWord(text: parts.joined(), start: token.start, end: last.end, isTerm: true))
                i += parts.count
                continue
            }
            result.append(CorpusWord(text: token.text, start: token.start, end: token.end, isWord: isWord,
                                     isTerm: termKind(tokens, i) != nil))
            i += 1
        }
        return result
    }
}
