import Foundation

extension Segmenter {
    /// Sessions kept for reuse, so that each thread of a run warms one session's ICU iterator,
    /// fold table and path buffers once, not once an article.
    ///
    /// A session is handed to one caller at a time; a caller that finds none free makes one. The
    /// sessions hold no state between texts that changes a result, so reuse gives the same tokens.
    public final class SessionPool: @unchecked Sendable {
        private let segmenter: Segmenter
        private var free: [Session] = []
        private let lock = NSLock()

        public init(_ segmenter: Segmenter) { self.segmenter = segmenter }

        /// `body` run with a session of the pool's segmenter to itself.
        public func withSession<T>(_ body: (Session) throws -> T) rethrows -> T {
            let session = take()
            defer { give(session) }
            return try body(session)
        }

        private func take() -> Session {
            lock.lock()
            defer { lock.unlock() }
            return free.popLast() ?? Session(segmenter)
        }

        private func give(_ session: Session) {
            lock.lock()
            defer { lock.unlock() }
            free.append(session)
        }
    }
}
