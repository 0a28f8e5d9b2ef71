/// Natural and urban features named by a stem and a suffix: 岳麓山, 湘江, 长安街, 石桥村.
extension RecognitionPass {
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
            if let stemStart { add(stemStart, end, .place, 2 * Float(end - stemStart) + 0.3) }
        }
    }
}
