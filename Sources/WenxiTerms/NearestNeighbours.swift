import WenxiText

/// Each article's most similar others by the cosine of sparse vectors, through an inverted index
/// (term → postings of article and weight), without the *n* × *n* matrix.
///
/// The result is exactly what ``Similarity/matrix(_:jobs:)`` gives, bit for bit: every dot product
/// is summed in the matrix's order (ascending term in UTF-8 order) and divided by the same norms.
/// Neighbours have a positive cosine and are ordered by cosine, highest first, ties to the lower
/// index; a vector is never its own neighbour.
///
/// **Pruning.** A term in more than ``Options/commonShare`` of the vectors (and at least
/// ``Options/commonMinimum`` of them) is *common*: its long postings are not walked to find
/// candidates. A vector that shares only common terms with article *i* has a cosine with it of at
/// most the bound *B* = Σ over the common terms *t* of *i* of *i*'s normalized weight of *t* times the
/// largest normalized weight of *t* in any vector. When *i* has *k* candidates whose *k*-th cosine
/// is above *B* (with a margin for rounding), no vector outside the candidates can enter the list;
/// otherwise *i*'s list is found over all postings. Either way the result is exact; pruning only
/// saves the walks. It needs weights ≥ 0 (TF-IDF weights are) and is off otherwise.
///
/// **Bounded walks.** With ``Options/walkLimit`` set, a term in more than that many vectors is
/// common too, and where the bound cannot rule the other vectors out, the row keeps the best of its
/// candidates (the vectors sharing an uncommon term with it) instead of walking every posting. The
/// neighbours are then exact among the candidates, and a vector outside them has a cosine of at most
/// *B*; a row with no candidate at all is walked in full. This keeps a corpus whose articles share
/// many frequent terms (a year of one paper) from costing *n*² additions.
///
/// **Candidates by bound.** The walk sums each candidate's products over the walked terms, so a
/// candidate *j* has a cosine of at most that sum over the norms plus the smaller of *B* and the
/// product of the two rows' norms over their common terms (Cauchy–Schwarz). Candidates get their
/// exact cosine in order of that bound, highest first, and stop once the next bound is below the
/// *k*-th cosine found: the same neighbours as computing every candidate, for a few cosines instead
/// of thousands (on 2,088 news articles, 3.0 of 1,695 candidates per row). With
/// ``Options/candidateLimit`` set, at most that many are computed (never fewer than *k*); where it
/// binds, the row keeps the best of the candidates of highest bound, an approximation.
public enum NearestNeighbours {
    /// One neighbour: the other vector's index and the cosine.
    public struct Neighbour: Sendable, Hashable, Codable {
        public var index: Int
        public var cosine: Double

        public init(index: Int, cosine: Double) {
            self.index = index
            self.cosine = cosine
        }
    }

    /// When a term's postings are set aside as common.
    public struct Options: Sendable, Hashable {
        /// The share of the vectors a term must be in to be common. Half: such a term is in most
        /// articles' vectors, so walking its postings costs about *n*² / 4 additions while it tells
        /// the articles little apart (its IDF is at most log 2 in the corpus's own counts).
        public var commonShare: Double = 0.5
        /// The least number of vectors a term must be in to be common: below it, walking the
        /// postings is cheap and pruning only adds the bound's bookkeeping.
        public var commonMinimum: Int = 64
        /// When set, the most vectors an uncommon term may be in, and walks are bounded where this is
        /// below the exact rule's threshold (see the type's documentation); nil: exact.
        public var walkLimit: Int?
        /// With bounded walks, the most candidates a row computes exact cosines for: those of the
        /// highest upper bound (see the type's documentation); nil, or at least the vector count
        /// less one: every candidate, as without it.
        public var candidateLimit: Int?

        public init(commonShare: Double = 0.5, commonMinimum: Int = 64, walkLimit: Int? = nil,
                    candidateLimit: Int? = nil) {
            self.commonShare = commonShare
            self.commonMinimum = commonMinimum
            self.walkLimit = walkLimit
            self.candidateLimit = candidateLimit
        }
    }

    /// The `k` nearest others of each vector, in vector order.
    ///
    /// - Complexity: without common terms, O(Σ *df*²) additions for document frequencies *df*,
    ///   O(*n* · *V*) memory for *n* vectors of up to *V* terms; no *n* × *n* storage.
    public static func find(_ vectors: [[String: Double]], k: Int, options: Options = Options(),
                            jobs: Int = 1) -> [[Neighbour]] {
        find(SparseVectors(vectors), k: k, options: options, jobs: jobs)
    }

