/// Writes `Encodable` values as JSON with sorted keys, the same bytes on every run.
///
/// Foundation's `JSONEncoder` with `.sortedKeys` spends most of its time on generic wrapping and
/// Unicode-aware key comparison; reports write tens of megabytes of JSON, so this encoder builds a
/// plain tree and prints it directly. Keys sort by their UTF-8 bytes; numbers print in their
/// shortest round-trip form (whole numbers without a decimal point); strings escape only what
/// JSON requires (quotes, backslashes, control characters), so Chinese text stays readable.
public enum JSONWriter {
    /// `value` as JSON: indented by two spaces when `pretty`, else on one line.
    public static func string<T: Encodable>(_ value: T, pretty: Bool = true) throws -> String {
        let encoder = TreeEncoder()
        try value.encode(to: encoder)
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        encoder.root.value.write(to: &out, pretty: pretty, indent: 0)
        return String(decoding: out, as: UTF8.self)
    }
}

/// A JSON value under construction.
final class JSONBox {
    var value: JSONNode
    init(_ value: JSONNode) { self.value = value }
}

/// A JSON value.
indirect enum JSONNode {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONBox])
    /// Members in the order set; where a key was set more than once, the last value counts.
    case object([(key: String, value: JSONBox)])

    func write(to out: inout [UInt8], pretty: Bool, indent: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let n): out.append(contentsOf: n.utf8)
        case .string(let s): JSONNode.writeString(s, to: &out)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for (k, item) in items.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                JSONNode.newline(&out, pretty, indent + 1)
                item.value.write(to: &out, pretty: pretty, indent: indent + 1)
            }
            JSONNode.newline(&out, pretty, indent)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            // By key, then by the order set, so that the last value of a key set again is written.
            func same(_ a: String, _ b: String) -> Bool { a.utf8.elementsEqual(b.utf8) }
            let sorted = members.indices.sorted { a, b in
                same(members[a].key, members[b].key) ? a < b : members[a].key.utf8.lexicographicallyPrecedes(members[b].key.utf8)
            }.map { members[$0] }
            var first = true
            for (k, member) in sorted.enumerated() where k + 1 == sorted.count || !same(sorted[k + 1].key, member.key) {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                JSONNode.newline(&out, pretty, indent + 1)
                JSONNode.writeString(member.key, to: &out)
                out.append(contentsOf: (pretty ? " : " : ":").utf8)
                member.value.value.write(to: &out, pretty: pretty, indent: indent + 1)
            }
            JSONNode.newline(&out, pretty, indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    static func newline(_ out: inout [UInt8], _ pretty: Bool, _ indent: Int) {
        guard pretty else { return }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    static func writeString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        defer { out.append(UInt8(ascii: "\"")) }
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out.append(contentsOf: s.utf8)
            return
        }
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case 0x0A: out.append(contentsOf: "\\n".utf8)
            case 0x0D: out.append(contentsOf: "\\r".utf8)
            case 0x09: out.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: "\\u00".utf8)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
    }

    /// A number's JSON text (``NumberText/plain(_:)``); `null` for NaN and infinities.
    static func number(_ value: Double) -> JSONNode {
        value.isFinite ? .number(NumberText.plain(value)) : .null
    }
}

