/// Person names: Chinese names by surname and given-character likelihood, foreign names by
/// transliteration characters, both confirmed by context.
extension RecognitionPass {
    typealias Flag = EntityData.Flag

    /// How strongly the words around `start..<end` say that it is a person's name.
    func personContext(_ start: Int, _ end: Int) -> Float {
        typealias E = PersonEvidence
        var score: Float = 0
        if let after = wordsStarting(at: end, with: Flag.title | Flag.speech | Flag.strongAfter) {
            score += flags(end, after) & (Flag.title | Flag.strongAfter) != 0 ? E.strongAfter : E.weakAfter
        }
        if wordEnding(at: start, with: Flag.title) != nil { score += E.titleBefore }
        if start > 0 && (text[start - 1] == 0x3001 || text[start - 1] == 0x201C) { score += E.listPunctuation }  // 、 “
        if end < n && (text[end] == 0x3001 || text[end] == 0x201D) { score += E.listPunctuation }
        // 52岁的退休教师王建国: an age or description before.
        if start >= 2 && text[start - 1] == 0x7684 /* 的 */ && text[start - 2] == 0x5C81 /* 岁 */ { score += E.ageBefore }
        if end < n && (text[end] == 0xFF08 || text[end] == 0x28) { score += E.bracketAfter }  // 王强（左）
        return score
    }

    /// Whether a title or a strong verb stands right before or after `start..<end` (书记王强, 王强说).
    func strongPersonContext(_ start: Int, _ end: Int) -> Bool {
        if wordEnding(at: start, with: Flag.title) != nil { return true }
        if let after = wordsStarting(at: end, with: Flag.title | Flag.strongAfter) {
            return flags(end, after) & (Flag.title | Flag.strongAfter) != 0
        }
        return false
    }

    /// Whether the name candidate `start..<end` (given name from `given`) reads as an ordinary word:
    /// a lexicon word not tagged as a name (高效率), the start of a longer word that goes on
    /// (安全 in 安全感), or a word whose surname and first given character make a frequent
    /// adjective, adverb or verb (安全感, 幸福感, which jieba tags nr; not the noun of 王国华).
    func looksLikeOrdinaryWord(_ start: Int, _ given: Int, _ end: Int) -> Bool {
        if let entry = lexicon(start, end), !entry.tag.hasPrefix("nr") { return true }
        let k = Int(tokenAt[start])
        if k >= 0 && Int(spans[k].start) == start && Int(spans[k].end) > end && tags[k] != .person { return true }
        if end - given == 2, let head = lexicon(start, given + 1), head.frequency >= PersonEvidence.givenWordFrequency,
           let kind = head.tag.unicodeScalars.first, TagClass.ordinaryStart.contains(kind) {
            return true
        }
        return false
    }

    /// The evidence of the dictionaries and the segmentation for the name `start..<end`, surname
    /// `start..<g1`: how far it reads as a name rather than a word, context aside.
    func nameShapeScore(_ start: Int, _ g1: Int, _ end: Int) -> Float {
        typealias E = PersonEvidence
        let glen = end - g1
        var score: Float = 0
        if let entry = lexicon(start, end) {
            if entry.tag.hasPrefix("nr") {
                // jieba tags many ordinary two-character words nr (祝贺, 宁静, 卓越).
                score += glen == 1 ? (entry.frequency > E.frequentTaggedPairFrequency ? E.frequentTaggedPair : E.rareTaggedPair)
                    : E.taggedName
            } else if data.listedName(text, start, end) & EntityData.NameKind.chinese != 0 {
                // A listed name the lexicon calls something else (万里, 江华): the name wins.
            } else {
                score += TagClass.properNoun.contains(entry.tag) ? E.properWord : E.lexiconWord
            }
        }
        // The given name is an ordinary word: 和人民, 都发生.
        if glen == 2, let given = lexicon(g1, end), !given.tag.hasPrefix("nr"), given.frequency >= E.givenWordFrequency {
            score += given.frequency >= E.veryFrequentGivenWord ? E.frequentGivenWord : E.givenWord
        }
        if g1 - start == 1 && data.names.weakSurnames.contains(text[start]) { score += E.weakSurname }
        // A name that cuts a word: 李明天 (明天).
        if !boundary[end] { score += Int(spans[Int(tokenAt[end - 1])].start) == end - 1 ? E.cutsWordAtEnd : E.endsInsideWord }
        // A name that is only the start of a longer ordinary word (安全感, 纪念墙).
        let k = Int(tokenAt[start])
        if Int(spans[k].end) > g1 && tags[k] != .person {
            score += Int(spans[k].end) >= end ? E.startOfLongerWord
                : (frequencies[k] >= E.givenWordFrequency ? E.startsFrequentWord : E.startsRareWord)
        }
        return score
    }