    /// The same over vectors gathered in a ``SparseVectors``, which the index takes over: a large
    /// corpus's vectors are held once, not beside the index.
    public static func find(_ vectors: consuming SparseVectors, k: Int, options: Options = Options(),
                            jobs: Int = 1) -> [[Neighbour]] {
        let count = vectors.count
        guard k > 0, count > 0 else { return Array(repeating: [], count: count) }
        let index = InvertedIndex(vectors.sortedByTerm(), options: options)
        // Rows in blocks, so each block's scratch arrays are made once and not once per row.
        let blockSize = 64
        let blocks = stride(from: 0, to: count, by: blockSize).map { $0..<min($0 + blockSize, count) }
        return ParallelWork.map(blocks, jobs: jobs, batch: 1) { rows -> [[Neighbour]] in
            var scratch = Scratch(count: count)
            return rows.map { index.nearest(to: $0, k: k, scratch: &scratch) }
        }.flatMap { $0 }
    }

    /// Per-thread working arrays, each of one slot per vector.
    struct Scratch {
        var sums: [Double]
        /// `stamp[j] == walk` when vector `j` has been touched in the current walk.
        var stamp: [Int]
        var walk = 0
        var touched: [Int] = []
        /// The candidates of the current row and their upper bounds (see ``InvertedIndex/bestCandidates``).
        var ranked: [(bound: Double, row: Int)] = []
        /// While a row's candidates are computed, `position[t]` is 1 + the place of term `t` in
        /// that row, 0 for the terms it lacks; `rowWeights` its weights after a 0 (see
        /// ``InvertedIndex/loadedDot(_:_:)``). Made when a row is first loaded.
        var position: [UInt16] = []
        var rowWeights: [Double] = [0]

        /// Starts a walk: no vector touched yet.
        mutating func startWalk() {
            walk += 1
            touched.removeAll(keepingCapacity: true)
        }

        init(count: Int) {
            sums = [Double](repeating: 0, count: count)
            stamp = [Int](repeating: 0, count: count)
        }
    }
}

extension NearestNeighbours {
    /// The vectors as rows sorted by term id, their norms, and the postings of every term.
    struct InvertedIndex: Sendable {
        var starts: [Int] = [0]
        var termIDs: [Int32] = []
        var values: [Double] = []
        var norms: [Double] = []
        /// Postings of term `t`: `postingStarts[t]..<postingStarts[t + 1]` into `postingRows` and `postingValues`.
        var postingStarts: [Int] = []
        var postingRows: [Int32] = []
        var postingValues: [Double] = []
        /// Whether term `t` is common (see the type's documentation).
        var common: [Bool] = []
        /// The largest normalized weight of each common term.
        var largest: [Double] = []
        var pruning = false
        /// Whether a row keeps its candidates' best when the bound does not rule out the rest.
        var bounded = false
        /// The norm of each row's weights of common terms over its whole norm (0 for a zero row).
        var commonNorms: [Double] = []
        /// The most candidates a row computes exact cosines for (``Options/candidateLimit``).
        var candidateLimit = Int.max

        /// The index of `vectors`, whose ids are in the terms' UTF-8 order and whose entries are
        /// sorted by id (``SparseVectors/sortedByTerm()``).
        init(_ vectors: SparseVectors, options: Options) {
            (starts, termIDs, values) = (vectors.starts, vectors.termIDs, vectors.values)
            var frequency = [Int](repeating: 0, count: vectors.terms.count)
            var negative = false
            for row in 0..<vectors.count {
                let entries = vectors.entries(row)
                // Summed in term order, as the matrix sums it.
                norms.append(entries.reduce(0.0) { $0 + values[$1] * values[$1] }.squareRoot())
                for x in entries {
                    frequency[Int(termIDs[x])] += 1
                    if values[x] < 0 { negative = true }
                }
            }
            buildPostings(frequency: frequency, rows: vectors.count)
            var threshold = max(options.commonMinimum, Int(options.commonShare * Double(vectors.count)) + 1)
            // Bounded only where the limit is below the exact rule's threshold: otherwise exact.
            if let limit = options.walkLimit, max(1, limit) + 1 < threshold {
                threshold = max(1, limit) + 1
                bounded = true
            }
            if bounded, let limit = options.candidateLimit { candidateLimit = max(1, limit) }
            common = frequency.map { $0 >= threshold }
            pruning = !negative && common.contains(true)
            largest = [Double](repeating: 0, count: vectors.terms.count)
            commonNorms = [Double](repeating: 0, count: vectors.count)
            guard pruning else { return }
            for row in 0..<vectors.count where norms[row] > 0 {
                var squares = 0.0
                for x in starts[row]..<starts[row + 1] where common[Int(termIDs[x])] {
                    largest[Int(termIDs[x])] = max(largest[Int(termIDs[x])], values[x] / norms[row])
                    squares += (values[x] / norms[row]) * (values[x] / norms[row])
                }
                commonNorms[row] = squares.squareRoot()
            }
        }

