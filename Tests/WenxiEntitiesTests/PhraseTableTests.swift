import Testing
@testable import WenxiEntities
@testable import WenxiSegmentation
@testable import WenxiText

@Suite struct PhraseTableTests {
    static func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

    @Test func matchesEveryPhraseStartingAtAPositionShortestFirst() {
        var table = PhraseTable<Int>()
        table.insert("北京", 1)
        table.insert("北京市", 2)
        table.insert("京", 3)
        let text = Self.scalars("在北京市")
        var found: [(Int, Int)] = []
        text.withUnsafeBufferPointer { buffer in table.matches(in: buffer, at: 1) { found.append(($0, table.values[$1])) } }
        #expect(found.map(\.0) == [3, 4])
        #expect(found.map(\.1) == [1, 2])
        #expect(table.maximumLength == 3)
    }

    @Test func replaceKeepsOnePhrase() {
        var table = PhraseTable<Int>()
        table.insert("新华社", 1)
        table.insert("新华社", 2)
        #expect(table.index(of: "新华社").map { table.values[$0] } == 1)
        table.insert("新华社", 3, replace: true)
        #expect(table.index(of: "新华社").map { table.values[$0] } == 3)
        #expect(table.phrases.count == 1)
    }

    @Test func prefixesAreNoPhrasesAndEmptyInputIsSafe() {
        var table = PhraseTable<Int>()
        table.insert("中华人民共和国", 1)
        table.insert("", 9)
        #expect(table.index(of: "中华") == nil)
        #expect(table.index(of: "") == nil)
        #expect(table.phrases.count == 1)
        let empty: [UInt32] = []
        var calls = 0
        empty.withUnsafeBufferPointer { table.matches(in: $0, at: 0) { _, _ in calls += 1 } }
        #expect(calls == 0)
    }

    @Test func matchesEveryPhraseEndingAtAPositionShortestFirst() {
        var table = PhraseTable<Int>()
        table.insert("委员会", 1)
        table.insert("员会", 2)
        table.insert("常务委员会", 3)
        table.insert("委员", 4)
        let text = Self.scalars("全国人大常务委员会")
        var found: [(Int, Int)] = []
        text.withUnsafeBufferPointer { buffer in
            table.matches(in: buffer, endingAt: buffer.count) { found.append(($0, table.values[$1])) }
        }
        #expect(found.map(\.0) == [7, 6, 4])
        #expect(found.map(\.1) == [2, 1, 3])
        var none = 0
        text.withUnsafeBufferPointer { buffer in table.matches(in: buffer, endingAt: 0) { _, _ in none += 1 } }
        #expect(none == 0)
    }

    @Test func aPhraseInsertedAfterItIsASuffixIsFoundEndingThere() {
        var table = PhraseTable<Int>()
        table.insert("人民政府", 1)
        table.insert("政府", 2)
        let text = Self.scalars("市人民政府")
        var starts: [Int] = []
        text.withUnsafeBufferPointer { buffer in table.matches(in: buffer, endingAt: 5) { start, _ in starts.append(start) } }
        #expect(starts == [3, 1])
        #expect(text.withUnsafeBufferPointer { table.index(of: $0, 3, 5) }.map { table.values[$0] } == 2)
        #expect(text.withUnsafeBufferPointer { table.index(of: $0, 2, 5) } == nil)
    }
}