    /// Whether `start..<end` (given name from `given`), not a listed name, may be read as a name at
    /// all: an ordinary word (高效率, 安全感), a conjunction read as a surname (和友谊, 向主席), or a
    /// place the gazetteer knows (盘锦) is one only with a title or strong verb next to it.
    func mayBeChineseName(_ start: Int, _ given: Int, _ end: Int) -> Bool {
        // 和友谊, 贺信表示: a conjunction or greeting is a surname only next to a title.
        if given - start == 1 && data.lists.conjunctionSurnames.contains(text[start]) { return titleNextTo(start, end) }
        return !(looksLikeOrdinaryWord(start, given, end) || isListedPlace(start, end) || madeOfWords(start, given, end)
                 || rareSurnameWord(start, end))
            || strongPersonContext(start, end)
    }

    /// Whether `text[start..<end]` is a lexicon word, not tagged as a name, of at least `frequency`.
    func frequentWord(_ start: Int, _ end: Int, _ frequency: UInt32) -> Bool {
        guard let word = lexicon(start, end) else { return false }
        return !word.tag.hasPrefix("nr") && word.frequency >= frequency
    }

    /// Whether the lexicon's nr tag on the word `start..<end` hides ordinary words: the given part is a
    /// frequent word (高素质: 素质, 金点子: 点子), or the surname and first given character are one
    /// (智能化: 智能). jieba tags many such words nr.
    func madeOfWords(_ start: Int, _ given: Int, _ end: Int) -> Bool {
        guard end - given == 2, let word = lexicon(start, end), word.tag.hasPrefix("nr") else { return false }
        let weak = given - start == 1 && data.names.weakSurnames.contains(text[start])
        return (weak && frequentWord(given, end, PersonEvidence.givenWordFrequency))
            || frequentWord(start, given + 1, PersonEvidence.givenWordFrequency)
    }

    /// Whether `start..<end` is a two-character lexicon word with a rare surname that no name list
    /// knows (楼宇, tagged nr): more often the word than a name.
    func rareSurnameWord(_ start: Int, _ end: Int) -> Bool {
        guard end - start == 2, lexicon(start, end) != nil, let strength = data.names.single[text[start]] else { return false }
        return strength < PersonEvidence.rareSurnameStrength && data.listedName(text, start, end) == 0
    }

    /// Whether a title stands right before or after `start..<end` (书记和平, 和平书记).
    func titleNextTo(_ start: Int, _ end: Int) -> Bool {
        if wordEnding(at: start, with: Flag.title) != nil { return true }
        guard let after = wordsStarting(at: end, with: Flag.title) else { return false }
        return flags(end, after) & Flag.title != 0
    }

    /// Whether the gazetteer knows `text[start..<end]` as a place.
    func isListedPlace(_ start: Int, _ end: Int) -> Bool {
        data.gazetteer.value(text, start, end)?.type == .place
    }