        /// Fills the postings, rows ascending within each term.
        private mutating func buildPostings(frequency: [Int], rows: Int) {
            postingStarts = [0]
            for f in frequency { postingStarts.append(postingStarts.last! + f) }
            var fill = Array(postingStarts.dropLast())
            postingRows = [Int32](repeating: 0, count: termIDs.count)
            postingValues = [Double](repeating: 0, count: termIDs.count)
            for row in 0..<rows {
                for x in starts[row]..<starts[row + 1] {
                    let t = Int(termIDs[x])
                    postingRows[fill[t]] = Int32(row)
                    postingValues[fill[t]] = values[x]
                    fill[t] += 1
                }
            }
        }
    }
}

extension NearestNeighbours.InvertedIndex {
    typealias Neighbour = NearestNeighbours.Neighbour

    /// Row `i`'s `k` nearest others.
    func nearest(to i: Int, k: Int, scratch: inout NearestNeighbours.Scratch) -> [Neighbour] {
        guard norms[i] > 0 else { return [] }
        guard pruning else { return fullNearest(to: i, k: k, scratch: &scratch) }
        let (items, certain) = prunedNearest(to: i, k: k, scratch: &scratch)
        return certain || (bounded && !items.isEmpty) ? items : fullNearest(to: i, k: k, scratch: &scratch)
    }

    /// Over all postings: each other row's dot product summed in ascending term order.
    func fullNearest(to i: Int, k: Int, scratch: inout NearestNeighbours.Scratch) -> [Neighbour] {
        scratch.startWalk()
        for x in starts[i]..<starts[i + 1] {
            let t = Int(termIDs[x]), w = values[x]
            for p in postingStarts[t]..<postingStarts[t + 1] {
                let j = Int(postingRows[p])
                if scratch.stamp[j] != scratch.walk {
                    scratch.stamp[j] = scratch.walk
                    scratch.sums[j] = 0
                    scratch.touched.append(j)
                }
                scratch.sums[j] += w * postingValues[p]
            }
        }
        var best = TopK(k: k)
        for j in scratch.touched where j != i && norms[j] > 0 {
            best.offer(Neighbour(index: j, cosine: scratch.sums[j] / (norms[i] * norms[j])))
        }
        return best.items
    }

    /// The best of the vectors sharing an uncommon term with row `i`, and whether the bound rules
    /// out every other vector.
    func prunedNearest(to i: Int, k: Int, scratch: inout NearestNeighbours.Scratch) -> (items: [Neighbour], certain: Bool) {
        var bound = 0.0
        scratch.startWalk()
        for x in starts[i]..<starts[i + 1] {
            let t = Int(termIDs[x]), w = values[x]
            if common[t] {
                bound += w / norms[i] * largest[t]
                continue
            }
            for p in postingStarts[t]..<postingStarts[t + 1] {
                let j = Int(postingRows[p])
                if scratch.stamp[j] != scratch.walk {
                    scratch.stamp[j] = scratch.walk
                    scratch.sums[j] = 0
                    scratch.touched.append(j)
                }
                scratch.sums[j] += w * postingValues[p]
            }
        }
        let (items, complete) = bestCandidates(of: i, k: k, bound: bound, scratch: &scratch)
        // Rounding can lift a computed cosine a few ulps above its true value: keep a margin.
        let certain = complete && (bound == 0 || (items.count == k && items[k - 1].cosine > bound * (1 + 1e-9)))
        return (items, certain)
    }

