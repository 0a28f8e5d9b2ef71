import WenxiText

/// Organization names by suffix grammar: a head (place, name, known body, 全国/中央 ...), up to
/// three nouns, and an organization suffix: 广州市天河区委, 北京市人民政府, 中国科学院物理研究所.
extension RecognitionPass {
    /// Whether the token ending at `end` may stand inside an organization name.
    func middleToken(endingAt end: Int) -> Int? {
        guard end > 0, let k = Optional(Int(tokenAt[end - 1])), k >= 0, Int(spans[k].end) == end,
              spans[k].kind == .word || spans[k].kind == .latin else { return nil }
        let start = Int(spans[k].start)
        guard end - start >= 2 || spans[k].kind == .latin else { return nil }
        switch tags[k] {
        case .noun, .properNoun, .verbalNoun, .organization, .place:
            return flags(start, end) & Flag.title != 0 ? nil : start
        default:
            return nil
        }
    }

    /// Organizations by the suffix grammar, with quoted names, congresses and level bodies.
    mutating func organizationCandidates() {
        // Heads by their end offset.
        var heads = [Int](repeating: Int.max, count: n + 1)
        var organizationsEnding = [[Int]](repeating: [], count: n + 1)
        var placesStarting = [[Int]](repeating: [], count: n + 1)
        bodyHeads = [Int](repeating: Int.max, count: n + 1)
        runHeads = [Int](repeating: Int.max, count: n + 1)
        abbreviationRunHeads(&runHeads)
        for (index, c) in candidates.enumerated() {
            if c.type != .person { heads[c.end] = min(heads[c.end], c.start) }
            if c.type == .organization { bodyHeads[c.end] = min(bodyHeads[c.end], c.start) }
            if c.type == .organization { organizationsEnding[c.end].append(c.start) }
            if c.type == .place { placesStarting[c.start].append(index) }
        }
        titledMediaCandidates()
        quotedNameCandidates(&heads)
        conferenceCandidates(heads)
        levelBodyCandidates()
        standaloneBodyCandidates()
        for e in 1...max(1, n) where e <= n && (boundary[e] || wordsStarting(at: e, with: Flag.title) != nil) {
            // A loop, not a map: a closure here would copy the whole pass at every offset.
            var best = Int.max
            for start in suffixStarts(endingAt: e, organizationsEnding[e]) { best = min(best, organizationStart(start, heads)) }
            if best < e {
                var c = Candidate(start: best, end: e, type: .organization,
                                  score: Self.score(SourceWeight.organizationGrammar, e - best))
                c.nested = nestedEntities(best, e, placesStarting)
                candidates.append(c)
            }
        }
    }

    /// Quoted names: “红枫林读书会” is a head for what follows, and an organization itself when it
    /// ends with a suffix that is a word of its own after a noun (not 统揽全局, 接诉即办), or when a
    /// founding verb stands before it (成立“…”) or a word for its members after it (“…”成员).
    mutating func quotedNameCandidates(_ heads: inout [Int]) {
        var i = 0
        while i < n {
            guard text[i] == 0x201C else { i += 1; continue }
            let (j, closed) = bracketEnd(i, close: 0x201D, limit: 20)
            if closed && j - i > 2 {
                heads[j + 1] = min(heads[j + 1], i)
                if quotedNameIsBody(i + 1, j) {
                    add(i + 1, j, .organization, SourceWeight.quotedOrganization * Float(j - i - 1))
                }
            }
            i = j
        }
    }

    /// Newspapers and magazines named in 《》: 《环球时报》, 《经济周刊》 are the bodies that publish
    /// them (据《纽约时报》报道). The title must end with a media word (时报, 周刊, or a lone 报 after
    /// a word) and not with a common word ending in 报 (《联合公报》, 《工作简报》).
    mutating func titledMediaCandidates() {
        var i = 0
        while i < n {
            guard text[i] == 0x300A else { i += 1; continue }  // 《
            let (j, closed) = bracketEnd(i, close: 0x300B, limit: 13)
            if closed && j - i >= 3 && namesMedia(i + 1, j) {
                add(i + 1, j, .organization, SourceWeight.quotedOrganization * Float(j - i - 1))
            }
            i = j
        }
    }

