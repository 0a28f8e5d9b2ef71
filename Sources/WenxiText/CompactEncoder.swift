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
        let tree = EncodedTree()
        try tree.set(0, to: value, codingPath: [])
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        tree.writeCompact(0, to: &out)
        return out
    }
}

/// The tags of ``CompactEncoder``'s form.
enum CompactTag: UInt8 {
    case null = 0, isFalse, isTrue, integer, unsigned, double, string, array, object
}

extension EncodedTree {
    /// The compact form of node `i`.
    func writeCompact(_ i: Int, to out: inout [UInt8]) {
        switch nodes[i].value {
        case .null: out.append(CompactTag.null.rawValue)
        case .bool(let b): out.append((b ? CompactTag.isTrue : .isFalse).rawValue)
        case .integer(let n):
            out.append(CompactTag.integer.rawValue)
            VarInt.append(UInt64(bitPattern: (n << 1) ^ (n >> 63)), to: &out)
        case .unsigned(let n):
            out.append(CompactTag.unsigned.rawValue)
            VarInt.append(n, to: &out)
        case .double(let d):
            out.append(CompactTag.double.rawValue)
            withUnsafeBytes(of: d.bitPattern.littleEndian) { out.append(contentsOf: $0) }
        case .string(let s):
            out.append(CompactTag.string.rawValue)
            Self.writeCompactString(s, to: &out)
        case .array:
            out.append(CompactTag.array.rawValue)
            VarInt.append(UInt64(nodes[i].count), to: &out)
            for item in children(of: i) { writeCompact(item, to: &out) }
        case .object:
            out.append(CompactTag.object.rawValue)
            VarInt.append(UInt64(nodes[i].count), to: &out)
            for member in children(of: i) {
                Self.writeCompactString(nodes[member].key, to: &out)
                writeCompact(member, to: &out)
            }
        }
    }

    static func writeCompactString(_ s: String, to out: inout [UInt8]) {
        VarInt.append(UInt64(s.utf8.count), to: &out)
        out.append(contentsOf: s.utf8)
    }
}

