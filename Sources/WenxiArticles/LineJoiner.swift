import WenxiText

/// A paragraph after repair: one block, or several blocks joined across broken lines.
struct PageUnit {
    var kind: PageBlock.Kind
    /// Body text, without the dateline for `datelineLead`.
    var text: [Unicode.Scalar]
    var firstLine: Int
    var lastLine: Int
    var blanksBefore: Int
    var dateline: Dateline?
    var credit: Byline?
    var enumerated: Bool
    var continuesFrom: String?
    var continuesTo: String?
    /// Repairs made on these lines, and on removed lines right after them.
    var repairs: [Repair]

    init(_ b: PageBlock) {
        kind = b.kind
        text = b.kind == .datelineLead ? Array(b.text[b.datelineLength...]) : b.text
        firstLine = b.line
        lastLine = b.line
        blanksBefore = b.blanksBefore
        dateline = b.dateline
        credit = b.credit
        enumerated = b.enumerated
        continuesFrom = b.continuesFrom
        continuesTo = b.continuesTo
        repairs = b.repairs
    }
}

/// Where a group of title-like lines stands: does what follows it mark a new article?
enum TitleGroup {
    /// Kinds that follow an article's title: a dateline, a credit, a caption.
    static func isArticleOpener(_ kind: PageBlock.Kind) -> Bool {
        kind == .datelineOnly || kind == .datelineLead || kind == .credit || kind == .caption
    }

    /// The end (exclusive) of the title group starting at `start`: up to three title-like or
    /// dash-subtitle entries (enumerated headings excluded after the first).
    static func end(from start: Int, count: Int, kind: (Int) -> PageBlock.Kind, enumerated: (Int) -> Bool) -> Int {
        var k = start + 1
        while k < count, k - start < 3 {
            let kk = kind(k)
            guard kk == .dashSubtitle || (kk == .titleLike && !enumerated(k)) else { break }
            k += 1
        }
        return k
    }
}

/// Joins paragraphs broken inside a sentence or a word, and carries the repairs of removed lines.
struct LineJoiner {
    let judge: BreakJudge
    let classifier: BlockClassifier
    let layout: PageLayout
    let enabled: Bool

    func units(_ blocks: [PageBlock], dropped: [Int: Repair]) -> [PageUnit] {
        // The blocks that remain, for look-ahead.
        let kept = blocks.indices.filter { blocks[$0].kind != .furniture && dropped[$0] == nil }
        var units: [PageUnit] = []
        var pendingRepairs: [Repair] = []
        var pendingFrom: String?
        var keptPosition = 0
        for (i, b) in blocks.enumerated() {
            if b.kind == .furniture || dropped[i] != nil {
                var repairs = b.repairs
                if let r = dropped[i] { repairs.append(r) }
                if b.kind == .furniture {
                    if let from = b.continuesFrom { pendingFrom = from }
                    if let to = b.continuesTo, !units.isEmpty { units[units.count - 1].continuesTo = to }
                }
                if units.isEmpty { pendingRepairs += repairs } else { units[units.count - 1].repairs += repairs }
                continue
            }
            defer { keptPosition += 1 }
            var u = PageUnit(b)
            u.repairs = pendingRepairs + u.repairs
            pendingRepairs = []
            if let from = pendingFrom {
                if u.continuesFrom == nil { u.continuesFrom = from }
                pendingFrom = nil
            }
            if enabled, let last = units.last,
                let (reason, word) = joinDecision(last, u, blocks: blocks, kept: kept, position: keptPosition)
            {
                units[units.count - 1] = merge(last, u, reason: reason, word: word)
            } else {
                units.append(u)
            }
        }
        if !pendingRepairs.isEmpty, !units.isEmpty { units[units.count - 1].repairs += pendingRepairs }
        return units
    }

    private func joinDecision(_ a: PageUnit, _ b: PageUnit, blocks: [PageBlock], kept: [Int], position: Int)
        -> (Repair.JoinReason, String?)?
    {
        guard [.body, .caption, .datelineLead, .titleLike].contains(a.kind), !a.enumerated,
            b.kind == .body || b.kind == .titleLike, !b.enumerated,
            a.continuesTo == nil, b.continuesFrom == nil, !a.text.isEmpty, !b.text.isEmpty
        else { return nil }
        let bIsTitleLike = b.kind == .titleLike
        if bIsTitleLike {
            // Does b begin a title group that opens an article?
            let end = TitleGroup.end(
                from: position, count: kept.count, kind: { blocks[kept[$0]].kind }, enumerated: { blocks[kept[$0]].enumerated })
            if end < kept.count, TitleGroup.isArticleOpener(blocks[kept[end]].kind) { return nil }
            if (position..<end).contains(where: { blocks[kept[$0]].kind == .dashSubtitle }) { return nil }
            if layout.isWideGap(b.blanksBefore) { return nil }
        }
        if a.kind == .titleLike {
            // A short line joins only to complete a word left over on both sides of the break.
            guard b.kind == .body, judge.end(of: a.text) == .open,
                let word = judge.spanningWord(a.text, b.text),
                judge.danglingEnd(a.text), judge.danglingStart(b.text)
            else { return nil }
            return (.word, word)
        }
        let running = !classifier.isTitleLike(a.text)
        return judge.joinReason(a.text, aIsRunning: running, b.text, bIsTitleLike: bIsTitleLike)
    }

    private func merge(_ a: PageUnit, _ b: PageUnit, reason: Repair.JoinReason, word: String?) -> PageUnit {
        var m = a
        let left = Array(a.text.suffix(8)).string
        let right = Array(b.text.prefix(8)).string
        if let x = a.text.last, let y = b.text.first, CharacterClasses.isASCIIAlphanumeric(x),
            CharacterClasses.isASCIIAlphanumeric(y)
        {
            m.text.append(" ")
        }
        m.text += b.text
        if m.kind == .titleLike { m.kind = .body }
        m.lastLine = b.lastLine
        m.continuesTo = b.continuesTo
        let why: String
        switch reason {
        case .punctuation: why = "the first ends inside a sentence"
        case .word: why = "\(word ?? "") is a word across the break"
        case .sentence: why = "the sentence runs on without closing punctuation"
        }
        let repair = Repair(
            kind: .joinedLines, firstLine: a.lastLine, lastLine: b.firstLine,
            description: "joined line \(a.lastLine) (…\(left)) and line \(b.firstLine) (\(right)…): \(why)",
            left: left, right: right, word: word, reason: reason)
        m.repairs += [repair] + b.repairs
        return m
    }
}
