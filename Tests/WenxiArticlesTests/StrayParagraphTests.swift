import Testing
@testable import WenxiArticles
@testable import WenxiText

/// Pages written for these tests: a paragraph of the second story printed at the end of the first.
@Suite struct StrayParagraphTests {
    static let page = """
        高铁新线开通运营

        本报讯 连接两座省会城市的高铁新线今天开通运营，全程运行时间缩短到一小时。

        新线设有八座车站，沿线城市的旅客出行更加便捷，铁路部门将根据客流增开列车。

        同时，粮食部门将加强粮食收购资金保障，做好粮食仓储设施检修，确保粮食收购工作平稳有序开展。

        秋粮收购全面展开

        本报讯 各地秋粮收购陆续展开，粮食部门提前备足仓容和资金，粮食收购进度快于去年同期。

        粮食部门要求，收购企业要严格执行粮食质量标准，

        """

    @Test func theParagraphMovesToTheStoryItContinues() throws {
        let articles = ArticleSplitter().articles(in: StrayParagraphTests.page, path: "p.txt")
        #expect(articles.count == 2)
        #expect(articles[0].paragraphs.count == 2)
        #expect(articles[0].paragraphs.last?.hasPrefix("新线设有八座车站") == true)
        let last = try #require(articles[1].paragraphs.last)
        #expect(last == "粮食部门要求，收购企业要严格执行粮食质量标准，同时，粮食部门将加强粮食收购资金保障，做好粮食仓储设施检修，确保粮食收购工作平稳有序开展。")
        for article in articles {
            let moved = article.repairs.filter { $0.kind == .movedStrayParagraph }
            #expect(moved.count == 1)
            #expect(moved.first?.firstLine == 7)
        }
        #expect(!articles[1].warnings.contains { $0.hasPrefix("ends in the middle of a sentence") })
    }

    @Test func aParagraphOnItsOwnStoryStays() {
        let page = StrayParagraphTests.page.replacingOccurrences(
            of: "同时，粮食部门将加强粮食收购资金保障，做好粮食仓储设施检修，确保粮食收购工作平稳有序开展。",
            with: "铁路部门表示，新线开通后沿线城市之间的高铁列车将实现公交化运营。")
        let articles = ArticleSplitter().articles(in: page, path: "p.txt")
        #expect(articles[0].paragraphs.count == 3)
        #expect(articles.allSatisfy { !$0.repairs.contains { $0.kind == .movedStrayParagraph } })
        // The second story still ends mid-sentence, and says so.
        #expect(articles[1].warnings.contains { $0.hasPrefix("ends in the middle of a sentence") })
    }

    @Test func nothingMovesWhenTheNextStoryEndsItsSentence() {
        let page = StrayParagraphTests.page.replacingOccurrences(of: "粮食质量标准，", with: "粮食质量标准。")
        let articles = ArticleSplitter().articles(in: page, path: "p.txt")
        #expect(articles[0].paragraphs.count == 3)
    }

    @Test func bigramCosineByHand() {
        // 城市更新: 城市 市更 更新; 城市建设: 城市 市建 建设. One pair shared of three each: 1 / (√3 · √3).
        let a = StrayParagraphs.bigrams("城市更新"), b = StrayParagraphs.bigrams("城市建设")
        #expect(abs(StrayParagraphs.cosine(a, b) - 1.0 / 3) < 1e-12)
        // Punctuation breaks pairs: 城市，更新 has 城市 and 更新 only.
        #expect(StrayParagraphs.bigrams("城市，更新").count == 2)
        #expect(FixedDecimal.text(0.376) == "0.38" && FixedDecimal.text(0.08) == "0.08")
    }
}
