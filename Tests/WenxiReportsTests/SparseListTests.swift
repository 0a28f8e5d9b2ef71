import Foundation
import Testing
import WenxiText
@testable import WenxiReports

/// A sparse list reads, compares and encodes as the plain array of its elements.
@Suite struct SparseListTests {
    /// Lists with zeros at the ends, in runs and alone, and none at all.
    static let cases: [[Int]] = [[], [0], [7], [0, 0, 3, 0, 0, 0, 12, 1, 0], [5, 0, 2], [1, 2, 3], [0, 0, 0, 0, -4]]

    @Test(arguments: cases) func readsAsItsElements(_ elements: [Int]) {
        let list = SparseList(elements)
        #expect(list.count == elements.count)
        #expect(Array(list) == elements)
        #expect(list.indices.map { list[$0] } == elements)
    }

    @Test(arguments: cases) func encodesAndDecodesAsThePlainArray(_ elements: [Int]) throws {
        let list = SparseList(elements)
        #expect(try JSONWriter.string(list) == JSONWriter.string(elements))
        #expect(try JSONEncoder().encode(list) == JSONEncoder().encode(elements))
        #expect(try JSONDecoder().decode(SparseList<Int>.self, from: JSONEncoder().encode(elements)) == list)
    }

    @Test func equalListsAreEqualAndHashAlike() {
        let a = SparseList([0, 4, 0, 1]), b: SparseList<Int> = [0, 4, 0, 1]
        #expect(a == b && a.hashValue == b.hashValue)
        #expect(a != SparseList([0, 4, 0, 1, 0]))
        #expect(a != SparseList([4, 0, 0, 1]))
    }

    @Test func holdsDoubles() throws {
        let rates = [0, 12.5, 0, 0.01]
        #expect(Array(SparseList(rates)) == rates)
        #expect(try JSONWriter.string(SparseList(rates)) == JSONWriter.string(rates))
    }
}
