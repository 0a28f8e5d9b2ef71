// Encodable values as trees: flat ones for the writers that print them (JSONWriter,
// CompactEncoder), linked ones for the decoder that reads the compact form back.

/// An encoded value read back as a tree (``CompactReader``, ``CompactValueDecoder``).
indirect enum EncodedNode {
    case null
    case bool(Bool)
    case integer(Int64)
    case unsigned(UInt64)
    case double(Double)
    case string(String)
    case array([EncodedBox])
    case object([(key: String, value: EncodedBox)])
}

/// A node of a tree read back (``CompactDecoder``).
final class EncodedBox {
    var node: EncodedNode
    init(_ node: EncodedNode = .null) { self.node = node }
}

/// Encoded values as one flat list of nodes, what ``TreeEncoder`` fills and ``JSONWriter`` and
/// ``CompactEncoder`` write out: a node's children are linked through their indices, so a tree
/// costs one buffer, where a class instance a node cost an allocation and a release each (about
/// a tenth of a report's instructions).
package final class EncodedTree {
    /// A node's value; an array's items and an object's members are its children.
    package enum Value {
        case null
        case bool(Bool)
        case integer(Int64)
        case unsigned(UInt64)
        case double(Double)
        case string(String)
        case array
        case object
    }

    /// One node: its value, its key when it is an object's member, its first and last child,
    /// the next child of its parent (−1 for none), and its number of children.
    struct Node {
        var value: Value
        var key: String
        var first: Int32 = -1, last: Int32 = -1, next: Int32 = -1
        var count = 0
    }

    /// The nodes; the root is the first.
    /// Not checked for exclusive access at run time: the tree is built and printed by one
    /// thread, and the checks on every node added cost about 3 % of a report's instructions.
    @exclusivity(unchecked) private(set) var nodes: [Node] = [Node(value: .null, key: "")]

    package init() { nodes.reserveCapacity(256) }

    /// Sets node `i` to `value`, letting go of any children it had.
    func set(_ i: Int, _ value: Value) {
        nodes[i].value = value
        (nodes[i].first, nodes[i].last, nodes[i].count) = (-1, -1, 0)
    }

    /// Makes node `i` an empty object, unless it is an object already (whose members then stay).
    package func makeObject(_ i: Int) { if case .object = nodes[i].value {} else { set(i, .object) } }

    /// Makes node `i` an empty array, unless it is an array already.
    package func makeArray(_ i: Int) { if case .array = nodes[i].value {} else { set(i, .array) } }

    /// Adds a member `key` of `value` to object `i` (made one if it is not yet) and returns its index.
    @discardableResult package func add(_ key: String, _ value: Value, to i: Int) -> Int {
        makeObject(i)
        return link(Node(value: value, key: key), under: i)
    }

    /// Appends an item of `value` to array `i` (made one if it is not yet) and returns its index.
    @discardableResult package func append(_ value: Value, to i: Int) -> Int {
        makeArray(i)
        return link(Node(value: value, key: ""), under: i)
    }

    private func link(_ node: Node, under parent: Int) -> Int {
        let index = nodes.count
        nodes.append(node)
        let last = Int(nodes[parent].last)
        if last >= 0 { nodes[last].next = Int32(index) } else { nodes[parent].first = Int32(index) }
        nodes[parent].last = Int32(index)
        nodes[parent].count += 1
        return index
    }

    /// The children of node `i`, in the order added.
    func children(of i: Int) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(nodes[i].count)
        var child = Int(nodes[i].first)
        while child >= 0 {
            result.append(child)
            child = Int(nodes[child].next)
        }
        return result
    }

    /// Sets node `i` to `value`: primitives directly, everything else through its `encode(to:)`.
    func set<T: Encodable>(_ i: Int, to value: T, codingPath: [any CodingKey]) throws {
        switch value {
        case let v as String: set(i, .string(v))
        case let v as Int: set(i, .integer(Int64(v)))
        case let v as Double: set(i, .double(v))
        case let v as Bool: set(i, .bool(v))
        case let v as [String]: set(i, strings: v)   // paragraphs, forms: without a container an item
        case let v as any TreeEncodable: v.encode(into: self, at: i)
        default: try value.encode(to: TreeEncoder(tree: self, index: i, codingPath: codingPath))
        }
    }

    /// Adds a member `key` of `value` to object `i`, none when `value` is nil (as
    /// `encodeIfPresent` adds none).
    package func add(_ key: String, ifPresent value: String?, to i: Int) {
        if let value { add(key, .string(value), to: i) }
    }

    /// Sets node `i` to an array of `strings`.
    package func set(_ i: Int, strings: [String]) {
        set(i, .array)
        for string in strings { append(.string(string), to: i) }
    }

    /// Adds a member `key` to object `i`: an array of `strings`.
    package func add(_ key: String, strings: [String], to i: Int) {
        set(add(key, .null, to: i), strings: strings)
    }

    /// The integer value of `value`.
    static func integer<T: BinaryInteger>(_ value: T) -> Value {
        if let n = Int64(exactly: value) { return .integer(n) }
        return .unsigned(UInt64(value))
    }
}

