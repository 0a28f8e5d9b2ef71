import Foundation
import Testing
@testable import WenxiArticles
@testable import WenxiSegmentation
@testable import WenxiText

/// Small pages written for the tests, each aimed at one layout feature.
@Suite struct ArticlesPageTests {
    let words = ArticlesTestSupport.lexicon([
        "推进", "高质量", "发展", "基础设施", "建设", "设施", "加快", "城市", "更新", "工作",
        "我们", "坚持", "创新", "驱动", "改革", "开放",
    ])

    @Test func plainFileWithoutTitleIsOneArticle() {
        let page = "今年以来，全市经济运行稳中有进。\n\n一季度地区生产总值同比增长5.2%，高于全国平均水平。\n"
        let articles = ArticleSplitter().articles(in: page, path: "a.txt")
        #expect(articles.count == 1)
        let a = articles[0]
        #expect(a.title == nil)
        #expect(a.paragraphs == ["今年以来，全市经济运行稳中有进。", "一季度地区生产总值同比增长5.2%，高于全国平均水平。"])
        #expect(a.text == "今年以来，全市经济运行稳中有进。\n一季度地区生产总值同比增长5.2%，高于全国平均水平。")
        #expect(a.source == SourceRange(path: "a.txt", firstLine: 1, lastLine: 3))
        #expect(a.warnings.isEmpty)
        #expect(a.repairs.isEmpty)
    }

    @Test func singleShortLineIsTextNotTitle() {
        let articles = ArticleSplitter().articles(in: "今天天气很好")
        #expect(articles.count == 1)
        #expect(articles[0].title == nil)
        #expect(articles[0].paragraphs == ["今天天气很好"])
    }

    @Test func emptyPageHasNoArticles() {
        #expect(ArticleSplitter().articles(in: "\n \n\u{3000}\n").isEmpty)
    }

