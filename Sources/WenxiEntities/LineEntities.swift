import Foundation
import WenxiText

extension EntityRecognizer {
    /// The mentions of each line of `text`, every line an independent document, in line order
    /// (a final line break does not open another line).
    ///
    /// - Parameter jobs: threads to use; lines are handed out in batches.
    /// - Complexity: O(*n* · *m*), spread over `jobs` threads.
    public func mentionsByLine(of text: String, jobs: Int = 1) -> [[EntityMention]] {
        ParallelWork.map(TextLines.split(text), jobs: jobs, batch: 256) { self.mentions(in: $0) }
    }
}
