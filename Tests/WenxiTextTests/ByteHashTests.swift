import Testing
@testable import WenxiText

@Suite struct ByteHashTests {
    func hash(_ text: String, seed: UInt64 = 7) -> UInt64 {
        Array(text.utf8).withUnsafeBytes { ByteHash.hash($0, seed: seed) }
    }

    /// Every byte counts, up to and past the 16 bytes taken at once: the prefixes of a text, one
    /// byte longer each (a byte left out, or a zero of padding read as a byte, would make two of
    /// them alike), and texts that differ in one byte only, at each place.
    @Test func everyByteAndTheLengthCount() {
        let text = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ"
        let prefixes = (0...text.utf8.count).map { String(decoding: text.utf8.prefix($0), as: UTF8.self) }
        #expect(Set(prefixes.map { hash($0) }).count == prefixes.count)
        let changed = text.utf8.indices.map { i -> String in
            var bytes = Array(text.utf8)
            bytes[text.utf8.distance(from: text.utf8.startIndex, to: i)] ^= 0x20
            return String(decoding: bytes, as: UTF8.self)
        }
        #expect(Set((changed + [text]).map { hash($0) }).count == changed.count + 1)
        #expect(hash("a") != hash("a\u{0}"))
    }

    @Test func theSeedChangesTheHash() {
        for word in ["", "的", "新华社", "国家统计局发布数据"] {
            #expect(hash(word, seed: 1) != hash(word, seed: 2))
            #expect(hash(word, seed: 1) == hash(word, seed: 1))
        }
    }

    /// A table's hash is of the bytes, not of how the string holds them: a long word built in
    /// pieces, read from bytes, or cut from a longer text hashes as itself.
    @Test func sameBytesSameHashWhateverTheStorage() {
        let word = "中华人民共和国国家统计局"
        let fromBytes = String(decoding: Array(word.utf8), as: UTF8.self)
        let cut = String("据\(word)发布".dropFirst().dropLast(2))
        var built = ""
        for c in word { built.append(c) }
        for seed in [0, 1, -5, Int.max] {
            let expected = ExactString(word)._rawHashValue(seed: seed)
            #expect([fromBytes, cut, built].allSatisfy { ExactString($0)._rawHashValue(seed: seed) == expected })
        }
        let small = "两会"
        #expect(ExactString(small)._rawHashValue(seed: 3) == ExactString(String(decoding: Array(small.utf8), as: UTF8.self))._rawHashValue(seed: 3))
    }

    /// Tables of many words find each word they hold and none they do not.
    @Test func tablesFindWhatTheyHold() {
        let words = (0..<20_000).map { "第\($0)号文件" }
        var table: [ExactString: Int] = [:]
        for (i, word) in words.enumerated() { table[ExactString(word)] = i }
        #expect(table.count == words.count)
        #expect(words.indices.allSatisfy { table[ExactString(words[$0])] == $0 })
        #expect(table[ExactString("第20000号文件")] == nil)
        let merged = table.merging(Dictionary(uniqueKeysWithValues: words.prefix(100).map { (ExactString($0), -1) })) { $1 }
        #expect(merged.count == words.count && merged[ExactString(words[5])] == -1)
    }
}
