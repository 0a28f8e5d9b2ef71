import Testing
@testable import WenxiSegmentation
@testable import WenxiTerms
@testable import WenxiText

@Suite struct TermsExtractorTests {
    let extractor: TermExtractor

    init() throws {
        extractor = try TermExtractor()
    }

    @Test func boilerplateFiguresAndFunctionWordsAreNoTerms() throws {
        let text = "新华社北京5月1日电（记者张明）国家统计局表示，2024年GDP增长5.2%，AI产业和粮食安全受到关注。"
        let terms = extractor.terms(in: text).map(\.term)
        #expect(terms == ["北京", "国家统计局", "GDP", "AI", "产业", "粮食安全"])
    }

    @Test func entitiesAreOneTermEach() throws {
        let text = "浙江省经济和信息化厅有关负责人介绍，浙江省经济和信息化厅将推动人工智能产业发展。"
        let name = "浙江省经济和信息化厅"
        let plain = extractor.terms(in: text).map(\.term)
        #expect(plain.contains("信息化"))  // Without the entity the name falls apart.
        let entities = [TermEntity(range: 0..<10, type: "organization"), TermEntity(range: 18..<28, type: "organization")]
        let terms = extractor.terms(in: text, entities: entities)
        #expect(terms.map(\.term) == [name, name, "人工智能", "产业"])
        #expect(terms[1].start == 18 && terms[1].end == 28 && terms[1].kind == .entity && terms[1].entityType == "organization")
    }

    @Test(arguments: [
        ("保护森林、水、土地。", ["森林", "水", "土地"]),     // 水 stands alone and is specific enough.
        ("农民、人、土地", ["农民", "土地"]),                 // 人 is too common (IDF below 5).
        ("省农业农村厅发布通知。", ["农业", "农村"]),  // 厅 alone is the tail of a name.
        ("也就是说，计划生育和粮食安全都很重要。", ["计划生育", "粮食安全"]),  // set phrases (l) ending in a noun
        ("The new AI model and the UN report", ["AI", "model", "UN", "report"]),
    ])
    func singleCharactersSetPhrasesAndLatin(text: String, expected: [String]) {
        #expect(extractor.terms(in: text).map(\.term) == expected)
    }

    @Test func fullWidthLatinIsFolded() {
        let terms = extractor.terms(in: "ＧＤＰ与ＣＰＩ")
        #expect(terms.map(\.term) == ["GDP", "CPI"])
        #expect(terms.map(\.start) == [0, 4])
    }

    @Test func compoundsAreJoined() {
        var options = TermExtractor.Options()
        options.compounds = CompoundSet(parts: [["新", "质", "生产力"], ["数字", "经济"]])
        let joined = TermExtractor(segmenter: extractor.segmenter, stopwords: extractor.stopwords,
                                   background: extractor.background, options: options)
        let terms = joined.terms(in: "发展新质生产力和数字经济，提高生产力。")
        #expect(terms.map(\.term) == ["新质生产力", "数字经济", "生产力"])
        #expect(terms.map(\.kind) == [.compound, .compound, .word])
        #expect(terms[0].start == 2 && terms[0].end == 7)
    }

    @Test func countsPerArticleAndCorpus() {
        let a = extractor.document("小麦和大豆，小麦价格。")
        let b = extractor.document("小麦和玉米。")
        #expect(a.counts.counts == ["小麦": 2, "大豆": 1, "价格": 1] && a.counts.total == 4)
        #expect(a.counts.frequency(of: "小麦") == 0.5)
        let corpus = TermCounts(corpus: [a.counts, b.counts])
        #expect(corpus.counts == ["小麦": 3, "大豆": 1, "价格": 1, "玉米": 1] && corpus.total == 6)
        #expect(corpus.sorted().first! == (term: "小麦", count: 3))
    }

    @Test func stopwordListsLoad() throws {
        let stopwords = try Stopwords.shared()
        for word in ["的", "记者", "表示", "新华社", "日电", "工作", "the"] { #expect(stopwords.contains(word), "\(word)") }
        for word in ["粮食", "AI", "WHO", "芯片"] { #expect(!stopwords.contains(word), "\(word)") }
        #expect(Stopwords.parse("甲 乙 # 丙\n丁\n# 戊") == ["甲", "乙", "丁"])
    }
}
