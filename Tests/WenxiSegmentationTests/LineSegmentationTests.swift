import Testing
@testable import WenxiSegmentation
@testable import WenxiText

/// Lines, pieces of long lines and the output formats of `Segmenter.segmentLines`.
@Suite struct LineSegmentationTests {
    /// The words of `line` segmented whole, joined by spaces.
    func whole(_ line: String) -> String {
        sharedSegmenter.tokens(in: line).map(\.text).joined(separator: " ")
    }

    @Test func piecesOfALongLineNeverSplitAToken() {
        // No space and no 。: the old cut fell after "." or anywhere, inside 2.37亿 and the URL.
        let line = String(repeating: "增长2.37亿元见http://a.example.cn/x.y.z和", count: 40)
        #expect(sharedSegmenter.segmentLines(of: line, pieceLength: 64) == whole(line) + "\n")
        let spaced = String(repeating: "增长2.37亿 见http://a.example.cn/x.y.z 和", count: 40)
        #expect(sharedSegmenter.segmentLines(of: spaced, pieceLength: 64) == whole(spaced) + "\n")
    }

    @Test func aLongRunOfLettersIsOneToken() {
        let letters = String(repeating: "abcdefghij", count: 100)
        #expect(sharedSegmenter.segmentLines(of: letters, pieceLength: 64) == letters + "\n")
    }

    @Test func longLinesAreStillCutWhereItIsSafe() {
        let line = String(repeating: "研究生命起源。增长2.37亿 ", count: 100)
        let bytes = Array(line.utf8)
        let pieces = bytes.withUnsafeBufferPointer { Segmenter.pieces(of: $0, pieceLength: 192) }
        #expect(pieces.count > 5)
        for piece in pieces.dropLast() {
            let before = bytes[piece.range.upperBound - 1]
            #expect(before == 0x20 || before == 0x82)  // a space, or the last byte of 。
        }
    }

    @Test func carriageReturnsLineFeedsAndBothEndLines() {
        #expect(TextLines.split("甲\r乙\r\n丙\n丁") == ["甲", "乙", "丙", "丁"])
        #expect(TextLines.split("甲\r\n\r\n乙\r") == ["甲", "", "乙"])
        #expect(sharedSegmenter.segmentLines(of: "研究生命\r起源\r\n增长\n") == "研究 生命\n起源\n增长\n")
    }

    @Test func taggedAndJSONLinesFormats() {
        let tagged = Segmenter.LineOptions(format: .tagged(separator: " "))
        var out: [UInt8] = []
        sharedSegmenter.segmentLines(of: "北京记者报道\n", options: tagged) { out += $0 }
        #expect(String(decoding: out, as: UTF8.self) == "北京/ns 记者/n 报道/v\n")
        out = []
        sharedSegmenter.segmentLines(of: "北京“记者”\n", options: .init(format: .jsonl)) { out += $0 }
        #expect(String(decoding: out, as: UTF8.self) == #"""
            {"tokens":[{"end":2,"start":0,"tag":"ns","word":"北京"},{"end":3,"start":2,"tag":"x","word":"“"},\#
            {"end":5,"start":3,"tag":"n","word":"记者"},{"end":6,"start":5,"tag":"x","word":"”"}]}

            """#)
    }

    @Test func jsonOffsetsCountFromTheLineStartAcrossPieces() {
        let line = String(repeating: "研究生命起源。", count: 40)
        var out: [UInt8] = []
        sharedSegmenter.segmentLines(of: line + "\n", options: .init(format: .jsonl, pieceLength: 64)) { out += $0 }
        let text = String(decoding: out, as: UTF8.self)
        #expect(text.hasSuffix(#"{"end":280,"start":279,"tag":"x","word":"。"}]}"# + "\n"))
        #expect(text.split(separator: "\n").count == 1)
    }

    @Test func batchesEndAfterWholeLineBreaks() {
        let bytes = Array("研究\r\n生命\r起源\n增长\r\n".utf8)
        for size in 1...bytes.count {
            let batches = bytes.withUnsafeBufferPointer { Segmenter.batches(of: $0, size: size) }
            #expect(batches.first?.lowerBound == 0 && batches.last?.upperBound == bytes.count)
            for (a, b) in zip(batches, batches.dropFirst()) {
                #expect(a.upperBound == b.lowerBound)
                #expect(bytes[a.upperBound - 1] == 0x0A || (bytes[a.upperBound - 1] == 0x0D && bytes[a.upperBound] != 0x0A))
            }
        }
    }

    @Test func manyBatchesOnTwoThreadsComeOutInOrder() {
        let text = (0..<30_000).map { "第\($0)行：研究生命起源，增长\($0)%。" }.joined(separator: "\n")
        let serial = sharedSegmenter.segmentLines(of: text, jobs: 1)
        #expect(sharedSegmenter.segmentLines(of: text, jobs: 2) == serial)
        #expect(serial.split(separator: "\n").count == 30_000)
    }

    @Test func hugeJobCountsAreClamped() {
        let text = "研究生命起源\n增长17%\n"
        #expect(sharedSegmenter.segmentLines(of: text, jobs: Int.max) == "研究 生命 起源\n增长 17%\n")
    }
}
