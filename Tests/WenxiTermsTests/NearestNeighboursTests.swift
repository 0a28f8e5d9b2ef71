import Testing
@testable import WenxiTerms
import WenxiTestSupport

@Suite struct NearestNeighboursTests {
    /// The brute force: every other vector's cosine from the full matrix, the positive ones sorted
    /// by cosine then index, the first `k`.
    static func bruteForce(_ vectors: [[String: Double]], k: Int) -> [[NearestNeighbours.Neighbour]] {
        let m = Similarity.matrix(vectors)
        return vectors.indices.map { i in
            let others = vectors.indices.filter { $0 != i && m[i][$0] > 0 }
                .sorted { m[i][$0] != m[i][$1] ? m[i][$0] > m[i][$1] : $0 < $1 }
            return others.prefix(k).map { NearestNeighbours.Neighbour(index: $0, cosine: m[i][$0]) }
        }
    }

    /// Random sparse vectors: weights from a few values, so that equal cosines (ties) are common;
    /// some vectors empty, some all zeros; a few terms in nearly every vector (common terms).
    static func randomVectors(_ generator: inout SplitMix64) -> [[String: Double]] {
        let count = Int.random(in: 0...60, using: &generator)
        let vocabulary = (0..<Int.random(in: 1...40, using: &generator)).map { "t\($0)" }
        let weights: [Double] = [0, 0.5, 1, 1, 2, 3, 0.1, 0.37]
        return (0..<count).map { _ in
            var vector: [String: Double] = [:]
            if Bool.random(using: &generator) { vector["common"] = weights.randomElement(using: &generator)! }
            for _ in 0..<Int.random(in: 0...8, using: &generator) {
                vector[vocabulary.randomElement(using: &generator)!] = weights.randomElement(using: &generator)!
            }
            return vector
        }
    }

