import Foundation
import Testing
import WenxiArticles
@testable import WenxiPipeline
import WenxiText

@Suite struct ArticleCollectionTests {
    @Test(arguments: [1, 3])
    func readsGoodInputsAndCollectsBadOnesInOrder(jobs: Int) throws {
        let analyzer = try Analyzer()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wenxi-collect-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func write(_ name: String, _ bytes: [UInt8]) throws -> String {
            let url = folder.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            return url.path
        }
        let page = "全市召开安全生产会议\n\n会议要求各地压实责任，扎实做好安全生产各项工作。\n"
        let a = try write("a.txt", Array(page.utf8))
        let empty = try write("b.txt", [])
        let c = try write("c.txt", Array(page.utf8))
        let collection = analyzer.collectArticles(from: [a, "/no/such/x.txt", empty, c], decoder: TextDecoder(), jobs: jobs)
        #expect(collection.inputs == [a, c])
        #expect(collection.failures.map(\.path) == ["/no/such/x.txt", empty])
        #expect(collection.articles.map(\.source.path) == [a, c])
        #expect(collection.articles.map(\.index) == [1, 1])      // numbered within each input
        #expect(collection.articles.first?.title == "全市召开安全生产会议")
    }

    @Test func nothingReadable() throws {
        let collection = try Analyzer().collectArticles(from: ["/no/such/x.txt"], decoder: TextDecoder())
        #expect(collection.articles.isEmpty && collection.inputs.isEmpty && collection.failures.count == 1)
    }
}