    /// Chinese names by the surname model: every surname at a token start, one or two given
    /// characters, scored by shape and context; then names next to names confirm each other.
    mutating func personCandidates() {
        typealias E = PersonEvidence
        let names = data.names
        let threshold = recognizer.options.personThreshold
        var tentative: [(start: Int, end: Int, score: Float)] = []
        for i in 0..<n where boundary[i] {
            for (length, strength) in names.surname(in: text, at: i) {
                let g1 = i + length
                guard isHan(g1), names.givenScore(text[g1]) > E.neverGiven else { continue }
                // 王书记, 李主任: a title right after the surname is no given name.
                if let titleEnd = wordsStarting(at: g1, with: Flag.title | Flag.speech), titleEnd > g1 + 1 { continue }
                var givenSum: Float = 0
                for glen in 1...2 {
                    let end = g1 + glen
                    guard end <= n, isHan(end - 1) else { break }
                    var charScore = names.givenScore(text[end - 1])
                    if charScore <= E.neverGiven {
                        // 周恩来: a listed name whose last character is otherwise never a given one,
                        // as a whole word or next to a title or strong verb.
                        guard glen == 2, listedWholeName(i, end) else { break }
                        charScore = 0
                    }
                    givenSum += charScore
                    // The second given character must not start a title or verb (王强书记, 王强表示).
                    if glen == 2, let w = wordsStarting(at: end - 1, with: Flag.title | Flag.speech), w > end { break }
                    // Nor be a one-character verb of speech or action that follows a name (罗干|作, 李舸|摄).
                    if glen == 2, flags(end - 1, end) & Flag.speech != 0 { break }
                    if flags(i, end) & (Flag.notName | Flag.title) != 0 { continue }
                    let listed = data.listedName(text, i, end) & EntityData.NameKind.chinese != 0 && !madeOfWords(i, g1, end)
                    guard listed || mayBeChineseName(i, g1, end) else { continue }
                    let score = E.surnameStrength * strength + givenSum / Float(glen) + (glen == 2 ? E.twoGiven : E.oneGiven)
                        + nameShapeScore(i, g1, end) + personContext(i, end) + (listed ? E.listedName : 0)
                    if score >= threshold - E.tentativeMargin { tentative.append((i, end, score)) }
                }
            }
        }
        confirmNeighbours(tentative, threshold: threshold)
    }

    /// Whether `start..<end` is a listed Chinese name that the segmentation keeps whole, or that has
    /// a title or strong verb next to it.
    func listedWholeName(_ start: Int, _ end: Int) -> Bool {
        guard data.listedName(text, start, end) & EntityData.NameKind.chinese != 0, boundary[start], boundary[end] else { return false }
        return lexicon(start, end) != nil || strongPersonContext(start, end)
    }

    /// Names listed without separators (主席团成员 王涛王海王群): a name right next to another
    /// plausible name is surer. Adds the tentative names that reach `threshold`.
    mutating func confirmNeighbours(_ tentative: [(start: Int, end: Int, score: Float)], threshold: Float) {
        typealias E = PersonEvidence
        var goodStart = [Bool](repeating: false, count: n + 1)
        var goodEnd = [Bool](repeating: false, count: n + 1)
        for t in tentative where t.score >= threshold - E.neighbourMargin {
            goodStart[t.start] = true
            goodEnd[t.end] = true
        }
        for t in tentative {
            var score = t.score
            if goodEnd[t.start] || goodStart[t.end] { score += E.neighbourName }
            if score >= threshold {
                add(t.start, t.end, .person, Self.score(SourceWeight.person, t.end - t.start)
                    + min(score - threshold, E.maximumBonus) * E.confidenceBonus)
            }
        }
    }

    /// 小平同志, 老王说: 老 or 小 and one character, only before a strong context word.
    mutating func familiarNameCandidates() {
        for i in 0..<n where boundary[i] && (text[i] == 0x5C0F || text[i] == 0x8001) && i + 2 <= n {
            let c = text[i + 1]
            guard NameModel.isHan(c), data.names.single[c] != nil || data.names.givenScore(c) > 0 else { continue }
            guard let after = wordsStarting(at: i + 2, with: Flag.strongAfter), after > i + 2 else { continue }
            add(i, i + 2, .person, Self.score(SourceWeight.familiarName, 2))
        }
    }

    /// Foreign names: runs of transliteration characters, and Han parts joined by a middle dot.
    mutating func foreignNameCandidates() {
        transliteratedRunCandidates()
        dottedNameCandidates()
    }

