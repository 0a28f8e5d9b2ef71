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
        let root = EncodedBox()
        try root.set(value, codingPath: [])
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        root.node.writeJSON(to: &out, pretty: pretty, indent: 0)
        return String(decoding: out, as: UTF8.self)
    }
}

extension EncodedNode {
    /// This value as JSON, `indent` levels deep when `pretty`.
    func writeJSON(to out: inout [UInt8], pretty: Bool, indent: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .integer(let n): out.append(contentsOf: String(n).utf8)
        case .unsigned(let n): out.append(contentsOf: String(n).utf8)
        case .double(let d): out.append(contentsOf: (d.isFinite ? NumberText.plain(d) : "null").utf8)
        case .string(let s): EncodedNode.writeString(s, to: &out)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for (k, item) in items.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                EncodedNode.newline(&out, pretty, indent + 1)
                item.node.writeJSON(to: &out, pretty: pretty, indent: indent + 1)
            }
            EncodedNode.newline(&out, pretty, indent)
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
                EncodedNode.newline(&out, pretty, indent + 1)
                EncodedNode.writeString(member.key, to: &out)
                out.append(contentsOf: (pretty ? " : " : ":").utf8)
                member.value.node.writeJSON(to: &out, pretty: pretty, indent: indent + 1)
            }
            EncodedNode.newline(&out, pretty, indent)
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
}
