import Foundation

extension EntityRecognizer {
    /// The mentions of each line of `text`, every line an independent document, in line order
    /// (a final line break does not open another line).
    ///
    /// - Parameter jobs: threads to use; lines are handed out in batches.
    /// - Complexity: O(*n* · *m*), spread over `jobs` threads.
    public func mentionsByLine(of text: String, jobs: Int = 1) -> [[EntityMention]] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        if text.hasSuffix("\n") { lines.removeLast() }
        let all = lines
        let batchSize = 256
        let batches = (all.count + batchSize - 1) / batchSize
        let outputs = ResultSlots<[[EntityMention]]>(count: batches)
        let work: @Sendable (Int) -> Void = { batch in
            let range = (batch * batchSize)..<min(all.count, (batch + 1) * batchSize)
            outputs[batch] = range.map { self.mentions(in: all[$0]) }
        }
        if jobs <= 1 || batches <= 1 {
            for batch in 0..<batches { work(batch) }
        } else {
            let next = Counter()
            DispatchQueue.concurrentPerform(iterations: min(jobs, batches)) { _ in
                while true {
                    let batch = next.increment()
                    if batch >= batches { break }
                    work(batch)
                }
            }
        }
        return outputs.values.flatMap { $0 }
    }
}
