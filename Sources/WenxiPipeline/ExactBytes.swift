import Foundation
import WenxiSegmentation
import WenxiTerms
import WenxiText

/// A token's exact bytes (text, kind, tag, entity type) as the fast key of a ``TokenVocabulary``.
///
/// Strings equal byte for byte are equal as `String`s, so a token found under its bytes is the
/// entry the vocabulary's `String` keys would give; a token that is not (first seen, or written
/// differently from a canonically equal entry) takes the slow path.
enum ExactBytes {
    /// FNV-1a over the token's fields, each closed by a byte no UTF-8 text holds.
    static func hash(_ token: TermToken) -> UInt64 {
        var h = StableHash.basis
        add(token.text, to: &h)
        add(token.kind.rawValue, to: &h)
        add(token.tag, to: &h)
        add(token.entityType, to: &h)
        return h
    }

    /// Adds the UTF-8 of `text` (0xFE for none) and the closing 0xFF to `h`.
    private static func add(_ text: String?, to h: inout UInt64) {
        if var text {
            text.withUTF8 { bytes in
                for byte in bytes { h = StableHash.step(h, UInt64(byte)) }
            }
        } else {
            h = StableHash.step(h, 0xFE)
        }
        h = StableHash.step(h, 0xFF)
    }

    /// Whether `entry` is `token` without its place, byte for byte.
    static func same(_ entry: TokenEntry, _ token: TermToken) -> Bool {
        entry.length == token.length && entry.kind == token.kind && bytes(entry.text, token.text)
            && bytes(entry.tag, token.tag) && bytes(entry.entityType, token.entityType)
    }

    private static func bytes(_ a: String?, _ b: String?) -> Bool {
        guard var a, var b else { return a == nil && b == nil }
        return a.withUTF8 { x in
            b.withUTF8 { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
        }
    }
}