/// A value that fills a node of an ``EncodedTree`` itself, node for node what its `encode(to:)`
/// would put there, without the `Encoder` protocol's boxes and dynamic casts: for the values a
/// report holds by the thousand (figures, entities), whose encoding was a tenth of a report's
/// instructions. A conforming type's test compares the two trees.
package protocol TreeEncodable: Encodable {
    /// Fills node `index` of `tree` with this value.
    func encode(into tree: EncodedTree, at index: Int)
}

extension Array: TreeEncodable where Element: TreeEncodable {
    package func encode(into tree: EncodedTree, at index: Int) {
        tree.makeArray(index)
        for element in self { element.encode(into: tree, at: tree.append(.null, to: index)) }
    }
}

/// The `Encoder` that fills node `index` of an ``EncodedTree``.
struct TreeEncoder: Encoder {
    let tree: EncodedTree
    let index: Int
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        tree.makeObject(index)
        return KeyedEncodingContainer(Keyed<Key>(tree: tree, index: index, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        tree.makeArray(index)
        return Unkeyed(tree: tree, index: index, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        Single(tree: tree, index: index, codingPath: codingPath)
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let tree: EncodedTree
        let index: Int
        var codingPath: [any CodingKey]

        private func put(_ value: EncodedTree.Value, _ key: Key) { tree.add(key.stringValue, value, to: index) }

        mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { put(.bool(value), key) }
        mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
        mutating func encode(_ value: Double, forKey key: Key) throws { put(.double(value), key) }
        mutating func encode(_ value: Float, forKey key: Key) throws { put(.double(Double(value)), key) }
        mutating func encode(_ value: Int, forKey key: Key) throws { put(.integer(Int64(value)), key) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { put(.integer(value), key) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { put(EncodedTree.integer(value), key) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            let child = tree.add(key.stringValue, .null, to: index)
            try tree.set(child, to: value, codingPath: codingPath + [key])
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey> {
            let child = tree.add(key.stringValue, .object, to: index)
            return KeyedEncodingContainer(Keyed<NestedKey>(tree: tree, index: child, codingPath: codingPath + [key]))
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let child = tree.add(key.stringValue, .array, to: index)
            return Unkeyed(tree: tree, index: child, codingPath: codingPath + [key])
        }
        mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }
        mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }
        private func superEncoder(named name: String) -> any Encoder {
            TreeEncoder(tree: tree, index: tree.add(name, .null, to: index), codingPath: codingPath)
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let tree: EncodedTree
        let index: Int
        var codingPath: [any CodingKey]
        var count: Int {
            if case .array = tree.nodes[index].value { return tree.nodes[index].count }
            return 0
        }

        private func put(_ value: EncodedTree.Value) { tree.append(value, to: index) }

        mutating func encodeNil() throws { put(.null) }
        mutating func encode(_ value: Bool) throws { put(.bool(value)) }
        mutating func encode(_ value: String) throws { put(.string(value)) }
        mutating func encode(_ value: Double) throws { put(.double(value)) }
        mutating func encode(_ value: Float) throws { put(.double(Double(value))) }
        mutating func encode(_ value: Int) throws { put(.integer(Int64(value))) }
        mutating func encode(_ value: Int64) throws { put(.integer(value)) }
        mutating func encode(_ value: UInt64) throws { put(EncodedTree.integer(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            try tree.set(tree.append(.null, to: index), to: value, codingPath: codingPath)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
            -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(Keyed<NestedKey>(tree: tree, index: tree.append(.object, to: index), codingPath: codingPath))
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            Unkeyed(tree: tree, index: tree.append(.array, to: index), codingPath: codingPath)
        }
        mutating func superEncoder() -> any Encoder {
            TreeEncoder(tree: tree, index: tree.append(.null, to: index), codingPath: codingPath)
        }
    }

    struct Single: SingleValueEncodingContainer {
        let tree: EncodedTree
        let index: Int
        var codingPath: [any CodingKey]

        private func put(_ value: EncodedTree.Value) { tree.set(index, value) }

        mutating func encodeNil() throws { put(.null) }
        mutating func encode(_ value: Bool) throws { put(.bool(value)) }
        mutating func encode(_ value: String) throws { put(.string(value)) }
        mutating func encode(_ value: Double) throws { put(.double(value)) }
        mutating func encode(_ value: Float) throws { put(.double(Double(value))) }
        mutating func encode(_ value: Int) throws { put(.integer(Int64(value))) }
        mutating func encode(_ value: Int8) throws { put(.integer(Int64(value))) }
        mutating func encode(_ value: Int16) throws { put(.integer(Int64(value))) }
        mutating func encode(_ value: Int32) throws { put(.integer(Int64(value))) }
        mutating func encode(_ value: Int64) throws { put(.integer(value)) }
        mutating func encode(_ value: UInt) throws { put(EncodedTree.integer(value)) }
        mutating func encode(_ value: UInt8) throws { put(.integer(Int64(value))) }
        mutating func encode(_ value: UInt16) throws { put(.integer(Int64(value))) }
        mutating func encode(_ value: UInt32) throws { put(.integer(Int64(value))) }
        mutating func encode(_ value: UInt64) throws { put(EncodedTree.integer(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws { try tree.set(index, to: value, codingPath: codingPath) }
    }
}