    /// Where the bracket opened at `i` (“ or 《) closes with `close` within `limit` characters: its
    /// offset and true, or false and where the scan stopped (the same bracket opened again, the
    /// limit, or the end of the text).
    func bracketEnd(_ i: Int, close: UInt32, limit: Int) -> (end: Int, closed: Bool) {
        var j = i + 1
        while j < n && j - i <= limit && text[j] != close && text[j] != text[i] { j += 1 }
        return (j, j < n && text[j] == close)
    }

    /// Whether `start..<end` is Han characters only with no 的 (a name, not a phrase).
    func isPlainName(_ start: Int, _ end: Int) -> Bool {
        !(start..<end).contains(where: { text[$0] == 0x7684 || !isHan($0) })
    }

    /// Whether the title `start..<end` inside 《》 is a newspaper's or magazine's.
    func namesMedia(_ start: Int, _ end: Int) -> Bool {
        guard isPlainName(start, end),
              let s = wordEnding(at: end, with: Flag.mediaSuffix), s > start else { return false }
        // A lone 报 must not end a common word (公报, 简报, 通报).
        guard end - s == 1, end - start >= 2, let pair = lexicon(end - 2, end) else { return true }
        return pair.tag == "nt" || pair.tag == "nz" || pair.frequency < FrequencyLimit.titlePair
    }

    /// Whether the quoted name `start..<end` names a body.
    func quotedNameIsBody(_ start: Int, _ end: Int) -> Bool {
        guard isPlainName(start, end) else { return false }
        if start >= 2, wordEnding(at: start - 1, with: Flag.foundingVerb) != nil { return true }
        if let after = wordsStarting(at: end + 1, with: Flag.memberWord), flags(end + 1, after) & Flag.memberWord != 0 {
            return true
        }
        guard let s = wordEnding(at: end, with: Flag.organizationSuffix) ?? (text[end - 1] == 0x4F1A ? end - 1 : nil),
              s > start, boundary[s] || Int(spans[Int(tokenAt[s])].start) > start else { return false }
        // The word before the suffix is a noun or a name, not an adverb or verb (即|办).
        let k = Int(tokenAt[s - 1])
        return k >= 0 && tags[k] != .other
    }

    /// The starts of the organization suffixes that end at `e`, with the known organizations
    /// ending there (`organizations`) and whole words that end with a suffix.
    func suffixStarts(endingAt e: Int, _ organizations: [Int]) -> [Int] {
        var starts: [Int] = []
        // The closure holds the flags alone, not the pass (a copy of it at every offset).
        let wordFlags = data.words.values
        data.words.matches(in: text, endingAt: e) { start, index in
            if wordFlags[index] & Flag.organizationSuffix != 0 { starts.append(start) }
        }
        starts.reverse()
        // Nothing ends here (most offsets): none of the filters below can add a start.
        guard !starts.isEmpty || !organizations.isEmpty else { return [] }
        // A suffix that is the tail of a title is none (委 in 政治局常委, 部 in 外交部长 is kept
        // by the title check on `e`).
        if let t = wordEnding(at: e, with: Flag.title), flags(t, e) & Flag.organizationSuffix == 0 {
            starts.removeAll { $0 > t }
        }
        // A suffix inside a verb is none: 主办, 举办, 承办 (…协会举办 is the body acting); nor one
        // that ends a two-character common word (全局, 大局, 格局).
        starts.removeAll { !boundary[$0] && (insideVerb($0) || endsCommonPair($0, e)) }
        starts += organizations
        // A word that ends with a suffix is a suffix unit as a whole (司法局, 镇党委).
        if let t = Optional(Int(tokenAt[e - 1])), t >= 0, Int(spans[t].end) == e, spans[t].end - spans[t].start >= 2,
           starts.contains(where: { $0 > Int(spans[t].start) }) {
            starts.append(Int(spans[t].start))
        }
        return starts
    }

