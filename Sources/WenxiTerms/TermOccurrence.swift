import WenxiSegmentation

/// One mention of a term in a text.
public struct TermOccurrence: Sendable, Hashable, Codable {
    /// Where a term comes from.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A lexicon word that passed the part-of-speech and stopword filters.
        case word
        /// Several adjacent words joined by ``TermDiscovery``.
        case compound
        /// An entity given by the caller (the entity stage): always one term.
        case entity
        /// A Latin word or acronym (AI, GDP, 5G).
        case latin
    }

    /// The normalized form: width-folded (and simplified, when the segmenter simplifies).
    public var term: String
    /// Code-point offset of the first character in the text.
    public var start: Int
    /// Code-point offset just past the last character (exclusive).
    public var end: Int
    public var kind: Kind
    /// The entity type (person, place, organization) for ``Kind/entity``, else nil.
    public var entityType: String?
    /// The index of the term's first token among the text's tokens: what co-occurrence windows count.
    public var position: Int

    public init(term: String, start: Int, end: Int, kind: Kind, entityType: String? = nil, position: Int) {
        self.term = term
        self.start = start
        self.end = end
        self.kind = kind
        self.entityType = entityType
        self.position = position
    }
}

/// An entity span handed to the term stage: it becomes one term, never pieces.
public struct TermEntity: Sendable, Hashable, Codable {
    /// Code-point range in the text, end exclusive.
    public var range: Range<Int>
    /// The entity type, as the entity stage names it (person, place, organization).
    public var type: String

    public init(range: Range<Int>, type: String) {
        self.range = range
        self.type = type
    }
}

/// A token prepared for term work: normalized text, kind, tag and whether it is an entity.
public struct TermToken: Sendable, Hashable, Codable {
    /// The normalized (width-folded) text.
    public var text: String
    public var start: Int
    public var end: Int
    public var kind: Token.Kind
    /// The part-of-speech tag (jieba's set), or nil.
    public var tag: String?
    /// The entity type when the token is a given entity.
    public var entityType: String?
    /// The number of code points.
    public var length: Int

    public init(text: String, start: Int, end: Int, kind: Token.Kind, tag: String?, entityType: String? = nil) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.tag = tag
        self.entityType = entityType
        self.length = end - start
    }

    /// A single Chinese character that is not an entity.
    var isSingleCharacter: Bool { kind == .word && length == 1 && entityType == nil }
}
