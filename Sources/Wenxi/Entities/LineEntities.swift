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
        return ParallelWork.map(0..<batches, jobs: jobs) { batch in
            ((batch * batchSize)..<min(all.count, (batch + 1) * batchSize)).map { self.mentions(in: all[$0]) }
        }.flatMap { $0 }
    }
}
