import Testing
@testable import WenxiTerms

@Suite struct SimilarityTests {
    @Test func cosineByHand() {
        #expect(Similarity.cosine(["经济": 2], ["经济": 5]) == 1)             // same direction
        #expect(Similarity.cosine(["经济": 1], ["文化": 1]) == 0)             // no shared term
        #expect(abs(Similarity.cosine(["经济": 1, "文化": 1], ["经济": 1]) - 0.5.squareRoot()) < 1e-12)
        // (3, 4) · (4, 3) / (5 · 5) = 24 / 25
        #expect(abs(Similarity.cosine(["甲": 3, "乙": 4], ["甲": 4, "乙": 3]) - 0.96) < 1e-12)
    }

    @Test func emptyVectorsHaveNoSimilarity() {
        #expect(Similarity.cosine([:], ["经济": 1]) == 0)
        #expect(Similarity.cosine([:], [:]) == 0)
        #expect(Similarity.cosine(["经济": 0], ["经济": 1]) == 0)
    }

    @Test func matrixOfNothingAndOfOne() {
        #expect(Similarity.matrix([]).isEmpty)
        #expect(Similarity.matrix([["经济": 2]]) == [[1]])
        #expect(Similarity.matrix([[:]]) == [[0]])
    }

    /// The matrix is symmetric, holds the pairwise cosines, and does not depend on the threads.
    @Test(arguments: [1, 2, 4])
    func matrixAgreesWithCosine(jobs: Int) {
        let vectors: [[String: Double]] = [["甲": 3, "乙": 4], ["甲": 4, "乙": 3], ["丙": 1], [:], ["乙": 1, "丙": 1]]
        let m = Similarity.matrix(vectors, jobs: jobs)
        #expect(m.count == 5 && m.allSatisfy { $0.count == 5 })
        for i in 0..<5 {
            for j in 0..<5 {
                #expect(m[i][j] == m[j][i])
                #expect(abs(m[i][j] - (i == j && !vectors[i].isEmpty ? 1 : Similarity.cosine(vectors[i], vectors[j]))) < 1e-12)
            }
        }
        #expect(abs(m[0][1] - 0.96) < 1e-12)
        #expect(m[0][2] == 0 && m[3][4] == 0)
    }
}