    /// Whether the suffix `i..<e` ends a common two-character word not tagged as a body or place:
    /// a token (全局, 大局 end in 局 but name nothing) or the end of a longer token (战略部署).
    func endsCommonPair(_ i: Int, _ e: Int) -> Bool {
        // 战略部署 as one word: its last two characters are the common word 部署.
        if e - i == 1, i >= 1, flags(i - 1, e) & Flag.organizationSuffix == 0, let pair = lexicon(i - 1, e),
           pair.frequency >= FrequencyLimit.commonSuffixWord, pair.tag != "nt", pair.tag != "ns" {
            return true
        }
        let k = Int(tokenAt[i])
        guard k >= 0, Int(spans[k].start) == i - 1, Int(spans[k].end) == e else { return false }
        return tags[k] != .organization && tags[k] != .place && frequencies[k] >= FrequencyLimit.commonSuffixWord
    }

    /// Whether offset `i` lies inside a token the lexicon calls a verb (not a verbal noun).
    func insideVerb(_ i: Int) -> Bool {
        let k = Int(tokenAt[i])
        guard k >= 0, tags[k] == .other else { return false }
        let tag = lexicon(Int(spans[k].start), Int(spans[k].end))?.tag ?? ""
        return tag.hasPrefix("v") && tag != "vn"
    }

    /// Where an organization whose suffix starts at `p` begins: walking back over terms (第八届),
    /// heads (places, names, known bodies), head words (全国, 中央), up to four nouns and two stray
    /// single characters; `Int.max` when no head is reached.
    func organizationStart(_ p: Int, _ heads: [Int]) -> Int {
        var pos = p
        var start: Int?
        var middles = 0
        var singles = 0
        while pos > 0 {
            // 政协第八届全国委员会, 第九届全国人民代表大会常务委员会: the term is part of the name.
            if let term = termStart(endingAt: pos), heads[term] < term {
                // 香港特别行政区|第九届全国人民代表大会: only a body owns a national body's term.
                if startsNational(pos) && bodyHeads[term] >= term { break }
                pos = term
                continue
            }
            if heads[pos] < pos {
                start = heads[pos]
                pos = heads[pos]
                middles = 0
                // 圭亚那—中国友好协会: two places joined by a dash name one body.
                if pos >= 2, text[pos - 1] == 0x2014, heads[pos - 1] < pos - 1 {
                    start = heads[pos - 1]
                    pos = heads[pos - 1]
                }
                continue
            }
            // 中法|企业家|协会: a run of country abbreviations right before the body's noun.
            if middles <= 1, runHeads[pos] < pos {
                start = runHeads[pos]
                pos = runHeads[pos]
                middles = 0
                continue
            }
            if let w = wordEnding(at: pos, with: Flag.organizationHead), start == nil || middles == 0 {
                start = w
                pos = w
                // 香港特别行政区|全国人民代表大会: a national body belongs to no place before it, only
                // to a body (中国人民政治协商会议全国委员会).
                if pos + 2 <= n && text[pos] == 0x5168 && text[pos + 1] == 0x56FD {  // 全国
                    guard bodyHeads[pos] < pos else { break }
                    start = bodyHeads[pos]
                    pos = bodyHeads[pos]
                    middles = 0
                }
                continue
            }
            if middles < 4, let s = middleToken(endingAt: pos) ?? verbBeforeSuffix(endingAt: pos, suffix: p, middles: middles) {
                pos = s
                middles += 1
                continue
            }
            // Up to two single characters the lexicon does not join: a new name (召忽镇党委).
            if singles < 2, pos >= 1, boundary[pos - 1], isHan(pos - 1),
               data.names.givenScore(text[pos - 1]) > PersonEvidence.neverGiven, heads[pos - 1] >= pos - 1 {
                pos -= 1
                singles += 1
                middles += 1
                continue
            }
            break
        }
        if let start, start < p { return start }
        return Int.max
    }

