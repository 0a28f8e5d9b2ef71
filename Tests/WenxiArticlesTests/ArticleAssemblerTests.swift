import Testing
@testable import WenxiArticles
@testable import WenxiText

/// How short lines are grouped: heading blocks stay small, lists stay text.
@Suite struct ArticleAssemblerTests {
    /// A list of names, one a line, like a table or a roll of delegates.
    static func names(_ count: Int) -> [String] {
        let family = Array("王李张刘陈杨黄赵吴周"), given = Array("伟芳娜敏静丽强磊军洋")
        return (0..<count).map { "\(family[$0 % 10])\(given[$0 / 10 % 10])\(given[$0 % 7]) \($0)号" }
    }

    @Test func aLongListOfShortLinesIsNotOneSubtitle() {
        let lines = ArticleAssemblerTests.names(3_000)
        let articles = ArticleSplitter().articles(in: lines.joined(separator: "\n"))
        let subtitleLines = articles.compactMap(\.subtitle).map { $0.split(separator: " ").count / 2 }
        #expect(subtitleLines.allSatisfy { $0 < ArticleAssembler.maximumHeadingLines })
        // Every line is somewhere: a title, a subtitle or a paragraph.
        let out = articles.flatMap { [$0.title ?? "", $0.subtitle ?? ""] + $0.paragraphs }.joined(separator: " ")
        for line in lines { #expect(out.contains(line)) }
    }

    @Test func fourTitleLinesBeforeTheBodyStillMakeOneHeading() {
        let page = """
            引题：深化改革
            主题：推动高质量发展
            副题一：各地出台新举措
            副题二：企业信心持续增强
            各地近日出台一系列新举措，推动经济高质量发展，企业信心持续增强。
            """
        let articles = ArticleSplitter().articles(in: page)
        #expect(articles.count == 1)
        #expect(articles.first?.title == "引题：深化改革")
        #expect(articles.first?.subtitle == "主题：推动高质量发展 副题一：各地出台新举措 副题二：企业信心持续增强")
    }
}
