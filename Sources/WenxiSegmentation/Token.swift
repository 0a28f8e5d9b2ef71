/// One word of a segmented text.
public struct Token: Sendable, Hashable, Codable {
    /// What a token is made of.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Chinese characters: a lexicon word, a discovered word or a single character.
        case word
        /// A figure: Arabic or Chinese numerals, with the unit, magnitude or measure that closes it.
        case number
        /// Latin letters (possibly with digits): a word, an abbreviation, a model name.
        case latin
        /// A URL or an e-mail address.
        case link
        /// Punctuation, including runs such as —— and …….
        case punctuation
        /// Anything else: symbols, other scripts.
        case symbol
    }

    /// The token as written in the original text.
    public var text: String
    /// Code-point offset of the first character in the original text.
    public var start: Int
    /// Code-point offset just past the last character (exclusive).
    public var end: Int
    public var kind: Kind
    /// Part-of-speech tag from the lexicon or the user dictionary (jieba's tag set), if known.
    public var tag: String?

    public init(text: String, start: Int, end: Int, kind: Kind, tag: String? = nil) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.tag = tag
    }
}
