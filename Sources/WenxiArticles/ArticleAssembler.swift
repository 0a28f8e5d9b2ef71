import WenxiText

/// Groups repaired paragraphs into articles: titles, datelines, credits, headings and fragments.
///
/// The rules are documented on `ArticleSplitter`.
struct ArticleAssembler {
    let judge: BreakJudge
    let layout: PageLayout
    let path: String?

    /// Most title and subtitle lines one article's heading block takes (two full title groups);
    /// further title-like lines are headings of the article, so a long list of short lines does
    /// not become one subtitle.
    static let maximumHeadingLines = 6

    /// An article being built.
    private struct Draft {
        var title: String?
        var subtitle: String?
        var dateline: Dateline?
        var byline: Byline?
        var paragraphs: [String] = []
        /// Whether the last paragraph is a heading (title-like line inside the article).
        var lastIsHeading = false
        var lastParagraphLine = 0
        var firstLine: Int
        var lastLine: Int
        var warnings: [String] = []
        var repairs: [Repair] = []
        /// Ended by a closing dateline, a credit after the body, （完） or a 下转 mark.
        var closed = false

        init(firstLine: Int) {
            self.firstLine = firstLine
            self.lastLine = firstLine
        }

        var hasBody: Bool { !paragraphs.isEmpty }

        /// Title and subtitle lines so far.
        var titleLines = 0

        /// A title with nothing after it yet, and room in its heading block: further title lines
        /// extend its subtitle.
        func awaitsSubtitle(adding count: Int) -> Bool {
            !hasBody && dateline == nil && title != nil && titleLines + count <= ArticleAssembler.maximumHeadingLines
        }

        mutating func take(_ u: PageUnit) {
            firstLine = min(firstLine, u.firstLine)
            lastLine = max(lastLine, u.lastLine)
            for r in u.repairs {
                lastLine = max(lastLine, r.lastLine)
                firstLine = min(firstLine, r.firstLine)
                repairs.append(r)
                if r.kind == .droppedDuplicate { warnings.append(r.description) }
            }
            if let c = u.credit { addCredit(c) }
        }

        mutating func addCredit(_ c: Byline) {
            if byline == nil { byline = c } else { byline?.merge(c) }
        }

        mutating func addParagraph(_ text: String, line: Int, heading: Bool = false) {
            paragraphs.append(text)
            lastIsHeading = heading
            lastParagraphLine = line
        }
    }

    /// The drafts built so far; the last one is open or not.
    ///
    /// Drafts are changed in place (`drafts[last]`), never copied out and back, so adding a
    /// paragraph costs O(1) however long the article is.
    private struct Drafts {
        var all: [Draft] = []
        /// Whether the last draft is open.
        var open = false

        /// Units met before any draft (an end mark at the top of the page): the first draft takes
        /// them, so their repairs are listed.
        var pending: [PageUnit] = []

        var isEmpty: Bool { all.isEmpty }
        var last: Int { all.count - 1 }

        mutating func start(_ line: Int) {
            all.append(Draft(firstLine: line))
            open = true
            for u in pending { all[last].take(u) }
            pending = []
        }

        /// `u`'s repairs and lines go to the last draft, or wait for the first one.
        mutating func take(_ u: PageUnit) {
            if all.isEmpty { pending.append(u) } else { all[last].take(u) }
        }

        /// Closes the last draft.
        mutating func close() {
            if !all.isEmpty { all[last].closed = true }
            open = false
        }
    }

    /// Groups `units` into articles, in order.
    ///
    /// - Complexity: O(*n*) in the number of units.
    func assemble(_ units: [PageUnit]) -> [Article] {
        var drafts = Drafts()
        var i = 0
        while i < units.count {
            let u = units[i]
            switch u.kind {
            case .titleLike:
                i = titleGroup(at: i, units, &drafts)
                continue
            case .datelineOnly: datelineLine(u, &drafts)
            case .datelineLead: datelineLead(u, &drafts)
            case .credit: credit(u, &drafts)
            case .endMark:
                drafts.take(u)
                drafts.close()
            case .furniture:
                drafts.take(u)
            case .body, .caption, .dashSubtitle: body(u, &drafts)
            }
            if let to = u.continuesTo, !drafts.isEmpty {
                drafts.all[drafts.last].warnings.append("continues on another page (\(to)) after line \(u.lastLine)")
                drafts.close()
            }
            i += 1
        }
        if !drafts.pending.isEmpty, let first = drafts.pending.first { drafts.start(first.firstLine) }
        return drafts.all.enumerated().map { article($1, index: $0 + 1) }
    }

