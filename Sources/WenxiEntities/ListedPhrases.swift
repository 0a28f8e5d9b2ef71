import WenxiText

/// A value a prebuilt phrase table stores in 32 bits (and the file's string table).
protocol PhraseValue: Sendable {
    /// The value a table entry holds.
    static func decode(_ raw: UInt32, in file: PhraseFile) -> Self
    /// The 32 bits that stand for the value; strings go into `builder`'s string table.
    func encode(into builder: inout PhraseFileBuilder) -> UInt32
}

extension UInt8: PhraseValue {
    static func decode(_ raw: UInt32, in file: PhraseFile) -> UInt8 { UInt8(truncatingIfNeeded: raw) }
    func encode(into builder: inout PhraseFileBuilder) -> UInt32 { UInt32(self) }
}

/// A phrase list read in place from a prebuilt ``PhraseFile``, with phrases added at run time (the
/// user's entities) that win over the file's.
///
/// Walks like ``PhraseTable``: every phrase that starts at a position, shortest first.
struct ListedPhrases<Value: PhraseValue>: Sendable {
    let file: PhraseFile?
    /// Phrases added at run time; one of these replaces the file's value for the same phrase.
    private(set) var added = PhraseTable<Value>()

    /// The phrases of `file`.
    init(file: PhraseFile?) { self.file = file }

    /// The length of the longest phrase.
    var maximumLength: Int { max(file?.maximumLength ?? 0, added.maximumLength) }

    /// Adds a phrase that wins over the file's value for it.
    mutating func insert(_ phrase: String, _ value: Value) {
        added.insert(phrase, value, replace: true)
    }

    /// Calls `body(end, value)` for every phrase that starts at `start`, shortest first.
    ///
    /// - Complexity: O(*m*²), *m* the longest phrase.
    @inline(__always)
    func matches(in text: UnsafeBufferPointer<UInt32>, at start: Int, _ body: (Int, Value) -> Void) {
        guard let file else {
            added.matches(in: text, at: start) { end, index in body(end, added.values[index]) }
            return
        }
        if added.phrases.isEmpty {
            file.matches(in: text, at: start) { end, raw in body(end, Value.decode(raw, in: file)) }
            return
        }
        var found: [(Int, Value)] = []
        added.matches(in: text, at: start) { end, index in found.append((end, added.values[index])) }
        var k = 0
        file.matches(in: text, at: start) { end, raw in
            while k < found.count && found[k].0 < end { body(found[k].0, found[k].1); k += 1 }
            if k < found.count && found[k].0 == end { return }
            body(end, Value.decode(raw, in: file))
        }
        while k < found.count { body(found[k].0, found[k].1); k += 1 }
    }

    /// The value of the phrase `text[start..<end]`, or `nil`.
    func value(_ text: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Value? {
        guard start >= 0, start < end, end <= text.count else { return nil }
        if !added.phrases.isEmpty, let index = added.index(of: text, start, end) { return added.values[index] }
        guard let file, let raw = file.value(text, start, end) else { return nil }
        return Value.decode(raw, in: file)
    }

    /// The value of `phrase`, or `nil`.
    func value(of phrase: String) -> Value? {
        let scalars = phrase.unicodeScalars.map(\.value)
        return scalars.withUnsafeBufferPointer { value($0, 0, $0.count) }
    }
}

extension PhraseTable where Value: PhraseValue {
    /// The table as a prebuilt file: its phrases in the order they were added.
    func fileBytes(prefixes: Bool = true, extra: [UInt32] = []) -> [UInt8] {
        var builder = PhraseFileBuilder(prefixes: prefixes)
        builder.extra = extra
        for (phrase, value) in zip(phrases, values) { builder.set(phrase, value.encode(into: &builder)) }
        return builder.bytes()
    }
}
