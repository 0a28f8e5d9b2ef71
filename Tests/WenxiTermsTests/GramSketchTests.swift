import Testing
@testable import WenxiTerms

/// The sketch's bounds never fall below the counts, and counting through it changes no count.
@Suite struct GramSketchTests {
    @Test func boundsAreNeverBelowTheCounts() {
        // More distinct sequences than cells, so that cells are shared.
        var sketch = GramSketch(expected: 10)
        var counts: [TermDiscovery.Gram: Int] = [:]
        for i in 0..<20_000 {
            let ids: [Int32] = [Int32(i % 97), Int32(i % 89), Int32(i % 7 == 0 ? -1 : i % 5)]
            let gram = TermDiscovery.Gram(ids[...].prefix(ids[2] < 0 ? 2 : 3))
            sketch.add(gram)
            counts[gram, default: 0] += 1
        }
        #expect(counts.count > GramSketch.smallestRow)
        for (gram, count) in counts { #expect(sketch.bound(gram) >= min(count, 255)) }
        // A sequence never added is bounded by what shares its cells only.
        let unseen = TermDiscovery.Gram([1_000_001, 1_000_002][...])
        #expect(sketch.bound(unseen) <= 255)
    }

    /// Discovery's sequence counts equal a plain count of every window, cut at the minimum.
    @Test func sequenceCountsAreExact() throws {
        let extractor = try TermExtractor()
        let texts = ["沿海城市培育新质生产力，港口吞吐量稳步增长，集装箱航线覆盖东南亚和欧洲主要港口。",
                     "新质生产力加快形成，港口吞吐量稳步增长，物流企业订单饱满，集装箱航线不断加密。",
                     "以新质生产力带动产业升级，港口吞吐量稳步增长，集装箱航线覆盖东南亚。"]
        var streams = WordStreams(stopwords: try Stopwords.shared(), minimumRepeatedClauseLength: 8)
        for text in texts { streams.add(extractor.tokens(in: text)) }
        let discovery = try TermDiscovery()
        let unigram = streams.wordCounts()
        let counts = discovery.sequenceCounts(streams, unigram: unigram, sketchedFrom: 0)
        #expect(counts == discovery.sequenceCounts(streams, unigram: unigram, sketchedFrom: .max))
        var plain: [TermDiscovery.Gram: Int] = [:]
        for length in 2...4 {
            for stream in streams.streams where stream.count > length {
                for start in 1..<(stream.count - length) {
                    let window = stream[start..<(start + length)]
                    if !window.contains(-1) { plain[TermDiscovery.Gram(window), default: 0] += 1 }
                }
            }
        }
        // Every counted sequence has its plain count; every frequent sequence whose pieces are
        // frequent is counted.
        for (gram, n) in counts { #expect(plain[gram] == n && n >= 3) }
        #expect(!counts.isEmpty)
        for (gram, n) in plain where n >= 3 && gram.length == 2
            && unigram[Int(gram.a)] >= 3 && unigram[Int(gram.b)] >= 3 {
            #expect(counts[gram] == n)
        }
    }
}
