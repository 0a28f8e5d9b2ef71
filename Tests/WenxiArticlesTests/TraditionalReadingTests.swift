import Testing
@testable import WenxiArticles
@testable import WenxiText

/// Pages in Traditional characters split like Simplified ones and keep their own characters.
@Suite struct TraditionalReadingTests {
    /// Three articles, no blank lines between them: only the datelines and credits (新華社…電,
    /// 記者) tell where one ends.
    static let page = """
        國務院部署穩就業工作
        新華社北京11月4日電（記者 王明）國務院總理今天主持召開國務院常務會議，部署進一步穩定就業的措施。
        會議指出，就業是最大的民生，要落實各項幫扶政策，幫助高校畢業生找到工作。
        颱風造成多處停電
        本報臺北11月5日電 強烈颱風昨日登陸，造成多處停電，交通運輸一度中斷。
        有關部門已組織力量搶修，預計明天恢復供電。
        （完）
        科學家發現遙遠星系
        新華社上海11月6日電 中國科學院的研究團隊近日宣佈，他們利用望遠鏡觀測到一個遙遠的星系。
        這項發現對於理解宇宙早期的演化具有重要意義，其後還將繼續觀測。
        記者 李華 張偉

        """

    @Test func aTraditionalPageSplitsAtItsDatelinesAndCredits() {
        let articles = ArticleSplitter().articles(in: TraditionalReadingTests.page, path: "tw.txt")
        #expect(articles.map(\.title) == ["國務院部署穩就業工作", "颱風造成多處停電", "科學家發現遙遠星系"])
        #expect(articles.map { $0.dateline?.agency } == ["新華社", "本報", "新華社"])
        #expect(articles.first?.dateline?.raw == "新華社北京11月4日電（記者 王明）")
        #expect(articles.last?.byline?.reporters == ["李華", "張偉"])
        #expect(articles.last?.paragraphs == [
            "中國科學院的研究團隊近日宣佈，他們利用望遠鏡觀測到一個遙遠的星系。",
            "這項發現對於理解宇宙早期的演化具有重要意義，其後還將繼續觀測。",
        ])
    }

    @Test func everyCharacterOfTheOutputIsThePages() {
        let articles = ArticleSplitter().articles(in: TraditionalReadingTests.page)
        let page = Set(TraditionalReadingTests.page.unicodeScalars)
        let out = articles.flatMap { [$0.title ?? ""] + $0.paragraphs }.joined()
        #expect(out.unicodeScalars.allSatisfy { page.contains($0) })
    }

    @Test func aSimplifiedPageQuotingATraditionalNameIsNotTraditional() {
        let text = "新华社北京11月4日电 记者从有关部门获悉，来自臺灣的客商参加了今年的进口博览会，展出了多种特色农产品。"
        #expect(TraditionalReading(lines: PageReader.lines(in: text)) == nil)
    }

    @Test func aCharacterWhoseSimplifiedFormIsOnThePageKeepsItsForm() {
        // 後 (after) simplifies to 后, which the page holds as itself (皇后): 後 is not simplified,
        // so each keeps its form; 動 and 發 have no such rival and are read as 动 and 发.
        let text = "皇后出席了活動，隨後發表講話，之後離開。記者在現場。"
        let reading = TraditionalReading(lines: PageReader.lines(in: text))
        let simplified = reading?.simplifiedLines.first.map { String(String.UnicodeScalarView($0.text)) }
        #expect(simplified == "皇后出席了活动，随後发表讲话，之後离开。记者在现场。")
        #expect(ArticleSplitter().articles(in: text).first?.paragraphs == [text])
    }
}
