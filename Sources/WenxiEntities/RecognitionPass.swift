import WenxiSegmentation

/// One run of the entity rules over one text: candidates from every source, then the best
/// non-overlapping set.
struct RecognitionPass {
    /// A possible mention and how much the rules trust it.
    struct Candidate {
        var start: Int
        var end: Int
        var type: EntityType
        var score: Float
        var canonical: String? = nil
        var nested: [Candidate] = []
        /// Found by a lexicon tag alone, the weakest source.
        var fromTag = false
        /// A bare surname before a title (江主席): its canonical name is the full name named before.
        var surnameOnly = false
        /// For a bare surname: the full name it stands for, as an offset range of the text.
        var antecedent: Range<Int>? = nil
        var length: Int { end - start }
    }

    /// The coarse part of speech of a token, from the lexicon tag.
    enum Tag {
        case person, place, organization, properNoun, noun, verbalNoun, other, none

        /// The class of a jieba tag.
        init(jieba tag: String) {
            switch tag {
            case "nr", "nrfg", "nrt": self = .person
            case "ns": self = .place
            case "nt": self = .organization
            case "nz": self = .properNoun
            case "n", "j", "ng", "b", "an", "l": self = .noun
            case "vn": self = .verbalNoun
            default: self = .other
            }
        }
    }

    let recognizer: EntityRecognizer
    let data: EntityData
    let text: UnsafeBufferPointer<UInt32>
    let n: Int
    let spans: [TokenSpan]
    /// Token index covering each code point.
    var tokenAt: [Int32]
    /// Whether a token starts (or ends) at each offset 0...n.
    var boundary: [Bool]
    var tags: [Tag]
    var frequencies: [UInt32]
    var candidates: [Candidate] = []
    /// Start of the organization candidate ending at each offset (for the organization grammar).
    var bodyHeads: [Int] = []
    /// Start of the run of country abbreviations ending at each offset (中法企业家协会).
    var runHeads: [Int] = []

    init(recognizer: EntityRecognizer, text: UnsafeBufferPointer<UInt32>, spans: [TokenSpan]) {
        self.recognizer = recognizer
        self.data = recognizer.data
        self.text = text
        self.n = text.count
        self.spans = spans
        tokenAt = [Int32](repeating: -1, count: text.count)
        boundary = [Bool](repeating: false, count: text.count + 1)
        tags = []
        frequencies = []
        tags.reserveCapacity(spans.count)
        for (k, span) in spans.enumerated() {
            for i in span.range { tokenAt[i] = Int32(k) }
            boundary[Int(span.start)] = true
            boundary[Int(span.end)] = true
            if let word = recognizer.segmenter.lexiconWord(of: span) {
                tags.append(recognizer.tagClasses[word.tag])
                frequencies.append(word.frequency)
                continue
            }
            let entry = recognizer.segmenter.entry(of: span)
            tags.append(entry.map { Tag(jieba: $0.tag) } ?? .none)
            frequencies.append(entry?.frequency ?? 0)
        }
        boundary[0] = true
        boundary[text.count] = true
    }

    mutating func run() -> [Candidate] {
        gazetteerCandidates()
        taggedTokenCandidates()
        personCandidates()
        surnameTitleCandidates()
        japaneseNameCandidates()
        foreignNameCandidates()
        familiarNameCandidates()
        featureCandidates()
        abbreviationCandidates()
        organizationCandidates()
        return linkSurnames(select())
    }

    /// Whether the text spans `a` and `b` hold the same code points.
    func sameText(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { text[$0.0] == text[$0.1] }
    }

