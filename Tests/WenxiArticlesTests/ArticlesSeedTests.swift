import Foundation
import Testing
@testable import WenxiArticles
@testable import WenxiSegmentation
@testable import WenxiText

/// Structure only: the rules come from general layout patterns, not from this page.
@Suite struct ArticlesSeedTests {
    @Test func seedPageStructure() throws {
        let text = try ArticlesTestSupport.read("seeds/000_d12699ffdacbae51.txt")
        let articles = ArticlesTestSupport.jiebaSplitter.articles(in: text, path: "seeds/000_d12699ffdacbae51.txt")
        #expect(articles.count == 6)
        #expect(articles.map(\.index) == Array(1...articles.count))
        let classifier = BlockClassifier(maximumTitleLength: 40, maximumSubtitleLength: 80)
        for a in articles {
            #expect(!a.paragraphs.isEmpty)
            #expect(a.source.path == "seeds/000_d12699ffdacbae51.txt")
            if let title = a.title {
                #expect(classifier.isTitleLike(Array(title.unicodeScalars)), "not a title: \(title)")
            } else {
                #expect(a.repairs.contains { $0.kind == .untitledFragment })
            }
        }
        // Articles come in order and do not overlap.
        for (a, b) in zip(articles, articles.dropFirst()) {
            #expect(a.source.lastLine < b.source.firstLine)
        }
        // Every article but the untitled fragment is titled.
        #expect(articles.filter { $0.title == nil }.count == 1)
    }
}
