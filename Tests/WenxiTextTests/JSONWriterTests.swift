import Foundation
import Testing
@testable import WenxiText

@Suite struct JSONWriterTests {
    struct Sample: Encodable {
        var name = "新华社 \"快讯\"\n\\ /\t\u{1}"
        var count = 3
        var ratio = 0.505
        var whole = 237_000_000.0
        var small = 1e-5
        var flag = true
        var missing: String? = nil
        var list: [Int] = [1, 2]
        var empty: [String] = []
        var nested: [String: Int64] = ["b": 2, "a": -1]
        var figure = 65.0
        var date = "2024-11-04"
        var big: UInt32 = 4_000_000_000
    }

    @Test func writesSortedPrettyJSON() throws {
        let text = try JSONWriter.string(Sample())
        #expect(text == """
        {
          "big" : 4000000000,
          "count" : 3,
          "date" : "2024-11-04",
          "empty" : [],
          "figure" : 65,
          "flag" : true,
          "list" : [
            1,
            2
          ],
          "name" : "新华社 \\"快讯\\"\\n\\\\ /\\t\\u0001",
          "nested" : {
            "a" : -1,
            "b" : 2
          },
          "ratio" : 0.505,
          "small" : 1e-05,
          "whole" : 237000000
        }
        """)
    }

    /// A value written deeper in a file: each line after the first gains two spaces a level (the
    /// name's escaped line feed is no line of the layout); the first line and a one-line value
    /// are as at level 0.
    @Test func indentedValueShiftsEveryLaterLine() throws {
        let flat = try JSONWriter.string(Sample())
        #expect(try JSONWriter.string(Sample(), indent: 2) == flat.replacingOccurrences(of: "\n", with: "\n    "))
        #expect(try JSONWriter.string([1, 2], pretty: false, indent: 3) == "[1,2]")
        #expect(try JSONWriter.string("一行", indent: 1) == "\"一行\"")
    }

    @Test func compactFormIsOneLine() throws {
        #expect(try JSONWriter.string([["k": 1]], pretty: false) == "[{\"k\":1}]")
    }

    @Test func emptyContainers() throws {
        #expect(try JSONWriter.string([Int]()) == "[]")
        #expect(try JSONWriter.string([String: Int]()) == "{}")
        #expect(try JSONWriter.string([Int](), pretty: false) == "[]")
    }

    /// JSON has no NaN or infinity: they are written as null. Whole doubles up to 2^53 are integers.
    @Test func numbersAtTheEdges() throws {
        #expect(try JSONWriter.string([Double.nan, .infinity, -.infinity], pretty: false) == "[null,null,null]")
        #expect(try JSONWriter.string([-0.0, 9_007_199_254_740_992, 1e16], pretty: false)
                == "[0,9007199254740992,1e+16]")
        #expect(try JSONWriter.string([Int.max, Int.min], pretty: false) == "[9223372036854775807,-9223372036854775808]")
    }

    /// Keys sort by their UTF-8 bytes: ASCII upper case before lower case, Chinese after both.
    @Test func keysSortByBytes() throws {
        #expect(try JSONWriter.string(["中": 1, "b": 2, "B": 3, "a": 4], pretty: false) == "{\"B\":3,\"a\":4,\"b\":2,\"中\":1}")
    }

    /// A type that sets one key twice: the value set last is the one written, once.
    struct SetTwice: Encodable {
        enum Key: String, CodingKey { case a, b }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(1, forKey: .b)
            try c.encode("先", forKey: .a)
            try c.encode(2, forKey: .b)
        }
    }

    @Test func aKeySetAgainKeepsItsLastValue() throws {
        #expect(try JSONWriter.string(SetTwice(), pretty: false) == "{\"a\":\"先\",\"b\":2}")
    }

    @Test func stringsEscapeOnlyWhatJSONRequires() throws {
        #expect(try JSONWriter.string(["引号\"和\\斜杠\n换行\u{01}", "中文 plain"], pretty: false)
                == "[\"引号\\\"和\\\\斜杠\\n换行\\u0001\",\"中文 plain\"]")
    }

    /// Values nested every way a Codable type nests them: keyed, unkeyed and single-value
    /// containers inside each other, a keyed container opened twice, a super encoder.
    struct Nested: Encodable {
        struct Leaf: Encodable, Hashable { var 名: String; var n: Int; var x: Double?; var tags: [String] }
        var leaves: [Leaf]
        var grid: [[Int]]
        var byName: [String: Leaf]
        var optional: [Leaf?]

        enum Keys: String, CodingKey { case leaves, grid, byName, optional, extra, deep }
        enum Deep: String, CodingKey { case inner, list }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(leaves, forKey: .leaves)
            try c.encode(grid, forKey: .grid)
            var again = encoder.container(keyedBy: Keys.self)
            try again.encode(byName, forKey: .byName)
            try again.encode(optional, forKey: .optional)
            var deep = c.nestedContainer(keyedBy: Deep.self, forKey: .deep)
            var list = deep.nestedUnkeyedContainer(forKey: .list)
            for leaf in leaves {
                var pair = list.nestedUnkeyedContainer()
                try pair.encode(leaf.名)
                var inner = pair.nestedContainer(keyedBy: Deep.self)
                try inner.encode(leaf.n, forKey: .inner)
            }
            try leaves.first?.encode(to: c.superEncoder(forKey: .extra))
        }
    }

    @Test func nestedContainersWriteWhatFoundationWrites() throws {
        let leaves = (0..<7).map { i in
            Nested.Leaf(名: "第\(i)条", n: i * 37 - 100, x: i % 3 == 0 ? nil : Double(i) / 8, tags: Array(repeating: "标签", count: i % 4))
        }
        let value = Nested(leaves: leaves, grid: [[], [1], [2, 3, 4]],
                           byName: Dictionary(uniqueKeysWithValues: leaves.map { ($0.名, $0) }),
                           optional: [nil, leaves[2], nil])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let ours = try JSONSerialization.jsonObject(with: Data(JSONWriter.string(value, pretty: true).utf8)) as? NSDictionary
        let theirs = try JSONSerialization.jsonObject(with: encoder.encode(value)) as? NSDictionary
        #expect(ours != nil && ours == theirs)
        // The compact form says the same on one line.
        let compact = try JSONWriter.string(value, pretty: false)
        #expect(!compact.contains("\n"))
        #expect(try JSONSerialization.jsonObject(with: Data(compact.utf8)) as? NSDictionary == theirs)
    }
}
