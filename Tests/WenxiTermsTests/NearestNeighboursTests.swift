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

    /// The pruned walk does answer on its own when the common term weighs little against the rare
    /// ones, and then agrees with the walk over all postings.
    @Test func prunedWalkAnswersWhenTheBoundAllows() {
        var vectors: [[String: Double]] = []
        for i in 0..<10 { vectors.append(["的": 0.01, "a\(i / 2)": 1, "b\(i / 5)": 0.5]) }
        let index = NearestNeighbours.InvertedIndex(vectors, options: .init(commonShare: 0.5, commonMinimum: 1))
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
        let index = NearestNeighbours.InvertedIndex(vectors, options: .init(commonShare: 0, commonMinimum: 1))
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
