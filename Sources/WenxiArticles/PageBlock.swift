import WenxiText

/// One non-empty input line of a page, classified by its layout role.
struct PageBlock {
    /// The layout role of a line.
    enum Kind: Equatable {
        /// Running text.
        case body
        /// Short line without closing punctuation: a title, a second title line or a section heading.
        case titleLike
        /// A subtitle line starting with —— (破折号).
        case dashSubtitle
        /// A line that is only a dateline (新华社北京11月4日电, possibly with its reporters).
        case datelineOnly
        /// A paragraph that starts with a dateline (新华社上海3月2日电（记者 王明）…, 本报讯 …).
        case datelineLead
        /// A byline or photo credit line (记者 陈立, 新华社记者 刘洋摄).
        case credit
        /// A photo caption (这是6月8日拍摄的…, 图为…).
        case caption
        /// An end mark (（完）).
        case endMark
        /// Only a page number, or a continuation mark that was alone on its line: removed.
        case furniture
    }

    var kind: Kind
    /// Text after continuation marks were removed (and, for `datelineLead`, still with the dateline).
    var text: [Unicode.Scalar]
    /// 1-based input line.
    var line: Int
    /// Blank lines between this line and the previous non-empty one.
    var blanksBefore: Int
    /// The dateline, for `datelineOnly` and `datelineLead`.
    var dateline: Dateline?
    /// Code points of `text` the dateline (and its separator) take up.
    var datelineLength = 0
    /// The credit, for `credit` lines and the bracket of a dateline.
    var credit: Byline?
    /// A title-like line that starts with an enumeration (一、 （二） 3.): always a heading.
    var enumerated = false
    /// （上接第一版）: this text continues an article from another page.
    var continuesFrom: String?
    /// （下转第二版）: the article continues on another page after this text.
    var continuesTo: String?
    /// Repairs made on this line (continuation marks, page furniture).
    var repairs: [Repair] = []
}

/// Classifies trimmed lines into `PageBlock`s.
struct BlockClassifier {
    var maximumTitleLength: Int
    var maximumSubtitleLength: Int
    /// The line width of a hard-wrapped page: lines this long (or one less) are running text.
    var wrapWidth: Int? = nil

    /// Classifies one trimmed, non-empty line.
    func classify(_ raw: [Unicode.Scalar], line: Int, blanksBefore: Int) -> PageBlock {
        var block = PageBlock(kind: .body, text: raw, line: line, blanksBefore: blanksBefore)
        // Continuation marks.
        let marks = ContinuationMarks.find(in: raw)
        if !marks.isEmpty {
            for m in marks {
                switch m.direction {
                case .from: block.continuesFrom = m.text
                case .to: block.continuesTo = m.text
                }
                block.repairs.append(Repair(
                    kind: .removedContinuationMark, firstLine: line, lastLine: line,
                    description: "removed continuation mark \(m.text) at line \(line)", removed: m.text))
            }
            block.text = ContinuationMarks.remove(marks, from: raw)
            if block.text.isEmpty {
                block.kind = .furniture
                return block
            }
        }
        let s = block.text
        if isPageFurniture(s) {
            block.kind = .furniture
            block.repairs.append(Repair(
                kind: .removedPageFurniture, firstLine: line, lastLine: line,
                description: "removed page furniture \(s.string) at line \(line)", removed: s.string))
            return block
        }
        if isEndMark(s) {
            block.kind = .endMark
            block.repairs.append(Repair(
                kind: .removedEndMark, firstLine: line, lastLine: line,
                description: "removed end mark \(s.string) at line \(line)", removed: s.string))
            return block
        }
        if let m = DatelineParser.parse(s) {
            block.dateline = m.dateline
            block.datelineLength = m.consumed
            if let bracket = bracketCredit(s, datelineEnd: m.length) { block.credit = bracket }
            block.kind = m.consumed >= s.count ? .datelineOnly : .datelineLead
            return block
        }
        if s.count <= maximumTitleLength, !endsWithSentenceMark(s), let credit = CreditParser.parse(s) {
            block.kind = .credit
            block.credit = credit
            return block
        }
        if isCaption(s) {
            block.kind = .caption
            return block
        }
        if isDashSubtitle(s) {
            block.kind = .dashSubtitle
            return block
        }
        if isTitleLike(s) {
            block.kind = .titleLike
            block.enumerated = startsWithEnumeration(s)
            return block
        }
        return block
    }

    /// The credit inside the dateline's bracket, re-parsed (the dateline keeps names only).
    private func bracketCredit(_ s: [Unicode.Scalar], datelineEnd: Int) -> Byline? {
        guard datelineEnd >= 2, s[datelineEnd - 1] == "）" || s[datelineEnd - 1] == ")" else { return nil }
        var open = datelineEnd - 2
        while open >= 0, s[open] != "（", s[open] != "(" { open -= 1 }
        guard open >= 0 else { return nil }
        return CreditParser.parse(Array(s[(open + 1)..<(datelineEnd - 1)]))
    }

