import Foundation
import Testing
@testable import WenxiTerms
import WenxiText

@Suite struct TermCountsTests {
    @Test func emptyCounts() {
        let counts = TermCounts()
        #expect(counts.total == 0 && counts.distinctCount == 0)
        #expect(counts["经济"] == 0 && counts.frequency(of: "经济") == 0)
        #expect(counts.sorted().isEmpty)
    }

    @Test func zerosAreDroppedAndTotalsKept() {
        let counts = TermCounts(["经济": 3, "文化": 0, "科技": 1])
        #expect(counts.distinctCount == 2 && counts.total == 4)
        #expect(counts.frequency(of: "经济") == 0.75)
    }

    /// Most frequent first; ties in term order.
    @Test func sortedByCountThenTerm() {
        let counts = TermCounts(["b": 2, "a": 2, "c": 5, "d": 1])
        #expect(counts.sorted().map(\.term) == ["c", "a", "b", "d"])
    }

    @Test func corpusSumsDocuments() {
        let corpus = TermCounts(corpus: [TermCounts(["经济": 2]), TermCounts(["经济": 1, "科技": 4]), TermCounts()])
        #expect(corpus["经济"] == 3 && corpus["科技"] == 4 && corpus.total == 7)
        #expect(TermCounts(corpus: []).total == 0)
    }

    @Test func fromOccurrences() {
        let occurrences = ["经济", "科技", "经济"].enumerated().map { k, term in
            TermOccurrence(term: term, start: 2 * k, end: 2 * k + 2, kind: .word, position: k)
        }
        let counts = TermCounts(occurrences)
        #expect(counts["经济"] == 2 && counts["科技"] == 1 && counts.total == 3)
    }

    @Test func codedAsADictionaryByTerm() throws {
        // Held by the terms' bytes, the counts are still written as a dictionary keyed by term,
        // the form records had before: {"counts": {term: n}, "total": n}.
        let counts = TermCounts(["经济": 2, "科技": 1, "空": 0])
        let data = try JSONEncoder().encode(counts)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["counts"] as? [String: Int] == ["经济": 2, "科技": 1])
        #expect(object["total"] as? Int == 3)
        let back = try JSONDecoder().decode(TermCounts.self, from: data)
        #expect(back == counts && back["经济"] == 2 && back.distinctCount == 2)
        #expect(back.counts == ["经济": 2, "科技": 1])
    }

    @Test func exactAndStringCountsAgree() {
        let exact = TermCounts(exact: [ExactString("经济"): 2, ExactString("科技"): 1, ExactString("零"): 0])
        #expect(exact == TermCounts(["经济": 2, "科技": 1]))
        #expect(exact.total == 3 && exact.sorted().map(\.term) == ["经济", "科技"])
    }
}
