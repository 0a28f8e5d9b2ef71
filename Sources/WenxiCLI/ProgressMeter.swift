import Foundation
import Wenxi

/// The progress line of `map` and `reduce`, redrawn in place at most five times a second; silent
/// unless standard error is a terminal.
final class ProgressMeter {
    let enabled: Bool
    let total: Int?
    private let start = ContinuousClock.now
    private var shown = ContinuousClock.now - .seconds(1)

    init(total: Int?, enabled: Bool = isatty(2) == 1) {
        self.total = total
        self.enabled = enabled
    }

    func update(articles: Int, bytes: Int) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard now - shown >= .milliseconds(200) else { return }
        shown = now
        let line = ProgressLine.text(articles: articles, bytes: bytes, total: total, elapsed: (now - start).seconds)
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
    }

    func done() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// The bytes of the regular files among `paths` (folders: every `.txt` below), nil for standard input.
    static func size(of paths: [String]) -> Int? {
        var total = 0
        for item in InputFile.expand(paths) {
            guard case .success(let file) = item else { continue }
            guard let path = file.path else { return nil }
            total += ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int) ?? 0
        }
        return total
    }
}
