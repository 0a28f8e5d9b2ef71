#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A string hashed and compared by its UTF-8 bytes: a key for the tallies of the corpus passes.
///
/// Swift's `String` hashes and compares by canonical equivalence. For Chinese text that is a
/// normalization check of every character at every lookup, and in the corpus passes String
/// hashing and comparing took about a seventh of all the instructions.
///
/// The words counted there are tokens of text normalized once (``TextNormalizer``), where the
/// same word is the same bytes, so bytes are enough. The one difference from `String`: two
/// spellings that are canonically equivalent but differ in their bytes (é as one code point, or
/// as e and a combining accent) are two keys here and one there.
public struct ExactString: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The text.
    public let string: String

    @inlinable public init(_ string: String) { self.string = string }

    public var description: String { string }

    /// Whether the two hold the same bytes.
    ///
    /// - Complexity: O(*n*) for *n* bytes; O(1) when the lengths differ.
    public static func == (a: ExactString, b: ExactString) -> Bool {
        let (x, y) = (a.string.utf8, b.string.utf8)
        let count = x.count
        guard count == y.count else { return false }
        guard count > 0 else { return true }
        return x.withContiguousStorageIfAvailable { p in
            y.withContiguousStorageIfAvailable { q in memcmp(p.baseAddress!, q.baseAddress!, count) == 0 }
        }.flatMap { $0 } ?? x.elementsEqual(y)
    }

    /// UTF-8 byte order, which for text in one normalized form is `String`'s order.
    public static func < (a: ExactString, b: ExactString) -> Bool {
        a.string.utf8.lexicographicallyPrecedes(b.string.utf8)
    }

    /// Feeds the bytes to `hasher`, one buffer whatever the string's storage.
    public func hash(into hasher: inout Hasher) {
        let utf8 = string.utf8
        if utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            Array(utf8).withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// The hash `Set` and `Dictionary` ask for: ``ByteHash`` of the bytes under the table's seed.
    ///
    /// The tallies look a word up some 30,000 times an article, and the standard `Hasher` (SipHash,
    /// set up and finished at every lookup) was most of each lookup's cost. The seed still varies
    /// the hash by table and by process, as the standard one does, so that no fixed set of words
    /// collides in every table and copying one table into another stays linear.
    public func _rawHashValue(seed: Int) -> Int {
        let utf8 = string.utf8
        let seed = UInt64(UInt(bitPattern: seed)) ^ ByteHash.processSeed
        let hash = utf8.withContiguousStorageIfAvailable { ByteHash.hash(UnsafeRawBufferPointer($0), seed: seed) }
            ?? Array(utf8).withUnsafeBytes { ByteHash.hash($0, seed: seed) }
        return Int(truncatingIfNeeded: hash)
    }
}
