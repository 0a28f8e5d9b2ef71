import Testing
@testable import WenxiEntities
@testable import WenxiSegmentation
@testable import WenxiText

@Suite struct LineEntitiesTests {
    @Test func crlfEndsALine() {
        let byLine = EntityRecognizerTests.recognizer.mentionsByLine(of: "北京\r\n记者王强报道\r\n", jobs: 1)
        #expect(byLine.map { $0.map(Seen.init) } == [[Seen("北京", .place, 0, "北京市")], [Seen("王强", .person, 2)]])
    }

    @Test func emptyTextHasNoLines() {
        #expect(EntityRecognizerTests.recognizer.mentionsByLine(of: "").isEmpty)
    }

    @Test func manyLinesKeepTheirOrderAcrossThreads() {
        let text = (0..<600).map { $0 % 2 == 0 ? "记者王强报道" : "天气晴" }.joined(separator: "\n")
        let byLine = EntityRecognizerTests.recognizer.mentionsByLine(of: text, jobs: 2)
        #expect(byLine.count == 600)
        #expect(byLine.enumerated().allSatisfy { $0.offset % 2 == 0 ? $0.element.count == 1 : $0.element.isEmpty })
    }
}