    /// Congresses and conferences named by their ordinal: (中国共产党)第十五次全国代表大会,
    /// 致公党十一大.
    mutating func conferenceCandidates(_ heads: [Int]) {
        let numerals = data.lists.numerals
        var i = 0
        while i < n {
            let ordinal = text[i] == 0x7B2C  // 第
            var j = ordinal ? i + 1 : i
            while j < n && (numerals.contains(text[j]) || (text[j] >= 0x30 && text[j] <= 0x39)) { j += 1 }
            guard j > (ordinal ? i + 1 : i) else { i += 1; continue }
            var end: Int?
            if ordinal, j < n, text[j] == 0x6B21 || text[j] == 0x5C4A {  // 次 届
                for s in data.lists.conferenceSuffixes {
                    // 第一次全体会议 alone is a meeting, not a body: only after the body's name.
                    let meeting = s.last == 0x8BAE || s == [0x5168, 0x4F1A]  // …会议, 全会
                    if meeting && heads[i] >= i { continue }
                    if j + 1 + s.count <= n && (0..<s.count).allSatisfy({ text[j + 1 + $0] == s[$0] }) {
                        end = max(end ?? 0, j + 1 + s.count)
                    }
                }
            } else if !ordinal, j < n, text[j] == 0x5927, heads[i] < i, j - i <= 3 {  // 十一大 after a party
                end = j + 1
            } else if !ordinal, j < n, text[j] == 0x5927, congressNumber(i, j), boundary[i],
                      j + 1 >= n || !data.lists.afterCountedBig.contains(text[j + 1]) {
                // 十五大, 二十大 on their own: congresses are counted past ten, while 十大 (the ten
                // great) and 十五大类 count things.
                end = j + 1
            }
            if let end {
                let owner = startsNational(j + 1) ? bodyHeads[i] : heads[i]
                let start = owner < i ? owner : i
                add(start, end, .organization, Self.score(SourceWeight.conference, end - start))
                i = end
            } else {
                i = j
            }
        }
    }

    /// The start of 第N届 ending at `end`, if one does.
    func termStart(endingAt end: Int) -> Int? {
        guard end >= 3, text[end - 1] == 0x5C4A else { return nil }  // 届
        let numerals = data.lists.numerals
        var k = end - 1
        while k > 0 && end - k < 6 && (numerals.contains(text[k - 1]) || (text[k - 1] >= 0x30 && text[k - 1] <= 0x39)) { k -= 1 }
        guard k < end - 1, k > 0, text[k - 1] == 0x7B2C, boundary[k - 1] else { return nil }  // 第
        return k - 1
    }

