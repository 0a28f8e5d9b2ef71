/// Splits one page of news text into articles and repairs the damage of text extraction.
///
/// A page is read line by line; every non-empty line is a block. Each block is classified, the
/// damage is repaired, and the blocks are grouped into articles, in this order:
///
/// 1. **Continuation marks** （上接第一版） （下转第二版） （转A2版） and 转第X版 at a line's start or
///    end are removed and recorded. 上接 makes the text an article continued from another page; 下转
///    closes the current article. Lines holding only a page number are removed.
/// 2. **Classification.** A *dateline* is `[据]AGENCY[PLACE][[年]月]日(电|讯|消息)[（记者 …）]` or
///    AGENCY讯 (本报讯), on its own line or leading a paragraph. A *credit* is a short line of role
///    words and names (记者 陈立, 本报记者 王明 李华, 新华社记者 刘洋摄). A *caption* starts with
///    这是…拍摄 or 图为. A *dash subtitle* starts with ——. A line is *title-like* when it has at most
///    `maximumTitleLength` code points, two Han characters or more, no 。 or … anywhere, ！？ only at
///    its end, and does not end with ，、：；——. On a hard-wrapped page (at least 5 lines and 40 %
///    of all lines share one length W ≥ 8, or W − 1) a line of W − 1 or more is never title-like.
///    Everything else is body text.
/// 3. **Duplicates** (see `DuplicateFinder`): a body paragraph whose Han/alphanumeric text equals
///    an earlier one (≥ 12 characters), or whose 4-gram shingles are ≥ 80 % contained in it or
///    contain it (both ≥ 20 characters), is a duplicate. Consecutive duplicate paragraphs form a
///    run. Of the two copies of a run, the one that fits its place is kept: a copy that starts after
///    a 上接 mark (3), that completes a word broken at the end of the paragraph before it (2), that
///    continues a sentence left open before it or starts an article (1), otherwise (0). Ties keep
///    the longer copy, then the earlier one. The other copy is dropped with a warning.
/// 4. **Broken lines.** Paragraph A is joined to the next paragraph B when the break falls inside a
///    sentence: A does not end with 。！？…：；—— and either A ends with ，、 or an opening
///    bracket or quote, or a lexicon word spans the break (推|进 → 推进) and A's last or B's first
///    character is left over (no word of 2–4 characters ends/starts there), or A is running text
///    (not title-like) and B is not title-like. B is never joined when it is a dateline, credit,
///    caption or starts after a 上接 mark, nor when B starts a title group that begins an article.
/// 5. **Articles.** A group of up to three title-like or dash-subtitle lines begins a new article
///    when one of these holds; otherwise its lines are section headings of the current article:
///    - *what precedes*: no article is open, or the open one has ended — closed by a dateline on its
///      own line after body text (新华社北京11月4日电), by a credit after body text, by （完） or by
///      a 下转 mark — or there are more blank lines before the group than usual on the page
///      (more than the median gap, and at least twice it);
///    - *what follows*: a dateline, a credit or a caption right after the group;
///    - the group has a —— subtitle.
///    Enumerated headings (一、 （二） 3.) never begin an article while one is open. The first line
///    of a group is the title; the others, dashes removed, form the subtitle (joined by a space).
///    Two title halves on one line (坚持绿色发展 建设美丽家园) stay one title.
///    A dateline line before body text is the article's dateline; after body text it closes the
///    article. A paragraph that starts with a dateline begins a new article unless the open one has
///    a title and no body yet. Body text that follows an ended article, or that starts with 上接,
///    is kept as an *untitled fragment* (an article without a title) with a warning, never glued to
///    a neighbour. A file without any title is one untitled article.
///
/// A page that holds nothing but page numbers, continuation marks and end marks is plain text
/// (one untitled article), not furniture of nothing.
///
/// A page in Traditional characters is read as Simplified for these rules and its articles keep
/// the page's own characters (see `TraditionalReading`); no option is needed.
///
/// Datelines are removed from the body text and reported in `dateline`; credits and the
/// reporters of a dateline's bracket are reported in `byline`. Captions stay in the text.
///
/// - Complexity: O(n) in the length of the page. Lexicon lookups are bounded per line break.
public struct ArticleSplitter: Sendable {
    /// Tuning knobs; the defaults suit Chinese newspaper pages.
    public struct Options: Sendable, Hashable {
        /// Longest title or section heading, in code points.
        public var maximumTitleLength: Int
        /// Longest —— subtitle line, in code points.
        public var maximumSubtitleLength: Int
        /// Shortest paragraph (Han/alphanumeric characters) that can be an exact duplicate.
        public var minimumExactDuplicateLength: Int
        /// Shortest paragraph that can be a near duplicate.
        public var minimumNearDuplicateLength: Int
        /// Shingle containment from which two paragraphs are near duplicates.
        public var nearDuplicateThreshold: Double
        /// Join paragraphs broken inside a sentence.
        public var joinBrokenLines: Bool
        /// Drop duplicate paragraphs.
        public var dropDuplicates: Bool
        /// Move a paragraph printed at the end of one article that continues the next (``StrayParagraphs``).
        public var moveStrayParagraphs: Bool

