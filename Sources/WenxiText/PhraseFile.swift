import Foundation

/// A prebuilt table of phrases over code points, each with a 32-bit value, read in place from a
/// mapped file (format `WXPHR001`, written by ``PhraseFileBuilder``).
///
/// The table is laid out like `lexicon.bin`: an open-addressing hash table (``CodePointHash``,
/// linear probing) that may also hold every proper prefix of every phrase, so a caller walks
/// forward from a position and stops at the first string that is no prefix. A string table and a
/// list of extra 32-bit words carry what a value cannot hold (canonical names, medians).
/// Opening maps the file and reads a 40-byte header; a lookup touches only the pages it probes.
///
/// Layout, little-endian (every table starts at a multiple of 4):
///
///     header   "WXPHR001", u32 slotCount (a power of 2), u32 entryCount, u32 poolCount,
///              u32 maximumLength, u32 phraseCount, u32 extraCount, u32 stringCount, u32 stringBytes
///     slots    slotCount × u32: entry index + 1, 0 = empty
///     entries  entryCount × (u32 pool offset, u16 length, u16 1 = phrase | 0 = prefix only, u32 value)
///     pool     poolCount × u32 code points
///     extra    extraCount × u32
///     strings  (stringCount + 1) × u32 byte offsets, then stringBytes bytes of UTF-8, padded to 4
public struct PhraseFile: Sendable {
    /// The file's magic number and format version.
    public static let magic = "WXPHR001"
    static let headerSize = 40

    struct Record {
        var offset: UInt32
        var length: UInt16
        var whole: UInt16
        var value: UInt32
    }

    final class Storage: @unchecked Sendable {
        let file: MappedFile
        let slots: UnsafeBufferPointer<UInt32>
        let records: UnsafeBufferPointer<Record>
        let pool: UnsafeBufferPointer<UInt32>
        let extra: UnsafeBufferPointer<UInt32>
        let stringOffsets: UnsafeBufferPointer<UInt32>
        let stringBytes: UnsafeRawBufferPointer
        let mask: UInt32
        let maximumLength: Int
        let phraseCount: Int

        init?(_ file: MappedFile) {
            let raw = file.bytes
            guard raw.count >= PhraseFile.headerSize, raw.prefix(8).elementsEqual(PhraseFile.magic.utf8),
                  MemoryLayout<Record>.stride == 12, UInt32(littleEndian: 1) == 1, let base = raw.baseAddress else { return nil }
            func u32(_ at: Int) -> Int { Int(raw.loadUnaligned(fromByteOffset: at, as: UInt32.self).littleEndian) }
            let slotCount = u32(8), entryCount = u32(12), poolCount = u32(16)
            let extraCount = u32(28), stringCount = u32(32), byteCount = u32(36)
            let slotsAt = PhraseFile.headerSize
            let recordsAt = slotsAt + slotCount * 4
            let poolAt = recordsAt + entryCount * 12
            let extraAt = poolAt + poolCount * 4
            let offsetsAt = extraAt + extraCount * 4
            let bytesAt = offsetsAt + (stringCount + 1) * 4
            guard slotCount > 0, slotCount & (slotCount - 1) == 0, entryCount < slotCount,
                  bytesAt + byteCount <= raw.count else { return nil }
            // The file is mapped at a page boundary and every table starts at a multiple of 4.
            func table<T>(_ at: Int, _ count: Int, _ type: T.Type) -> UnsafeBufferPointer<T> {
                UnsafeBufferPointer(start: (base + at).assumingMemoryBound(to: T.self), count: count)
            }
            slots = table(slotsAt, slotCount, UInt32.self)
            records = table(recordsAt, entryCount, Record.self)
            pool = table(poolAt, poolCount, UInt32.self)
            extra = table(extraAt, extraCount, UInt32.self)
            stringOffsets = table(offsetsAt, stringCount + 1, UInt32.self)
            stringBytes = UnsafeRawBufferPointer(start: base + bytesAt, count: byteCount)
            mask = UInt32(slotCount - 1)
            maximumLength = u32(20)
            phraseCount = u32(24)
            self.file = file
        }

