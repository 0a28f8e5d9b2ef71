/// One mention of a person, place or organization in a text.
public struct EntityMention: Sendable, Hashable, Codable {
    /// The mention as written.
    public var text: String
    public var type: EntityType
    /// Code-point offset of the first character.
    public var start: Int
    /// Code-point offset just past the last character (exclusive).
    public var end: Int
    /// The name the entity is reported under when the mention is a short or variant form
    /// (发改委 → 国家发展和改革委员会, 绍兴 → 绍兴市); `nil` when the mention is the canonical name.
    public var canonical: String?
    /// Entities inside this one (the places in 广州市天河区委), or `nil`.
    public var nested: [EntityMention]?
    /// The credit the mention is in when it is not in the article text (a reporter of the byline,
    /// the agency of the dateline); its offsets then count code points of that credit's raw text.
    public var field: Field?

    /// A part of an article outside its text.
    public enum Field: String, Sendable, Hashable, Codable {
        case dateline, byline
    }

    public init(text: String, type: EntityType, start: Int, end: Int, canonical: String? = nil,
                nested: [EntityMention]? = nil, field: Field? = nil) {
        self.text = text
        self.type = type
        self.start = start
        self.end = end
        self.canonical = canonical
        self.nested = nested
        self.field = field
    }

    /// The name the entity is counted under: the canonical name, or the text.
    public var name: String { canonical ?? text }
}
