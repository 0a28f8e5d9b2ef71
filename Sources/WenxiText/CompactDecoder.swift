/// Reads values written by ``CompactEncoder``.
public enum CompactDecoder {
    /// The value of type `T` in `bytes`; throws `DecodingError` when they are not one.
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: UnsafeRawBufferPointer) throws -> T {
        var reader = CompactReader(bytes: bytes.bindMemory(to: UInt8.self))
        let node = try reader.node(depth: 0)
        guard reader.at == bytes.count else { throw CompactReader.damaged("bytes after the value") }
        return try CompactValueDecoder(node: node, codingPath: []).decode(type)
    }
}

/// Reads the compact form into ``EncodedNode`` trees, checking every length against the bytes.
struct CompactReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var at = 0

    /// Nesting deeper than this is refused: the form never nests that deep, and damaged bytes
    /// must not exhaust the stack.
    static let deepest = 256

    static func damaged(_ what: String) -> DecodingError {
        DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "compact form: \(what)"))
    }

    mutating func node(depth: Int) throws -> EncodedNode {
        guard depth < Self.deepest else { throw Self.damaged("nested too deep") }
        guard at < bytes.count, let tag = CompactTag(rawValue: bytes[at]) else { throw Self.damaged("no tag at byte \(at)") }
        at += 1
        switch tag {
        case .null: return .null
        case .isFalse: return .bool(false)
        case .isTrue: return .bool(true)
        case .integer:
            let z = try number()
            return .integer(Int64(bitPattern: z >> 1) ^ -Int64(bitPattern: z & 1))
        case .unsigned: return .unsigned(try number())
        case .double:
            guard at + 8 <= bytes.count else { throw Self.damaged("a number cut short") }
            var bits: UInt64 = 0
            for k in 0..<8 { bits |= UInt64(bytes[at + k]) << (8 * UInt64(k)) }
            at += 8
            return .double(Double(bitPattern: bits))
        case .string: return .string(try string())
        case .array:
            let count = try length()
            var items: [EncodedBox] = []
            items.reserveCapacity(count)
            for _ in 0..<count { items.append(EncodedBox(try node(depth: depth + 1))) }
            return .array(items)
        case .object:
            let count = try length()
            var members: [(key: String, value: EncodedBox)] = []
            members.reserveCapacity(count)
            for _ in 0..<count { members.append((try string(), EncodedBox(try node(depth: depth + 1)))) }
            return .object(members)
        }
    }

    mutating func number() throws -> UInt64 {
        guard let n = VarInt.read(bytes, at: &at) else { throw Self.damaged("a number cut short") }
        return n
    }

    /// A count or byte length, which cannot exceed the bytes left.
    mutating func length() throws -> Int {
        let n = try number()
        guard n <= UInt64(bytes.count - at) else { throw Self.damaged("a length past the end") }
        return Int(n)
    }

    mutating func string() throws -> String {
        let n = try length()
        defer { at += n }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[at..<(at + n)]), as: UTF8.self)
    }
}

