import Testing
import Foundation
@testable import WenxiSegmentation
@testable import WenxiTerms
@testable import WenxiText

/// Repeated slogans and quotations, verb phrases and reduplicated words: none of them become terms.
@Suite struct TermsRepetitionTests {
    let extractor: TermExtractor
    let discovery: TermDiscovery

    init() throws {
        extractor = try TermExtractor()
        discovery = try TermDiscovery()
    }

    func compounds(_ texts: [String]) -> [String] {
        discovery.compounds(in: texts.map { extractor.tokens(in: $0) }).map(\.text)
    }

    /// Before these rules each page gave the compounds in the comment: whole or partial copies of
    /// its slogan, whose edges (punctuation, the title's end) counted as new neighbours each time.
    @Test(arguments: [
        TermsRepetitionArticles.sloganInTitle,  // was 共享美好未来, 守护碧水蓝天
        TermsRepetitionArticles.shortSlogan,    // was 绿水绕城
        TermsRepetitionArticles.verbPhrase,     // was 讲好身边故事
    ])
    func aRepeatedSloganGivesNoCompound(page: String) {
        #expect(compounds([page]) == [])
    }

    @Test func aCompoundInVariedSentencesIsFoundBesideARepeatedQuotation() {
        #expect(compounds([TermsRepetitionArticles.quotedClauseAndCompound]) == ["雨污分流"])
    }

    @Test func compoundsInVariedSentencesAcrossArticlesAreFound() {
        #expect(compounds(TermsRepetitionArticles.corpus) == ["数字经济", "新质生产力"])
    }

    @Test func copiesOfALongClauseCountOnce() throws {
        // 雨污分流 twice in sentences of its own and twice in one quoted clause of 15 characters:
        // three pieces of evidence, not four.
        let page = "改造先从雨污分流做起，施工队沿街铺设新管道。文件写着“今年要全面完成雨污分流改造任务”，居民都很支持。完成雨污分流以后，路面不再返臭水。区长再次强调“今年要全面完成雨污分流改造任务”。"
            + TermsRepetitionArticles.riverBody
        let found = discovery.compounds(in: [extractor.tokens(in: page)])
        #expect(found.map(\.text) == ["雨污分流"])
        #expect(found.first?.count == 3)
        // With clause copies counted each time (a threshold above the clause's length): four.
        var options = TermDiscovery.Options()
        options.minimumRepeatedClauseLength = 100
        let counted = TermDiscovery(stopwords: discovery.stopwords, options: options)
            .compounds(in: [extractor.tokens(in: page)])
        #expect(counted.first { $0.text == "雨污分流" }?.count == 4)
    }

    @Test func identicalContextsAreOnePieceOfEvidence() {
        // 数字经济 three times, each time between 发展 and 的 + 新: one context on both sides.
        let same = "各地发展数字经济的新路子各不相同。有的地方发展数字经济的新办法很多。也有城市发展数字经济的新模式值得推广。"
            + TermsRepetitionArticles.riverBody
        #expect(compounds([same]) == [])
    }

    @Test(arguments: [
        (["v", "a", "s"], true),        // 讲 好 身边: verb + complement
        (["v", "a", "vn"], true),       // 共享 美好 生活: verb + modified object
        (["v", "n", "f"], true),        // verb + place object
        (["d", "n", "v"], true),        // ends in a verb without a noun subject
        (["n", "v"], false),            // 乡村 振兴: subject + predicate
        (["v", "n"], false),            // 共享 单车: verb modifying a noun head
        (["a", "n", "n"], false),       // 新 质 生产力
    ])
    func verbPhraseShapes(tags: [String], isPhrase: Bool) {
        #expect(TermDiscovery.isVerbPhrase(tags) == isPhrase)
    }

    @Test(arguments: [
        ("事事", false), ("家家", false), ("家家户户", false), ("方方面面", false), ("研究研究", false),
        ("猩猩", true), ("熊猫", true), ("生态", true),
    ])
    func reduplicatedWords(word: String, isTerm: Bool) {
        #expect(!extractor.isReduplicated(word) == isTerm)
    }

    @Test func reduplicatedAndVagueWordsAreNoTerms() {
        let terms = extractor.terms(in: "人人参与，家家户户行动，方方面面形成合力，事事有人管，护河志愿队守护熊猫栖息地。").map(\.term)
        #expect(terms == ["行动", "志愿队", "熊猫", "栖息地"])
    }

    @Test func sloganPageKeywords() throws {
        // The slogan's words may rank (they are the page's words), but never a piece cut from it.
        let analysis = try TermAnalyzer().analyze([TermsRepetitionArticles.sloganInTitle])
        #expect(analysis.compounds.isEmpty)
        let list = try KeywordExtractor(options: .init(top: 10)).keywords(for: analysis.documents)[0].map(\.term)
        #expect(list.prefix(2) == ["碧水", "蓝天"])
        #expect(!list.contains("共享美好未来") && !list.contains("守护碧水蓝天"))
    }
}
