/// Natural and urban features named by a stem and a suffix: 岳麓山, 湘江, 长安街, 石桥村.
extension RecognitionPass {
    /// Runs of one-character country and region abbreviations before a relation word: 中美关系,
    /// 中日两国, 港澳同胞 give one place per character.
    mutating func abbreviationCandidates() {
        var i = 0
        while i < n {
            guard EntityWords.abbreviations.contains(text[i]), boundary[i] else { i += 1; continue }
            var j = i
            while j < n && EntityWords.abbreviations.contains(text[j]) && j - i < 4 { j += 1 }
            if j - i >= 2 && boundary[j] {
                var related = false
                for length in 2...4 where j + length <= n {
                    let word = String(String.UnicodeScalarView((j..<(j + length)).compactMap { Unicode.Scalar(text[$0]) }))
                    if EntityWords.relationWords.contains(word) { related = true }
                }
                if related {
                    for k in i..<j { add(k, k + 1, .place, Self.score(2.5, 1)) }
                }
            }
            i = max(j, i + 1)
        }
    }

    mutating func featureCandidates() {
        var placeStartEnding = [Int](repeating: Int.max, count: n + 1)
        for c in candidates where c.type == .place { placeStartEnding[c.end] = min(placeStartEnding[c.end], c.start) }
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
                        && Int(spans[k - 2].end) == ps && data.names.givenScore(text[ps]) > -20
                        && data.names.givenScore(text[Int(spans[k - 2].start)]) > -20 {
                stemStart = Int(spans[k - 2].start)
            }
            if let stemStart { add(stemStart, end, .place, Self.score(2.05, end - stemStart)) }
        }
    }
}
