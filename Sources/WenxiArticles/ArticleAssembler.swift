import WenxiText

/// Groups repaired paragraphs into articles: titles, datelines, credits, headings and fragments.
///
/// The rules are documented on `ArticleSplitter`.
struct ArticleAssembler {
    let judge: BreakJudge
    let layout: PageLayout
    let path: String?

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
            if byline == nil { byline = c } else { byline!.merge(c) }
        }

        mutating func addParagraph(_ text: String, line: Int, heading: Bool = false) {
            paragraphs.append(text)
            lastIsHeading = heading
            lastParagraphLine = line
        }
    }

    func assemble(_ units: [PageUnit]) -> [Article] {
        var drafts: [Draft] = []
        var open = false  // drafts.last is open
        var i = 0

        func startDraft(_ line: Int) {
            drafts.append(Draft(firstLine: line))
            open = true
        }
        func startFragment(_ u: PageUnit) {
            let previous = drafts.count
            startDraft(u.firstLine)
            var reason: String?
            if let from = u.continuesFrom {
                reason = "untitled fragment at line \(u.firstLine): continued from another page (\(from)); its title is on that page"
            } else if previous > 0 {
                reason = "untitled fragment at line \(u.firstLine): text without a title after the end of article \(previous - 1); kept as its own article"
            } else if startsMidSentence(u.text) {
                reason = "untitled fragment at line \(u.firstLine): starts in the middle of a sentence"
            }
            if let reason {
                drafts[drafts.count - 1].warnings.append(reason)
                drafts[drafts.count - 1].repairs.append(Repair(
                    kind: .untitledFragment, firstLine: u.firstLine, lastLine: u.lastLine, description: reason))
            }
        }

        while i < units.count {
            let u = units[i]
            switch u.kind {
            case .titleLike:
                let end = TitleGroup.end(from: i, count: units.count, kind: { units[$0].kind }, enumerated: { units[$0].enumerated })
                let group = Array(units[i..<end])
                let next = end < units.count ? units[end] : nil
                let current = open ? drafts.last : nil
                let before = current == nil || layout.isWideGap(u.blanksBefore)
                let after = (next.map { TitleGroup.isArticleOpener($0.kind) } ?? false)
                    || group.contains { $0.kind == .dashSubtitle }
                let lines = group.map { stripDashes($0.text) }
                if let current, !current.hasBody, current.dateline == nil, current.title != nil, !after, !before {
                    // More title lines than a group holds: extend the subtitle.
                    var d = drafts.removeLast()
                    d.subtitle = ([d.subtitle].compactMap { $0 } + lines).joined(separator: " ")
                    group.forEach { d.take($0) }
                    drafts.append(d)
                } else if current != nil, u.enumerated || !(before || after) {
                    // Section headings of the open article.
                    var d = drafts.removeLast()
                    for g in group {
                        d.take(g)
                        d.addParagraph(g.text.string, line: g.lastLine, heading: g.kind == .titleLike)
                    }
                    drafts.append(d)
                } else if next == nil, drafts.isEmpty {
                    // A file of title-like lines only (a single short line): plain text, no title.
                    startDraft(u.firstLine)
                    for g in group {
                        drafts[drafts.count - 1].take(g)
                        drafts[drafts.count - 1].addParagraph(g.text.string, line: g.lastLine)
                    }
                } else {
                    startDraft(u.firstLine)
                    var d = drafts.removeLast()
                    d.title = lines[0]
                    if lines.count > 1 { d.subtitle = lines[1...].joined(separator: " ") }
                    group.forEach { d.take($0) }
                    drafts.append(d)
                }
                i = end
                continue
            case .datelineOnly:
                if open, var d = drafts.popLast() {
                    var dl = u.dateline!
                    if d.hasBody {
                        dl.position = .end
                        if d.dateline == nil { d.dateline = dl } else {
                            d.warnings.append("a second dateline \(dl.raw) at line \(u.firstLine) closes the article")
                        }
                        d.closed = true
                        open = false
                    } else if d.dateline == nil {
                        d.dateline = dl
                    } else {
                        // Two datelines before any body: the second begins another article.
                        drafts.append(d)
                        startDraft(u.firstLine)
                        d = drafts.removeLast()
                        d.dateline = dl
                    }
                    d.take(u)
                    drafts.append(d)
                } else {
                    startDraft(u.firstLine)
                    drafts[drafts.count - 1].dateline = u.dateline
                    drafts[drafts.count - 1].take(u)
                }
            case .datelineLead:
                if !(open && drafts.last!.dateline == nil && !drafts.last!.hasBody) { startDraft(u.firstLine) }
                drafts[drafts.count - 1].dateline = u.dateline
                drafts[drafts.count - 1].take(u)
                drafts[drafts.count - 1].addParagraph(u.text.string, line: u.lastLine)
            case .credit:
                if open {
                    drafts[drafts.count - 1].take(u)
                    if drafts[drafts.count - 1].hasBody {
                        drafts[drafts.count - 1].closed = true
                        open = false
                    }
                } else if !drafts.isEmpty {
                    drafts[drafts.count - 1].take(u)  // a credit after the closing dateline
                } else {
                    startDraft(u.firstLine)
                    drafts[drafts.count - 1].take(u)
                }
            case .endMark:
                if !drafts.isEmpty {
                    drafts[drafts.count - 1].take(u)
                    drafts[drafts.count - 1].closed = true
                }
                open = false
            case .furniture:
                if !drafts.isEmpty { drafts[drafts.count - 1].take(u) }
            case .body, .caption, .dashSubtitle:
                if open, u.continuesFrom == nil || !drafts.last!.hasBody {
                    drafts[drafts.count - 1].take(u)
                } else {
                    startFragment(u)
                    drafts[drafts.count - 1].take(u)
                }
                drafts[drafts.count - 1].addParagraph(u.text.string, line: u.lastLine)
            }
            if let to = units[i].continuesTo, !drafts.isEmpty {
                drafts[drafts.count - 1].warnings.append("continues on another page (\(to)) after line \(units[i].lastLine)")
                drafts[drafts.count - 1].closed = true
                open = false
            }
            i += 1
        }

        return drafts.enumerated().map { index, d in
            var warnings = d.warnings
            if d.paragraphs.isEmpty {
                warnings.append("no body text (lines \(d.firstLine)–\(d.lastLine))")
            } else if !d.lastIsHeading, let last = d.paragraphs.last,
                [.open, .continuing].contains(judge.end(of: Array(last.unicodeScalars)))
            {
                warnings.append("ends in the middle of a sentence at line \(d.lastParagraphLine); the rest may be on another page")
            }
            return Article(
                index: index + 1, title: d.title, subtitle: d.subtitle, dateline: d.dateline, byline: d.byline,
                paragraphs: d.paragraphs, source: SourceRange(path: path, firstLine: d.firstLine, lastLine: d.lastLine),
                warnings: warnings, repairs: d.repairs.sorted { ($0.firstLine, $0.lastLine) < ($1.firstLine, $1.lastLine) })
        }
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
