import WenxiText

/// One article of a page: its title parts, dateline, byline, repaired body and what was repaired.
///
/// `text` is the analysis text of the article: `paragraphs` joined by `"\n"`. Offsets reported by
/// later stages (figures, entities) count Unicode code points in `text`.
///
/// The JSON form follows the `wenxi articles` contract: `index`, `title` (null when the article has
/// none), `subtitle`?, `dateline`?, `byline`?, `text`, `paragraphs`, `source` {`path`, `first_line`,
/// `last_line`}, `warnings`, plus `repairs`.
public struct Article: Sendable, Hashable, Codable {
    /// Position of the article on its page, from 1.
    public var index: Int
    /// The main title line, or nil for an untitled article or fragment.
    public var title: String?
    /// Further title lines (a subtitle starting with ——, without the dash, or a second title line).
    public var subtitle: String?
    /// The dateline (新华社北京11月4日电, 本报讯 …), whether it opened or closed the article.
    public var dateline: Dateline?
    /// Reporters, contributors and photographers named in bylines, credits or the dateline.
    public var byline: Byline?
    /// Body paragraphs after repair, without title, dateline, byline and credit lines.
    public var paragraphs: [String]
    /// Where the article came from.
    public var source: SourceRange
    /// Human-readable warnings about damage that was repaired or could not be.
    public var warnings: [String]
    /// Every change made to the input text, in order.
    public var repairs: [Repair]

    /// The analysis text: paragraphs joined by a line feed.
    public var text: String { paragraphs.joined(separator: "\n") }

    /// Characters of the body, white space excluded: the size rates such as "per 10,000
    /// characters" are taken against.
    public var characterCount: Int {
        var count = 0
        for paragraph in paragraphs {
            for c in paragraph.unicodeScalars where !Self.isWhitespace(c) { count += 1 }
        }
        return count
    }

    /// Unicode's White_Space property, without the property lookup for ASCII and ideographs (no
    /// white space among either but the ASCII tab to carriage return and the space).
    @inline(__always)
    static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09...0x0D, 0x20: return true
        case 0..<0x80, 0x3400..<0xA000: return false
        default: return c.properties.isWhitespace
        }
    }

    /// Creates an article.
    public init(
        index: Int, title: String? = nil, subtitle: String? = nil, dateline: Dateline? = nil,
        byline: Byline? = nil, paragraphs: [String] = [], source: SourceRange,
        warnings: [String] = [], repairs: [Repair] = []
    ) {
        self.index = index
        self.title = title
        self.subtitle = subtitle
        self.dateline = dateline
        self.byline = byline
        self.paragraphs = paragraphs
        self.source = source
        self.warnings = warnings
        self.repairs = repairs
    }

    enum CodingKeys: String, CodingKey {
        case index, title, subtitle, dateline, byline, text, paragraphs, source, warnings, repairs
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        index = try c.decode(Int.self, forKey: .index)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        subtitle = try c.decodeIfPresent(String.self, forKey: .subtitle)
        dateline = try c.decodeIfPresent(Dateline.self, forKey: .dateline)
        byline = try c.decodeIfPresent(Byline.self, forKey: .byline)
        paragraphs = try c.decode([String].self, forKey: .paragraphs)
        source = try c.decode(SourceRange.self, forKey: .source)
        warnings = try c.decodeIfPresent([String].self, forKey: .warnings) ?? []
        repairs = try c.decodeIfPresent([Repair].self, forKey: .repairs) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(index, forKey: .index)
        try c.encode(title, forKey: .title)  // explicit null: the contract always has "title"
        try c.encodeIfPresent(subtitle, forKey: .subtitle)
        try c.encodeIfPresent(dateline, forKey: .dateline)
        try c.encodeIfPresent(byline, forKey: .byline)
        try c.encode(text, forKey: .text)
        try c.encode(paragraphs, forKey: .paragraphs)
        try c.encode(source, forKey: .source)
        try c.encode(warnings, forKey: .warnings)
        try c.encode(repairs, forKey: .repairs)
    }
}

/// The lines of the input an article was read from.
public struct SourceRange: Sendable, Hashable, Codable {
    /// The input file, or nil for standard input / text given directly.
    public var path: String?
    /// First input line of the article (1-based), titles and datelines included.
    public var firstLine: Int
    /// Last input line of the article (1-based), inclusive.
    public var lastLine: Int

    /// Creates a source range.
    public init(path: String? = nil, firstLine: Int, lastLine: Int) {
        self.path = path
        self.firstLine = firstLine
        self.lastLine = lastLine
    }

    enum CodingKeys: String, CodingKey {
        case path
        case firstLine = "first_line"
        case lastLine = "last_line"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        path = try c.decodeIfPresent(String.self, forKey: .path)
        firstLine = try c.decode(Int.self, forKey: .firstLine)
        lastLine = try c.decode(Int.self, forKey: .lastLine)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)  // explicit null for standard input
        try c.encode(firstLine, forKey: .firstLine)
        try c.encode(lastLine, forKey: .lastLine)
    }
}
