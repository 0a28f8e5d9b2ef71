// Encodable values as trees, for the writers that print them (JSONWriter, CompactEncoder).

/// An encoded value as a tree: what ``TreeEncoder`` builds and ``CompactEncoder`` and
/// ``JSONWriter`` write out.
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

/// A node under construction, which containers fill in.
final class EncodedBox {
    var node: EncodedNode
    init(_ node: EncodedNode = .null) { self.node = node }

    /// Sets this box to `value`: primitives directly, everything else through its `encode(to:)`.
    func set<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws {
        switch value {
        case let v as String: node = .string(v)
        case let v as Int: node = .integer(Int64(v))
        case let v as Double: node = .double(v)
        case let v as Bool: node = .bool(v)
        default: try value.encode(to: TreeEncoder(box: self, codingPath: codingPath))
        }
    }

    /// Appends `member` to this box's object (made one if it is not yet).
    func add(_ key: String, _ member: EncodedBox) {
        if case .object(var members) = node {
            node = .null  // drop the reference so the members are not copied
            members.append((key, member))
            node = .object(members)
        } else {
            node = .object([(key, member)])
        }
    }

    /// Appends `item` to this box's array (made one if it is not yet).
    func append(_ item: EncodedBox) {
        if case .array(var items) = node {
            node = .null
            items.append(item)
            node = .array(items)
        } else {
            node = .array([item])
        }
    }

    /// The integer node of `value`.
    static func integer<T: BinaryInteger>(_ value: T) -> EncodedNode {
        if let n = Int64(exactly: value) { return .integer(n) }
        return .unsigned(UInt64(value))
    }
}

/// The `Encoder` that fills an ``EncodedBox``.
struct TreeEncoder: Encoder {
    let box: EncodedBox
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = box.node {} else { box.node = .object([]) }
        return KeyedEncodingContainer(Keyed<Key>(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = box.node {} else { box.node = .array([]) }
        return Unkeyed(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(box: box, codingPath: codingPath) }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: EncodedBox
        var codingPath: [any CodingKey]

        private func put(_ node: EncodedNode, _ key: Key) { box.add(key.stringValue, EncodedBox(node)) }

        mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { put(.bool(value), key) }
        mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
        mutating func encode(_ value: Double, forKey key: Key) throws { put(.double(value), key) }
        mutating func encode(_ value: Float, forKey key: Key) throws { put(.double(Double(value)), key) }
        mutating func encode(_ value: Int, forKey key: Key) throws { put(.integer(Int64(value)), key) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { put(.integer(value), key) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { put(EncodedBox.integer(value), key) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            let child = EncodedBox()
            box.add(key.stringValue, child)
            try child.set(value, codingPath: codingPath + [key])
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey> {
            let child = EncodedBox(.object([]))
            box.add(key.stringValue, child)
            return KeyedEncodingContainer(Keyed<NestedKey>(box: child, codingPath: codingPath + [key]))
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let child = EncodedBox(.array([]))
            box.add(key.stringValue, child)
            return Unkeyed(box: child, codingPath: codingPath + [key])
        }
        mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }
        mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }
        private func superEncoder(named name: String) -> any Encoder {
            let child = EncodedBox()
            box.add(name, child)
            return TreeEncoder(box: child, codingPath: codingPath)
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let box: EncodedBox
        var codingPath: [any CodingKey]
        var count: Int {
            if case .array(let items) = box.node { return items.count }
            return 0
        }

        private func put(_ node: EncodedNode) { box.append(EncodedBox(node)) }

        mutating func encodeNil() throws { put(.null) }
        mutating func encode(_ value: Bool) throws { put(.bool(value)) }
        mutating func encode(_ value: String) throws { put(.string(value)) }
        mutating func encode(_ value: Double) throws { put(.double(value)) }
        mutating func encode(_ value: Float) throws { put(.double(Double(value))) }
        mutating func encode(_ value: Int) throws { put(.integer(Int64(value))) }
        mutating func encode(_ value: Int64) throws { put(.integer(value)) }
        mutating func encode(_ value: UInt64) throws { put(EncodedBox.integer(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            let child = EncodedBox()
            box.append(child)
            try child.set(value, codingPath: codingPath)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
            -> KeyedEncodingContainer<NestedKey> {
            let child = EncodedBox(.object([]))
            box.append(child)
            return KeyedEncodingContainer(Keyed<NestedKey>(box: child, codingPath: codingPath))
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let child = EncodedBox(.array([]))
            box.append(child)
            return Unkeyed(box: child, codingPath: codingPath)
        }
        mutating func superEncoder() -> any Encoder {
            let child = EncodedBox()
            box.append(child)
            return TreeEncoder(box: child, codingPath: codingPath)
        }
    }

    struct Single: SingleValueEncodingContainer {
        let box: EncodedBox
        var codingPath: [any CodingKey]

        mutating func encodeNil() throws { box.node = .null }
        mutating func encode(_ value: Bool) throws { box.node = .bool(value) }
        mutating func encode(_ value: String) throws { box.node = .string(value) }
        mutating func encode(_ value: Double) throws { box.node = .double(value) }
        mutating func encode(_ value: Float) throws { box.node = .double(Double(value)) }
        mutating func encode(_ value: Int) throws { box.node = .integer(Int64(value)) }
        mutating func encode(_ value: Int8) throws { box.node = .integer(Int64(value)) }
        mutating func encode(_ value: Int16) throws { box.node = .integer(Int64(value)) }
        mutating func encode(_ value: Int32) throws { box.node = .integer(Int64(value)) }
        mutating func encode(_ value: Int64) throws { box.node = .integer(value) }
        mutating func encode(_ value: UInt) throws { box.node = EncodedBox.integer(value) }
        mutating func encode(_ value: UInt8) throws { box.node = .integer(Int64(value)) }
        mutating func encode(_ value: UInt16) throws { box.node = .integer(Int64(value)) }
        mutating func encode(_ value: UInt32) throws { box.node = .integer(Int64(value)) }
        mutating func encode(_ value: UInt64) throws { box.node = EncodedBox.integer(value) }
        mutating func encode<T: Encodable>(_ value: T) throws { try box.set(value, codingPath: codingPath) }
    }
}