/// The `Decoder` over one ``EncodedNode``.
struct CompactValueDecoder: Decoder, SingleValueDecodingContainer {
    let node: EncodedNode
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = node else { throw mismatch([String: Int].self) }
        return KeyedDecodingContainer(Keyed<Key>(members: members, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let items) = node else { throw mismatch([Int].self) }
        return Unkeyed(items: items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func mismatch(_ type: Any.Type) -> DecodingError {
        DecodingError.typeMismatch(type, .init(codingPath: codingPath, debugDescription: "compact form: found \(node)"))
    }

    func decodeNil() -> Bool { if case .null = node { return true } else { return false } }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .bool(let b) = node else { throw mismatch(type) }
        return b
    }

    func decode(_ type: String.Type) throws -> String {
        guard case .string(let s) = node else { throw mismatch(type) }
        return s
    }

    func decode(_ type: Double.Type) throws -> Double {
        switch node {
        case .double(let d): return d
        case .integer(let n): return Double(n)
        case .unsigned(let n): return Double(n)
        default: throw mismatch(type)
        }
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

    func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let value: T?
        switch node {
        case .integer(let n): value = T(exactly: n)
        case .unsigned(let n): value = T(exactly: n)
        default: value = nil
        }
        guard let value else { throw mismatch(type) }
        return value
    }

    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        switch type {
        case is String.Type: return try decode(String.self) as! T
        case is Int.Type: return try decode(Int.self) as! T
        case is Double.Type: return try decode(Double.self) as! T
        case is Bool.Type: return try decode(Bool.self) as! T
        case is [String].Type:
            // Lists of strings (an article's paragraphs) without a container an item.
            guard case .array(let items) = node else { throw mismatch(type) }
            return try EncodedBox.strings(items, orElse: mismatch(String.self)) as! T
        case let fast as any CompactDecodable.Type:
            guard case .object(let members) = node else { throw mismatch(type) }
            return try fast.init(compact: CompactMembers(members: members, codingPath: codingPath)) as! T
        case let list as any CompactDecodableList.Type:
            guard case .array(let items) = node else { throw mismatch(type) }
            return try list.init(compactItems: items, codingPath: codingPath) as! T
        default: return try T(from: self)
        }
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let members: [(key: String, value: EncodedBox)]
        var codingPath: [any CodingKey]
        /// Where each key was last set, for objects too large to search (dictionaries).
        let index: [String: Int]?

        /// Objects up to this many members are searched from the end; larger ones are indexed.
        static var searchedUpTo: Int { 16 }

        init(members: [(key: String, value: EncodedBox)], codingPath: [any CodingKey]) {
            self.members = members
            self.codingPath = codingPath
            index = members.count > Self.searchedUpTo
                ? Dictionary(members.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { $1 }) : nil
        }

        var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

        /// The value of `key`: the last one set under it.
        func value(_ key: Key) -> EncodedNode? { value(named: key.stringValue) }

        /// The value last set under the key `name`.
        func value(named name: String) -> EncodedNode? {
            if let index { return index[name].map { members[$0].value.node } }
            return members.last { $0.key == name }?.value.node
        }

        func contains(_ key: Key) -> Bool { value(key) != nil }

        func child(_ key: Key) throws -> CompactValueDecoder {
            guard let node = value(key) else {
                throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "compact form: no \(key.stringValue)"))
            }
            return CompactValueDecoder(node: node, codingPath: codingPath + [key])
        }

        func decodeNil(forKey key: Key) throws -> Bool { try child(key).decodeNil() }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).decode(type) }
        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<NestedKey> { try child(key).container(keyedBy: type) }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try child(key).unkeyedContainer()
        }
        func superDecoder() throws -> any Decoder {
            CompactValueDecoder(node: value(named: "super") ?? .null, codingPath: codingPath)
        }
        func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let items: [EncodedBox]
        var codingPath: [any CodingKey]
        var currentIndex = 0
        var count: Int? { items.count }
        var isAtEnd: Bool { currentIndex >= items.count }

        init(items: [EncodedBox], codingPath: [any CodingKey]) {
            self.items = items
            self.codingPath = codingPath
        }

        mutating func next() throws -> CompactValueDecoder {
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "compact form: past the end"))
            }
            defer { currentIndex += 1 }
            return CompactValueDecoder(node: items[currentIndex].node, codingPath: codingPath)
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd, case .null = items[currentIndex].node else { return false }
            currentIndex += 1
            return true
        }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decode(type) }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
            -> KeyedDecodingContainer<NestedKey> { try next().container(keyedBy: type) }
        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }
        mutating func superDecoder() throws -> any Decoder { try next() }
    }
}

/// A value that reads itself from the members of an object in the compact form, what its
/// `init(from:)` reads, without the `Decoder` protocol's boxes: for the values a report holds by
/// the dozen (figures, entities), read back from the shelf for every page. A conforming type's
/// test compares the two readings.
package protocol CompactDecodable: Decodable {
    init(compact members: CompactMembers) throws
}

extension EncodedBox {
    /// The strings `items` hold; `error` when one is no string.
    static func strings(_ items: [EncodedBox], orElse error: @autoclosure () -> DecodingError) throws -> [String] {
        try items.map { item in
            guard case .string(let s) = item.node else { throw error() }
            return s
        }
    }
}

