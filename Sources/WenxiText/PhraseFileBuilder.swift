/// Collects phrases with 32-bit values and writes them as a ``PhraseFile`` (`WXPHR001`).
///
/// The bytes depend only on the order of the calls, never on hashing seeds, so building twice from
/// the same sources gives the same file (a test compares the checked-in files with a rebuild).
public struct PhraseFileBuilder: Sendable {
    /// Whether every proper prefix of every phrase is stored too, for ``PhraseFile/matches(in:at:_:)``.
    public var prefixes: Bool
    /// Extra 32-bit words stored after the pool (medians, code point lists …).
    public var extra: [UInt32] = []
    private(set) var phrases: [[UInt32]] = []
    private(set) var values: [UInt32] = []
    private var index: [[UInt32]: Int] = [:]
    private var strings: [String] = []
    private var stringIndex: [String: Int] = [:]

    /// An empty builder; `prefixes` false makes a table for whole-phrase lookups only.
    public init(prefixes: Bool = true) { self.prefixes = prefixes }

    /// The number of phrases so far.
    public var count: Int { phrases.count }

    /// Adds `phrase` with `value`, or replaces the value of one already there.
    public mutating func set(_ phrase: [UInt32], _ value: UInt32) {
        guard !phrase.isEmpty, phrase.count <= Int(UInt16.max) else { return }
        if let k = index[phrase] {
            values[k] = value
            return
        }
        index[phrase] = phrases.count
        phrases.append(phrase)
        values.append(value)
    }

    /// The value of `phrase`, when it was added.
    public func value(of phrase: [UInt32]) -> UInt32? { index[phrase].map { values[$0] } }

    /// The index of `string` in the string table, added on first use.
    public mutating func string(_ string: String) -> UInt32 {
        if let k = stringIndex[string] { return UInt32(k) }
        stringIndex[string] = strings.count
        strings.append(string)
        return UInt32(strings.count - 1)
    }

    /// The file's bytes.
    ///
    /// - Complexity: O(*n* · *m*), *n* phrases of at most *m* code points.
    public func bytes() -> [UInt8] {
        var entries: [(offset: UInt32, length: UInt16, whole: UInt16, value: UInt32)] = []
        var entryOf: [ArraySlice<UInt32>: Int] = [:]
        var pool: [UInt32] = []
        for (k, phrase) in phrases.enumerated() {
            let offset = UInt32(pool.count)
            pool += phrase
            for length in (prefixes ? 1 : phrase.count)...phrase.count {
                let key = phrase[0..<length]
                if let e = entryOf[key] {
                    if length == phrase.count { entries[e].whole = 1; entries[e].value = values[k] }
                    continue
                }
                entryOf[key] = entries.count
                let whole = length == phrase.count
                entries.append((offset, UInt16(length), whole ? 1 : 0, whole ? values[k] : 0))
            }
        }
        var slotCount = 16
        while slotCount < entries.count * 2 { slotCount *= 2 }
        var slots = [UInt32](repeating: 0, count: slotCount)
        for (e, entry) in entries.enumerated() {
            var hash = CodePointHash.basis
            for c in pool[Int(entry.offset)..<(Int(entry.offset) + Int(entry.length))] { hash = CodePointHash.step(hash, c) }
            var slot = Int(CodePointHash.mix(hash)) & (slotCount - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slotCount - 1) }
            slots[slot] = UInt32(e + 1)
        }
        var out = Array(PhraseFile.magic.utf8)
        func put32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out += $0 } }
        func put16(_ v: UInt16) { withUnsafeBytes(of: v.littleEndian) { out += $0 } }
        let utf8 = strings.map { Array($0.utf8) }
        for v in [slotCount, entries.count, pool.count, phrases.map(\.count).max() ?? 0, phrases.count, extra.count,
                  strings.count, utf8.reduce(0) { $0 + $1.count }] {
            put32(UInt32(v))
        }
        slots.forEach(put32)
        for entry in entries {
            put32(entry.offset)
            put16(entry.length)
            put16(entry.whole)
            put32(entry.value)
        }
        pool.forEach(put32)
        extra.forEach(put32)
        var offset: UInt32 = 0
        put32(0)
        for bytes in utf8 {
            offset += UInt32(bytes.count)
            put32(offset)
        }
        for bytes in utf8 { out += bytes }
        while out.count % 4 != 0 { out.append(0) }
        return out
    }
}
