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

    /// Loads a lexicon file.
    public init(contentsOf url: URL) throws(DataFileError) {
        let data: Data
        do { data = try Data(contentsOf: url, options: .mappedIfSafe) } catch {
            throw DataFileError(name: url.path, reason: "cannot read: \(error.localizedDescription)")
        }
        guard let storage = Storage(data) else {
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
    /// One lexicon entry as the hot loop reads it: 16 bytes, one cache line holds four.
    struct Record {
        var offset: UInt32
        var frequency: UInt32
        /// log(frequency / total), precomputed; only meaningful when `frequency > 0`.
        var logProbability: Float
        var length: UInt8
        var tag: UInt8
    }

    /// The loaded tables in memory of their own. Immutable after loading, so it can be shared
    /// across tasks.
    final class Storage: @unchecked Sendable {
        let slots: UnsafeMutableBufferPointer<UInt32>
        let records: UnsafeMutableBufferPointer<Record>
        let pool: UnsafeMutableBufferPointer<UInt16>
        let tags: [String]
        let totalFrequency: Double
        let maximumWordLength: Int
        let mask: UInt32
        let hmm: HiddenMarkovTables

        deinit {
            slots.deallocate()
            records.deallocate()
            pool.deallocate()
        }

        init?(_ data: Data) {
            guard data.count >= 40, data.prefix(8).elementsEqual("WXLEX002".utf8) else { return nil }
            var parsed: (slots: UnsafeMutableBufferPointer<UInt32>, records: UnsafeMutableBufferPointer<Record>,
                         pool: UnsafeMutableBufferPointer<UInt16>, tags: [String], total: Double, maxLength: Int,
                         hmm: HiddenMarkovTables)?
            data.withUnsafeBytes { raw in
                func u32(_ at: Int) -> UInt32 { raw.loadUnaligned(fromByteOffset: at, as: UInt32.self).littleEndian }
                let slotCount = Int(u32(8)), entryCount = Int(u32(12)), poolCount = Int(u32(16))
                let tagCount = Int(u32(20)), maxLength = Int(u32(24)), hmmCount = Int(u32(28))
                let total = Double(bitPattern: raw.loadUnaligned(fromByteOffset: 32, as: UInt64.self).littleEndian)
                var at = 40
                let tagsEnd = at + tagCount * 8
                let slotsEnd = tagsEnd + slotCount * 4
                let entriesEnd = slotsEnd + entryCount * 12
                let poolEnd = entriesEnd + poolCount * 2 + (poolCount % 2) * 2
                let hmmEnd = poolEnd + hmmCount * 20 + 20 * 4
                guard slotCount > 0, slotCount & (slotCount - 1) == 0, hmmEnd <= raw.count, total > 0 else { return }
                var tags: [String] = []
                for _ in 0..<tagCount {
                    let bytes = raw[at..<(at + 8)].prefix { $0 != 0 }
                    tags.append(String(decoding: bytes, as: UTF8.self))
                    at += 8
                }
                let slots = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: slotCount)
                for i in 0..<slotCount { slots[i] = u32(tagsEnd + i * 4) }
                let records = UnsafeMutableBufferPointer<Record>.allocate(capacity: entryCount)
                let logTotal = log(total)
                for i in 0..<entryCount {
                    let base = slotsEnd + i * 12
                    let frequency = u32(base + 4)
                    records[i] = Record(
                        offset: u32(base), frequency: frequency,
                        logProbability: frequency > 0 ? Float(log(Double(frequency)) - logTotal) : 0,
                        length: raw[base + 8], tag: raw[base + 9])
                }
                let pool = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: max(poolCount, 1))
                for i in 0..<poolCount {
                    pool[i] = raw.loadUnaligned(fromByteOffset: entriesEnd + i * 2, as: UInt16.self).littleEndian
                }
                let hmm = HiddenMarkovTables(raw, at: poolEnd, count: hmmCount)
                parsed = (slots, records, pool, tags, total, maxLength, hmm)
            }
            guard let parsed else { return nil }
            slots = parsed.slots
            records = parsed.records
            pool = parsed.pool
            tags = parsed.tags
            totalFrequency = parsed.total
            maximumWordLength = parsed.maxLength
            mask = UInt32(parsed.slots.count - 1)
            hmm = parsed.hmm
        }

        var entryCount: Int { records.count }

        /// The frequency of entry `index`.
        @inline(__always) func frequency(_ index: Int) -> UInt32 { records[index].frequency }
        /// The tag of entry `index`.
        func tag(_ index: Int) -> String { tags[Int(records[index].tag)] }

        /// FNV-1a step over one code point.
        @inline(__always) static func step(_ hash: UInt32, _ scalar: UInt32) -> UInt32 {
            (hash ^ scalar) &* 16_777_619
        }

        static let basis: UInt32 = 0x811C_9DC5

        @inline(__always) static func mix(_ value: UInt32) -> UInt32 {
            var h = value
            h ^= h >> 16
            h = h &* 0x85EB_CA6B
            h ^= h >> 13
            h = h &* 0xC2B2_AE35
            h ^= h >> 16
            return h
        }

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
