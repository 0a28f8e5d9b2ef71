import Testing
import WenxiTerms

@Suite struct SparseVectorsTests {
    static let vectors: [[String: Double]] = [
        ["经济": 0.5, "增长": 1.25, "GDP": 2.0],
        [:],
        ["增长": 0.75, "上海": 3.0, "浦东": 0.5, "经济": 1.0],
        ["Ａ": 1.0, "a": 2.0, "增长": 0.25],
    ]

    /// Each stored vector is the one appended, entry for entry.
    static func dictionary(_ vectors: SparseVectors, _ row: Int) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: vectors.entries(row).map { (vectors.terms[Int(vectors.termIDs[$0])], vectors.values[$0]) })
    }

    @Test func vectorsAreHeldAsAppended() {
        let vectors = SparseVectors(Self.vectors)
        #expect(vectors.count == Self.vectors.count)
        #expect(Set(vectors.terms).count == vectors.terms.count)
        #expect(Set(vectors.terms) == Set(Self.vectors.flatMap(\.keys)))
        for row in Self.vectors.indices { #expect(Self.dictionary(vectors, row) == Self.vectors[row]) }
    }

    /// Sorted, ids follow the terms' UTF-8 order, each vector's entries ascend by id, and every
    /// vector still holds what it held.
    @Test func sortedByTermRenumbersInUTF8Order() {
        let sorted = SparseVectors(Self.vectors).sortedByTerm()
        #expect(sorted.terms == Set(Self.vectors.flatMap(\.keys)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        for row in Self.vectors.indices {
            let ids = sorted.entries(row).map { sorted.termIDs[$0] }
            #expect(ids == ids.sorted() && Set(ids).count == ids.count)
            #expect(Self.dictionary(sorted, row) == Self.vectors[row])
        }
    }

    /// The neighbour search over the compact vectors is the search over the dictionaries.
    @Test func neighboursAreTheSame() {
        let fromCompact = NearestNeighbours.find(SparseVectors(Self.vectors), k: 2)
        #expect(fromCompact == NearestNeighbours.find(Self.vectors, k: 2))
        #expect(fromCompact[0].map(\.index) == [2, 3])
        #expect(fromCompact[1].isEmpty)
    }
}
