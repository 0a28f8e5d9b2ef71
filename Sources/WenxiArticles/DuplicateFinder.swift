import WenxiText

/// Finds paragraphs that repeat an earlier paragraph exactly or nearly.
///
/// Paragraphs are compared on their Han characters, letters and digits only (punctuation and
/// spaces ignored). Two paragraphs are
/// - exact duplicates when those sequences are equal and at least `minimumExactLength` long;
/// - near duplicates when both are at least `minimumNearLength` long and the shorter one's
///   character 4-gram shingles are at least `threshold` (default 0.8) contained in the longer
///   one's: |S(a) ∩ S(b)| / min(|S(a)|, |S(b)|). This covers "one contains the other" and
///   copies that differ by a few characters at a re-broken edge. Every digit run of the shorter
///   one must also occur in the longer one (paragraphs that differ in figures are different facts).
///
/// Candidates come from an inverted index of shingle hashes, each posting list capped at 16
/// paragraphs (a shingle shared by more is boilerplate, not evidence), so the work is linear in
/// the text. Paragraphs longer than 4,000 characters are represented by the 1-in-16 sample of
/// their shingles whose hash is 0 mod 16 (a content-defined sample, so two copies keep the same
/// shingles); comparisons involving them use sampled counts on both sides.
///
/// - Complexity: O(n) in the total length of the paragraphs.
struct DuplicateFinder {
    struct Match: Equatable {
        /// The earlier paragraph.
        var original: Int
        /// The later paragraph that repeats it.
        var copy: Int
        /// Shingle containment (1 for exact copies).
        var similarity: Double
        var exact: Bool
    }

    var minimumExactLength = 12
    var minimumNearLength = 20
    var threshold = 0.8
    private let shingleLength = 4
    private let postingCap = 16
    private let sampleAbove = 4_000
    private let sampleModulus: UInt64 = 16

    init(minimumExactLength: Int = 12, minimumNearLength: Int = 20, threshold: Double = 0.8) {
        self.minimumExactLength = minimumExactLength
        self.minimumNearLength = minimumNearLength
        self.threshold = threshold
    }

    private struct Signature {
        var shingles: [UInt64]  // unique, all or sampled
        var sampled: Bool
        var sampledCount: Int  // how many of the unique shingles pass the sample filter
    }

    /// For each paragraph (nil = not eligible) the best earlier match, in order of the later copy.
    func matches(_ paragraphs: [[Unicode.Scalar]?]) -> [Match] {
        let normalized: [[UInt32]?] = paragraphs.map { p in
            p.map { $0.compactMap { c in CharacterClasses.isHan(c) || CharacterClasses.isAlphanumeric(c) ? c.value : nil } }
        }
        let eligible = normalized.filter { ($0?.count ?? 0) >= minimumExactLength }.count
        guard eligible >= 2 else { return [] }

        var exactIndex: [Int: [Int]] = [:]
        // Sized for every shingle of the text (at most one a character): the table never grows.
        let characters = normalized.reduce(0) { $0 + ($1?.count ?? 0) }
        var heads = HashSlots(minimumCapacity: characters)
        var postingBlock: [Int32] = []
        var postingNext: [Int32] = []
        var postingDepth: [UInt8] = []
        var signatures = [Signature?](repeating: nil, count: normalized.count)
        var result: [Match] = []
        // Shared shingles per earlier paragraph, and the paragraphs met, in the order first met.
        var hits = [Int](repeating: 0, count: normalized.count)
        var met: [Int32] = []
        var seen = HashSlots(minimumCapacity: normalized.reduce(0) { max($0, $1?.count ?? 0) })

        for (j, norm) in normalized.enumerated() {
            guard let norm, norm.count >= minimumExactLength else { continue }
            var hasher = Hasher()
            hasher.combine(norm)
            let full = hasher.finalize()
            if let earlier = exactIndex[full], let i = earlier.first(where: { normalized[$0]! == norm }) {
                result.append(Match(original: i, copy: j, similarity: 1, exact: true))
                continue
            }
            exactIndex[full, default: []].append(j)
            guard norm.count >= minimumNearLength else { continue }
            let sig = signature(norm, seen: &seen)
            // Count shared shingles per earlier paragraph.
            for h in sig.shingles {
                guard var p = heads[h] else { continue }
                while p >= 0 {
                    let block = postingBlock[Int(p)]
                    if hits[Int(block)] == 0 { met.append(block) }
                    hits[Int(block)] += 1
                    p = postingNext[Int(p)]
                }
            }
            var best: (Int, Double)?
            defer {
                for i in met { hits[Int(i)] = 0 }
                met.removeAll(keepingCapacity: true)
            }
            for i32 in met where hits[Int(i32)] >= 2 {
                let i = Int(i32), count = hits[i]
                guard let other = signatures[i] else { continue }
                let bothFull = !sig.sampled && !other.sampled
                let denominator = bothFull
                    ? min(sig.shingles.count, other.shingles.count)
                    : min(sig.sampled ? sig.shingles.count : sig.sampledCount,
                          other.sampled ? other.shingles.count : other.sampledCount)
                guard denominator >= 2 else { continue }
                // With one side sampled, only sampled shingles can hit.
                let c = Double(count) / Double(denominator)
                guard c >= threshold, figuresAgree(normalized[i]!, norm) else { continue }
                if best == nil || c > best!.1 || (c == best!.1 && i < best!.0) { best = (i, min(c, 1)) }
            }
            if let (i, c) = best { result.append(Match(original: i, copy: j, similarity: c, exact: false)) }
            // Index this paragraph.
            for h in sig.shingles {
                let head = heads[h] ?? -1
                let depth: UInt8 = head >= 0 ? postingDepth[Int(head)] : 0
                guard depth < postingCap else { continue }
                postingBlock.append(Int32(j))
                postingNext.append(head)
                postingDepth.append(depth + 1)
                heads.set(h, Int32(postingBlock.count - 1))
            }
            signatures[j] = sig
        }
        return result
    }

    /// Every digit run of the shorter paragraph occurs in the longer one: paragraphs that differ
    /// in their figures state different facts and are not duplicates.
    private func figuresAgree(_ a: [UInt32], _ b: [UInt32]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        let longRuns = Set(digitRuns(long))
        return digitRuns(short).allSatisfy { longRuns.contains($0) }
    }

    private func digitRuns(_ s: [UInt32]) -> [[UInt32]] {
        var runs: [[UInt32]] = []
        var current: [UInt32] = []
        for v in s {
            if let d = Unicode.Scalar(v).flatMap(CharacterClasses.digitValue) {
                current.append(UInt32(d))
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// The shingles of `norm`; `seen` is a scratch table, emptied here.
    private func signature(_ norm: [UInt32], seen: inout HashSlots) -> Signature {
        guard norm.count >= shingleLength else { return Signature(shingles: [], sampled: false, sampledCount: 0) }
        let sampled = norm.count > sampleAbove
        seen.removeAll()
        var shingles: [UInt64] = []
        var sampledCount = 0
        for start in 0...(norm.count - shingleLength) {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for k in start..<(start + shingleLength) {
                h ^= UInt64(norm[k])
                h &*= 0x100_0000_01b3
            }
            h ^= h >> 29
            let inSample = h % sampleModulus == 0
            if sampled && !inSample { continue }
            if seen.insert(h) {
                shingles.append(h)
                if inSample { sampledCount += 1 }
            }
        }
        return Signature(shingles: shingles, sampled: sampled, sampledCount: sampledCount)
    }
}