    /// Links each bare surname before a title (李总理) to the one full name with that surname named
    /// before it (李强); drops a weak surname (和, 向, 党) that links to none.
    ///
    /// - Complexity: O(*c*) in the chosen candidates.
    func linkSurnames(_ chosen: [Candidate]) -> [Candidate] {
        var named: [UInt32: [Range<Int>]] = [:]
        var result: [Candidate] = []
        for var c in chosen {
            if c.type == .person && !c.surnameOnly && c.length >= 2 {
                let range = c.start..<c.end
                var list = named[text[c.start], default: []]
                if !list.contains(where: { sameText($0, range) }) { list.append(range) }
                named[text[c.start]] = list
            }
            if c.surnameOnly {
                let names = named[text[c.start]] ?? []
                if names.count == 1 { c.antecedent = names[0] }
                let weak = data.lists.conjunctionSurnames.contains(text[c.start]) || data.names.weakSurnames.contains(text[c.start])
                if names.isEmpty && weak { continue }
            }
            result.append(c)
        }
        return result
    }

    // MARK: helpers

    @inline(__always) func isHan(_ i: Int) -> Bool { i >= 0 && i < n && NameModel.isHan(text[i]) }

    /// The flags of the word `text[start..<end]`, 0 when it is none of the listed words.
    func flags(_ start: Int, _ end: Int) -> UInt32 {
        guard start >= 0, end <= n, start < end else { return 0 }
        return data.words.index(of: text, start, end).map { data.words.values[$0] } ?? 0
    }

    /// The union of the flags of the listed words that start at `start`, and the longest one's end.
    func wordsStarting(at start: Int, with flag: UInt32) -> Int? {
        guard start < n else { return nil }
        var best: Int?
        data.words.matches(in: text, at: start) { end, index in
            if data.words.values[index] & flag != 0 { best = end }
        }
        return best
    }

    /// The start of the longest listed word with `flag` that ends at `end`.
    func wordEnding(at end: Int, with flag: UInt32) -> Int? {
        var longest: Int?
        data.words.matches(in: text, endingAt: end) { start, index in
            if data.words.values[index] & flag != 0 { longest = start }
        }
        return longest
    }

    /// The lexicon entry of `text[start..<end]`: frequency and tag, or nil.
    func lexicon(_ start: Int, _ end: Int) -> (frequency: UInt32, tag: String)? {
        recognizer.segmenter.lexicon.word(in: text, start, end).map { ($0.frequency, $0.tag) }
    }

    /// Whether a place from the gazetteer (full form) ends at `end`.
    func placeEnds(at end: Int) -> Bool {
        var k = max(0, end - data.gazetteer.maximumLength)
        while k < end - 1 {
            if let entry = data.gazetteer.value(text, k, end), entry.type == .place, !entry.short {
                return true
            }
            k += 1
        }
        return false
    }

    /// Whether `text[start..<end]` ends with a full place name from the gazetteer.
    func endsWithPlace(_ start: Int, _ end: Int) -> Bool {
        for s in (start + 1)..<max(start + 1, end - 1) {
            if let entry = data.gazetteer.value(text, s, end) {
                if entry.type == .place && !entry.short { return true }
            }
        }
        return false
    }

    /// The token before `start` when it is a lone character that is no word of its own in running
    /// text (not a function word, pronoun, numeral or frequent verb): the segmenter split it off an
    /// unknown name (亮|马河), or it is a rare verb (探|阴山), so the name after it is unsure.
    func strayCharacter(before start: Int) -> (start: Int, verb: Bool)? {
        guard start > 0, boundary[start], isHan(start - 1), boundary[start - 1],
              data.names.givenScore(text[start - 1]) > PersonEvidence.neverGiven else { return nil }
        guard let entry = lexicon(start - 1, start), let kind = entry.tag.unicodeScalars.first else {
            return (start - 1, false)
        }
        if TagClass.functionWord.contains(kind) || entry.frequency >= FrequencyLimit.strayCharacter { return nil }
        return (start - 1, kind == "v")
    }

    /// The selection score of a span of `length` code points trusted with `weight`: slightly more than
    /// linear, so one long name beats the pieces it is made of.
    @inline(__always) static func score(_ weight: Float, _ length: Int) -> Float {
        weight * Float(length) * (1 + 0.1 * Float(length))
    }

