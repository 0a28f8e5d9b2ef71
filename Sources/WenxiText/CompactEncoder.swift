/// Writes `Encodable` values in a compact binary form that ``CompactDecoder`` reads back: for
/// values a process sets aside and reads again itself (scratch files), never for files it hands
/// over. Numbers keep their bits (NaN and infinities too), strings their UTF-8 bytes.
///
/// Each value is a tag byte and its content: nil, false, true; an integer as a zigzag variable-length
/// number; an unsigned one past `Int64.max` as a variable-length number; a floating-point number as
/// its eight bytes; a string as its length and bytes; an array as its count and items; an object as
/// its count and (key, value) pairs in the order set, a key set again keeping its last value.
public enum CompactEncoder {
    /// `value` in the compact form.
    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let root = CompactBox()
        try root.set(value, codingPath: [])
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        root.node.write(to: &out)
        return out
    }
}

/// The tags of ``CompactEncoder``'s form.
enum CompactTag: UInt8 {
    case null = 0, isFalse, isTrue, integer, unsigned, double, string, array, object
}

/// A value of the compact form, as a tree.
indirect enum CompactNode {
    case null
    case bool(Bool)
    case integer(Int64)
    case unsigned(UInt64)
    case double(Double)
    case string(String)
    case array([CompactBox])
    case object([(key: String, value: CompactBox)])

    func write(to out: inout [UInt8]) {
        switch self {
        case .null: out.append(CompactTag.null.rawValue)
        case .bool(let b): out.append((b ? CompactTag.isTrue : .isFalse).rawValue)
        case .integer(let n):
            out.append(CompactTag.integer.rawValue)
            Self.writeNumber(UInt64(bitPattern: (n << 1) ^ (n >> 63)), to: &out)
        case .unsigned(let n):
            out.append(CompactTag.unsigned.rawValue)
            Self.writeNumber(n, to: &out)
        case .double(let d):
            out.append(CompactTag.double.rawValue)
            withUnsafeBytes(of: d.bitPattern.littleEndian) { out.append(contentsOf: $0) }
        case .string(let s):
            out.append(CompactTag.string.rawValue)
            Self.writeString(s, to: &out)
        case .array(let items):
            out.append(CompactTag.array.rawValue)
            Self.writeNumber(UInt64(items.count), to: &out)
            for item in items { item.node.write(to: &out) }
        case .object(let members):
            out.append(CompactTag.object.rawValue)
            Self.writeNumber(UInt64(members.count), to: &out)
            for member in members {
                Self.writeString(member.key, to: &out)
                member.value.node.write(to: &out)
            }
        }
    }

    static func writeString(_ s: String, to out: inout [UInt8]) {
        writeNumber(UInt64(s.utf8.count), to: &out)
        out.append(contentsOf: s.utf8)
    }

    /// `value` in seven-bit groups, low first, the high bit set on all but the last.
    static func writeNumber(_ value: UInt64, to out: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        out.append(UInt8(rest))
    }
}

/// A node under construction, which containers fill in.
final class CompactBox {
    var node: CompactNode
    init(_ node: CompactNode = .null) { self.node = node }

    /// Sets this box to `value`: primitives directly, everything else through its `encode(to:)`.
    func set<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws {
        switch value {
        case let v as String: node = .string(v)
        case let v as Int: node = .integer(Int64(v))
        case let v as Double: node = .double(v)
        case let v as Bool: node = .bool(v)
        default: try value.encode(to: CompactNodeEncoder(box: self, codingPath: codingPath))
        }
    }

    /// Appends `member` to this box's object (made one if it is not yet).
    func add(_ key: String, _ member: CompactBox) {
        if case .object(var members) = node {
            node = .null  // drop the reference so the members are not copied
            members.append((key, member))
            node = .object(members)
        } else {
            node = .object([(key, member)])
        }
    }