    /// The best `k` of the candidates (the rows touched by the walk), by exact cosine, and whether
    /// every candidate that could enter was computed.
    ///
    /// A candidate *j*'s cosine is at most its cosine over the walked terms (the walk's sums) plus
    /// the smaller of `bound` and the product of the two rows' ``commonNorms`` (Cauchy–Schwarz over
    /// the common terms). Candidates are computed in order of that bound, highest first, until the
    /// next bound is below the *k*-th cosine found (the rest cannot enter: the result is the best of
    /// all candidates) or ``candidateLimit`` have been computed (the result is then the best of
    /// those, and not complete).
    func bestCandidates(of i: Int, k: Int, bound: Double, scratch: inout NearestNeighbours.Scratch)
        -> (items: [Neighbour], complete: Bool) {
        // A margin for rounding in the bounds and in the cosines they are compared with.
        let margin = 1 + 1e-9
        scratch.ranked.removeAll(keepingCapacity: true)
        for j in scratch.touched where j != i && norms[j] > 0 {
            let rest = min(bound, commonNorms[i] * commonNorms[j])
            scratch.ranked.append(((scratch.sums[j] / (norms[i] * norms[j]) + rest) * margin, j))
        }
        let limit = max(k, candidateLimit)
        let loaded = load(i, into: &scratch)
        defer { if loaded { unload(i, from: &scratch) } }
        func dot(_ i: Int, _ j: Int) -> Double { loaded ? loadedDot(j, scratch) : self.dot(i, j) }
        var best = TopK(k: k)
        // The k highest bounds first: their cosines set the bar the other bounds must reach, so
        // only those that reach it are sorted (a few of the thousands in a large corpus).
        let seeds = highestBounds(scratch.ranked, count: min(k, limit))
        for position in seeds {
            let j = scratch.ranked[position].row
            best.offer(Neighbour(index: j, cosine: dot(i, j) / (norms[i] * norms[j])))
        }
        let bar = best.items.count == k ? best.items[k - 1].cosine : -Double.infinity
        var rest = CandidateHeap()
        for (position, candidate) in scratch.ranked.enumerated() where candidate.bound >= bar && !seeds.contains(position) {
            rest.items.append(candidate)
        }
        // A heap, not a sort: a loose bound lets thousands reach the bar, of which few are taken.
        rest.heapify()
        var computed = seeds.count
        while let candidate = rest.pop() {
            if best.items.count == k && candidate.bound < best.items[k - 1].cosine { return (best.items, true) }
            if computed == limit { return (best.items, false) }
            computed += 1
            let j = candidate.row
            best.offer(Neighbour(index: j, cosine: dot(i, j) / (norms[i] * norms[j])))
        }
        return (best.items, true)
    }

    /// The positions in `ranked` of its `count` highest bounds, highest first, ties to the lower row.
    ///
    /// - Complexity: O(`ranked.count` · `count`).
    func highestBounds(_ ranked: [(bound: Double, row: Int)], count: Int) -> [Int] {
        var top: [Int] = []
        func above(_ a: Int, _ b: Int) -> Bool {
            ranked[a].bound != ranked[b].bound ? ranked[a].bound > ranked[b].bound : ranked[a].row < ranked[b].row
        }
        for position in ranked.indices {
            if top.count == count {
                guard count > 0, above(position, top[count - 1]) else { continue }
                top.removeLast()
            }
            var at = top.count
            while at > 0 && above(position, top[at - 1]) { at -= 1 }
            top.insert(position, at: at)
        }
        return top
    }

    /// Marks row `i`'s terms in `scratch` for ``loadedDot(_:_:)``; false (nothing marked) when the
    /// row has too many terms to number in 16 bits.
    func load(_ i: Int, into scratch: inout NearestNeighbours.Scratch) -> Bool {
        let row = starts[i]..<starts[i + 1]
        guard row.count < Int(UInt16.max) else { return false }
        if scratch.position.isEmpty { scratch.position = [UInt16](repeating: 0, count: largest.count) }
        scratch.rowWeights.removeSubrange(1...)
        for (place, x) in row.enumerated() {
            scratch.position[Int(termIDs[x])] = UInt16(place + 1)
            scratch.rowWeights.append(values[x])
        }
        return true
    }

    /// Clears the marks ``load(_:into:)`` made for row `i`.
    func unload(_ i: Int, from scratch: inout NearestNeighbours.Scratch) {
        for x in starts[i]..<starts[i + 1] { scratch.position[Int(termIDs[x])] = 0 }
    }

