import WenxiSegmentation
import WenxiTerms

/// An article's term tokens as columns: what a record holds instead of one object per token, which
/// would make tokens most of its size.
///
/// - `lengths`: each token's length in code points of the article's text, one base-36 digit
///   (`0`–`9`, `a`–`z`), or `~` for a longer one, whose length is then in `long_at`/`longs`;
/// - `gap_at`/`gaps`: the tokens that do not start where the previous one ended (the first at 0),
///   and how many code points lie before them;
/// - `kinds`: one letter per token (``kindLetters``);
/// - `tags`: the part-of-speech tags joined by spaces, an empty one for none;
/// - `entity_at`/`entity_types`: the tokens that are entities and their types;
/// - `text_at`/`texts`: the tokens whose normalized text differs from the text they cover.
struct TokenColumns: Codable, Hashable {
    var lengths: String
    var longAt: [Int]
    var longs: [Int]
    var gapAt: [Int]
    var gaps: [Int]
    var kinds: String
    var tags: String
    var entityAt: [Int]
    var entityTypes: [String]
    var textAt: [Int]
    var texts: [String]

    enum CodingKeys: String, CodingKey {
        case lengths, longs, gaps, kinds, tags, texts
        case longAt = "long_at"
        case gapAt = "gap_at"
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
        var digits: [UInt8] = []
        digits.reserveCapacity(tokens.count)
        (longAt, longs, gapAt, gaps) = ([], [], [], [])
        kinds = ""
        var tagList: [String] = []
        (entityAt, entityTypes, textAt, texts) = ([], [], [], [])
        var previous = 0
        for (i, token) in tokens.enumerated() {
            if token.start != previous {
                gapAt.append(i)
                gaps.append(token.start - previous)
            }
            let length = token.end - token.start
            if (0..<36).contains(length) {
                digits.append(TokenColumns.digits[length])
            } else {
                digits.append(UInt8(ascii: "~"))
                longAt.append(i)
                longs.append(length)
            }
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
        lengths = String(decoding: digits, as: UTF8.self)
    }

    /// The base-36 digits of lengths 0 to 35.
    static let digits = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)
    static let lengthOfDigit = Dictionary(uniqueKeysWithValues: digits.enumerated().map { ($0.element, $0.offset) })

    /// The tokens back, their texts taken from `text` where no other is given.
    func tokens(text: [Unicode.Scalar]) throws(RecordError.Problem) -> [TermToken] {
        let count = kinds.unicodeScalars.count
        let tagList = tags.split(separator: " ", omittingEmptySubsequences: false)
        let lengthDigits = Array(lengths.utf8)
        guard lengthDigits.count == count, tagList.count == max(count, 1), entityAt.count == entityTypes.count,
              textAt.count == texts.count, longAt.count == longs.count, gapAt.count == gaps.count
        else { throw .malformed("the token columns differ in length") }
        let long = Dictionary(zip(longAt, longs), uniquingKeysWith: { a, _ in a })
        let gap = Dictionary(zip(gapAt, gaps), uniquingKeysWith: { a, _ in a })
        let entities = Dictionary(zip(entityAt, entityTypes), uniquingKeysWith: { a, _ in a })
        let given = Dictionary(zip(textAt, texts), uniquingKeysWith: { a, _ in a })
        var result: [TermToken] = []
        result.reserveCapacity(count)
        var end = 0
        for (i, letter) in kinds.enumerated() {
            guard let length = TokenColumns.lengthOfDigit[lengthDigits[i]] ?? long[i] else {
                throw .malformed("token \(i) has no length")
            }
            let start = end + (gap[i] ?? 0)
            end = start + length
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
