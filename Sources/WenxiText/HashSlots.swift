/// An open-addressing map from 64-bit hashes to 32-bit values: what ``PhraseTable`` looks its
/// phrase hashes up in, several times a code point, and what the duplicate finder counts shingles
/// in.
///
/// The keys are hashes already (FNV-1a and the like); a Fibonacci multiply picks the slot and
/// linear probing resolves clashes. Much cheaper than a `Dictionary` or `Set` keyed by `UInt64`,
/// whose seeded SipHash costs more than the rest of a lookup.
package struct HashSlots: Sendable {
    private var keys: [UInt64]
    /// The value of each slot, ``empty`` where no key is.
    private var values: [Int32]
    private var shift: UInt64
    /// How many keys are stored.
    package private(set) var count = 0

    /// What an empty slot holds (no value stored may be this low).
    private static let empty = Int32.min

    /// Room for `capacity` keys before the slots grow.
    package init(minimumCapacity capacity: Int = 8) {
        var bits: UInt64 = 4
        while (1 << bits) < 2 * capacity { bits += 1 }
        keys = Array(repeating: 0, count: 1 << bits)
        values = Array(repeating: Self.empty, count: 1 << bits)
        shift = 64 - bits
    }

    /// The first slot to probe for `key`: the high bits of a Fibonacci multiply.
    @inline(__always) private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value stored under `key`, or `nil`.
    @inline(__always)
    package subscript(key: UInt64) -> Int32? {
        let mask = keys.count - 1
        var slot = home(key)
        while values[slot] != Self.empty {
            if keys[slot] == key { return values[slot] }
            slot = (slot &+ 1) & mask
        }
        return nil
    }

    /// Stores `value` under `key`, replacing what was there.
    package mutating func set(_ key: UInt64, _ value: Int32) {
        precondition(value != Self.empty)
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var slot = home(key)
        while values[slot] != Self.empty {
            if keys[slot] == key {
                values[slot] = value
                return
            }
            slot = (slot &+ 1) & mask
        }
        keys[slot] = key
        values[slot] = value
        count += 1
    }

    /// Stores `key` with value 0 unless it is there: whether it was new (the table as a set).
    @inline(__always)
    package mutating func insert(_ key: UInt64) -> Bool {
        if self[key] != nil { return false }
        set(key, 0)
        return true
    }

    /// Empties the table, keeping its slots.
    package mutating func removeAll() {
        guard count > 0 else { return }
        for slot in values.indices { values[slot] = Self.empty }
        count = 0
    }

    /// Doubles the slots and places every key again.
    private mutating func grow() {
        let old = (keys, values)
        let capacity = keys.count * 2
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: Self.empty, count: capacity)
        shift -= 1
        count = 0
        for slot in old.1.indices where old.1[slot] != Self.empty { set(old.0[slot], old.1[slot]) }
    }
}
