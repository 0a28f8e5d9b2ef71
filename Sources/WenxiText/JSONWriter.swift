/// Writes `Encodable` values as JSON with sorted keys, the same bytes on every run.
///
/// Foundation's `JSONEncoder` with `.sortedKeys` spends most of its time on generic wrapping and
/// Unicode-aware key comparison; reports write tens of megabytes of JSON, so this encoder builds a
/// plain tree and prints it directly. Keys sort by their UTF-8 bytes; numbers print in their
/// shortest round-trip form (whole numbers without a decimal point); strings escape only what
/// JSON requires (quotes, backslashes, control characters), so Chinese text stays readable.
public enum JSONWriter {
    /// `value` as JSON: indented by two spaces when `pretty`, else on one line. With `indent`,
    /// every line after the first is indented `indent` levels more, for a value that stands that
    /// deep in a file written a piece at a time.
    public static func string<T: Encodable>(_ value: T, pretty: Bool = true, indent: Int = 0) throws -> String {
        let tree = EncodedTree()
        try tree.set(0, to: value, codingPath: [])
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        tree.writeJSON(0, to: &out, pretty: pretty, indent: pretty ? indent : 0)
        return String(decoding: out, as: UTF8.self)
    }
}

extension EncodedTree {
    /// Node `i` as JSON, `indent` levels deep when `pretty`.
    func writeJSON(_ i: Int, to out: inout [UInt8], pretty: Bool, indent: Int) {
        switch nodes[i].value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .integer(let n): out.append(contentsOf: String(n).utf8)
        case .unsigned(let n): out.append(contentsOf: String(n).utf8)
        case .double(let d): out.append(contentsOf: (d.isFinite ? NumberText.plain(d) : "null").utf8)
        case .string(let s): Self.writeString(s, to: &out)
        case .array:
            let items = children(of: i)
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for (k, item) in items.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                Self.newline(&out, pretty, indent + 1)
                writeJSON(item, to: &out, pretty: pretty, indent: indent + 1)
            }
            Self.newline(&out, pretty, indent)
            out.append(UInt8(ascii: "]"))
        case .object:
            writeMembers(of: i, to: &out, pretty: pretty, indent: indent)
        }
    }

    /// Object `i`'s members by key, then by the order set, so that the last value of a key set
    /// again is written.
    private func writeMembers(of i: Int, to out: inout [UInt8], pretty: Bool, indent: Int) {
        let members = children(of: i)
        if members.isEmpty { out.append(contentsOf: "{}".utf8); return }
        out.append(UInt8(ascii: "{"))
        func same(_ a: Int, _ b: Int) -> Bool { nodes[a].key.utf8.elementsEqual(nodes[b].key.utf8) }
        let sorted = members.indices.sorted { a, b in
            same(members[a], members[b]) ? a < b : nodes[members[a]].key.utf8.lexicographicallyPrecedes(nodes[members[b]].key.utf8)
        }.map { members[$0] }
        var first = true
        for (k, member) in sorted.enumerated() where k + 1 == sorted.count || !same(sorted[k + 1], member) {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            Self.newline(&out, pretty, indent + 1)
            Self.writeString(nodes[member].key, to: &out)
            out.append(contentsOf: (pretty ? " : " : ":").utf8)
            writeJSON(member, to: &out, pretty: pretty, indent: indent + 1)
        }
        Self.newline(&out, pretty, indent)
        out.append(UInt8(ascii: "}"))
    }

    static func newline(_ out: inout [UInt8], _ pretty: Bool, _ indent: Int) {
        guard pretty else { return }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    static func writeString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        defer { out.append(UInt8(ascii: "\"")) }
        if !s.containsUTF8Byte(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
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
}