    /// Places the title group that starts at `start`: a new article's title, section headings of
    /// the open one, more subtitle, or plain text; returns the index after the group.
    private func titleGroup(at start: Int, _ units: [PageUnit], _ drafts: inout Drafts) -> Int {
        let u = units[start]
        let end = TitleGroup.end(from: start, count: units.count, kind: { units[$0].kind }, enumerated: { units[$0].enumerated })
        let group = units[start..<end]
        let next = end < units.count ? units[end] : nil
        let hasCurrent = drafts.open && !drafts.isEmpty
        let before = !hasCurrent || layout.isWideGap(u.blanksBefore)
        let after = (next.map { TitleGroup.isArticleOpener($0.kind) } ?? false) || group.contains { $0.kind == .dashSubtitle }
        let lines = group.map { stripDashes($0.text) }
        if hasCurrent, !after, !before, drafts.all[drafts.last].awaitsSubtitle(adding: group.count) {
            // More title lines than a group holds: extend the subtitle.
            let subtitle = drafts.all[drafts.last].subtitle
            drafts.all[drafts.last].subtitle = ([subtitle].compactMap { $0 } + lines).joined(separator: " ")
            drafts.all[drafts.last].titleLines += lines.count
            group.forEach { drafts.all[drafts.last].take($0) }
        } else if hasCurrent, u.enumerated || !(before || after) {
            // Section headings of the open article.
            for g in group {
                drafts.all[drafts.last].take(g)
                drafts.all[drafts.last].addParagraph(g.text.string, line: g.lastLine, heading: g.kind == .titleLike)
            }
        } else if next == nil, drafts.isEmpty {
            // A file of title-like lines only (a single short line): plain text, no title.
            drafts.start(u.firstLine)
            for g in group {
                drafts.all[drafts.last].take(g)
                drafts.all[drafts.last].addParagraph(g.text.string, line: g.lastLine)
            }
        } else {
            drafts.start(u.firstLine)
            drafts.all[drafts.last].title = lines[0]
            drafts.all[drafts.last].titleLines = lines.count
            if lines.count > 1 { drafts.all[drafts.last].subtitle = lines[1...].joined(separator: " ") }
            group.forEach { drafts.all[drafts.last].take($0) }
        }
        return end
    }

    /// A dateline on its own line: the open article's, its end, or a new article's.
    private func datelineLine(_ u: PageUnit, _ drafts: inout Drafts) {
        guard var dateline = u.dateline else { return body(u, &drafts) }
        guard drafts.open, !drafts.isEmpty else {
            drafts.start(u.firstLine)
            drafts.all[drafts.last].dateline = dateline
            drafts.all[drafts.last].take(u)
            return
        }
        let d = drafts.last
        if drafts.all[d].hasBody {
            dateline.position = .end
            if drafts.all[d].dateline == nil {
                drafts.all[d].dateline = dateline
            } else {
                drafts.all[d].warnings.append("a second dateline \(dateline.raw) at line \(u.firstLine) closes the article")
            }
            drafts.close()
        } else if drafts.all[d].dateline == nil {
            drafts.all[d].dateline = dateline
        } else {
            // Two datelines before any body: the second begins another article.
            drafts.start(u.firstLine)
            drafts.all[drafts.last].dateline = dateline
        }
        drafts.all[drafts.last].take(u)
    }

