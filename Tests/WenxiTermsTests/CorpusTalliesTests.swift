import Testing
@testable import WenxiTerms

/// One pass of ``CorpusTallies`` gives what the three separate passes give (sentences written for
/// these tests).
@Suite struct CorpusTalliesTests {
    static let texts = [
        "沿海城市培育新质生产力，港口吞吐量稳步增长，集装箱航线覆盖东南亚和欧洲主要港口，物流企业订单饱满。会议强调，推进治理制度化、规范化、程序化。",
        "新质生产力加快形成，农民收入稳步增长，冬小麦长势良好，合作社购置了烘干设备和植保无人机。专家认为，高质量发展需要创新驱动。",
        "以新质生产力带动产业升级，高质量发展是首要任务，推动高质量发展因地制宜，山区县修通了旅游公路，民宿和农家乐游客络绎不绝。",
        "发展新质生产力要坚持制度化、规范化、程序化，高质量发展稳步推进，博物馆夜间开放吸引市民，地铁新线试运行。",
    ]

    @Test func onePassGivesTheSameAsThree() throws {
        let extractor = try TermExtractor()
        let documents = Self.texts.map { extractor.tokens(in: $0) }
        let discovery = try TermDiscovery()
        var tallies = CorpusTallies(discovery: discovery)
        for tokens in documents { tallies.add(tokens) }
        let compounds = discovery.compounds(in: documents)
        #expect(tallies.compounds() == compounds)
        #expect(compounds.contains { $0.text == "新质生产力" }, "\(compounds.map(\.text))")
        let fragments = BoundWords.find(in: documents).union(SloganLists.find(in: documents))
        #expect(tallies.fragments() == fragments)
        #expect(fragments.contains("规范化"), "\(fragments)")
    }

    @Test(arguments: [1, 2, 3]) func theTwoSidedPassGivesTheSameAsOneTextAtATime(jobs: Int) throws {
        let extractor = try TermExtractor()
        let documents = Self.texts.map { extractor.tokens(in: $0) }
        let discovery = try TermDiscovery()
        var one = CorpusTallies(discovery: discovery)
        for tokens in documents { one.add(tokens) }
        var sides = CorpusTallies(discovery: discovery)
        // A chunk smaller than the texts: each side goes on across chunks in input order.
        sides.add(count: documents.count, chunk: 3, jobs: jobs) { documents[$0] }
        #expect(sides.compounds() == one.compounds())
        #expect(sides.fragments() == one.fragments())
        #expect(!one.compounds().isEmpty && !one.fragments().isEmpty)
    }

    @Test func nothingAddedFindsNothing() throws {
        let tallies = CorpusTallies(discovery: try TermDiscovery())
        #expect(tallies.compounds().isEmpty && tallies.fragments().isEmpty)
    }
}
