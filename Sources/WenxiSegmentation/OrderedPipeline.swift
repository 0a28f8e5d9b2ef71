import Foundation

/// Runs numbered work items on worker threads and hands their results to the calling thread in
/// order, as soon as each is ready, with at most `window` items done or in progress ahead of the
/// one written: the workers never wait for a round to finish, and memory stays bounded.
enum OrderedPipeline {
    /// Calls `work(i)` for every `i` in `0..<count` on `jobs` threads and `write` with the results in
    /// order on the calling thread.
    static func run<Result: Sendable>(count: Int, jobs: Int, window: Int,
                                      work: @escaping @Sendable (Int) -> Result, write: (Result) -> Void) {
        guard jobs > 1, count > 1 else {
            for i in 0..<count { write(work(i)) }
            return
        }
        let state = State<Result>(count: count, window: max(window, jobs))
        let group = DispatchGroup()
        for _ in 0..<min(jobs, count) {
            DispatchQueue.global().async(group: group) {
                while let item = state.nextItem() { state.finish(item, work(item)) }
            }
        }
        for i in 0..<count { write(state.take(i)) }
        group.wait()
    }

    /// The items handed out and the results not yet written, under one condition.
    private final class State<Result>: @unchecked Sendable {
        private let condition = NSCondition()
        private var results: [Int: Result] = [:]
        private var handedOut = 0
        private var written = 0
        private let count: Int
        private let window: Int

        init(count: Int, window: Int) {
            self.count = count
            self.window = window
        }

        /// The next item to work on, waiting while the window is full; `nil` when all are out.
        func nextItem() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while handedOut < count, handedOut - written >= window { condition.wait() }
            guard handedOut < count else { return nil }
            defer { handedOut += 1 }
            return handedOut
        }

        func finish(_ item: Int, _ result: Result) {
            condition.lock()
            results[item] = result
            condition.broadcast()
            condition.unlock()
        }

        /// Waits for the result of `item` and removes it.
        func take(_ item: Int) -> Result {
            condition.lock()
            defer { condition.unlock() }
            while results[item] == nil { condition.wait() }
            written = item + 1
            condition.broadcast()
            return results.removeValue(forKey: item)!
        }
    }
}
