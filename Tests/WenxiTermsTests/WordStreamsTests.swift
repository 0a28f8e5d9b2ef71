import Testing
import WenxiSegmentation
@testable import WenxiTerms

@Suite struct WordStreamsTests {
    /// A token at `start`, as long as its text.
    func token(_ text: String, _ start: Int, _ kind: Token.Kind = .word, tag: String? = "n") -> TermToken {
        TermToken(text: text, start: start, end: start + text.unicodeScalars.count, kind: kind, tag: tag)
    }

    @Test func emptyInput() {
        var streams = WordStreams(stopwords: Stopwords(), minimumRepeatedClauseLength: 8)
        streams.add([])
        #expect(streams.streams == [[-1]] && streams.wordCounts().isEmpty)
    }

    /// Words become ids; punctuation, particles and gaps are boundaries (-1) with their text.
    @Test func wordsAndBoundaries() throws {
        var streams = WordStreams(stopwords: Stopwords(words: ["丁"]), minimumRepeatedClauseLength: 8)
        streams.add([token("甲乙", 0), token("，", 2, .punctuation, tag: nil), token("丙", 3),
                     token("的", 4, tag: "uj"), token("丁", 5)])
        #expect(streams.streams == [[-1, 0, -1, 1, -1, 2, -1]])
        // The document's end is an edge, no text; the texts are known by their ids.
        let (bar, de) = (try #require(streams.boundaryTextID("|")), try #require(streams.boundaryTextID("的")))
        #expect(streams.boundaries == [[2: bar, 4: de]] && bar != de)
        #expect(streams.boundaryTextID("丙") == nil)
        #expect(streams.words == ["甲乙", "丙", "丁"])
        #expect(streams.single == [false, true, true] && streams.stop == [false, false, true])
        // A white-space gap is a boundary too; known words keep their ids.
        streams.add([token("甲乙", 0), token("甲乙", 3)])
        #expect(streams.streams[1] == [-1, 0, -1, 0, -1])
        #expect(streams.wordCounts() == [3, 1, 1])
    }

    /// A long clause seen before is a boundary, not words again.
    @Test func repeatedClausesCountOnce() throws {
        var streams = WordStreams(stopwords: Stopwords(), minimumRepeatedClauseLength: 4)
        streams.add([token("数字", 0), token("经济", 2), token("，", 4, .punctuation, tag: nil),
                     token("数字", 5), token("经济", 7), token("，", 9, .punctuation, tag: nil), token("发展", 10)])
        #expect(streams.streams == [[-1, 0, 1, -1, 2, -1]])
        #expect(streams.boundaries == [[3: try #require(streams.boundaryTextID("|\u{1F}数字经济|"))]])
        #expect(streams.wordCounts() == [1, 1, 1])
    }

    /// Ids come back from their variable-length bytes as they went in, at every byte-count edge,
    /// and small ids take one byte.
    @Test func streamCodingRoundTrips() {
        let edges: [Int32] = [-1, 0, 1, 126, 127, 128, 16_382, 16_383, 16_384, 2_097_150, 2_097_151, .max - 1]
        var generator = SystemRandomNumberGenerator()
        let random = (0..<1_000).map { _ in Int32.random(in: -1...(1 << 24), using: &generator) }
        for stream in [edges, random, []] {
            var bytes: [UInt8] = []
            StreamCoding.encode(stream, into: &bytes)
            var back: [Int32] = []
            StreamCoding.decode(bytes[...], into: &back)
            #expect(back == stream)
        }
        var small: [UInt8] = []
        StreamCoding.encode([-1, 0, 5, 126, -1], into: &small)
        #expect(small.count == 5)
    }

    /// Streams are handed out one at a time in document order, as `streams` holds them.
    @Test func forEachStreamGoesInOrder() {
        var streams = WordStreams(stopwords: Stopwords(), minimumRepeatedClauseLength: 8)
        streams.add([token("甲乙", 0), token("，", 2, .punctuation, tag: nil), token("丙", 3)])
        streams.add([])
        streams.add([token("丙", 0), token("甲乙", 1)])
        var seen: [(Int, [Int32])] = []
        streams.forEachStream { seen.append(($0, $1)) }
        #expect(seen.map(\.0) == [0, 1, 2] && seen.map(\.1) == [[-1, 0, -1, 1, -1], [-1], [-1, 1, 0, -1]])
        #expect(streams.positions == 10 && streams.count == 3)
    }
}
