import Testing
import WenxiText

@Suite struct PartitioningIndexTests {
    /// On sorted lists, the first index not below the target, against a plain scan, for every
    /// target around and between the elements, in whole arrays and in slices.
    @Test func isTheLowerBound() {
        for list in [[], [5], [1, 1, 2, 3, 3, 3, 8], Array(stride(from: 0, to: 100, by: 7))] {
            for target in -1...101 {
                let expected = list.firstIndex { $0 >= target } ?? list.endIndex
                #expect(list.partitioningIndex { $0 >= target } == expected, "\(list) \(target)")
            }
            guard list.count > 2 else { continue }
            let slice = list[1..<(list.count - 1)]
            for target in -1...101 {
                #expect(slice.partitioningIndex { $0 >= target } == (slice.firstIndex { $0 >= target } ?? slice.endIndex))
            }
        }
    }

    /// A predicate true nowhere gives the end; true everywhere, the start.
    @Test func edges() {
        let list = [3, 4, 5]
        #expect(list.partitioningIndex { _ in false } == 3)
        #expect(list.partitioningIndex { _ in true } == 0)
        #expect(list[1...].partitioningIndex { _ in true } == 1)
    }
}
