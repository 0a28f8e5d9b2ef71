/// A trie over Unicode scalar values, for longest-match lookups of short phrases.
struct ScalarTrie<Value: Sendable>: Sendable {
    private var children: [[UInt32: Int32]] = [[:]]
    private var values: [Value?] = [nil]

    init() {}

    init(_ entries: [(String, Value)]) {
        for (key, value) in entries { insert(key, value) }
    }

    /// Adds or replaces a phrase.
    mutating func insert(_ key: String, _ value: Value) {
        var node = 0
        for scalar in key.unicodeScalars {
            if let next = children[node][scalar.value] {
                node = Int(next)
            } else {
                children.append([:])
                values.append(nil)
                children[node][scalar.value] = Int32(children.count - 1)
                node = children.count - 1
            }
        }
        values[node] = value
    }

    /// The longest phrase starting at `start` (ending at or before `limit`): its value and end offset.
    ///
    /// - Complexity: O(*m*), *m* the length of the longest phrase.
    func longestMatch(in s: [UInt32], at start: Int, limit: Int? = nil) -> (value: Value, end: Int)? {
        let limit = limit ?? s.count
        var node = 0
        var best: (Value, Int)?
        var i = start
        while i < limit, let next = children[node][s[i]] {
            node = Int(next)
            i += 1
            if let value = values[node] { best = (value, i) }
        }
        return best
    }

    /// Calls `body` with the end offset of every phrase starting at `start`.
    func forEachMatch(in s: [UInt32], at start: Int, _ body: (Value, Int) -> Void) {
        var node = 0
        var i = start
        while i < s.count, let next = children[node][s[i]] {
            node = Int(next)
            i += 1
            if let value = values[node] { body(value, i) }
        }
    }
}