    /// The dot product of the row loaded in `scratch` and row `j`: row `j`'s terms in ascending
    /// order, each times the loaded row's weight of it, 0 where it has none. The shared terms'
    /// products come in the same order and with the same operands as in ``dot(_:_:)``, and adding
    /// the others' +0 changes no sum, so the result is the same bit for bit, without a branch.
    ///
    /// - Complexity: O(row `j`'s terms).
    func loadedDot(_ j: Int, _ scratch: NearestNeighbours.Scratch) -> Double {
        var sum = 0.0
        termIDs.withUnsafeBufferPointer { ids in
            values.withUnsafeBufferPointer { weights in
                scratch.position.withUnsafeBufferPointer { position in
                    scratch.rowWeights.withUnsafeBufferPointer { row in
                        for y in starts[j]..<starts[j + 1] {
                            sum += row[Int(position[Int(ids[y])])] * weights[y]
                        }
                    }
                }
            }
        }
        return sum
    }

    /// The dot product of rows `i` and `j`, merged along their terms: the products of shared terms
    /// added in ascending term order, as the full matrix adds them, so the sum is the same bit for
    /// bit. Both rows are sorted by term id. For a row too long for ``load(_:into:)``; the others
    /// use ``loadedDot(_:_:)``, whose table holds a 16-bit place a term (a table of the weights
    /// themselves, one for each thread, took 10 MB for a corpus of 100 MB).
    ///
    /// - Complexity: O(the two rows' terms).
    func dot(_ i: Int, _ j: Int) -> Double {
        var sum = 0.0
        var (x, y) = (starts[i], starts[j])
        let (xEnd, yEnd) = (starts[i + 1], starts[j + 1])
        termIDs.withUnsafeBufferPointer { ids in
            values.withUnsafeBufferPointer { weights in
                // The lower id steps on, both on a match: no branch to mispredict but the match's.
                while x < xEnd && y < yEnd {
                    let (a, b) = (ids[x], ids[y])
                    if a == b { sum += weights[x] * weights[y] }
                    x &+= a <= b ? 1 : 0
                    y &+= b <= a ? 1 : 0
                }
            }
        }
        return sum
    }
}

/// The `k` best neighbours offered so far: cosine highest first, ties to the lower index; only
/// positive cosines.
struct TopK {
    let k: Int
    private(set) var items: [NearestNeighbours.Neighbour] = []

    init(k: Int) { self.k = k }

    static func precedes(_ a: NearestNeighbours.Neighbour, _ b: NearestNeighbours.Neighbour) -> Bool {
        a.cosine != b.cosine ? a.cosine > b.cosine : a.index < b.index
    }

    /// Keeps `candidate` if it is among the best `k`.
    ///
    /// - Complexity: O(*k*).
    mutating func offer(_ candidate: NearestNeighbours.Neighbour) {
        guard candidate.cosine > 0 else { return }
        if items.count == k {
            guard TopK.precedes(candidate, items[k - 1]) else { return }
            items.removeLast()
        }
        var at = items.count
        while at > 0 && TopK.precedes(candidate, items[at - 1]) { at -= 1 }
        items.insert(candidate, at: at)
    }
}

/// Candidates and their bounds, taken highest bound first, ties to the lower row: the order of a
/// sort, for O(1) per candidate to build and O(log *n*) per candidate taken.
struct CandidateHeap {
    var items: [(bound: Double, row: Int)] = []

    static func above(_ a: (bound: Double, row: Int), _ b: (bound: Double, row: Int)) -> Bool {
        a.bound != b.bound ? a.bound > b.bound : a.row < b.row
    }

    /// Makes `items` a heap.
    mutating func heapify() {
        guard items.count > 1 else { return }
        for at in stride(from: items.count / 2 - 1, through: 0, by: -1) { siftDown(at) }
    }

    /// The highest candidate, removed; nil when none is left.
    mutating func pop() -> (bound: Double, row: Int)? {
        guard let first = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            siftDown(0)
        }
        return first
    }

    private mutating func siftDown(_ start: Int) {
        var at = start
        while true {
            let left = 2 * at + 1, right = left + 1
            var top = at
            if left < items.count && Self.above(items[left], items[top]) { top = left }
            if right < items.count && Self.above(items[right], items[top]) { top = right }
            if top == at { return }
            items.swapAt(at, top)
            at = top
        }
    }
}
