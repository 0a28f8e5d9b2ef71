import WenxiText

/// A set of phrases over code points that can be walked forward from any position.
///
/// Every phrase and every proper prefix of one is stored under a 64-bit FNV-1a hash of its code
/// points, so a caller extends a hash one code point at a time and stops at the first string that
/// is no prefix. Every proper suffix is stored too, under the hash of its code points read
/// backwards, so a caller walks back from an end just as cheaply (``matches(in:endingAt:_:)``).
/// Phrases are checked against their stored code points, so a hash collision cannot give a wrong
/// match.
struct PhraseTable<Value: Sendable>: Sendable {
    /// Index into `phrases` for a whole phrase, -1 for a prefix only.
    private var slots = HashSlots()
    /// Index into `phrases` for a whole phrase, -1 for a suffix only; keyed by the hash of the
    /// code points from the last one back.
    private var tails = HashSlots()
    private(set) var phrases: [[UInt32]] = []
    private(set) var values: [Value] = []
    /// The length of the longest phrase.
    private(set) var maximumLength = 0

    static var basis: UInt64 { StableHash.basis }
    /// One step of the phrase hash: FNV-1a over whole code points.
    @inline(__always) static func step(_ hash: UInt64, _ scalar: UInt32) -> UInt64 { StableHash.step(hash, UInt64(scalar)) }

    /// Adds a phrase, or replaces the value of one already there when `replace` is true.
    mutating func insert(_ phrase: [UInt32], _ value: Value, replace: Bool = false) {
        guard !phrase.isEmpty else { return }
        var hash = Self.basis
        for (k, c) in phrase.enumerated() {
            hash = Self.step(hash, c)
            if k < phrase.count - 1 {
                if slots[hash] == nil { slots.set(hash, -1) }
            }
        }
        if let index = slots[hash], index >= 0, phrases[Int(index)] == phrase {
            if replace { values[Int(index)] = value }
            return
        }
        let index = Int32(phrases.count)
        slots.set(hash, index)
        var tail = Self.basis
        for (k, c) in phrase.reversed().enumerated() {
            tail = Self.step(tail, c)
            if k < phrase.count - 1 {
                if tails[tail] == nil { tails.set(tail, -1) }
            } else {
                tails.set(tail, index)
            }
        }
        phrases.append(phrase)
        values.append(value)
        maximumLength = max(maximumLength, phrase.count)
    }

    mutating func insert(_ phrase: String, _ value: Value, replace: Bool = false) {
        insert(phrase.unicodeScalars.map(\.value), value, replace: replace)
    }

    /// Calls `body(end, index)` for every phrase that starts at `start`, shortest first.
    ///
    /// - Complexity: O(*m*), *m* the longest phrase.
    @inline(__always)
    func matches(in text: UnsafeBufferPointer<UInt32>, at start: Int, _ body: (Int, Int) -> Void) {
        var hash = Self.basis
        var end = start
        while end < text.count && end - start < maximumLength {
            hash = Self.step(hash, text[end])
            end += 1
            guard let slot = slots[hash] else { return }
            if slot >= 0 && isPhrase(Int(slot), text, start, end) { body(end, Int(slot)) }
        }
    }

    /// Calls `body(start, index)` for every phrase that ends at `end`, shortest first.
    ///
    /// - Complexity: O(*m*), *m* the longest phrase.
    @inline(__always)
    func matches(in text: UnsafeBufferPointer<UInt32>, endingAt end: Int, _ body: (Int, Int) -> Void) {
        guard end <= text.count else { return }
        var hash = Self.basis
        var start = end
        while start > 0 && end - start < maximumLength {
            start -= 1
            hash = Self.step(hash, text[start])
            guard let slot = tails[hash] else { return }
            if slot >= 0 && isPhrase(Int(slot), text, start, end) { body(start, Int(slot)) }
        }
    }

    /// Whether phrase `index` is `text[start..<end]`.
    @inline(__always)
    private func isPhrase(_ index: Int, _ text: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Bool {
        let phrase = phrases[index]
        return phrase.count == end - start && (0..<phrase.count).allSatisfy { phrase[$0] == text[start + $0] }
    }

    /// The index of `text[start..<end]` when it is a phrase.
    ///
    /// - Complexity: O(*end* − *start*): one lookup.
    func index(of text: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Int? {
        guard start >= 0, start < end, end <= text.count, end - start <= maximumLength else { return nil }
        var hash = Self.basis
        for k in start..<end { hash = Self.step(hash, text[k]) }
        guard let slot = slots[hash], slot >= 0, isPhrase(Int(slot), text, start, end) else { return nil }
        return Int(slot)
    }

    /// The index of `phrase` when it is one.
    func index(of phrase: String) -> Int? {
        let scalars = phrase.unicodeScalars.map(\.value)
        return scalars.withUnsafeBufferPointer { index(of: $0, 0, $0.count) }
    }
}