    /// Runs of transliteration characters (克林顿, 普里马科夫), with a dot (约翰·拉贝) or with context:
    /// a foreign title before (总统克林顿), a speech verb after, the lexicon's nr tag, or the run being
    /// a listed foreign name (`names/transliterated-names.txt`). A listed name may end where the run
    /// goes on or cut a word (塞迪略, whose last character is no transliteration character).
    mutating func transliteratedRunCandidates() {
        let names = data.names
        var i = 0
        while i < n {
            guard boundary[i], names.transliteration.contains(text[i]) else { i += 1; continue }
            var end = i
            var dots = 0
            while end < n {
                let c = text[end]
                if names.transliteration.contains(c) { end += 1; continue }
                if Self.isNameDot(c) && end + 1 < n && isHan(end + 1) && end > i {
                    dots += 1
                    end += 1
                    continue
                }
                break
            }
            let runEnd = end
            // Shrink to a token boundary.
            while end > i + 1 && !boundary[end] { end -= 1 }
            if dots > 0 && end - i >= 3 {
                add(i, end, .person, Self.score(SourceWeight.dottedForeignName, end - i))
            } else {
                var ends: Set<Int> = end - i >= 3 ? [end] : []
                data.nameList.matches(in: text, at: i) { e, kinds in
                    if kinds & EntityData.NameKind.foreign != 0 && e - i >= 3 && e <= runEnd + 1 && boundary[e] {
                        ends.insert(e)
                    }
                }
                for e in ends { foreignNameCandidate(i, e) }
            }
            i = max(end, i + 1)
        }
    }

    /// Adds the transliterated run `start..<end` as a person when its context is enough.
    mutating func foreignNameCandidate(_ start: Int, _ end: Int) {
        var score = personContext(start, end)
        if wordEnding(at: start, with: Flag.foreignTitle) != nil { score += PersonEvidence.foreignTitle }
        let tagged = lexicon(start, end)
        if let tagged, !tagged.tag.hasPrefix("nr"), tagged.frequency >= PersonEvidence.givenWordFrequency { return }  // 沙发
        if score > 0, tagged?.tag.hasPrefix("nr") == true { score += PersonEvidence.foreignTitle }
        // A listed name adds to context, never stands for it (马拉松 is listed and tagged nr).
        if score > 0 && data.listedName(text, start, end) & EntityData.NameKind.foreign != 0 { score += PersonEvidence.listedForeignName }
        if score >= PersonEvidence.foreignNameContext {
            add(start, end, .person, Self.score(SourceWeight.foreignName, end - start))
        }
    }

    /// Whether `c` is a middle dot that joins the parts of a foreign name.
    static func isNameDot(_ c: UInt32) -> Bool {
        c == 0xB7 || c == 0x30FB || c == 0x2022 || c == 0xFF0E || c == 0x2027
    }

    /// Han parts joined by a middle dot are one name even outside the transliteration set:
    /// 帕巴拉·格列朗杰, 布赫铁木尔·达瓦买提. The part before the dot is transliteration characters or
    /// at most two others; the parts after run up to six characters; all stop at function characters
    /// and titles and are cut back to a word boundary.
    mutating func dottedNameCandidates() {
        func isDot(_ c: UInt32) -> Bool { c == 0xB7 || c == 0x30FB || c == 0x2027 }
        func nameCharacter(_ i: Int) -> Bool { isHan(i) && data.names.givenScore(text[i]) > PersonEvidence.neverGiven }
        var k = 0
        while k < n {
            guard isDot(text[k]) else { k += 1; continue }
            var s = k, e = k + 1
            // The part before the dot: transliteration characters or at most two others, so that a
            // name listed right before it (王兆国阿沛·阿旺晋美) stays out.
            while s > 0 && nameCharacter(s - 1) && (k - s < 2 || data.names.transliteration.contains(text[s - 1])) && k - s < 6
                    && wordEnding(at: s, with: Flag.title) == nil { s -= 1 }
            var part = 0
            while e < n && e - k < 16 {
                if isDot(text[e]) && part > 0 { part = 0; e += 1; continue }
                guard nameCharacter(e), part < 6, part == 0 || wordsStarting(at: e, with: Flag.title | Flag.speech) == nil else { break }
                part += 1
                e += 1
            }
            while e > k + 1 && !boundary[e] { e -= 1 }
            while s < k - 1 && !boundary[s] { s += 1 }
            if s < k && e > k + 1 { add(s, e, .person, Self.score(SourceWeight.dottedName, e - s)) }
            k = max(e, k + 1)
        }
    }