    mutating func add(_ start: Int, _ end: Int, _ type: EntityType, _ score: Float, canonical: String? = nil) {
        guard start < end else { return }
        let type = type == .organization && isFacility(start, end) ? .place : type
        candidates.append(Candidate(start: start, end: end, type: type, score: score, canonical: canonical))
    }

    /// Whether `text[start..<end]` names a facility: a name before a facility suffix (首都国际机场,
    /// 深圳书城), which a reader looks up as a place even where the lexicon tags it nt.
    func isFacility(_ start: Int, _ end: Int) -> Bool {
        guard let s = wordEnding(at: end, with: Flag.facilitySuffix) else { return false }
        return s > start
    }

    // MARK: gazetteer and lexicon tags

    mutating func gazetteerCandidates() {
        // Every list match first, then the ones whose edges the segmentation supports.
        var matches: [(start: Int, end: Int, entry: EntityData.Entry)] = []
        var fullPlaceEnds = [Bool](repeating: false, count: n + 1)
        var fullPlaceStarts = [Bool](repeating: false, count: n + 1)
        var placeEnds = [Bool](repeating: false, count: n + 1)
        for i in 0..<n where NameModel.isHan(text[i]) || text[i] > 0x40 {
            data.gazetteer.matches(in: text, at: i) { end, entry in
                matches.append((i, end, entry))
                if entry.type == .place && !entry.word && end - i >= 2 { placeEnds[end] = true }
                if entry.type == .place && !entry.short && end - i >= 2 {
                    fullPlaceEnds[end] = true
                    fullPlaceStarts[i] = true
                }
            }
        }
        for (i, end, entry) in matches {
            let length = end - i
            if entry.user {
                add(i, end, entry.type, Self.score(SourceWeight.user, length), canonical: entry.canonical)
                continue
            }
            // 合肥 is also a word: a place after a place (安徽合肥) or a verb of place (在合肥).
            if entry.word && !placeEnds[i] && !(i > 0 && data.lists.placeVerbs.contains(text[i - 1])) { continue }
            guard listMatchFits(i, end, entry, fullPlaceEnds: fullPlaceEnds, fullPlaceStarts: fullPlaceStarts) else { continue }
            let weight = entry.type == .organization ? SourceWeight.listedOrganization
                : (entry.short ? SourceWeight.listedShortPlace : SourceWeight.listedPlace)
            add(i, end, entry.type, Self.score(weight, length), canonical: entry.canonical)
        }
    }

    /// Whether a list match `start..<end` agrees with the segmentation of the text around it.
    ///
    /// A match whose edges are word boundaries fits. One that lies inside a single word fits where
    /// the word is made around it (东亚国家, 振兴中华, 外交部长, 中华人民共和国香港特别行政区).
    /// One that straddles words (海城市 in 上海|城市, 民建 in 人民|建) fits only with evidence of its
    /// own: a full place name of three or more characters whose cut is the seam of an address chain
    /// (another full place ends or starts there), or whose end is followed by an organization suffix
    /// (永定区 in 永定|区委书记). Short forms never cut a word. Aliases of two
    /// characters must start a word and end one, or open a word whose rest is a word (东盟国家).
    /// Names that are also ordinary words (城区) need an address chain before them; attributive
    /// names (中华) must not modify a noun.
    func listMatchFits(_ start: Int, _ end: Int, _ entry: EntityData.Entry,
                       fullPlaceEnds: [Bool], fullPlaceStarts: [Bool]) -> Bool {
        let wordFlags = flags(start, end)
        if wordFlags & Flag.ordinaryPlaceName != 0 && !fullPlaceEnds[start] { return false }
        if wordFlags & Flag.attributivePlaceName != 0 && !attributiveStandsAlone(start, end) { return false }
        if boundary[start] && boundary[end] { return true }
        let first = Int(tokenAt[start]), last = Int(tokenAt[end - 1])
        guard first >= 0, last >= 0, !entry.short else { return false }
        let namedWord = { (k: Int) in tags[k] == .place || tags[k] == .organization }
        // 工业和信息化部|将 cut as 部将: a listed body whose last word runs on into a word.
        if entry.type == .organization && end - start >= 4 && boundary[start] {
            let wordEnd = Int(spans[last].end)
            if wordEnd > end && lexicon(end, wordEnd) != nil { return true }
        }
        if entry.type == .organization && end - start <= 2 {
            guard boundary[start] else { return false }
            let wordEnd = Int(spans[first].end)
            return boundary[end] || namedWord(first) || (wordEnd > end && lexicon(end, wordEnd) != nil)
        }
        if first == last {
            return end - start > 2 || boundary[start] || boundary[end] || namedWord(first)
        }
        if entry.type != .place || end - start <= 2 { return false }
        // 永定区委书记: the place is the stem of a body named after it.
        return (boundary[start] || fullPlaceEnds[start])
            && (boundary[end] || fullPlaceStarts[end] || wordsStarting(at: end, with: Flag.organizationSuffix) != nil)
    }

