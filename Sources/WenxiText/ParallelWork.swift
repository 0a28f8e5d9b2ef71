import Dispatch

/// Runs independent work items on several threads and gathers their results in item order.
package enum ParallelWork {
    /// `body(item)` for every element of `items`, on up to `jobs` threads, handed out in batches
    /// of `batch`; the results in the order of `items`.
    package static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], jobs: Int, batch: Int = 64, _ body: @Sendable (Item) -> Result
    ) -> [Result] {
        let size = max(1, batch)
        let batches = (items.count + size - 1) / size
        return withoutActuallyEscaping(body) { body in
            map(0..<batches, jobs: jobs) { b in
                items[(b * size)..<min(items.count, (b + 1) * size)].map(body)
            }.flatMap { $0 }
        }
    }

    /// `body(i)` for every `i` in `items`, on up to `jobs` threads; the results in the order of `items`.
    ///
    /// Items are handed out one at a time, so uneven items still keep every thread busy.
    package static func map<Result: Sendable>(
        _ items: Range<Int>, jobs: Int, _ body: @Sendable (Int) -> Result
    ) -> [Result] {
        if jobs <= 1 || items.count <= 1 { return items.map(body) }
        let slots = ResultSlots<Result>(count: items.count)
        let next = Counter(start: items.lowerBound)
        withoutActuallyEscaping(body) { body in
            DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
                while case let item = next.increment(), item < items.upperBound {
                    slots[item - items.lowerBound] = body(item)
                }
            }
        }
        return (0..<items.count).map { slots.take($0)! }
    }

    /// `make(i)` for every `i` in `0..<count` on up to `jobs` threads, `chunk` items at a time; each
    /// chunk's results go to `take` in order before the next chunk is made, so no more than `chunk`
    /// results are held at once.
    package static func inChunks<Result: Sendable>(
        count: Int, chunk: Int, jobs: Int, _ make: @Sendable (Int) -> Result, take: (Int, Result) -> Void
    ) {
        let size = max(1, chunk)
        for first in stride(from: 0, to: count, by: size) {
            let results = map(first..<min(count, first + size), jobs: jobs, make)
            for (offset, result) in results.enumerated() { take(first + offset, result) }
        }
    }
}

/// Slots that concurrent workers fill, each slot by one worker.
final class ResultSlots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = Mutex()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    /// The value in `index`, leaving the slot empty.
    func take(_ index: Int) -> Value? {
        lock.withLock {
            defer { storage[index] = nil }
            return storage[index]
        }
    }
}

/// A shared counter that hands out work items.
final class Counter: @unchecked Sendable {
    private var value: Int
    private let lock = Mutex()

    init(start: Int = 0) { value = start }

    func increment() -> Int {
        lock.withLock {
            defer { value += 1 }
            return value
        }
    }
}