    @Test func titleDashSubtitleAndStartDateline() {
        let page = """
        长江经济带生态保护取得新进展

        ——沿江11省市推进绿色发展综述

        新华社武汉6月8日电（记者 王明 李华）记者从推动长江经济带发展领导小组办公室获悉，沿江省市生态环境持续改善。

        今年前5个月，长江干流水质稳定保持Ⅱ类。
        """
        let articles = ArticleSplitter().articles(in: page)
        #expect(articles.count == 1)
        let a = articles[0]
        #expect(a.title == "长江经济带生态保护取得新进展")
        #expect(a.subtitle == "沿江11省市推进绿色发展综述")
        #expect(a.dateline?.agency == "新华社")
        #expect(a.dateline?.place == "武汉")
        #expect(a.dateline?.month == 6)
        #expect(a.dateline?.day == 8)
        #expect(a.dateline?.year == nil)
        #expect(a.dateline?.date == "XXXX-06-08")
        #expect(a.dateline?.position == .start)
        #expect(a.dateline?.raw == "新华社武汉6月8日电（记者 王明 李华）")
        #expect(a.dateline?.reporters == ["王明", "李华"])
        #expect(a.byline?.reporters == ["王明", "李华"])
        #expect(a.paragraphs == [
            "记者从推动长江经济带发展领导小组办公室获悉，沿江省市生态环境持续改善。",
            "今年前5个月，长江干流水质稳定保持Ⅱ类。",
        ])
        #expect(a.source.firstLine == 1 && a.source.lastLine == 7)
        #expect(a.warnings.isEmpty)
    }

    @Test func twoTitleHalvesOnOneLineAreOneTitle() {
        let page = "坚持绿色发展 建设美丽家园\n\n本报讯 各地持续推进生态文明建设，城乡人居环境明显改善。\n"
        let articles = ArticleSplitter().articles(in: page)
        #expect(articles.count == 1)
        #expect(articles[0].title == "坚持绿色发展 建设美丽家园")
        #expect(articles[0].subtitle == nil)
        #expect(articles[0].dateline?.agency == "本报")
        #expect(articles[0].dateline?.raw == "本报讯")
        #expect(articles[0].dateline?.date == nil)
        #expect(articles[0].paragraphs == ["各地持续推进生态文明建设，城乡人居环境明显改善。"])
    }

    @Test func closingDatelineEndsArticleAndNextTitleStartsAnother() {
        let page = """
        在希望的田野上

        夏粮丰收在望，农机手们忙着检修机具。

        “今年小麦长势好，亩产有望再创新高。”种粮大户张强说。

        新华社郑州5月30日电

        把论文写在大地上

        一批农业科技人员扎根田间地头，为农民解决实际难题。
        """
        let articles = ArticleSplitter().articles(in: page)
        #expect(articles.count == 2)
        #expect(articles[0].title == "在希望的田野上")
        #expect(articles[0].dateline?.position == .end)
        #expect(articles[0].dateline?.place == "郑州")
        #expect(articles[0].dateline?.month == 5 && articles[0].dateline?.day == 30)
        #expect(articles[0].paragraphs.count == 2)
        #expect(articles[0].source == SourceRange(firstLine: 1, lastLine: 7))
        #expect(articles[1].title == "把论文写在大地上")
        #expect(articles[1].dateline == nil)
        #expect(articles[1].paragraphs == ["一批农业科技人员扎根田间地头，为农民解决实际难题。"])
        #expect(articles[1].source == SourceRange(firstLine: 9, lastLine: 11))
        #expect(articles.allSatisfy { $0.warnings.isEmpty })
    }

    @Test func sectionHeadingsStayInsideTheArticleButATitleBeforeADatelineStartsANewOne() {
        let page = """
        奋力谱写高质量发展新篇章

        本报记者 陈立

        过去一年，全省上下攻坚克难，经济实现稳步增长。

        坚持创新驱动 激发发展活力

        全省研发投入强度提高到2.6%，高新技术企业突破1万家。

        一、持续优化营商环境

        各地推出一批惠企政策，市场主体活力不断增强。

        我市启动老旧小区改造工程

        本报讯（记者 王芳）3月2日，我市老旧小区改造工程全面启动。
        """
        let articles = ArticleSplitter().articles(in: page)
        #expect(articles.count == 2)
        let a = articles[0]
        #expect(a.title == "奋力谱写高质量发展新篇章")
        #expect(a.byline?.reporters == ["陈立"])
        #expect(a.paragraphs == [
            "过去一年，全省上下攻坚克难，经济实现稳步增长。",
            "坚持创新驱动 激发发展活力",
            "全省研发投入强度提高到2.6%，高新技术企业突破1万家。",
            "一、持续优化营商环境",
            "各地推出一批惠企政策，市场主体活力不断增强。",
        ])
        let b = articles[1]
        #expect(b.title == "我市启动老旧小区改造工程")
        #expect(b.dateline?.raw == "本报讯（记者 王芳）")
        #expect(b.byline?.reporters == ["王芳"])
        #expect(b.paragraphs == ["3月2日，我市老旧小区改造工程全面启动。"])
        #expect(b.source == SourceRange(firstLine: 15, lastLine: 17))
    }

    @Test func photoNewsWithCaptionAndCreditThenNextArticle() {
        let page = """
        千年古镇焕新颜

        这是6月8日拍摄的乌镇西栅景区（无人机照片）。

        近年来，当地在保护中开发古镇，游客数量逐年增加。

        新华社记者 刘洋摄

        夏季用电高峰来临

        国家电网加强设备巡检，确保电力供应平稳有序。
        """
        let articles = ArticleSplitter().articles(in: page)
        #expect(articles.count == 2)
        let a = articles[0]
        #expect(a.title == "千年古镇焕新颜")
        #expect(a.byline?.photographers == ["刘洋"])
        #expect(a.byline?.reporters == [])
        #expect(a.byline?.raw == "新华社记者 刘洋摄")
        #expect(a.paragraphs == ["这是6月8日拍摄的乌镇西栅景区（无人机照片）。", "近年来，当地在保护中开发古镇，游客数量逐年增加。"])
        #expect(a.source.lastLine == 7)
        #expect(articles[1].title == "夏季用电高峰来临")
        #expect(articles[1].paragraphs.count == 1)
    }

    @Test func wordsAndSentencesBrokenByBlankLinesAreJoined() {
        let page = """
        各地加快城市更新，推

        进高质量发展。今年将新开工一批基础设施建

        设项目，完善城市功能。

        我们坚持改革开放，

        不断激发市场活力。
        """
        let articles = ArticleSplitter(isWord: words).articles(in: page)
        #expect(articles.count == 1)
        let a = articles[0]
        #expect(a.paragraphs == [
            "各地加快城市更新，推进高质量发展。今年将新开工一批基础设施建设项目，完善城市功能。",
            "我们坚持改革开放，不断激发市场活力。",
        ])
        let joins = a.repairs.filter { $0.kind == .joinedLines }
        #expect(joins.map(\.firstLine) == [1, 3, 7])
        #expect(joins.map(\.lastLine) == [3, 5, 9])
        #expect(joins.map(\.word) == ["推进", "建设", nil])
        #expect(joins.map(\.reason) == [.word, .word, .punctuation])
        #expect(joins[0].left == "加快城市更新，推")
        #expect(joins[0].right == "进高质量发展。今")
        #expect(a.warnings.isEmpty)
    }

    @Test func shortLineJoinsOnlyWhenTheLexiconSeesABrokenWord() {
        // Without the lexicon "…推" / "进…" is not joined: a short line may be a heading.
        let page = "城市面貌焕然一新。\n\n各地加快城市更新推\n\n进高质量发展。\n"
        let without = ArticleSplitter().articles(in: page)
        #expect(without.count == 1)
        #expect(without[0].paragraphs == ["城市面貌焕然一新。", "各地加快城市更新推", "进高质量发展。"])
        #expect(without[0].repairs.isEmpty)
        let with = ArticleSplitter(isWord: words).articles(in: page)
        #expect(with[0].paragraphs == ["城市面貌焕然一新。", "各地加快城市更新推进高质量发展。"])
        #expect(with[0].repairs.map(\.word) == ["推进"])
        // A heading ending with a whole word is not glued to the paragraph after it, even when a
        // lexicon word happens to span the break (新|发 is no word, 更新 ends the heading).
        let heading = "城市面貌焕然一新。\n\n各地加快城市更新\n\n发展势头良好，创新驱动有力。\n"
        #expect(ArticleSplitter(isWord: words).articles(in: heading)[0].paragraphs.count == 3)
    }

    @Test func anExactDuplicateIsDroppedAndTheFirstCopyKept() {
        let page = """
        数字经济规模持续扩大

        去年我国数字经济规模达到53.9万亿元，占国内生产总值比重提升至42.8%。

        数字技术与实体经济加速融合。

        去年我国数字经济规模达到53.9万亿元，占国内生产总值比重提升至42.8%。

        好。

        好。
        """
        let articles = ArticleSplitter().articles(in: page)
        #expect(articles.count == 1)
        let a = articles[0]
        // Short repeated lines (好。) are below the minimum length and stay.
        #expect(a.paragraphs == [
            "去年我国数字经济规模达到53.9万亿元，占国内生产总值比重提升至42.8%。",
            "数字技术与实体经济加速融合。",
            "好。",
            "好。",
        ])
        #expect(a.repairs.map(\.kind) == [.droppedDuplicate])
        #expect(a.repairs[0].firstLine == 7)
        #expect(a.repairs[0].keptFirstLine == 3)
        #expect(a.repairs[0].similarity == 1)
        #expect(a.warnings == ["dropped line 7, an exact duplicate of line 3"])
    }

    @Test func aRepeatedPassageKeepsItsLongerCopy() {
        let page = """
        数字经济规模持续扩大

        去年我国数字经济规模达到53.9万亿元，占国内生产总值比重提升至42.8%。

        数字技术与实体经济加速融合，工业互联网已覆盖全部工业大类。

        去年我国数字经济规模达到53.9万亿元，占国内生产总值比重提升至42.8%。

        业内人士认为，数字技术与实体经济加速融合，工业互联网已覆盖全部工业大类。
        """
        let a = ArticleSplitter().articles(in: page)[0]
        // Lines 3 and 5 repeat as lines 7 and 9 (line 9 contains line 5): one run, the longer copy stays.
        #expect(a.paragraphs == [
            "去年我国数字经济规模达到53.9万亿元，占国内生产总值比重提升至42.8%。",
            "业内人士认为，数字技术与实体经济加速融合，工业互联网已覆盖全部工业大类。",
        ])
        let drops = a.repairs.filter { $0.kind == .droppedDuplicate }
        #expect(drops.map(\.firstLine) == [3, 5])
        #expect(drops.map(\.keptFirstLine) == [7, 9])
        #expect(drops[0].similarity == 1)
        #expect(drops[1].similarity == 1)  // line 5 is wholly contained in line 9
        #expect(drops[1].description == "dropped line 5, a near (100 % shingle overlap) duplicate of line 9")
        #expect(a.warnings.count == 2)
    }

    @Test func aDuplicateKeepsTheCopyThatCompletesABrokenWord() {
        // The passage "…高质量发展…" appears twice: once glued after a finished sentence, once
        // completing the word 推|进 broken at the end of the paragraph before it. The second stays.
        let page = """
        产业升级步伐加快

        今年以来，各地出台一系列支持政策。

        进高质量发展，各地还将出台更多务实举措。

        与此同时，各地持续加快城市更新，推

        进高质量发展，各地还将出台更多务实举措。
        """
        let a = ArticleSplitter(isWord: words).articles(in: page)[0]
        #expect(a.paragraphs == [
            "今年以来，各地出台一系列支持政策。",
            "与此同时，各地持续加快城市更新，推进高质量发展，各地还将出台更多务实举措。",
        ])
        #expect(a.repairs.map(\.kind) == [.droppedDuplicate, .joinedLines])
        #expect(a.repairs[0].firstLine == 5 && a.repairs[0].keptFirstLine == 9)
    }

    @Test func continuationMarksAreRemovedAndAContinuedFragmentIsItsOwnArticle() {
        let page = """
        全力以赴抓好秋粮收购

        本报讯 各地粮食部门加强组织协调，确保农民售粮顺畅。（下转第二版）

        （上接第一版）截至目前，主产区累计收购秋粮超过一亿吨。

        转第3版
        """
        let articles = ArticleSplitter().articles(in: page)
        #expect(articles.count == 2)
        let a = articles[0]
        #expect(a.title == "全力以赴抓好秋粮收购")
        #expect(a.paragraphs == ["各地粮食部门加强组织协调，确保农民售粮顺畅。"])
        #expect(a.repairs.map(\.kind) == [.removedContinuationMark])
        #expect(a.repairs[0].removed == "（下转第二版）")
        #expect(a.warnings == ["continues on another page (（下转第二版）) after line 3"])
        let b = articles[1]
        #expect(b.title == nil)
        #expect(b.paragraphs == ["截至目前，主产区累计收购秋粮超过一亿吨。"])
        #expect(b.repairs.filter { $0.kind == .removedContinuationMark }.compactMap(\.removed) == ["（上接第一版）", "转第3版"])
        #expect(b.repairs.contains { $0.kind == .untitledFragment })
        #expect(b.warnings.count == 2)
        #expect(b.warnings[0].contains("continued from another page (（上接第一版）)"))
        #expect(b.warnings[1] == "continues on another page (转第3版) after line 5")
        #expect(b.source == SourceRange(firstLine: 5, lastLine: 7))
    }

    @Test func strayTextAfterAnEndedArticleIsAnUntitledFragment() {
        let page = """
        春运客流持续攀升

        铁路部门加开夜间高铁，满足旅客出行需求。

        新华社北京2月1日电

        ，有关部门将继续做好运力调配，保障旅客平安有序出行。
        """
        let articles = ArticleSplitter().articles(in: page)
        #expect(articles.count == 2)
        #expect(articles[0].paragraphs == ["铁路部门加开夜间高铁，满足旅客出行需求。"])
        #expect(articles[0].dateline?.position == .end)
        #expect(articles[1].title == nil)
        #expect(articles[1].paragraphs == ["，有关部门将继续做好运力调配，保障旅客平安有序出行。"])
        #expect(articles[1].repairs.map(\.kind) == [.untitledFragment])
        #expect(articles[1].warnings == [
            "untitled fragment at line 7: text without a title after the end of article 0; kept as its own article",
        ])
    }

    @Test func widerGapBeforeATitleStartsANewArticle() {
        let page = """
        秋日田野丰收忙

        金黄的稻田里，收割机来回穿梭。

        丰收背后的科技力量

        新品种让亩产提高了一成。



        冬季取暖准备就绪

        各地提前储备煤炭，保障群众温暖过冬。
        """
        let articles = ArticleSplitter().articles(in: page)
        #expect(articles.map(\.title) == ["秋日田野丰收忙", "冬季取暖准备就绪"])
        #expect(articles[0].paragraphs == ["金黄的稻田里，收割机来回穿梭。", "丰收背后的科技力量", "新品种让亩产提高了一成。"])
        #expect(articles[1].source.firstLine == 11)
    }

    @Test func pageFurnitureAndEndMarks() {
        let page = "绿色出行成为新风尚\r\n\r\n越来越多市民选择骑行上班。\r\n\r\n（完）\r\n\r\n12\r\n"
        let articles = ArticleSplitter().articles(in: page)
        #expect(articles.count == 1)
        #expect(articles[0].title == "绿色出行成为新风尚")
        #expect(articles[0].paragraphs == ["越来越多市民选择骑行上班。"])
        #expect(articles[0].repairs.map(\.kind) == [.removedPageFurniture])
        #expect(articles[0].source == SourceRange(firstLine: 1, lastLine: 7))
    }

    @Test func indentationIsTrimmedAndLinesAreCountedWithCRLF() {
        let page = "\u{3000}\u{3000}第一段文字，内容完整。\r\n\u{3000}\u{3000}第二段文字，同样完整。"
        let a = ArticleSplitter().articles(in: page)
        #expect(a.count == 1)
        #expect(a[0].paragraphs == ["第一段文字，内容完整。", "第二段文字，同样完整。"])
        #expect(a[0].source.lastLine == 2)
    }

    @Test func hardWrappedLinesAreRunningText() {
        // A column wrapped at 16 characters, one blank line between paragraphs.
        let page = """
        城市绿道串起百姓幸福生活

        今年以来，我市新建改建城市绿道一百
        二十公里，串联起公园、河道和社区，
        市民出门五分钟就能走进绿色空间。

        绿道沿线增设了健身器材和休憩座椅，
        吸引了大量市民前来散步、骑行和锻炼
        身体，成为城市一道亮丽的风景线。
        """
        let articles = ArticleSplitter().articles(in: page)
        #expect(articles.count == 1)
        #expect(articles[0].title == "城市绿道串起百姓幸福生活")
        #expect(articles[0].paragraphs == [
            "今年以来，我市新建改建城市绿道一百二十公里，串联起公园、河道和社区，市民出门五分钟就能走进绿色空间。",
            "绿道沿线增设了健身器材和休憩座椅，吸引了大量市民前来散步、骑行和锻炼身体，成为城市一道亮丽的风景线。",
        ])
        #expect(articles[0].repairs.map(\.reason) == [.sentence, .punctuation, .punctuation, .sentence])
    }

    @Test func jsonFollowsTheCommandLineContract() throws {
        let page = "新华社北京11月4日电 国务院常务会议今天召开。\n"
        let articles = ArticleSplitter().articles(in: page)
        let data = try JSONEncoder().encode(articles)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let a = try #require(object.first)
        #expect(Set(a.keys) == ["index", "title", "dateline", "text", "paragraphs", "source", "warnings", "repairs"])
        #expect(a["title"] is NSNull)
        #expect(a["text"] as? String == "国务院常务会议今天召开。")
        let source = try #require(a["source"] as? [String: Any])
        #expect(Set(source.keys) == ["path", "first_line", "last_line"])
        #expect(source["path"] is NSNull)
        let dateline = try #require(a["dateline"] as? [String: Any])
        #expect(dateline["date"] as? String == "XXXX-11-04")
        #expect(dateline["place"] as? String == "北京")
        let back = try JSONDecoder().decode([Article].self, from: data)
        #expect(back == articles)
    }
}