/// The `Encoder` that builds a ``JSONNode`` tree.
final class TreeEncoder: Encoder {
    let root: JSONBox
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(root: JSONBox = JSONBox(.null), codingPath: [any CodingKey] = []) {
        self.root = root
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = root.value {} else { root.value = .object([]) }
        return KeyedEncodingContainer(KeyedContainer<Key>(box: root, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = root.value {} else { root.value = .array([]) }
        return UnkeyedContainer(box: root, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(box: root, codingPath: codingPath)
    }

    /// The node for any value: primitives directly, everything else through its `encode(to:)`.
    static func node<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws -> JSONBox {
        switch value {
        case let v as String: return JSONBox(.string(v))
        case let v as Int: return JSONBox(.number(String(v)))
        case let v as Double: return JSONBox(JSONNode.number(v))
        case let v as Bool: return JSONBox(.bool(v))
        default:
            let encoder = TreeEncoder(codingPath: codingPath)
            try value.encode(to: encoder)
            return encoder.root
        }
    }

    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: JSONBox
        var codingPath: [any CodingKey]

        private func set(_ key: Key, _ node: JSONBox) {
            guard case .object(var members) = box.value else { return }
            box.value = .null  // drop the reference so the members are not copied
            members.append((key.stringValue, node))
            box.value = .object(members)
        }

        mutating func encodeNil(forKey key: Key) throws { set(key, JSONBox(.null)) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { set(key, JSONBox(.bool(value))) }
        mutating func encode(_ value: String, forKey key: Key) throws { set(key, JSONBox(.string(value))) }
        mutating func encode(_ value: Double, forKey key: Key) throws { set(key, JSONBox(JSONNode.number(value))) }
        mutating func encode(_ value: Float, forKey key: Key) throws { set(key, JSONBox(JSONNode.number(Double(value)))) }
        mutating func encode(_ value: Int, forKey key: Key) throws { set(key, JSONBox(.number(String(value)))) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            set(key, try TreeEncoder.node(value, codingPath: codingPath + [key]))
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey>
        {
            let child = JSONBox(.object([]))
            set(key, child)
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: child, codingPath: codingPath + [key]))
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let child = JSONBox(.array([]))
            set(key, child)
            return UnkeyedContainer(box: child, codingPath: codingPath + [key])
        }
        mutating func superEncoder() -> any Encoder { TreeEncoder(root: box, codingPath: codingPath) }
        mutating func superEncoder(forKey key: Key) -> any Encoder {
            let child = JSONBox(.null)
            set(key, child)
            return TreeEncoder(root: child, codingPath: codingPath + [key])
        }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let box: JSONBox
        var codingPath: [any CodingKey]
        var count: Int {
            if case .array(let items) = box.value { return items.count }
            return 0
        }

        private func append(_ node: JSONBox) {
            guard case .array(var items) = box.value else { return }
            box.value = .null
            items.append(node)
            box.value = .array(items)
        }

        mutating func encodeNil() throws { append(JSONBox(.null)) }
        mutating func encode(_ value: Bool) throws { append(JSONBox(.bool(value))) }
        mutating func encode(_ value: String) throws { append(JSONBox(.string(value))) }
        mutating func encode(_ value: Double) throws { append(JSONBox(JSONNode.number(value))) }
        mutating func encode(_ value: Int) throws { append(JSONBox(.number(String(value)))) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            append(try TreeEncoder.node(value, codingPath: codingPath))
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
            -> KeyedEncodingContainer<NestedKey>
        {
            let child = JSONBox(.object([]))
            append(child)
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: child, codingPath: codingPath))
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let child = JSONBox(.array([]))
            append(child)
            return UnkeyedContainer(box: child, codingPath: codingPath)
        }
        mutating func superEncoder() -> any Encoder {
            let child = JSONBox(.null)
            append(child)
            return TreeEncoder(root: child, codingPath: codingPath)
        }
    }

    struct SingleContainer: SingleValueEncodingContainer {
        let box: JSONBox
        var codingPath: [any CodingKey]

        mutating func encodeNil() throws { box.value = .null }
        mutating func encode(_ value: Bool) throws { box.value = .bool(value) }
        mutating func encode(_ value: String) throws { box.value = .string(value) }
        mutating func encode(_ value: Double) throws { box.value = JSONNode.number(value) }
        mutating func encode(_ value: Float) throws { box.value = JSONNode.number(Double(value)) }
        mutating func encode(_ value: Int) throws { box.value = .number(String(value)) }
        mutating func encode(_ value: Int64) throws { box.value = .number(String(value)) }
        mutating func encode(_ value: UInt32) throws { box.value = .number(String(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            box.value = try TreeEncoder.node(value, codingPath: codingPath).value
        }
    }
}