        /// The entry of `text[start..<end]` (phrase or prefix), given its FNV hash; `nil` when absent.
        @inline(__always)
        func find(_ text: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int, hash: UInt32) -> Record? {
            let length = end - start
            var slot = CodePointHash.mix(hash) & mask
            var probes = 0
            while probes < slots.count {
                let value = Int(slots[Int(slot)])
                guard value != 0, value <= records.count else { return nil }
                let record = records[value - 1]
                let offset = Int(record.offset)
                if Int(record.length) == length && offset + length <= pool.count {
                    var same = true
                    for k in 0..<length where pool[offset &+ k] != text[start &+ k] {
                        same = false
                        break
                    }
                    if same { return record }
                }
                slot = (slot &+ 1) & mask
                probes += 1
            }
            return nil
        }
    }

    let storage: Storage

    /// Maps the table at `url`; an error names the file when it is missing or no `WXPHR001` table.
    public init(contentsOf url: URL) throws(DataFileError) {
        guard let file = MappedFile(path: url.path) else {
            throw DataFileError(name: url.path, reason: "cannot read the file")
        }
        guard let storage = Storage(file) else {
            throw DataFileError(name: url.path, reason: "not a \(Self.magic) table (rebuild with `swift run wenxi-data`)")
        }
        self.storage = storage
    }

    /// The length in code points of the longest phrase.
    public var maximumLength: Int { storage.maximumLength }
    /// The number of phrases (prefixes not counted).
    public var phraseCount: Int { storage.phraseCount }
    /// The extra words the builder stored.
    public var extra: UnsafeBufferPointer<UInt32> { storage.extra }
    /// The number of strings in the string table.
    public var stringCount: Int { storage.stringOffsets.count - 1 }

    /// String `index` of the string table; "" when out of range.
    public func string(_ index: Int) -> String {
        let offsets = storage.stringOffsets
        guard index >= 0, index + 1 < offsets.count else { return "" }
        let from = Int(offsets[index]), to = Int(offsets[index + 1])
        guard from <= to, to <= storage.stringBytes.count else { return "" }
        return String(decoding: UnsafeRawBufferPointer(rebasing: storage.stringBytes[from..<to]), as: UTF8.self)
    }

    /// Calls `body(end, value)` for every phrase that starts at `start`, shortest first.
    ///
    /// Needs a table built with prefixes (``PhraseFileBuilder/prefixes``).
    /// - Complexity: O(*m*²), *m* the longest phrase.
    public func matches(in text: UnsafeBufferPointer<UInt32>, at start: Int, _ body: (_ end: Int, _ value: UInt32) -> Void) {
        var hash = CodePointHash.basis
        var end = start
        while end < text.count && end - start < storage.maximumLength {
            hash = CodePointHash.step(hash, text[end])
            end += 1
            guard let record = storage.find(text, start, end, hash: hash) else { return }
            if record.whole != 0 { body(end, record.value) }
        }
    }

    /// The value of the phrase `text[start..<end]`, or `nil` when it is no phrase.
    ///
    /// - Complexity: O(*end* − *start*).
    public func value(_ text: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> UInt32? {
        guard start >= 0, start < end, end <= text.count, end - start <= storage.maximumLength else { return nil }
        var hash = CodePointHash.basis
        for k in start..<end { hash = CodePointHash.step(hash, text[k]) }
        guard let record = storage.find(text, start, end, hash: hash), record.whole != 0 else { return nil }
        return record.value
    }

    /// The value of the phrase `phrase` (compared code point by code point), or `nil` when it is
    /// no phrase. Copies nothing.
    ///
    /// - Complexity: O(*m*) in the length of `phrase`.
    public func value(of phrase: String) -> UInt32? {
        var hash = CodePointHash.basis
        var length = 0
        for scalar in phrase.unicodeScalars {
            hash = CodePointHash.step(hash, scalar.value)
            length += 1
        }
        guard length > 0, length <= storage.maximumLength else { return nil }
        let slots = storage.slots, records = storage.records, pool = storage.pool
        var slot = CodePointHash.mix(hash) & storage.mask
        for _ in 0..<slots.count {
            let value = Int(slots[Int(slot)])
            guard value != 0, value <= records.count else { return nil }
            let record = records[value - 1]
            let offset = Int(record.offset)
            if Int(record.length) == length && offset + length <= pool.count
                && phrase.unicodeScalars.elementsEqual(pool[offset..<(offset + length)], by: { $0.value == $1 }) {
                return record.whole != 0 ? record.value : nil
            }
            slot = (slot &+ 1) & storage.mask
        }
        return nil
    }
}
