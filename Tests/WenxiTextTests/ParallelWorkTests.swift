import Testing
@testable import WenxiText

@Suite struct ParallelWorkTests {
    @Test func emptyInputGivesNoResults() {
        #expect(ParallelWork.map([Int](), jobs: 4) { $0 }.isEmpty)
        #expect(ParallelWork.map(0..<0, jobs: 4) { $0 }.isEmpty)
    }

    @Test func oneItem() {
        #expect(ParallelWork.map([7], jobs: 4) { $0 * 3 } == [21])
    }

    /// Results come back in item order whatever the threads and batch size.
    @Test(arguments: [(1, 64), (2, 1), (4, 3), (16, 1000), (0, 0)])
    func manyItemsKeepTheirOrder(jobs: Int, batch: Int) {
        let items = Array(0..<1000)
        #expect(ParallelWork.map(items, jobs: jobs, batch: batch) { $0 * $0 } == items.map { $0 * $0 })
    }

    @Test func rangesNeedNotStartAtZero() {
        #expect(ParallelWork.map(5..<10, jobs: 3) { $0 * 2 } == [10, 12, 14, 16, 18])
    }
}
