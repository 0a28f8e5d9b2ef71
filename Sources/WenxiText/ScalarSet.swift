/// A set of code points asked for membership once a character or more: a bit for every code point
/// of the Basic Multilingual Plane, a `Set` for the few beyond it.
///
/// The rules of the entity and figure stages test characters against small lists at every position
/// of a text; a `Set<UInt32>` hashes each test with seeded SipHash, a bit test costs a shift.
/// Takes 8 KB however few its members.
package struct ScalarSet: Sendable, Hashable, ExpressibleByArrayLiteral, Sequence {
    /// Bit `c % 64` of word `c / 64` is set when `c` (below 0x10000) is a member.
    private var bits: [UInt64]
    private var beyond: Set<UInt32> = []
    /// The members, in the order first inserted (what iteration and ``sorted()`` read).
    private var members: [UInt32] = []

    package init() { bits = Array(repeating: 0, count: 0x10000 / 64) }

    package init<S: Sequence>(_ scalars: S) where S.Element == UInt32 {
        self.init()
        for c in scalars { insert(c) }
    }

    package init(arrayLiteral elements: UInt32...) { self.init(elements) }

    /// Whether `c` is a member.
    @inline(__always)
    package func contains(_ c: UInt32) -> Bool {
        c < 0x10000 ? bits[Int(c >> 6)] & (1 << UInt64(c & 63)) != 0 : beyond.contains(c)
    }

    /// Adds `c`.
    package mutating func insert(_ c: UInt32) {
        guard !contains(c) else { return }
        if c < 0x10000 { bits[Int(c >> 6)] |= 1 << UInt64(c & 63) } else { beyond.insert(c) }
        members.append(c)
    }

    /// How many members.
    package var count: Int { members.count }
    package var isEmpty: Bool { members.isEmpty }

    package func makeIterator() -> IndexingIterator<[UInt32]> { members.makeIterator() }

    package static func == (a: ScalarSet, b: ScalarSet) -> Bool { a.bits == b.bits && a.beyond == b.beyond }
    package func hash(into hasher: inout Hasher) { hasher.combine(bits) }
}
