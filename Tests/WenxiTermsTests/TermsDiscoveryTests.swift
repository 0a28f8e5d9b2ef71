import Testing
import Foundation
@testable import WenxiSegmentation
@testable import WenxiTerms
@testable import WenxiText

@Suite struct TermsDiscoveryTests {
    let extractor: TermExtractor
    let discovery: TermDiscovery

    init() throws {
        extractor = try TermExtractor()
        discovery = try TermDiscovery()
    }

    func compounds(_ texts: [String]) -> [Compound] {
        discovery.compounds(in: texts.map { extractor.tokens(in: $0) })
    }

    @Test func findsACompoundRepeatedAcrossArticles() throws {
        // Cohesion needs a text long enough for chance meetings to be rare: PMI can be at most
        // ln(N / 3) for three meetings among N words, so these articles have some body.
        let found = compounds(["各地加快培育新质生产力，推动传统产业转型升级，建设现代化产业体系，企业研发投入稳步增长，专利数量创下历史新高。",
                               "发展新质生产力需要科技创新。高校和科研院所加强基础研究，人才队伍不断壮大，青年科学家挑起大梁。",
                               "新质生产力正在改变制造业。智能工厂、工业机器人和绿色能源走进车间，产品质量明显提升，订单排到了明年春天。"])
        #expect(found.map(\.text) == ["新质生产力"])
        let compound = try #require(found.first)
        #expect(compound.parts == ["新", "质", "生产力"])
        #expect(compound.count == 3 && compound.documentCount == 3)
        // Three different neighbours on each side (an edge and punctuation count as neighbours).
        #expect(abs(compound.leftEntropy - log(3)) < 1e-12 && abs(compound.rightEntropy - log(3)) < 1e-12)
    }

    @Test func aPieceOfALongerTermIsNoCompound() {
        // 新质 is always followed by 生产力 and 质生产力 always preceded by 新: zero boundary entropy.
        let found = compounds(["各地加快培育新质生产力，推动传统产业转型升级，建设现代化产业体系，企业研发投入稳步增长，专利数量创下历史新高。",
                               "新质生产力在发展。高校和科研院所加强基础研究，人才队伍不断壮大，青年科学家挑起大梁。",
                               "形成新质生产力的优势。智能工厂、工业机器人和绿色能源走进车间，产品质量明显提升，订单排到了明年春天。"]).map(\.text)
        #expect(found == ["新质生产力"])
    }

    @Test func rareOrLooseSequencesAreNoCompounds() {
        // Twice only: below the minimum count of 3.
        #expect(compounds(["推进乡村振兴。", "乡村振兴见成效。"]).isEmpty)
        // Words joined by a stopword (和) are no compound, however cohesive; within a run of single
        // characters (碳 中 和: a word the lexicon lacks) the stopword is a part like any other.
        let loose = TermDiscovery(stopwords: discovery.stopwords,
                                  options: .init(minimumCohesion: -.infinity))
        let texts = ["发展经济和社会，碳中和。", "推进碳中和，经济和社会进步。", "碳中和目标：统筹经济和社会。"]
        #expect(loose.compounds(in: texts.map { extractor.tokens(in: $0) }).map(\.text) == ["碳中和"])
    }

    @Test func cohesionIsTheWeakestCut() throws {
        // 12 word tokens: 数字 ×3, 经济 ×3, 时代 ×3 and 机遇, 挑战, 变革. 数字经济 ×3:
        // PMI = ln(3 · 12 / (3 · 3)) = ln 4.
        let tokens = ["数字经济时代，", "数字经济机遇。", "时代挑战：数字经济变革，时代"].map { extractor.tokens(in: $0) }
        var options = TermDiscovery.Options()
        options.minimumCohesion = 1
        let found = TermDiscovery(stopwords: discovery.stopwords, options: options).compounds(in: tokens)
        let compound = try #require(found.first { $0.text == "数字经济" })
        #expect(abs(compound.cohesion - log(4)) < 1e-12)
    }

    @Test func singleArticleCompounds() {
        let found = compounds([TermsTestArticles.ruralRevitalization]).map(\.text)
        #expect(found == ["乡村振兴", "高标准农田"])
    }

    @Test func analyzerJoinsDiscoveredCompounds() throws {
        let analysis = try TermAnalyzer().analyze(TermsTestArticles.all)
        #expect(analysis.compounds.map(\.text) == ["乡村振兴", "国家能源局", "数字经济", "新质生产力", "碳达峰", "高标准农田"])
        let first = analysis.documents[0]
        #expect(first.counts["新质生产力"] == 4 && first.counts["数字经济"] == 3)
        #expect(first.counts["质"] == 0)
        #expect(first.compoundParts["新质生产力"] == ["新", "质", "生产力"])
    }
}