/// Lists of ``CompactDecodable`` values, read item by item without an unkeyed container.
protocol CompactDecodableList {
    init(compactItems items: [EncodedBox], codingPath: [any CodingKey]) throws
}

extension Array: CompactDecodableList where Element: CompactDecodable {
    init(compactItems items: [EncodedBox], codingPath: [any CodingKey]) throws {
        self = try items.map { item in
            guard case .object(let members) = item.node else {
                throw DecodingError.typeMismatch(Element.self, .init(codingPath: codingPath, debugDescription: "compact form: not an object"))
            }
            return try Element(compact: CompactMembers(members: members, codingPath: codingPath))
        }
    }
}

/// The members of one object of the compact form, by key: the last one set under a key, as
/// ``CompactValueDecoder`` reads them.
package struct CompactMembers {
    let members: [(key: String, value: EncodedBox)]
    let codingPath: [any CodingKey]

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    private func node(_ key: String) -> EncodedNode? { members.last { $0.key == key }?.value.node }

    private func mismatch(_ type: Any.Type, _ key: String) -> DecodingError {
        DecodingError.typeMismatch(type, .init(codingPath: codingPath + [Key(stringValue: key)],
                                               debugDescription: "compact form: not a \(type)"))
    }

    private func missing(_ key: String) -> DecodingError {
        DecodingError.keyNotFound(Key(stringValue: key), .init(codingPath: codingPath, debugDescription: "compact form: no \(key)"))
    }

    /// The string under `key`.
    package func string(_ key: String) throws -> String {
        guard let node = node(key) else { throw missing(key) }
        guard case .string(let s) = node else { throw mismatch(String.self, key) }
        return s
    }

    /// The string under `key`; nil when there is none or it is null (as `decodeIfPresent`).
    package func stringIfPresent(_ key: String) throws -> String? {
        guard let node = node(key) else { return nil }
        switch node {
        case .null: return nil
        case .string(let s): return s
        default: throw mismatch(String.self, key)
        }
    }

    /// The whole number under `key`.
    package func int(_ key: String) throws -> Int {
        guard let node = node(key) else { throw missing(key) }
        switch node {
        case .integer(let n): if let v = Int(exactly: n) { return v }
        case .unsigned(let n): if let v = Int(exactly: n) { return v }
        default: break
        }
        throw mismatch(Int.self, key)
    }

    /// The number under `key` (a whole one too, as ``CompactValueDecoder`` reads a `Double`).
    package func double(_ key: String) throws -> Double {
        guard let node = node(key) else { throw missing(key) }
        switch node {
        case .double(let d): return d
        case .integer(let n): return Double(n)
        case .unsigned(let n): return Double(n)
        default: throw mismatch(Double.self, key)
        }
    }

    /// The object under `key`, by its members.
    package func object(_ key: String) throws -> CompactMembers {
        guard let node = node(key) else { throw missing(key) }
        guard case .object(let members) = node else { throw mismatch([String: Int].self, key) }
        return CompactMembers(members: members, codingPath: codingPath + [Key(stringValue: key)])
    }

    /// The object under `key`; nil when there is none or it is null (as `decodeIfPresent`).
    package func objectIfPresent(_ key: String) throws -> CompactMembers? {
        guard let node = node(key) else { return nil }
        if case .null = node { return nil }
        return try object(key)
    }

    /// The list of `type` under `key`.
    package func list<T: CompactDecodable>(_ type: T.Type, _ key: String) throws -> [T] {
        guard let node = node(key) else { throw missing(key) }
        guard case .array(let items) = node else { throw mismatch([T].self, key) }
        return try [T](compactItems: items, codingPath: codingPath + [Key(stringValue: key)])
    }

    /// The array of strings under `key`.
    package func strings(_ key: String) throws -> [String] {
        guard let node = node(key) else { throw missing(key) }
        guard case .array(let items) = node else { throw mismatch([String].self, key) }
        return try EncodedBox.strings(items, orElse: mismatch(String.self, key))
    }
}