    /// 江主席, 李总理, 王老: a surname alone before a title is a person (the span is the surname).
    /// A weak surname (和, 向, 党, 高) needs the full name named before (``linkSurnames(_:)``); a
    /// country or region abbreviation (韩, 鲁) is left to the place rules.
    mutating func surnameTitleCandidates() {
        guard n >= 2 else { return }
        for i in 0..<(n - 1) where boundary[i] && data.names.single[text[i]] != nil {
            guard let titleEnd = wordsStarting(at: i + 1, with: Flag.surnameTitle), boundary[titleEnd],
                  flags(i + 1, titleEnd) & Flag.surnameTitle != 0 else { continue }
            // The surname and title cut as one word (江主席) or as two; not inside a longer word.
            let k = Int(tokenAt[i])
            guard boundary[i + 1] || Int(spans[k].end) == titleEnd else { continue }
            if data.lists.abbreviations.contains(text[i]) || data.lists.regionAbbreviations.contains(text[i]) { continue }
            var c = Candidate(start: i, end: i + 1, type: .person, score: Self.score(SourceWeight.surnameTitle, 1))
            c.surnameOnly = true
            candidates.append(c)
        }
    }

    /// Whether the unlisted given part `start..<end` of a Japanese name holds a frequent word or a
    /// title (江泽 + 民今天, 江泽 + 民先生): the name stops before it.
    func givenHoldsWord(_ start: Int, _ end: Int) -> Bool {
        for a in start..<end {
            for b in (a + 2)...max(a + 2, end) where b <= end {
                if flags(a, b) & Flag.title != 0 || frequentWord(a, b, PersonEvidence.givenWordFrequency) { return true }
            }
        }
        return false
    }

    /// Whether a listed Chinese name starts at `start` and ends inside `start..<end` (江泽民 in
    /// 江泽民今天): the Chinese name is the reading, not a Japanese family name with more after it.
    func extendsChineseName(_ start: Int, _ end: Int) -> Bool {
        var found = false
        data.nameList.matches(in: text, at: start) { e, kinds in
            if e < end && kinds & EntityData.NameKind.chinese != 0 { found = true }
        }
        return found
    }

    /// Japanese names: a listed family name and a listed given name (桥本龙太郎, 小渊惠三 with context),
    /// each of two or more characters, or a family name and one to three characters before a
    /// strong context word.
    mutating func japaneseNameCandidates() {
        typealias K = EntityData.NameKind
        var familyEnds: [Int] = []
        for i in 0..<n where boundary[i] && data.japaneseFamilyStarts.contains(text[i]) {
            // The family names first, then the names after each: a closure that adds candidates
            // would hold the whole pass.
            familyEnds.removeAll(keepingCapacity: true)
            // The closure reads no property of the pass: one that did would copy the name list.
            let n = self.n
            data.nameList.matches(in: text, at: i) { familyEnd, kinds in
                if kinds & K.japaneseFamily != 0, familyEnd - i >= 2, familyEnd < n { familyEnds.append(familyEnd) }
            }
            for familyEnd in familyEnds { japaneseNames(i, familyEnd) }
        }
    }

    /// The Japanese names of family name `i..<familyEnd` and a given name after it.
    private mutating func japaneseNames(_ i: Int, _ familyEnd: Int) {
        typealias K = EntityData.NameKind
        for end in (familyEnd + 1)...min(n, familyEnd + 3) where boundary[end] && isHan(end - 1) {
            // Listed parts that are frequent words of their own are no name (根本利益).
            let given = data.listedName(text, familyEnd, end) & K.japaneseGiven != 0 && end - familyEnd >= 2
                && !frequentWord(i, familyEnd, PersonEvidence.veryFrequentGivenWord)
                && !frequentWord(familyEnd, end, PersonEvidence.givenWordFrequency)
            guard given || (strongPersonContext(i, end) && !givenHoldsWord(familyEnd, end)
                            && !extendsChineseName(i, end)) else { continue }
            // Two listed parts beat the lexicon's tag (桥本龙太郎 is an n word there); context alone does not.
            if !given, let word = lexicon(i, end), !word.tag.hasPrefix("nr") { continue }
            if (i..<end).contains(where: { data.names.givenScore(text[$0]) <= PersonEvidence.neverGiven }) { continue }
            add(i, end, .person, Self.score(SourceWeight.japaneseName, end - i))
        }
    }
}