    /// Appends `item` to this box's array (made one if it is not yet).
    func append(_ item: CompactBox) {
        if case .array(var items) = node {
            node = .null
            items.append(item)
            node = .array(items)
        } else {
            node = .array([item])
        }
    }

    /// The integer node of `value`.
    static func integer<T: BinaryInteger>(_ value: T) -> CompactNode {
        if let n = Int64(exactly: value) { return .integer(n) }
        return .unsigned(UInt64(value))
    }
}

/// The `Encoder` that fills a ``CompactBox``.
struct CompactNodeEncoder: Encoder {
    let box: CompactBox
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
        let box: CompactBox
        var codingPath: [any CodingKey]

        private func put(_ node: CompactNode, _ key: Key) { box.add(key.stringValue, CompactBox(node)) }

        mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { put(.bool(value), key) }
        mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
        mutating func encode(_ value: Double, forKey key: Key) throws { put(.double(value), key) }
        mutating func encode(_ value: Float, forKey key: Key) throws { put(.double(Double(value)), key) }
        mutating func encode(_ value: Int, forKey key: Key) throws { put(.integer(Int64(value)), key) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { put(.integer(value), key) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { put(CompactBox.integer(value), key) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            let child = CompactBox()
            box.add(key.stringValue, child)
            try child.set(value, codingPath: codingPath + [key])
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey> {
            let child = CompactBox(.object([]))
            box.add(key.stringValue, child)
            return KeyedEncodingContainer(Keyed<NestedKey>(box: child, codingPath: codingPath + [key]))
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let child = CompactBox(.array([]))
            box.add(key.stringValue, child)
            return Unkeyed(box: child, codingPath: codingPath + [key])
        }
        mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }
        mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }
        private func superEncoder(named name: String) -> any Encoder {
            let child = CompactBox()
            box.add(name, child)
            return CompactNodeEncoder(box: child, codingPath: codingPath)
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let box: CompactBox
        var codingPath: [any CodingKey]
        var count: Int {
            if case .array(let items) = box.node { return items.count }
            return 0
        }

        private func put(_ node: CompactNode) { box.append(CompactBox(node)) }

        mutating func encodeNil() throws { put(.null) }
        mutating func encode(_ value: Bool) throws { put(.bool(value)) }
        mutating func encode(_ value: String) throws { put(.string(value)) }
        mutating func encode(_ value: Double) throws { put(.double(value)) }
        mutating func encode(_ value: Float) throws { put(.double(Double(value))) }
        mutating func encode(_ value: Int) throws { put(.integer(Int64(value))) }
        mutating func encode(_ value: Int64) throws { put(.integer(value)) }
        mutating func encode(_ value: UInt64) throws { put(CompactBox.integer(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            let child = CompactBox()
            box.append(child)
            try child.set(value, codingPath: codingPath)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
            -> KeyedEncodingContainer<NestedKey> {
            let child = CompactBox(.object([]))
            box.append(child)
            return KeyedEncodingContainer(Keyed<NestedKey>(box: child, codingPath: codingPath))
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let child = CompactBox(.array([]))
            box.append(child)
            return Unkeyed(box: child, codingPath: codingPath)
        }
        mutating func superEncoder() -> any Encoder {
            let child = CompactBox()
            box.append(child)
            return CompactNodeEncoder(box: child, codingPath: codingPath)
        }
    }

    struct Single: SingleValueEncodingContainer {
        let box: CompactBox
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
        mutating func encode(_ value: UInt) throws { box.node = CompactBox.integer(value) }
        mutating func encode(_ value: UInt8) throws { box.node = .integer(Int64(value)) }
        mutating func encode(_ value: UInt16) throws { box.node = .integer(Int64(value)) }
        mutating func encode(_ value: UInt32) throws { box.node = .integer(Int64(value)) }
        mutating func encode(_ value: UInt64) throws { box.node = CompactBox.integer(value) }
        mutating func encode<T: Encodable>(_ value: T) throws { try box.set(value, codingPath: codingPath) }
    }
}