    /// Bodies of a level of government named by the level: 县委, 县政府 (a county's own, in a
    /// county's news; 县政府 is the place acting), 县纪委 and 省社会治安综合治理委员会 (a lone 省/市/县, nouns, and the suffix of a
    /// government body); and named
    /// townships and villages: 青石镇党委, 柳林乡党委, where the word before 镇党委 is the name
    /// of the place whatever the lexicon says of it.
    mutating func levelBodyCandidates() {
        let levels = Self.levels
        let lowLevels = Self.lowLevels
        for (k, span) in spans.enumerated() where span.kind == .word {
            let start = Int(span.start), end = Int(span.end)
            guard levels.contains(text[start]) else { continue }
            if end == start + 1 {
                // A lone level character, nouns, and the suffix of a government body (由县纪委).
                guard text[start] != 0x6751 else { continue }  // 村
                for next in (k + 1)..<min(spans.count, k + 5) {
                    let s = Int(spans[next].start), e = Int(spans[next].end)
                    guard spans[next].kind == .word, flags(s, e) & Flag.title == 0 else { break }
                    if let suffix = wordEnding(at: e, with: Flag.governmentSuffix), suffix >= s {
                        add(start, e, .organization, Self.score(SourceWeight.organizationGrammar, e - start))
                        break
                    }
                    guard e - s >= 2, [.noun, .verbalNoun, .properNoun].contains(tags[next]) else { break }
                }
                continue
            }
            let suffix = flags(start + 1, end)
            // 省公安厅, 市教委 cut as one word: the level, a noun, a government body's suffix.
            if suffix & Flag.organizationSuffix == 0 {
                if levelAndBody(start, end) { add(start, end, .organization, Self.score(SourceWeight.levelBody, end - start)) }
                continue
            }
            // 县委, 镇党委 on their own (not 村队, 乡中学: only the bodies of government).
            if suffix & Flag.governmentSuffix != 0 { add(start, end, .organization, Self.score(SourceWeight.levelBody, end - start)) }
            // 柳林乡党委: the word before names the township.
            guard lowLevels.contains(text[start]), k > 0, spans[k - 1].kind == .word, Int(spans[k - 1].end) == start else { continue }
            let stem = Int(spans[k - 1].start)
            guard start - stem >= 2, start - stem <= 3, (stem..<start).allSatisfy({ data.names.givenScore(text[$0]) > PersonEvidence.neverGiven }),
                  tags[k - 1] != .other || frequencies[k - 1] < FrequencyLimit.townshipStem else { continue }
            add(stem, end, .organization, Self.score(SourceWeight.namedTownshipBody, end - stem))
        }
    }

    /// Whether the word `start..<end` is a level (省, 市, 县) and a government body: the suffix of
    /// one (省教委), or a noun of the lexicon and such a suffix (省|公安|厅, 市|财政|局).
    func levelAndBody(_ start: Int, _ end: Int) -> Bool {
        guard text[start] != 0x6751, end - start >= 3 else { return false }  // 村
        if flags(start + 1, end) & Flag.governmentSuffix != 0 { return true }
        guard let s = wordEnding(at: end, with: Flag.governmentSuffix), s >= start + 3,
              let noun = lexicon(start + 1, s), let kind = noun.tag.unicodeScalars.first else { return false }
        return kind == "n" || noun.tag == "vn"
    }

    /// The characters of the levels of government (省 … 村), and of the lowest ones, whose bodies
    /// may be named by the word before them (柳林乡党委). Part of the grammar of division names.
    static let levels: ScalarSet = [0x7701, 0x5E02, 0x53BF, 0x533A, 0x4E61, 0x9547, 0x6751]
    static let lowLevels: ScalarSet = [0x4E61, 0x9547, 0x6751]

    /// A verb right before a suffix of two or more characters may name the body's task (香港特区
    /// 终审|法院, 保护|委员会): the verb's start, when `pos` is the suffix `p` itself.
    func verbBeforeSuffix(endingAt pos: Int, suffix p: Int, middles: Int) -> Int? {
        guard middles == 0, pos == p, pos > 0, boundary[pos] else { return nil }
        let k = Int(tokenAt[pos - 1])
        guard k >= 0, Int(spans[k].end) == pos, spans[k].end - spans[k].start >= 2, tags[k] == .other,
              let tag = lexicon(Int(spans[k].start), pos)?.tag, tag == "v",
              let suffixEnd = wordsStarting(at: pos, with: Flag.organizationSuffix), suffixEnd - pos >= 2 else { return nil }
        return Int(spans[k].start)
    }

    /// Whether the text at `pos` starts with 全国 (a national body).
    func startsNational(_ pos: Int) -> Bool {
        pos + 2 <= n && text[pos] == 0x5168 && text[pos + 1] == 0x56FD
    }

    /// Runs of two or more country abbreviations are heads of the bodies named after them:
    /// 中法企业家协会, 美中友协.
    func abbreviationRunHeads(_ heads: inout [Int]) {
        var i = 0
        while i < n {
            var j = i
            while j < n && data.lists.abbreviations.contains(text[j]) && j - i < 4 { j += 1 }
            if j - i >= 2 && boundary[i] { heads[j] = min(heads[j], i) }
            i = max(j, i + 1)
        }
    }

