import Foundation
import Testing
@testable import WenxiReports

@Suite struct ArticleShelfTests {
    /// A fresh folder under the system's temporary folder.
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wenxi-shelf-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func reportsComeBackFromTheScratchFileAsPut() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let shelf = ArticleShelf(folder: folder)
        #expect(shelf.isSpilling)
        let slots = RenderFixtures.articles.map(shelf.put)
        #expect(slots.allSatisfy { if case .file = $0 { true } else { false } })
        // Read back in another order than put, as the writer's threads do.
        for i in RenderFixtures.articles.indices.reversed() {
            #expect(try shelf.report(at: slots[i]) == RenderFixtures.articles[i])
        }
    }

    @Test func theScratchFileNeverShowsInTheFolder() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let shelf = ArticleShelf(folder: folder)
        _ = shelf.put(RenderFixtures.articles[0])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func aShelfWithoutAFolderKeepsReportsInMemory() throws {
        let shelf = ArticleShelf(folder: "/nonexistent-wenxi-folder/reports")
        #expect(!shelf.isSpilling)
        let slot = shelf.put(RenderFixtures.articles[1])
        #expect(slot == .memory(0))
        #expect(try shelf.report(at: slot) == RenderFixtures.articles[1])
    }

    @Test func aSlotPastTheFileIsAnErrorNotACrash() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let shelf = ArticleShelf(folder: folder)
        guard case .file(let offset, let length) = shelf.put(RenderFixtures.articles[0]) else {
            Issue.record("not spilled")
            return
        }
        #expect(throws: ShelfError.self) { try shelf.report(at: .file(offset: offset + Int64(length), length: length)) }
        #expect(throws: ShelfError.self) { try shelf.report(at: .file(offset: offset + 1, length: length - 1)) }
    }
    @Test func preparedReportsComeBackAsPutAndTheirBareFiguresApart() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for shelf in [ArticleShelf(folder: folder), ArticleShelf()] {
            // Prepared on several threads, as the intake does, then shelved in order.
            let prepared = ParallelPrepare.all(RenderFixtures.articles, on: shelf)
            let slots = prepared.map(shelf.shelve)
            for (i, slot) in slots.enumerated() {
                #expect(try shelf.report(at: slot.report) == RenderFixtures.articles[i])
                #expect(try shelf.figures(at: slot.figures) == RenderFixtures.articles[i].figures.map(\.bare))
            }
        }
    }
}

/// Prepares reports for a shelf on concurrent threads.
enum ParallelPrepare {
    static func all(_ reports: [ArticleReport], on shelf: ArticleShelf) -> [ArticleShelf.PreparedReport] {
        let slots = Slots(count: reports.count)
        DispatchQueue.concurrentPerform(iterations: reports.count) { slots.set($0, shelf.prepare(reports[$0])) }
        return slots.values.map { $0! }
    }

    final class Slots: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [ArticleShelf.PreparedReport?]
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: ArticleShelf.PreparedReport) { lock.withLock { values[i] = value } }
    }
}
