import Foundation
import WenxiText

/// A word list with frequencies and part-of-speech tags, loaded from its compact prebuilt form.
///
/// The file (`Dictionaries/lexicon.bin`, built by `Dictionaries/build-lexicon.py`) is an
/// open-addressing hash table over code points that also holds every proper prefix of every word,
/// so a caller can walk forward from a position and stop at the first string that is no prefix.
/// Loading reads one file and copies four arrays; there is no parsing.
public struct Lexicon: Sendable {
    /// What the lexicon knows of one string.
    public struct Entry: Sendable, Hashable {
        /// Corpus frequency; 0 when the string is only a prefix of longer words.
        public var frequency: UInt32
        /// Part-of-speech tag in jieba's tag set (n, nr, ns, nt, v, ...), or "" when none.
        public var tag: String
    }

    let storage: Storage

    /// The shared lexicon from the data folder, loaded once.
    public static func shared() throws(DataFileError) -> Lexicon {
        switch sharedResult {
        case .success(let lexicon): return lexicon
        case .failure(let error): throw error
        }
    }

    private static let sharedResult: Result<Lexicon, DataFileError> = {
        do {
            return .success(try Lexicon(contentsOf: try DataDirectory.file("lexicon.bin")))
        } catch let error as DataFileError {
            return .failure(error)
        } catch {
            return .failure(DataFileError(name: "lexicon.bin", reason: "\(error)"))
        }
    }()

    /// Loads a lexicon file: maps it into memory and reads its tables in place.
    public init(contentsOf url: URL) throws(DataFileError) {
        guard let file = MappedFile(path: url.path) else {
            throw DataFileError(name: url.path, reason: "cannot read the file")
        }
        guard let storage = Storage(file) else {
            throw DataFileError(name: url.path, reason: "not a Wenxi lexicon (rebuild with Dictionaries/build-lexicon.py)")
        }
        self.storage = storage
    }

    /// The number of entries (words and prefixes).
    public var entryCount: Int { storage.entryCount }
    /// The sum of all word frequencies.
    public var totalFrequency: Double { storage.totalFrequency }
    /// The length in code points of the longest word.
    public var maximumWordLength: Int { storage.maximumWordLength }

    /// The entry for `word`, or `nil` when it is neither a word nor a prefix of one.
    public func entry(for word: String) -> Entry? {
        let scalars = word.unicodeScalars.map(\.value)
        return scalars.withUnsafeBufferPointer { buffer in
            guard let index = storage.find(buffer, 0, buffer.count) else { return nil }
            return Entry(frequency: storage.frequency(index), tag: storage.tag(index))
        }
    }

    /// The entry of the word `text[start..<end]` (folded code points), or `nil` when it is no word
    /// (absent, or only a prefix of one).
    ///
    /// - Complexity: O(*end* − *start*).
    public func word(in text: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Entry? {
        guard start >= 0, start < end, end <= text.count, let index = storage.find(text, start, end) else { return nil }
        let frequency = storage.frequency(index)
        return frequency > 0 ? Entry(frequency: frequency, tag: storage.tag(index)) : nil
    }

    /// Whether `word` is a word (not only a prefix).
    public func contains(_ word: String) -> Bool { (entry(for: word)?.frequency ?? 0) > 0 }
}

extension Lexicon {
    /// One lexicon entry as the file holds it and the hot loop reads it: 16 bytes, one cache line
    /// holds four.
    struct Record {
        var offset: UInt32
        var frequency: UInt32
        /// log(frequency / total), precomputed by the build script; 0 when `frequency` is 0.
        var logProbability: Float
        var length: UInt8
        var tag: UInt8
        var padding: UInt16
    }

    /// The loaded tables, read in place from the mapped file. Immutable, so it can be shared
    /// across tasks.
    final class Storage: @unchecked Sendable {
        let file: MappedFile
        let slots: UnsafeBufferPointer<UInt32>
        let records: UnsafeBufferPointer<Record>
        let pool: UnsafeBufferPointer<UInt16>
        let tags: [String]
        let totalFrequency: Double
        let maximumWordLength: Int
        let mask: UInt32
        let hmm: HiddenMarkovTables