    /// Bodies named by one word: an institution named by its kind (参议院, 书记处), or a word ending
    /// in a public-body suffix after a word of two or more characters (市政局, 律政司, 孤儿院); not
    /// other suffix words (研究所) or generic bodies (人民法院).
    mutating func standaloneBodyCandidates() {
        for (k, span) in spans.enumerated() where span.kind == .word && span.end - span.start >= 2 {
            let start = Int(span.start), end = Int(span.end)
            // 参议院, 书记处: a body named by its kind alone.
            if flags(start, end) & Flag.institution != 0 {
                add(start, end, .organization, Self.score(SourceWeight.organizationGrammar, end - start))
                continue
            }
            guard end - start >= 3 else { continue }
            guard tags[k] == .noun || tags[k] == .organization || tags[k] == .properNoun,
                  flags(start, end) & (Flag.organizationSuffix | Flag.genericOrganization | Flag.title) == 0 else { continue }
            for cut in (start + 2)..<end where flags(cut, end) & Flag.standaloneSuffix != 0 && lexicon(start, cut) != nil {
                add(start, end, .organization, Self.score(SourceWeight.organizationGrammar, end - start))
                break
            }
        }
    }

    /// Whether `text[start..<end]` is a number from 十一 to 二十九 written in Chinese numerals.
    func congressNumber(_ start: Int, _ end: Int) -> Bool {
        let digits = data.lists.congressDigits
        let ten: UInt32 = 0x5341  // 十
        switch end - start {
        case 2: return text[start] == ten && digits.contains(text[start + 1])
        case 3: return text[start] == 0x4E8C && text[start + 1] == ten && digits.contains(text[start + 2])
        default: return end - start == 2 && text[start] == 0x4E8C && text[start + 1] == ten
        }
    }

    /// What is inside the organization `start..<end`: a body it is part of, named at its start
    /// (中国纺织品行业协会 in …协会党支部, itself with its places), and the places outside that body.
    func nestedEntities(_ start: Int, _ end: Int, _ placesStarting: [[Int]]) -> [Candidate] {
        let inner = candidates.filter { $0.type == .organization && $0.start == start && $0.end < end && boundary[$0.end] }
            .max { $0.end < $1.end }
        guard let inner else { return nestedPlaces(start, end, placesStarting) }
        return [inner] + nestedPlaces(inner.end, end, placesStarting)
    }

    /// The places inside `start..<end`, longest first, not overlapping.
    func nestedPlaces(_ start: Int, _ end: Int, _ placesStarting: [[Int]]) -> [Candidate] {
        let inside = (start..<end).flatMap { placesStarting[$0] }.map { candidates[$0] }
            .filter { $0.end <= end && $0.length < end - start }
            .sorted { ($0.length, -$0.start) > ($1.length, -$1.start) }
        var taken: [Candidate] = []
        for c in inside where !taken.contains(where: { $0.start < c.end && c.start < $0.end }) { taken.append(c) }
        return taken.sorted { $0.start < $1.start }
    }

    /// The non-overlapping candidates with the greatest total score, in order.
    ///
    /// - Complexity: O(*n* + *c* log *c*).
    func select() -> [Candidate] {
        let sorted = candidates.sorted { $0.end < $1.end }
        var best = [Float](repeating: 0, count: n + 1)
        var choice = [Int](repeating: -1, count: n + 1)
        var c = 0
        for e in 0...n {
            if e > 0 { best[e] = best[e - 1] }
            while c < sorted.count && sorted[c].end == e {
                let value = best[sorted[c].start] + sorted[c].score
                if value > best[e] {
                    best[e] = value
                    choice[e] = c
                }
                c += 1
            }
        }
        var result: [Candidate] = []
        var e = n
        while e > 0 {
            if choice[e] >= 0 {
                let picked = sorted[choice[e]]
                result.append(picked)
                e = picked.start
            } else {
                e -= 1
            }
        }
        return result.reversed()
    }
}
