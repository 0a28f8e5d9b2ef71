/// One distinct entity of a text, with how often and where it is mentioned.
public struct EntitySummary: Sendable, Hashable, Codable {
    /// The canonical name.
    public var name: String
    public var type: EntityType
    /// How many top-level mentions name it.
    public var count: Int
    /// Code-point offset of its first mention.
    public var first: Int
    /// The distinct forms it is written in, in order of first use; `nil` when it is only ever
    /// written as its name.
    public var forms: [String]?

    public init(name: String, type: EntityType, count: Int, first: Int, forms: [String]? = nil) {
        self.name = name
        self.type = type
        self.count = count
        self.first = first
        self.forms = forms
    }
}
