import WenxiSegmentation
import WenxiTerms

/// An article's term tokens as columns: what a record holds instead of one object per token, which
/// would make tokens most of its size.
///
/// - `spans`: for each token, the gap from the previous token's end (from 0 for the first), then
///   its length, in code points of the article's text;
/// - `kinds`: one letter per token (``kindLetters``);
/// - `tags`: the part-of-speech tags joined by spaces, an empty one for none;
/// - `entity_at`/`entity_types`: the tokens that are entities and their types;
/// - `text_at`/`texts`: the tokens whose normalized text differs from the text they cover.
struct TokenColumns: Codable, Hashable {
    var spans: [Int]
    var kinds: String
    var tags: String
    var entityAt: [Int]
    var entityTypes: [String]
    var textAt: [Int]
    var texts: [String]

    enum CodingKeys: String, CodingKey {
        case spans, kinds, tags, texts
        case entityAt = "entity_at"
        case entityTypes = "entity_types"
        case textAt = "text_at"
    }

    /// One letter for each kind of token.
    static let kindLetters: [Token.Kind: Character] = [
        .word: "w", .number: "n", .latin: "l", .link: "k", .punctuation: "p", .symbol: "s",
    ]
    static let kindsByLetter = Dictionary(uniqueKeysWithValues: kindLetters.map { ($0.value, $0.key) })

    /// The columns of `tokens`, whose offsets count code points of `text`.
    init(_ tokens: [TermToken], text: [Unicode.Scalar]) {
        spans = []
        spans.reserveCapacity(2 * tokens.count)
        kinds = ""
        var tagList: [String] = []
        (entityAt, entityTypes, textAt, texts) = ([], [], [], [])
        var previous = 0
        for (i, token) in tokens.enumerated() {
            spans += [token.start - previous, token.end - token.start]
            previous = token.end
            kinds.append(TokenColumns.kindLetters[token.kind] ?? "s")
            tagList.append(token.tag ?? "")
            if let type = token.entityType {
                entityAt.append(i)
                entityTypes.append(type)
            }
            let covered = 0 <= token.start && token.start <= token.end && token.end <= text.count
                ? text[token.start..<token.end].string : nil
            if covered != token.text {
                textAt.append(i)
                texts.append(token.text)
            }
        }
        tags = tagList.joined(separator: " ")
    }

    /// The tokens back, their texts taken from `text` where no other is given.
    func tokens(text: [Unicode.Scalar]) throws(RecordError.Problem) -> [TermToken] {
        let count = kinds.unicodeScalars.count
        let tagList = tags.split(separator: " ", omittingEmptySubsequences: false)
        guard spans.count == 2 * count, tagList.count == max(count, 1), entityAt.count == entityTypes.count,
              textAt.count == texts.count
        else { throw .malformed("the token columns differ in length") }
        let entities = Dictionary(zip(entityAt, entityTypes), uniquingKeysWith: { a, _ in a })
        let given = Dictionary(zip(textAt, texts), uniquingKeysWith: { a, _ in a })
        var result: [TermToken] = []
        result.reserveCapacity(count)
        var end = 0
        for (i, letter) in kinds.enumerated() {
            let start = end + spans[2 * i]
            end = start + spans[2 * i + 1]
            guard let kind = TokenColumns.kindsByLetter[letter] else { throw .malformed("unknown token kind '\(letter)'") }
            let tokenText: String
            if let own = given[i] {
                tokenText = own
            } else {
                guard 0 <= start, start <= end, end <= text.count else { throw .malformed("a token lies outside the text") }
                tokenText = text[start..<end].string
            }
            let tag = tagList[i]
            result.append(TermToken(text: tokenText, start: start, end: end, kind: kind,
                                    tag: tag.isEmpty ? nil : String(tag), entityType: entities[i]))
        }
        return result
    }
}