    /// Whether an attributive place name (中华) stands as a name at `start..<end`: at the end of a
    /// clause (振兴中华) or before a word for land (中华大地), not modifying a noun (中华民族,
    /// 中华优秀传统文化).
    func attributiveStandsAlone(_ start: Int, _ end: Int) -> Bool {
        if !boundary[end] { return false }
        if end >= n || !isHan(end) || wordsStarting(at: end, with: Flag.landWord) != nil { return true }
        let next = Int(tokenAt[end])
        guard next >= 0 else { return true }
        let nextEnd = Int(spans[next].end)
        // A noun, adjective or unknown word after it is what it modifies (中华优秀传统文化).
        guard let entry = lexicon(end, nextEnd), let kind = entry.tag.unicodeScalars.first else {
            return nextEnd - end < 2
        }
        return !(TagClass.modified.contains(kind) || entry.tag == "vn")
    }

    mutating func taggedTokenCandidates() {
        for (k, span) in spans.enumerated() {
            let start = Int(span.start), end = Int(span.end)
            guard end - start >= 2, span.kind == .word else { continue }
            switch tags[k] {
            case .place: taggedPlace(k, start, end)
            case .organization: taggedOrganization(start, end)
            case .person where end - start >= 3:
                let first = data.names.surname(in: text, at: start).first?.length ?? 0
                if first > 0 && end - start - first <= 2 && flags(start, end) & Flag.notName == 0
                    && mayBeChineseName(start, start + first, end) {
                    add(start, end, .person, Self.score(SourceWeight.taggedPerson, end - start))
                }
            default:
                break
            }
        }
    }

    /// Whether the ns-tagged word `start..<end` names a kind of place, not a place: a generic place
    /// noun (城市, 地区, 都市) after a word that is no name or place (大城市, 文明城市, 沿海地区).
    func isKindOfPlace(_ start: Int, _ end: Int) -> Bool {
        guard let s = wordEnding(at: end, with: Flag.genericPlaceNoun), s > start, end - s >= 2 else { return false }
        if data.gazetteer.value(text, start, s) != nil { return false }
        guard let head = lexicon(start, s) else { return s - start == 1 }
        // jieba tags some frequent words nr (文明 6584): those are words here.
        let name = head.tag.hasPrefix("nr") && head.frequency < PersonEvidence.givenWordFrequency
        return !TagClass.properNoun.contains(head.tag) && !name && head.tag != "j"
    }

