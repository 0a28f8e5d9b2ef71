import Foundation
import WenxiSegmentation
import WenxiTerms
import WenxiText

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
    /// Ids by ``ExactBytes`` of the token last packed with each: a token packed before byte for
    /// byte is found here without hashing and comparing its strings the Unicode way.
    private var exact = HashSlots()
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
        // Hashes are made outside the lock, so that the other threads wait only for the lookups.
        let hashes = tokens.map(ExactBytes.hash)
        var missing: [Int] = []
        packed.ids = lock.withLock {
            tokens.indices.map { i in
                if let id = exact[hashes[i]], ExactBytes.same(entries[Int(id)], tokens[i]) { return UInt32(bitPattern: id) }
                missing.append(i)
                return 0
            }
        }
        guard !missing.isEmpty else { return packed }
        let keys = missing.map { HashedEntry(TokenEntry(tokens[$0])) }
        lock.withLock {
            for (i, key) in zip(missing, keys) {
                let id: UInt32
                if let known = ids[key] {
                    id = known
                } else {
                    id = UInt32(entries.count)
                    ids[key] = id
                    entries.append(key.entry)
                }
                packed.ids[i] = id
                exact.set(hashes[i], Int32(bitPattern: id))
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
        exact = HashSlots()
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

/// Where an article's packed tokens wait for the corpus stage: in memory, or set aside in a
/// ``ScratchFile`` (their ids, then where the gaps are, then the gaps, four bytes each).
public enum StoredTokens: Sendable, Hashable {
    case memory(PackedTokens)
    case file(ScratchFile.Span, tokens: Int, gaps: Int)

    /// `packed`, set aside in `scratch` when there is one and it takes them; else held.
    public init(_ packed: PackedTokens, scratch: ScratchFile?) {
        let words = packed.ids + packed.gapAt.map { UInt32(bitPattern: $0) } + packed.gaps.map { UInt32(bitPattern: $0) }
        if let scratch, let span = scratch.append(words) {
            self = .file(span, tokens: packed.ids.count, gaps: packed.gaps.count)
        } else {
            self = .memory(packed)
        }
    }

    /// The packed tokens, read back from `scratch` if they were set aside there.
    func load(from scratch: ScratchFile?) throws(ScratchError) -> PackedTokens {
        switch self {
        case .memory(let packed):
            return packed
        case .file(let span, let tokens, let gaps):
            guard let scratch else { throw ScratchError(reason: "no scratch file") }
            return try scratch.read(span) { (bytes) throws(ScratchError) -> PackedTokens in
                let words = bytes.bindMemory(to: UInt32.self)
                guard words.count == tokens + 2 * gaps else { throw ScratchError(reason: "the scratch file was damaged") }
                return PackedTokens(ids: Array(words[0..<tokens]),
                                    gapAt: words[tokens..<(tokens + gaps)].map { Int32(bitPattern: $0) },
                                    gaps: words[(tokens + gaps)...].map { Int32(bitPattern: $0) })
            }
        }
    }
}

/// The packed tokens of a run's articles and their vocabulary, held by reference so that the
/// corpus stage can let go of them once it has counted the terms (``release()``).
public final class PackedCorpus: @unchecked Sendable {
    // Read from several threads at once, never written while read: ``release()`` comes after.
    private var stored: [StoredTokens]
    private var vocabulary: FrozenVocabulary
    private let scratch: ScratchFile?
    private let lock = NSLock()
    private var problems: [(article: Int, reason: String)] = []

    /// How many articles: fixed when made, whether or not the tokens were let go.
    public let count: Int

    /// The scratch file the tokens set aside are in, which the corpus stage may set more aside in.
    var scratchFile: ScratchFile? { scratch }

    /// `stored[i]`: the tokens of article `i`, those set aside read back from `scratch`.
    public init(stored: [StoredTokens], scratch: ScratchFile?, vocabulary: FrozenVocabulary) {
        self.stored = stored
        self.scratch = scratch
        self.vocabulary = vocabulary
        count = stored.count
    }

    /// The tokens of article `i`; none when they cannot be read back (a disk error), which
    /// ``failures`` then names.
    public func tokens(_ i: Int) -> [TermToken] {
        do {
            return vocabulary.tokens(try stored[i].load(from: scratch))
        } catch {
            lock.withLock { problems.append((i, error.description)) }
            return []
        }
    }

    /// The articles whose tokens could not be read back (by number, from 0) and why, each once,
    /// by number: the corpus stage counted them as empty.
    public var failures: [(article: Int, reason: String)] {
        lock.withLock {
            var seen = Set<Int>()
            return problems.sorted { $0.article < $1.article }.filter { seen.insert($0.article).inserted }
        }
    }

    /// Lets go of every token; ``tokens(_:)`` must not be asked again.
    public func release() {
        stored = []
        vocabulary = FrozenVocabulary(entries: [])
    }
}