    /// Property: on seeded random vectors, with and without pruning (every term with two or more
    /// vectors common, or the default), for several k and threads, the neighbours equal the brute
    /// force's, cosines bit for bit.
    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
    func equalsTheFullMatrix(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        for _ in 0..<25 {
            let vectors = Self.randomVectors(&generator)
            for k in [1, 3, 5] {
                let expected = Self.bruteForce(vectors, k: k)
                let eager = NearestNeighbours.Options(commonShare: 0, commonMinimum: 2)
                let some = NearestNeighbours.Options(commonShare: 0.4, commonMinimum: 1)
                for options in [NearestNeighbours.Options(), eager, some] {
                    for jobs in [1, 2] {
                        #expect(NearestNeighbours.find(vectors, k: k, options: options, jobs: jobs) == expected,
                                "k \(k), \(options), \(jobs) jobs, \(vectors.count) vectors")
                    }
                }
            }
        }
    }

    /// Property: with bounded walks, each row's neighbours are the brute force's best among the
    /// vectors that share a term in at most `walkLimit` vectors with it (every vector when it has
    /// none), cosines bit for bit; with a limit of at least the vector count, exactly the brute force.
    @Test(arguments: [UInt64(11), 12, 13, 14])
    func boundedWalksKeepTheBestCandidates(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        for _ in 0..<25 {
            let vectors = Self.randomVectors(&generator)
            var frequency: [String: Int] = [:]
            for vector in vectors { for term in vector.keys { frequency[term, default: 0] += 1 } }
            for limit in [1, 2, 4] {
                let options = NearestNeighbours.Options(walkLimit: limit)
                let found = NearestNeighbours.find(vectors, k: 3, options: options)
                let all = Self.bruteForce(vectors, k: vectors.count)
                for i in vectors.indices {
                    let rare = Set(vectors[i].keys.filter { frequency[$0]! <= limit })
                    let candidates = all[i].filter { !rare.isDisjoint(with: vectors[$0.index].keys) }
                    let expected = Array((candidates.isEmpty ? all[i] : candidates).prefix(3))
                    #expect(found[i] == expected, "row \(i), limit \(limit), \(vectors.count) vectors")
                }
            }
            let unlimited = NearestNeighbours.Options(walkLimit: max(1, vectors.count))
            #expect(NearestNeighbours.find(vectors, k: 3, options: unlimited) == Self.bruteForce(vectors, k: 3))
        }
    }

    /// Property: a candidate limit of at least the vector count changes nothing; a smaller one
    /// gives at most `k` neighbours, in order, each with the brute force's cosine bit for bit, and
    /// all of them sharing a walked term with the row (or the exact answer, from a full walk).
    @Test(arguments: [UInt64(21), 22, 23, 24])
    func candidateLimitKeepsExactCosines(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        for _ in 0..<25 {
            let vectors = Self.randomVectors(&generator)
            let all = Self.bruteForce(vectors, k: vectors.count)
            var frequency: [String: Int] = [:]
            for vector in vectors { for term in vector.keys { frequency[term, default: 0] += 1 } }
            for walkLimit in [1, 2, 4] {
                let unlimited = NearestNeighbours.find(vectors, k: 3, options: .init(walkLimit: walkLimit))
                let wide = NearestNeighbours.Options(walkLimit: walkLimit, candidateLimit: vectors.count)
                #expect(NearestNeighbours.find(vectors, k: 3, options: wide, jobs: 2) == unlimited)
                for candidateLimit in [1, 2, 3] {
                    let options = NearestNeighbours.Options(walkLimit: walkLimit, candidateLimit: candidateLimit)
                    let found = NearestNeighbours.find(vectors, k: 2, options: options)
                    for i in vectors.indices {
                        let exact = Dictionary(uniqueKeysWithValues: all[i].map { ($0.index, $0.cosine) })
                        #expect(found[i].count <= 2)
                        #expect(found[i].allSatisfy { exact[$0.index] == $0.cosine }, "row \(i)")
                        #expect(zip(found[i], found[i].dropFirst()).allSatisfy { TopK.precedes($0, $1) })
                        let rare = Set(vectors[i].keys.filter { frequency[$0]! <= walkLimit })
                        let candidates = all[i].filter { !rare.isDisjoint(with: vectors[$0.index].keys) }
                        // A row whose computed candidates all have cosine 0 is walked in full: exact.
                        #expect(found[i] == Array(all[i].prefix(2))
                            || found[i].allSatisfy { f in candidates.contains { $0.index == f.index } })
                    }
                }
            }
        }
    }

    /// Articles built so the cap binds: article 0 shares one rare term each with articles 1 to 6.
    /// Articles 1 to 5 hold a heavy common term that article 0 lacks, so their bounds are high but
    /// their cosines low; article 6 shares article 0's common term and is its true nearest, with a
    /// lower bound. Computing every candidate finds 6; computing only the two of highest bound
    /// gives their best, 1 (ties to the lower index).
    @Test func candidateLimitComputesTheHighestBoundsFirst() {
        var vectors: [[String: Double]] = [["r1": 1, "r2": 1, "r3": 1, "r4": 1, "r5": 1, "r6": 1, "c1": 2]]
        for j in 1...5 { vectors.append(["r\(j)": 1, "c2": 3]) }
        vectors.append(["r6": 1, "c1": 1, "y": 2])
        // Filler articles holding both common terms, so each is in more vectors than the walk limit.
        for f in 0..<6 { vectors.append(["c1": 1, "c2": 1, "f\(f)": 5]) }
        let expected = Self.bruteForce(vectors, k: 1)[0]
        #expect(expected.map(\.index) == [6])
        let exact = NearestNeighbours.find(vectors, k: 1, options: .init(walkLimit: 2))
        #expect(exact[0] == expected)
        let capped = NearestNeighbours.find(vectors, k: 1, options: .init(walkLimit: 2, candidateLimit: 2))
        #expect(capped[0].map(\.index) == [1])
        #expect(capped[0].first?.cosine == Self.bruteForce(vectors, k: vectors.count)[0].first { $0.index == 1 }?.cosine)
        // Without bounded walks the limit does not apply: the search is exact.
        #expect(NearestNeighbours.find(vectors, k: 1, options: .init(candidateLimit: 2))[0] == expected)
    }

    /// The cap keeps the candidates of highest bound, not the first walked: article 0 shares a rare
    /// term with articles 1 to 5 (light in them) and with 6 (all of it), walked in that order; with
    /// two computed, 6 is still found.
    @Test func candidateLimitKeepsTheHighestBounds() {
        var vectors: [[String: Double]] = [["r1": 1, "r2": 1, "r3": 1, "r4": 1, "r5": 1, "r6": 1]]
        for j in 1...5 { vectors.append(["r\(j)": 0.1, "z\(j)": 5, "c1": 1]) }
        vectors.append(["r6": 1])
        for f in 0..<6 { vectors.append(["c1": 1, "f\(f)": 5]) }
        let options = NearestNeighbours.Options(walkLimit: 2, candidateLimit: 2)
        #expect(NearestNeighbours.InvertedIndex(SparseVectors(vectors).sortedByTerm(), options: options).bounded)
        #expect(NearestNeighbours.find(vectors, k: 1, options: options)[0] == Self.bruteForce(vectors, k: 1)[0])
        #expect(NearestNeighbours.find(vectors, k: 1, options: options)[0].map(\.index) == [6])
    }

    /// The pruned walk does answer on its own when the common term weighs little against the rare
    /// ones, and then agrees with the walk over all postings.
    @Test func prunedWalkAnswersWhenTheBoundAllows() {
        var vectors: [[String: Double]] = []
        for i in 0..<10 { vectors.append(["的": 0.01, "a\(i / 2)": 1, "b\(i / 5)": 0.5]) }
        let index = NearestNeighbours.InvertedIndex(SparseVectors(vectors).sortedByTerm(), options: .init(commonShare: 0.5, commonMinimum: 1))
        #expect(index.pruning && index.common.filter { $0 }.count == 1)
        var scratch = NearestNeighbours.Scratch(count: vectors.count)
        for i in vectors.indices {
            let pruned = index.prunedNearest(to: i, k: 3, scratch: &scratch)
            #expect(pruned.certain)
            #expect(pruned.items == index.fullNearest(to: i, k: 3, scratch: &scratch))
        }
        // Article 0 is closest to 1 (two shared terms), then 2, 3, 4 (one), ties to the lower index.
        #expect(NearestNeighbours.find(vectors, k: 3)[0].map(\.index) == [1, 2, 3])
    }

    /// With a negative weight the bound does not hold, so pruning is off (and the result exact).
    @Test func negativeWeightsTurnPruningOff() {
        let vectors: [[String: Double]] = [["x": 1, "y": -1], ["x": 1, "y": 1], ["x": 1]]
        let index = NearestNeighbours.InvertedIndex(SparseVectors(vectors).sortedByTerm(), options: .init(commonShare: 0, commonMinimum: 1))
        #expect(!index.pruning)
        #expect(NearestNeighbours.find(vectors, k: 2, options: .init(commonShare: 0, commonMinimum: 1))
            == Self.bruteForce(vectors, k: 2))
    }

    @Test func nothingToCompare() {
        #expect(NearestNeighbours.find([], k: 3).isEmpty)
        #expect(NearestNeighbours.find([["a": 1]], k: 3) == [[]])
        #expect(NearestNeighbours.find([["a": 1], ["a": 2]], k: 0) == [[], []])
        #expect(NearestNeighbours.find([[:], ["a": 1], ["a": 0]], k: 3) == [[], [], []])
    }

    /// On real articles' TF-IDF vectors, the same neighbours as the full matrix.
    @Test func realArticles() throws {
        let texts = TermsTestArticles.all + [TermsTestArticles.newEnergy] + TermsTestArticles.all.map { String($0.prefix(120)) }
        let analysis = try TermAnalyzer().analyze(texts)
        let weights = IDFWeights(documents: analysis.documents, background: try BackgroundIDF.shared())
        let vectors = Similarity.tfidfVectors(analysis.documents, weights: weights)
        for k in [1, 3, 5] {
            #expect(NearestNeighbours.find(vectors, k: k) == Self.bruteForce(vectors, k: k))
            #expect(NearestNeighbours.find(vectors, k: k, options: .init(commonShare: 0.3, commonMinimum: 1))
                == Self.bruteForce(vectors, k: k))
        }
        // The copy of the new-energy article is the first neighbour of the original, cosine ≈ 1.
        let first = try #require(NearestNeighbours.find(vectors, k: 1)[2].first)
        #expect(first.index == 4 && abs(first.cosine - 1) < 1e-12)
    }
}