    /// Short, no sentence end inside, no continuing punctuation at the end, at least two Han.
    func isTitleLike(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count >= 2, s.count <= maximumTitleLength else { return false }
        if let w = wrapWidth, s.count >= w - 1 { return false }
        var han = 0
        for (k, c) in s.enumerated() {
            if CharacterClasses.isHan(c) { han += 1 }
            if c == "。" || c == "…" || c == "⋯" { return false }
            if (c == "！" || c == "？" || c == "!" || c == "?"), k < s.count - 1 {
                // Allowed only as the final mark (possibly before closing quotes).
                if !s[(k + 1)...].allSatisfy({ CharacterClasses.isCloser($0) || CharacterClasses.isSentenceTerminator($0) }) {
                    return false
                }
            }
        }
        guard han >= 2 else { return false }
        let last = effectiveLast(s)
        if CharacterClasses.isContinuingPunctuation(last) || CharacterClasses.isLeadInPunctuation(last) { return false }
        return true
    }

    /// The last scalar that is not a closing quote or bracket.
    func effectiveLast(_ s: [Unicode.Scalar]) -> Unicode.Scalar {
        var k = s.count - 1
        while k > 0, CharacterClasses.isCloser(s[k]) { k -= 1 }
        return s[max(k, 0)]
    }

    func endsWithSentenceMark(_ s: [Unicode.Scalar]) -> Bool {
        guard !s.isEmpty else { return false }
        return CharacterClasses.isSentenceTerminator(effectiveLast(s))
    }

    /// ——副题 (two or more dashes or box-drawing lines at the start).
    func isDashSubtitle(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count >= 4, s.count <= maximumSubtitleLength else { return false }
        let dashes: Set<Unicode.Scalar> = ["—", "─", "-", "―", "－", "━"]
        guard dashes.contains(s[0]), dashes.contains(s[1]) else { return false }
        var k = 0
        while k < s.count, dashes.contains(s[k]) { k += 1 }
        guard k < s.count else { return false }
        let rest = s[k...]
        if rest.contains("。") && rest.last != "。" { return false }
        return rest.contains { CharacterClasses.isHan($0) }
    }

    /// 这是…拍摄的…, 图为…, 上图/下图/左图/右图…, 图①…
    func isCaption(_ s: [Unicode.Scalar]) -> Bool {
        for p in Self.captionStarts where s.hasPrefix(p) { return true }
        if s.hasPrefix(Self.thisIs) {
            let window = s.prefix(60)
            let w = Array(window)
            for k in 0..<max(w.count - 1, 0) where w[k] == "拍" && w[k + 1] == "摄" { return true }
            if w.contains("摄") && w.contains("日") { return true }
        }
        return false
    }

    /// The openings of a caption that need nothing after them.
    static let captionStarts: [[Unicode.Scalar]] = ["图为", "上图", "下图", "左图", "右图", "图①", "图②", "图③", "图④", "图：", "图:"]
        .map { Array(($0 as String).unicodeScalars) }
    /// 这是, which opens a caption when 拍摄 follows.
    static let thisIs = Array("这是".unicodeScalars)

    /// Only digits, Latin page labels, dashes, dots and spaces (a page number, "- 3 -", "A2").
    func isPageFurniture(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count <= 12 else { return false }
        var digits = 0
        for c in s {
            if CharacterClasses.digitValue(c) != nil { digits += 1; continue }
            if CharacterClasses.isSpace(c) || c == "-" || c == "—" || c == "." || c == "·" || c == "/" { continue }
            if ("A"..."Z").contains(c) { continue }
            if c == "第" || c == "版" || c == "页" { continue }
            return false
        }
        return digits > 0
    }

    /// （完） and similar end marks.
    func isEndMark(_ s: [Unicode.Scalar]) -> Bool {
        // No mark is longer than five code points, nor is any text equal to one.
        guard s.count <= 5 else { return false }
        let marks: [String] = ["（完）", "(完)", "完", "（全文完）", "（本文完）"]
        let str = s.string
        return marks.contains(str)
    }

    /// 一、 二、 （一） (一) 1. 1、 第一， — an enumerated section heading.
    func startsWithEnumeration(_ s: [Unicode.Scalar]) -> Bool {
        var k = 0
        var bracket = false
        if k < s.count, s[k] == "（" || s[k] == "(" { bracket = true; k += 1 }
        let start = k
        while k < s.count, k - start < 3,
            CharacterClasses.digitValue(s[k]) != nil || CharacterClasses.chineseDigitValue(s[k]) != nil
        {
            k += 1
        }
        guard k > start, k < s.count else { return false }
        if bracket { return s[k] == "）" || s[k] == ")" }
        return s[k] == "、" || s[k] == "." || s[k] == "．"
    }
}
