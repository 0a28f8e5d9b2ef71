import Foundation
import Testing
@testable import Wenxi

@Suite struct ArticlesSeedTests {
    @Test func dumpSeed() throws {
        let text = try ArticlesTestSupport.read("seeds/000_d12699ffdacbae51.txt")
        let articles = ArticlesTestSupport.jiebaSplitter.articles(in: text, path: "seeds/000_d12699ffdacbae51.txt")
        try ArticlesTestSupport.json(articles).write(toFile: "/tmp/wt-articles-seed.json", atomically: true, encoding: .utf8)
        #expect(articles.count > 0)
    }
}
