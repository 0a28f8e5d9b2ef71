/// Keyword in context: every occurrence of a word with the text on either side, as AntConc shows it.
public struct Concordance: Sendable, Hashable, Codable {
    /// One occurrence.
    public struct Line: Sendable, Hashable, Codable {
        public var path: String?
        public var article: Int
        /// Up to the context width of characters before the keyword (line breaks as spaces).
        public var left: String
        /// The keyword as written in the text.
        public var keyword: String
        public var right: String
        /// Code-point offsets of the keyword in the article text.
        public var start: Int
        public var end: Int
        /// The words before the keyword, nearest first, and after it: what sorting reads.
        var leftWords: [String] = []
        var rightWords: [String] = []
        /// The document's place in the input and the word's place in it.
        var order: Int = 0
        var position: Int = 0

        enum CodingKeys: String, CodingKey { case path, article, left, keyword, right, start, end }
    }

    /// How lines are ordered.
    public enum Sort: String, Sendable, Hashable, Codable, CaseIterable {
        /// By the words just before the keyword: the nearest first, then the next (AntConc's L1, L2, L3).
        case left
        /// By the words just after it (R1, R2, R3).
        case right
        /// In text order.
        case position
    }

    public var lines: [Line]

    /// The occurrences of each word for which `matches` holds, `width` characters of context each side.
    ///
    /// - Complexity: O(*N*) for *N* words, plus the sort.
    public init(_ documents: [CorpusDocument], width: Int = 20, sort: Sort = .position,
                matches: (String) -> Bool) {
        let width = max(0, width)
        var lines: [Line] = []
        for (d, document) in documents.enumerated() {
            let scalars = Array(document.text.unicodeScalars)
            let words = document.words.filter(\.isWord)
            for (i, word) in words.enumerated() where matches(word.text) {
                let start = min(max(0, word.start), scalars.count), end = min(max(start, word.end), scalars.count)
                lines.append(Line(
                    path: document.path, article: document.article,
                    left: Concordance.text(scalars[max(0, start - width)..<start]),
                    keyword: Concordance.text(scalars[start..<end]),
                    right: Concordance.text(scalars[end..<min(scalars.count, end + width)]),
                    start: start, end: end,
                    leftWords: words[max(0, i - 3)..<i].reversed().map(\.text),
                    rightWords: words[(i + 1)..<min(words.count, i + 4)].map(\.text),
                    order: d, position: i))
            }
        }
        self.lines = Concordance.sorted(lines, by: sort)
    }

    /// The occurrences of `term` (compared in normalized form, as the word list counts it).
    public init(_ documents: [CorpusDocument], term: String, width: Int = 20, sort: Sort = .position) {
        self.init(documents, width: width, sort: sort) { $0 == term }
    }

    static func sorted(_ lines: [Line], by sort: Sort) -> [Line] {
        func inTextOrder(_ a: Line, _ b: Line) -> Bool { (a.order, a.position) < (b.order, b.position) }
        switch sort {
        case .position:
            return lines.sorted(by: inTextOrder)
        case .left:
            return lines.sorted { $0.leftWords != $1.leftWords ? $0.leftWords.lexicographicallyPrecedes($1.leftWords) : inTextOrder($0, $1) }
        case .right:
            return lines.sorted { $0.rightWords != $1.rightWords ? $0.rightWords.lexicographicallyPrecedes($1.rightWords) : inTextOrder($0, $1) }
        }
    }

    static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }))
    }
}