    /// A word jieba tags ns. The tag is loose (城市, 爱国, 高原): a two-character word counts only when
    /// it reads as a transliteration or ends like a place; longer common words not at all.
    mutating func taggedPlace(_ k: Int, _ start: Int, _ end: Int) {
        let length = end - start
        let transliterated = (start..<end).allSatisfy { data.names.transliteration.contains(text[$0]) }
        let placeLike = data.lists.placeEndings.contains(text[end - 1])
        // 亚太地区, 华北一带: the known place alone is the name.
        if length > 2, let tail = data.lists.placeTails.first(where: { t in
            t.count < length && (0..<t.count).allSatisfy { text[end - t.count + $0] == t[$0] }
        }), data.gazetteer.value(text, start, end - tail.count) != nil {
            return
        }
        if length > 2 && isKindOfPlace(start, end) { return }
        let limit = length == 2 ? FrequencyLimit.shortTaggedPlace : FrequencyLimit.longTaggedPlace
        let transliterationLimit = length == 2 ? FrequencyLimit.shortTaggedPlace : FrequencyLimit.transliteratedPlace
        guard (transliterated && frequencies[k] < transliterationLimit)
                || (placeLike && frequencies[k] < limit) else { return }
        // 亮|马河: a stray character before a short name is part of it; the whole is a feature when
        // it ends like one, else nothing is.
        var from = start
        if length == 2, let stray = strayCharacter(before: start) {
            // A verb before it is a verb (探|阴山), unless a place ends right there (朝阳区亮|马河).
            guard !stray.verb || placeEnds(at: start - 1), flags(end - 1, end) & Flag.featureSuffix != 0 else { return }
            from = start - 1
        }
        add(from, end, .place, Self.score(SourceWeight.taggedPlace, end - from))
        candidates[candidates.count - 1].fromTag = true
    }

    /// Whether an nt-tagged word without an organization suffix is two common words (社会|科学,
    /// 国防|工业, 全党|全国): each half of two or more characters a frequent common noun, verb or
    /// adjective of the lexicon (not a name, place, body or abbreviation).
    func isOrdinaryCompound(_ start: Int, _ end: Int) -> Bool {
        if let s = wordEnding(at: end, with: Flag.organizationSuffix), s > start { return false }
        func common(_ a: Int, _ b: Int) -> Bool {
            guard let entry = lexicon(a, b), entry.frequency >= FrequencyLimit.compoundHalf,
                  let kind = entry.tag.unicodeScalars.first else { return false }
            return TagClass.commonWord.contains(kind) && !TagClass.properNoun.contains(entry.tag) && entry.tag != "nr"
        }
        return end - start >= 4 && ((start + 2)...(end - 2)).contains { common(start, $0) && common($0, end) }
    }

    /// A word jieba tags nt, unless it is a generic body, a place acting or a chain of places.
    mutating func taggedOrganization(_ start: Int, _ end: Int) {
        let length = end - start
        // 中央政治局常委 tagged as one body: the title after it is no part of the name.
        if let t = wordEnding(at: end, with: Flag.title), t >= start + 2, flags(t, end) & Flag.organizationSuffix == 0 {
            if flags(start, t) & Flag.genericOrganization == 0 && !endsWithPlace(start, t) {
                add(start, t, .organization, Self.score(SourceWeight.taggedOrganization, t - start))
                candidates[candidates.count - 1].fromTag = true
            }
            return
        }
        // 中国政府 is a place acting, not the name of a body (人民政府 stays).
        if length > 2 && text[end - 1] == 0x5E9C && text[end - 2] == 0x653F && !(length > 4 && text[end - 3] == 0x6C11) {
            return
        }
        // Generic bodies (人民法院, 党政机关, 国际组织) are no names; a listed or headed one is found
        // by the list and the suffix grammar.
        if flags(start, end) & Flag.genericOrganization != 0 { return }
        // A place or a chain of places tagged as one body (香港特别行政区, 中华人民共和国香港特别行政区) is places.
        if endsWithPlace(start, end) || isListedPlace(start, end) { return }
        if isOrdinaryCompound(start, end) { return }
        add(start, end, .organization, Self.score(SourceWeight.taggedOrganization, length))
        candidates[candidates.count - 1].fromTag = true
    }
}
