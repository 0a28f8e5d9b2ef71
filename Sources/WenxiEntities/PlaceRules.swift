import WenxiText

/// Natural and urban features named by a stem and a suffix: 岳麓山, 湘江, 长安街, 石桥村.
extension RecognitionPass {
    /// Runs of one-character country and region abbreviations before a relation word: 中美关系,
    /// 中日两国, 港澳同胞 give one place per character.
    mutating func abbreviationCandidates() {
        var i = 0
        while i < n {
            func abbreviation(_ c: UInt32) -> Bool {
                data.lists.abbreviations.contains(c) || data.lists.regionAbbreviations.contains(c)
            }
            guard abbreviation(text[i]), boundary[i] else { i += 1; continue }
            var j = i
            while j < n && abbreviation(text[j]) && j - i < 4 { j += 1 }
            if j - i == 1 && !data.lists.abbreviations.contains(text[i]) { i += 1; continue }
            if j - i >= 1 {
                // 中|美|经贸: the segmenter left two or more abbreviations as single characters
                // before a word, which is how it reads a run of countries.
                let singles = j - i >= 2 && boundary[j] && isHan(j) && (i..<j).allSatisfy { boundary[$0] }
                if singles || abbreviationsRelated(i, j) {
                    for k in i..<j { add(k, k + 1, .place, Self.score(SourceWeight.abbreviation, 1), canonical: data.abbreviationNames[text[k]]) }
                    // A tagged word that swallows the run (中美关系 as nt) gives way.
                    candidates.removeAll { $0.fromTag && $0.start < j && i < $0.end }
                }
            }
            i = max(j, i + 1)
        }
        // 访华, 抵京, 驻港: the abbreviation after a verb of going or being, unless a longer place
        // starts there (在美国) or the pair is an idiom (来日方长, 在台上 are excluded by the lists).
        var starts = [Bool](repeating: false, count: n + 1)
        for c in candidates where c.type == .place && c.length >= 2 { starts[c.start] = true }
        for k in 1..<max(1, n) where data.lists.towardAbbreviations.contains(text[k])
            && data.lists.towardPlace.contains(text[k - 1]) && boundary[k - 1] && !starts[k]
            && (boundary[k + 1] || wordsStarting(at: k + 1, with: Flag.title) != nil || opensWord(k - 1)) {  // 驻华|大使 cut as 驻华大使
            let pair = UTF8Writing.string(count: 2) { Unicode.Scalar(text[k - 1 + $0]) }
            if data.lists.towardIdioms.contains(pair) { continue }
            if k + 1 < n, let next = Unicode.Scalar(text[k + 1]), data.lists.towardIdioms.contains(pair + String(next)) { continue }
            add(k, k + 1, .place, Self.score(SourceWeight.abbreviation, 1), canonical: data.abbreviationNames[text[k]])
        }
    }

    /// Whether a word of three or more characters starts at `k` with the pair `k`, `k + 1`: the
    /// lexicon's 在京举行 and 来华访问 hold the toward character and the abbreviation at their head.
    func opensWord(_ k: Int) -> Bool {
        let t = Int(tokenAt[k])
        return t >= 0 && Int(spans[t].start) == k && Int(spans[t].end) > k + 2
    }

    /// Whether the run of abbreviations `i..<j` is followed by a relation word: for a run, as the
    /// start of the next word (中美|两国人民); for one abbreviation, as a word of its own (中方).
    func abbreviationsRelated(_ i: Int, _ j: Int) -> Bool {
        for length in 1...4 where j + length <= n {
            let word = UTF8Writing.string(count: length) { Unicode.Scalar(text[j + $0]) }
            if j - i >= 2 ? data.lists.relationWords.contains(word) : boundary[j + length] && data.lists.singleRelationWords.contains(word) {
                return true
            }
        }
        return false
    }

    mutating func featureCandidates() {
        var placeStartEnding = [Int](repeating: Int.max, count: n + 1)
        for c in candidates where c.type == .place { placeStartEnding[c.end] = min(placeStartEnding[c.end], c.start) }
        // One word made of a known place and a suffix: 岳麓山 (岳麓, 山).
        for span in spans where span.kind == .word && span.end - span.start >= 3 {
            let start = Int(span.start), end = Int(span.end)
            for cut in (end - 2)...(end - 1) where cut - start >= 2 && flags(cut, end) & Flag.featureSuffix != 0 {
                if data.gazetteer.value(text, start, cut)?.type == .place {
                    add(start, end, .place, Self.score(SourceWeight.feature, end - start))
                }
            }
        }
        for (k, span) in spans.enumerated() where k > 0 && span.kind == .word {
            let start = Int(span.start), end = Int(span.end)
            guard flags(start, end) & Flag.featureSuffix != 0 else { continue }
            // The stem: a known place, a proper noun or name, or two single characters.
            let previous = spans[k - 1]
            let ps = Int(previous.start), pe = Int(previous.end)
            guard pe == start, previous.kind == .word else { continue }
            var stemStart: Int?
            if placeStartEnding[start] < start {
                stemStart = placeStartEnding[start]
            } else if pe - ps >= 2 && [.place, .person, .properNoun].contains(tags[k - 1]) {
                stemStart = ps
            } else if pe - ps == 1 && k >= 2 && spans[k - 2].kind == .word && spans[k - 2].end - spans[k - 2].start == 1
                        && Int(spans[k - 2].end) == ps && data.names.givenScore(text[ps]) > PersonEvidence.neverGiven
                        && data.names.givenScore(text[Int(spans[k - 2].start)]) > PersonEvidence.neverGiven {
                stemStart = Int(spans[k - 2].start)
            }
            if let stemStart { add(stemStart, end, .place, Self.score(SourceWeight.feature, end - stemStart)) }
        }
    }
}
