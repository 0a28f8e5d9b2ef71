import Testing
@testable import WenxiArticles
@testable import WenxiSegmentation
@testable import WenxiText

@Suite struct ArticlesSentenceTests {
    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var sentences: [String]
        var description: String { text }
    }

    static let cases: [Case] = [
        Case(text: "今天天气很好。我们去公园！你去吗？", sentences: ["今天天气很好。", "我们去公园！", "你去吗？"]),
        Case(text: "他说：“我会继续努力。”随后离开了会场。", sentences: ["他说：“我会继续努力。”", "随后离开了会场。"]),
        Case(text: "“人民城市人民建，人民城市为人民。希望你们继续讲好故事。”近日，总书记回信。",
             sentences: ["“人民城市人民建，人民城市为人民。希望你们继续讲好故事。”", "近日，总书记回信。"]),
        Case(text: "从开博客到拍微电影……在上海，志愿者很多。", sentences: ["从开博客到拍微电影……", "在上海，志愿者很多。"]),
        Case(text: "真的吗？！太好了。", sentences: ["真的吗？！", "太好了。"]),
        Case(text: "会议指出（详见附件。）下一步要落实。", sentences: ["会议指出（详见附件。）", "下一步要落实。"]),
        Case(text: "没有结尾标点", sentences: ["没有结尾标点"]),
        Case(text: "第一段。\n第二段没有句号\n  第三段。  ", sentences: ["第一段。", "第二段没有句号", "第三段。"]),
        Case(text: "他引用了“一句话。另一句。\n下一段。", sentences: ["他引用了“一句话。另一句。", "下一段。"]),
        Case(text: "增长5.2%。English text? Yes!", sentences: ["增长5.2%。", "English text?", "Yes!"]),
        Case(text: "", sentences: []),
    ]

    @Test(arguments: cases) func splits(_ c: Case) {
        #expect(SentenceSplitter().sentences(in: c.text).map(\.text) == c.sentences)
    }

    @Test func offsetsAreCodePoints() {
        let text = "𠀀字。好的！\n“引语。”完"
        let s = SentenceSplitter().sentences(in: text)
        let scalars = Array(text.unicodeScalars)
        #expect(s.map(\.start) == [0, 3, 7, 12])
        #expect(s.map(\.end) == [3, 6, 12, 13])
        for sentence in s {
            #expect(scalars.string(sentence.start..<sentence.end) == sentence.text)
        }
    }

    @Test func articleTextSplitsIntoSentencesPerParagraph() {
        let page = "标题在此\n\n第一句。第二句。\n\n第三句"
        let a = ArticleSplitter().articles(in: page)[0]
        #expect(SentenceSplitter().sentences(in: a.text).map(\.text) == ["第一句。", "第二句。", "第三句"])
    }
}