        /// Creates options.
        public init(
            maximumTitleLength: Int = 40, maximumSubtitleLength: Int = 80, minimumExactDuplicateLength: Int = 12,
            minimumNearDuplicateLength: Int = 20, nearDuplicateThreshold: Double = 0.8, joinBrokenLines: Bool = true,
            dropDuplicates: Bool = true, moveStrayParagraphs: Bool = true
        ) {
            self.maximumTitleLength = maximumTitleLength
            self.maximumSubtitleLength = maximumSubtitleLength
            self.minimumExactDuplicateLength = minimumExactDuplicateLength
            self.minimumNearDuplicateLength = minimumNearDuplicateLength
            self.nearDuplicateThreshold = nearDuplicateThreshold
            self.joinBrokenLines = joinBrokenLines
            self.dropDuplicates = dropDuplicates
            self.moveStrayParagraphs = moveStrayParagraphs
        }
    }

    /// The options in use.
    public let options: Options
    let judge: BreakJudge

    /// Creates a splitter. `isWord` answers whether a string is a word of the lexicon; without it,
    /// broken words are only joined by the punctuation and running-text rules.
    public init(options: Options = .init(), isWord: @escaping @Sendable (String) -> Bool = { _ in false }) {
        self.options = options
        self.judge = BreakJudge(isWord: isWord)
    }

    /// Splits one page of text into articles, in order. `path` is copied into each `source`.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public func articles(in text: String, path: String? = nil) -> [Article] {
        let original = PageReader.lines(in: text)
        guard !original.isEmpty else { return [] }
        let traditional = TraditionalReading(lines: original)
        let articles = articles(of: traditional?.simplifiedLines ?? original, path: path)
        return traditional?.restore(articles) ?? articles
    }

    /// The articles of a page's lines (in Simplified characters, for the rules to apply).
    private func articles(of lines: [PageReader.Line], path: String?) -> [Article] {
        let classifier = BlockClassifier(
            maximumTitleLength: options.maximumTitleLength, maximumSubtitleLength: options.maximumSubtitleLength,
            wrapWidth: PageReader.wrapWidth(lines))
        var blocks = lines.map { classifier.classify($0.text, line: $0.number, blanksBefore: $0.blanksBefore) }
        if !blocks.contains(where: { $0.kind != .furniture && $0.kind != .endMark }) {
            // Nothing but page numbers, marks and end marks: then they are the page's text.
            blocks = lines.map { PageBlock(kind: .body, text: $0.text, line: $0.number, blanksBefore: $0.blanksBefore) }
        }
        let layout = PageLayout(blocks: blocks)
        var dropped: [Int: Repair] = [:]
        if options.dropDuplicates {
            dropped = DuplicateResolver(options: options, judge: judge, classifier: classifier, layout: layout)
                .resolve(&blocks)
        }
        let units = LineJoiner(judge: judge, classifier: classifier, layout: layout, enabled: options.joinBrokenLines)
            .units(blocks, dropped: dropped)
        let articles = ArticleAssembler(judge: judge, layout: layout, path: path).assemble(units)
        return options.moveStrayParagraphs ? StrayParagraphs(judge: judge).relocate(articles) : articles
    }
}

/// Page-wide layout facts: the usual gap between paragraphs.
struct PageLayout: Sendable {
    /// Median number of blank lines between consecutive non-empty lines.
    let typicalGap: Int

    init(blocks: [PageBlock]) {
        var gaps = blocks.dropFirst().map(\.blanksBefore)
        gaps.sort()
        typicalGap = gaps.isEmpty ? 0 : gaps[gaps.count / 2]
    }

    /// More blank lines than usual before a line: extractors leave extra space between articles.
    func isWideGap(_ blanks: Int) -> Bool {
        blanks > typicalGap && blanks >= max(1, 2 * typicalGap)
    }
}