        init?(_ file: MappedFile) {
            let raw = file.bytes
            guard raw.count >= 40, raw.prefix(8).elementsEqual("WXLEX003".utf8),
                  MemoryLayout<Record>.stride == 16, let base = raw.baseAddress else { return nil }
            func u32(_ at: Int) -> UInt32 { raw.loadUnaligned(fromByteOffset: at, as: UInt32.self).littleEndian }
            let slotCount = Int(u32(8)), entryCount = Int(u32(12)), poolCount = Int(u32(16))
            let tagCount = Int(u32(20)), maxLength = Int(u32(24)), hmmCount = Int(u32(28))
            let total = Double(bitPattern: raw.loadUnaligned(fromByteOffset: 32, as: UInt64.self).littleEndian)
            let tagsEnd = 40 + tagCount * 8
            let slotsEnd = tagsEnd + slotCount * 4
            let entriesEnd = slotsEnd + entryCount * 16
            let poolEnd = entriesEnd + poolCount * 2 + (poolCount % 2) * 2
            let hmmEnd = poolEnd + hmmCount * 20 + 20 * 4
            guard slotCount > 0, slotCount & (slotCount - 1) == 0, hmmEnd <= raw.count, total > 0,
                  UInt32(littleEndian: 1) == 1 else { return nil }
            tags = (0..<tagCount).map { k in
                String(decoding: raw[(40 + k * 8)..<(48 + k * 8)].prefix { $0 != 0 }, as: UTF8.self)
            }
            // The file is mapped at a page boundary and every table starts at a multiple of 4.
            slots = UnsafeBufferPointer(start: (base + tagsEnd).assumingMemoryBound(to: UInt32.self), count: slotCount)
            records = UnsafeBufferPointer(start: (base + slotsEnd).assumingMemoryBound(to: Record.self), count: entryCount)
            pool = UnsafeBufferPointer(start: (base + entriesEnd).assumingMemoryBound(to: UInt16.self), count: poolCount)
            hmm = HiddenMarkovTables(raw, at: poolEnd, count: hmmCount)
            self.file = file
            totalFrequency = total
            maximumWordLength = maxLength
            mask = UInt32(slotCount - 1)
        }

        var entryCount: Int { records.count }

        /// The frequency of entry `index`.
        @inline(__always) func frequency(_ index: Int) -> UInt32 { records[index].frequency }
        /// The tag of entry `index`.
        func tag(_ index: Int) -> String { tags[Int(records[index].tag)] }

        /// FNV-1a step over one code point (``CodePointHash``, shared with every prebuilt table).
        @inline(__always) static func step(_ hash: UInt32, _ scalar: UInt32) -> UInt32 {
            CodePointHash.step(hash, scalar)
        }

        static let basis: UInt32 = CodePointHash.basis

        @inline(__always) static func mix(_ value: UInt32) -> UInt32 { CodePointHash.mix(value) }

        /// The entry index of `text[start..<end]`, given its FNV hash.
        @inline(__always)
        func find(_ text: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int, hash: UInt32) -> Int? {
            let length = end - start
            var slot = Storage.mix(hash) & mask
            while true {
                let value = slots[Int(slot)]
                if value == 0 { return nil }
                let index = Int(value &- 1)
                let record = records[index]
                if Int(record.length) == length {
                    let offset = Int(record.offset)
                    var same = true
                    for k in 0..<length where UInt32(pool[offset &+ k]) != text[start &+ k] {
                        same = false
                        break
                    }
                    if same { return index }
                }
                slot = (slot &+ 1) & mask
            }
        }

        func find(_ text: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Int? {
            var hash = Storage.basis
            for k in start..<end { hash = Storage.step(hash, text[k]) }
            return find(text, start, end, hash: hash)
        }
    }
}

extension Lexicon {
    /// The index of the entry for `text[start..<end]` (code points), or `nil`: what a token span's
    /// `lexiconEntry` holds, for stages that walk the text themselves.
    public func entryIndex(_ text: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Int? {
        storage.find(text, start, end)
    }

    /// The frequency of the entry at `index` (0 for a string that is only a prefix).
    public func frequency(ofEntry index: Int) -> UInt32 { storage.frequency(index) }

    /// The part-of-speech tag of the entry at `index`, or "".
    public func tag(ofEntry index: Int) -> String { storage.tag(index) }
}
