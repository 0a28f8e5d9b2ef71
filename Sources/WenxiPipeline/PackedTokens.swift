import Foundation
import WenxiSegmentation
import WenxiTerms

/// An article's term tokens packed for the corpus stage: one id a token into a ``TokenVocabulary``
/// shared by the run, and the few gaps between tokens, instead of a ``TermToken`` (texts, tag and
/// offsets, some 80 bytes) a token. A token is its vocabulary entry (text, length, kind, tag,
/// entity type) placed where the previous one ended, or after its gap.
public struct PackedTokens: Sendable, Hashable {
    /// Each token's entry in the vocabulary.
    var ids: [UInt32]
    /// The tokens that do not start where the previous one ended (the first at 0), by index, and
    /// how many code points lie before each.
    var gapAt: [Int32]
    var gaps: [Int32]

    /// The number of tokens.
    public var count: Int { ids.count }
}

/// What a packed token stands for: a ``TermToken`` without its place.
struct TokenEntry: Hashable, Sendable {
    var text: String
    var length: Int
    var kind: Token.Kind
    var tag: String?
    var entityType: String?

    init(_ token: TermToken) {
        (text, length, kind, tag, entityType) = (token.text, token.length, token.kind, token.tag, token.entityType)
    }
}

/// An entry with its hash worked out once, where it is made.
struct HashedEntry: Hashable, Sendable {
    let entry: TokenEntry
    let hash: Int

    init(_ entry: TokenEntry) {
        self.entry = entry
        hash = entry.hashValue
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    static func == (a: HashedEntry, b: HashedEntry) -> Bool { a.hash == b.hash && a.entry == b.entry }
}

/// The tokens of a run, each distinct one once, that ``PackedTokens`` point into. Articles are
/// packed on several threads at once (one lock a whole article); unpacking reads a ``frozen()`` copy.
public final class TokenVocabulary: @unchecked Sendable {
    private var ids: [HashedEntry: UInt32] = [:]
    private var entries: [TokenEntry] = []
    private let lock = NSLock()

    public init() {}

    /// `tokens` packed, their distinct entries added to the vocabulary.
    ///
    /// - Complexity: O(*n*) hash operations.
    public func pack(_ tokens: [TermToken]) -> PackedTokens {
        var packed = PackedTokens(ids: [], gapAt: [], gaps: [])
        packed.ids.reserveCapacity(tokens.count)
        var end = 0
        for (i, token) in tokens.enumerated() {
            if token.start != end {
                packed.gapAt.append(Int32(i))
                packed.gaps.append(Int32(token.start - end))
            }
            end = token.end
        }
        // The entries and their hashes are made outside the lock, so that the other threads wait
        // only for the lookups.
        let keys = tokens.map { HashedEntry(TokenEntry($0)) }
        lock.lock()
        defer { lock.unlock() }
        for key in keys {
            if let id = ids[key] {
                packed.ids.append(id)
            } else {
                let id = UInt32(entries.count)
                ids[key] = id
                entries.append(key.entry)
                packed.ids.append(id)
            }
        }
        return packed
    }

    /// The entries, for unpacking without the lock, once nothing more is packed: the vocabulary
    /// is emptied, so its index of entries is not held beside them.
    public func finish() -> FrozenVocabulary {
        lock.lock()
        defer { lock.unlock() }
        let frozen = FrozenVocabulary(entries: entries)
        ids = [:]
        entries = []
        return frozen
    }

    /// The entries as they are now, for unpacking without the lock.
    public func frozen() -> FrozenVocabulary {
        lock.lock()
        defer { lock.unlock() }
        return FrozenVocabulary(entries: entries)
    }
}

/// A ``TokenVocabulary``'s entries, read-only: unpacks ``PackedTokens`` on any thread.
public struct FrozenVocabulary: Sendable {
    let entries: [TokenEntry]

    /// The tokens `packed` stands for, exactly as they were packed.
    public func tokens(_ packed: PackedTokens) -> [TermToken] {
        var result: [TermToken] = []
        result.reserveCapacity(packed.ids.count)
        var end = 0, nextGap = 0
        for (i, id) in packed.ids.enumerated() {
            var start = end
            if nextGap < packed.gapAt.count && Int(packed.gapAt[nextGap]) == i {
                start += Int(packed.gaps[nextGap])
                nextGap += 1
            }
            let entry = entries[Int(id)]
            end = start + entry.length
            result.append(TermToken(text: entry.text, start: start, end: end, kind: entry.kind, tag: entry.tag,
                                    entityType: entry.entityType))
        }
        return result
    }
}

/// The packed tokens of a run's articles and their vocabulary, held by reference so that the
/// corpus stage can let go of them once it has counted the terms (``release()``).
public final class PackedCorpus: @unchecked Sendable {
    // Read from several threads at once, never written while read: ``release()`` comes after.
    private var packed: [PackedTokens]
    private var vocabulary: FrozenVocabulary

    /// How many articles: fixed when made, whether or not the tokens were let go.
    public let count: Int

    /// `packed[i]`: the tokens of article `i`.
    public init(packed: [PackedTokens], vocabulary: FrozenVocabulary) {
        self.packed = packed
        self.vocabulary = vocabulary
        count = packed.count
    }

    /// The tokens of article `i`.
    public func tokens(_ i: Int) -> [TermToken] { vocabulary.tokens(packed[i]) }

    /// Lets go of every token; ``tokens(_:)`` must not be asked again.
    public func release() {
        packed = []
        vocabulary = FrozenVocabulary(entries: [])
    }
}
