/// An open-addressing map from 64-bit phrase hashes to 32-bit slots: what ``PhraseTable`` looks
/// its hashes up in, several times a code point.
///
/// The keys are FNV-1a hashes, already spread; a multiply-shift picks the slot and linear probing
/// resolves clashes. Cheaper than a `Dictionary` keyed by `UInt64`, whose seeded SipHash costs more
/// than the rest of a lookup.
struct PhraseSlots: Sendable {
    private var keys: [UInt64]
    /// The value of each slot, ``empty`` where no key is.
    private var values: [Int32]
    private var shift: UInt64
    private(set) var count = 0

    init() {
        keys = Array(repeating: 0, count: 16)
        values = Array(repeating: Self.empty, count: 16)
        shift = 64 - 4
    }

    /// What an empty slot holds (no value stored is this low).
    private static let empty = Int32.min

    /// The first slot to probe for `key`: the high bits of a Fibonacci multiply.
    @inline(__always) private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value stored under `key`, or `nil`.
    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        let mask = keys.count - 1
        var slot = home(key)
        while values[slot] != Self.empty {
            if keys[slot] == key { return values[slot] }
            slot = (slot &+ 1) & mask
        }
        return nil
    }

    /// Stores `value` under `key`, replacing what was there.
    mutating func set(_ key: UInt64, _ value: Int32) {
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