    /// A paragraph that starts with a dateline: the open article's first, or a new article.
    private func datelineLead(_ u: PageUnit, _ drafts: inout Drafts) {
        let awaitsBody = drafts.open && !drafts.isEmpty && drafts.all[drafts.last].dateline == nil
            && !drafts.all[drafts.last].hasBody
        if !awaitsBody { drafts.start(u.firstLine) }
        drafts.all[drafts.last].dateline = u.dateline
        drafts.all[drafts.last].take(u)
        drafts.all[drafts.last].addParagraph(u.text.string, line: u.lastLine)
    }

    /// A credit line: it closes an open article that has a body.
    private func credit(_ u: PageUnit, _ drafts: inout Drafts) {
        if drafts.open, !drafts.isEmpty {
            drafts.all[drafts.last].take(u)
            if drafts.all[drafts.last].hasBody { drafts.close() }
        } else if !drafts.isEmpty {
            drafts.all[drafts.last].take(u)  // a credit after the closing dateline
        } else {
            drafts.start(u.firstLine)
            drafts.all[drafts.last].take(u)
        }
    }

    /// Body text: the open article's next paragraph, or an untitled fragment.
    private func body(_ u: PageUnit, _ drafts: inout Drafts) {
        if drafts.open, !drafts.isEmpty, u.continuesFrom == nil || !drafts.all[drafts.last].hasBody {
            drafts.all[drafts.last].take(u)
        } else {
            startFragment(u, &drafts)
            drafts.all[drafts.last].take(u)
        }
        drafts.all[drafts.last].addParagraph(u.text.string, line: u.lastLine)
    }

    /// Opens an untitled article for `u`, saying why it has no title.
    private func startFragment(_ u: PageUnit, _ drafts: inout Drafts) {
        let previous = drafts.all.count
        drafts.start(u.firstLine)
        var reason: String?
        if let from = u.continuesFrom {
            reason = "untitled fragment at line \(u.firstLine): continued from another page (\(from)); its title is on that page"
        } else if previous > 0 {
            reason = "untitled fragment at line \(u.firstLine): text without a title after the end of article \(previous - 1); kept as its own article"
        } else if startsMidSentence(u.text) {
            reason = "untitled fragment at line \(u.firstLine): starts in the middle of a sentence"
        }
        if let reason {
            drafts.all[drafts.last].warnings.append(reason)
            drafts.all[drafts.last].repairs.append(Repair(
                kind: .untitledFragment, firstLine: u.firstLine, lastLine: u.lastLine, description: reason))
        }
    }

    /// The finished article of draft `d`, with its closing warnings.
    private func article(_ d: Draft, index: Int) -> Article {
        var warnings = d.warnings
        if d.paragraphs.isEmpty {
            warnings.append("no body text (lines \(d.firstLine)–\(d.lastLine))")
        } else if !d.lastIsHeading, let last = d.paragraphs.last,
            [.open, .continuing].contains(judge.end(of: Array(last.unicodeScalars)))
        {
            warnings.append("ends in the middle of a sentence at line \(d.lastParagraphLine); the rest may be on another page")
        }
        return Article(
            index: index, title: d.title, subtitle: d.subtitle, dateline: d.dateline, byline: d.byline,
            paragraphs: d.paragraphs, source: SourceRange(path: path, firstLine: d.firstLine, lastLine: d.lastLine),
            warnings: warnings, repairs: d.repairs.sorted { ($0.firstLine, $0.lastLine) < ($1.firstLine, $1.lastLine) })
    }

    /// ——副题 → 副题.
    private func stripDashes(_ s: [Unicode.Scalar]) -> String {
        let dashes: Set<Unicode.Scalar> = ["—", "─", "-", "―", "－", "━"]
        var k = 0
        while k < s.count, dashes.contains(s[k]) || CharacterClasses.isSpace(s[k]) { k += 1 }
        return s[k...].isEmpty ? s.string : Array(s[k...]).string
    }

    /// Starts with a mark that cannot open a sentence (，。、；：！？ or a closing quote/bracket).
    private func startsMidSentence(_ s: [Unicode.Scalar]) -> Bool {
        guard let c = s.first else { return false }
        return CharacterClasses.isCloser(c) || CharacterClasses.isSentenceTerminator(c)
            || c == "，" || c == "、" || c == "；" || c == "：" || c == ","
    }
}
