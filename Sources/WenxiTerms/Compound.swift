import WenxiText

/// A multi-word term found by ``TermDiscovery``: adjacent words that keep company.
public struct Compound: Sendable, Hashable, Codable {
    /// The joined form, such as 新质生产力.
    public var text: String
    /// The words it is made of, such as [新, 质, 生产力].
    public var parts: [String]
    /// How often the sequence occurs in the input.
    public var count: Int
    /// In how many documents it occurs.
    public var documentCount: Int
    /// The smallest pointwise mutual information (natural log) over the ways to cut it in two.
    public var cohesion: Double
    /// Entropy (natural log) of the words just before it; text edges and punctuation count as
    /// distinct neighbours.
    public var leftEntropy: Double
    /// Entropy of the words just after it.
    public var rightEntropy: Double

    public init(text: String, parts: [String], count: Int, documentCount: Int,
                cohesion: Double, leftEntropy: Double, rightEntropy: Double) {
        self.text = text
        self.parts = parts
        self.count = count
        self.documentCount = documentCount
        self.cohesion = cohesion
        self.leftEntropy = leftEntropy
        self.rightEntropy = rightEntropy
    }
}

/// Compounds indexed for joining tokens: longest match first.
public struct CompoundSet: Sendable, Hashable, Codable {
    /// Part lists by their first part, longest first (ties in text order).
    package private(set) var byFirstPart: [String: [[String]]] = [:]
    /// The same by the first part's bytes, for ``match(_:at:)`` (see ``ExactString``).
    private var byFirstBytes: [ExactString: [[String]]] = [:]
    /// The first code point of every first part: a token that starts with another is no
    /// compound's start, told without hashing it (most tokens are not).
    private var firstScalars = ScalarSet()

    private enum CodingKeys: String, CodingKey { case byFirstPart }

    public init() {}

    /// The set of the given part lists (each of at least two parts).
    public init(parts: [[String]]) {
        for list in parts where list.count >= 2 { byFirstPart[list[0], default: []].append(list) }
        for key in byFirstPart.keys {
            byFirstPart[key]!.sort { $0.count != $1.count ? $0.count > $1.count : $0.joined() < $1.joined() }
        }
        indexBytes()
    }

    public init(from decoder: any Decoder) throws {
        byFirstPart = try decoder.container(keyedBy: CodingKeys.self).decode([String: [[String]]].self, forKey: .byFirstPart)
        indexBytes()
    }

    private mutating func indexBytes() {
        byFirstBytes = Dictionary(uniqueKeysWithValues: byFirstPart.map { (ExactString($0.key), $0.value) })
        firstScalars = ScalarSet(byFirstPart.keys.compactMap { $0.unicodeScalars.first?.value })
    }

    public init(_ compounds: [Compound]) {
        self.init(parts: compounds.map(\.parts))
    }

    public var isEmpty: Bool { byFirstPart.isEmpty }

    /// Every compound as its joined text, sorted.
    public var texts: [String] { byFirstPart.values.flatMap { $0.map { $0.joined() } }.sorted() }

    /// The longest compound that starts at `tokens[index]`, as its part count, or nil.
    func match(_ tokens: [TermToken], at index: Int) -> [String]? {
        guard let first = tokens[index].text.unicodeScalars.first, firstScalars.contains(first.value),
              let candidates = byFirstBytes[ExactString(tokens[index].text)] else { return nil }
        for parts in candidates where index + parts.count <= tokens.count {
            var same = true
            for k in 1..<parts.count {
                let token = tokens[index + k]
                if token.entityType != nil || token.kind != .word || ExactString(token.text) != ExactString(parts[k]) {
                    same = false
                    break
                }
            }
            if same { return parts }
        }
        return nil
    }
}
