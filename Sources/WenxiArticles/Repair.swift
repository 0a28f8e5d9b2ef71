/// One change the article splitter made to the input text, so that a user can see and undo it.
public struct Repair: Sendable, Hashable, Codable {
    /// What kind of change.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Two paragraphs were joined because the break fell inside a sentence or a word.
        case joinedLines = "joined_lines"
        /// A paragraph that repeats another one was dropped.
        case droppedDuplicate = "dropped_duplicate"
        /// A continuation mark such as （上接第一版） or （下转第二版） was removed from the text.
        case removedContinuationMark = "removed_continuation_mark"
        /// Text without a title after an article had ended (or continued from another page)
        /// was kept as an article of its own.
        case untitledFragment = "untitled_fragment"
        /// A line holding only a page number or similar page furniture was removed.
        case removedPageFurniture = "removed_page_furniture"
        /// A line holding only an end mark such as （完） was removed; it closed the article.
        case removedEndMark = "removed_end_mark"
        /// A paragraph printed at the end of one article that continues the next article (which
        /// ended mid-sentence) was moved there (``StrayParagraphs``).
        case movedStrayParagraph = "moved_stray_paragraph"
    }

    /// Why two paragraphs were joined.
    public enum JoinReason: String, Sendable, Hashable, Codable {
        /// The first paragraph ends with ， 、 or an opening quote or bracket.
        case punctuation
        /// The characters across the break form a word of the lexicon (推|进 → 推进).
        case word
        /// The first paragraph is running text (long, or with a sentence end inside) that stops
        /// without closing punctuation.
        case sentence
    }

    /// What kind of change.
    public var kind: Kind
    /// First input line concerned (1-based).
    public var firstLine: Int
    /// Last input line concerned (1-based, inclusive).
    public var lastLine: Int
    /// A one-line human-readable account of the change.
    public var description: String
    /// Removed text (a continuation mark, a duplicate paragraph, a page number).
    public var removed: String?
    /// Joins: the end of the first paragraph (up to 8 characters).
    public var left: String?
    /// Joins: the start of the second paragraph (up to 8 characters).
    public var right: String?
    /// Joins: the lexicon word formed across the break, if any.
    public var word: String?
    /// Joins: why the paragraphs were joined.
    public var reason: JoinReason?
    /// Duplicates: the lines of the copy that was kept.
    public var keptFirstLine: Int?
    /// Duplicates: the last line of the copy that was kept.
    public var keptLastLine: Int?
    /// Duplicates: shingle containment of the shorter copy in the longer one (1 for exact copies).
    public var similarity: Double?

    /// Creates a repair record.
    public init(
        kind: Kind, firstLine: Int, lastLine: Int, description: String, removed: String? = nil,
        left: String? = nil, right: String? = nil, word: String? = nil, reason: JoinReason? = nil,
        keptFirstLine: Int? = nil, keptLastLine: Int? = nil, similarity: Double? = nil
    ) {
        self.kind = kind
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.description = description
        self.removed = removed
        self.left = left
        self.right = right
        self.word = word
        self.reason = reason
        self.keptFirstLine = keptFirstLine
        self.keptLastLine = keptLastLine
        self.similarity = similarity
    }

    enum CodingKeys: String, CodingKey {
        case kind, description, removed, left, right, word, reason, similarity
        case firstLine = "first_line"
        case lastLine = "last_line"
        case keptFirstLine = "kept_first_line"
        case keptLastLine = "kept_last_line"
    }
}
