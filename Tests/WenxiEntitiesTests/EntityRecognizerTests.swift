import Testing
@testable import WenxiEntities
@testable import WenxiSegmentation
@testable import WenxiText

/// A compact view of a mention for exact comparison.
struct Seen: Hashable, CustomStringConvertible {
    var text: String
    var type: EntityType
    var start: Int
    var canonical: String?
    init(_ text: String, _ type: EntityType, _ start: Int, _ canonical: String? = nil) {
        self.text = text
        self.type = type
        self.start = start
        self.canonical = canonical
    }
    init(_ m: EntityMention) { self.init(m.text, m.type, m.start, m.canonical) }
    var description: String { "\(text)/\(type.rawValue)@\(start)" + (canonical.map { "→\($0)" } ?? "") }
}

@Suite struct EntityRecognizerTests {
    static let recognizer = try! EntityRecognizer()

    func seen(_ text: String, _ recognizer: EntityRecognizer = EntityRecognizerTests.recognizer) -> [Seen] {
        recognizer.mentions(in: text).map(Seen.init)
    }

    @Test(arguments: [
        // Persons confirmed by context; a title is never part of the name.
        ("记者王强报道", [Seen("王强", .person, 2)]),
        ("王强书记说", [Seen("王强", .person, 0)]),
        ("52岁的退休教师王建国说", [Seen("王建国", .person, 8)]),
        ("欧阳修说", [Seen("欧阳修", .person, 0)]),
        ("小平同志指出", [Seen("小平", .person, 0)]),
        // Foreign names: after a title, with a middle dot.
        ("美国总统克林顿说", [Seen("美国", .place, 0), Seen("克林顿", .person, 4)]),
        ("约翰·拉贝的日记", [Seen("约翰·拉贝", .person, 0)]),
    ])
    func persons(text: String, expected: [Seen]) {
        #expect(seen(text) == expected)
    }

    @Test(arguments: [
        "加强精神文明建设", "发展金融市场", "参加高峰会议", "政治局常委", "李明天来", "和人民一起",
    ])
    func ordinaryWordsAreNoNames(text: String) {
        #expect(seen(text).filter { $0.type == .person } == [])
    }

    @Test func addressChainIsSplit() {
        #expect(seen("湖南省长沙市岳麓区橘子洲街道") == [
            Seen("湖南省", .place, 0), Seen("长沙市", .place, 3), Seen("岳麓区", .place, 6),
            Seen("橘子洲街道", .place, 9),
        ])
    }

    @Test func shortFormsKeepTheirCanonicalName() {
        #expect(seen("他回到绍兴") == [Seen("绍兴", .place, 3, "绍兴市")])
        // A short form that would cut a word is not taken.
        #expect(seen("上海淀粉") == [Seen("上海", .place, 0, "上海市")])
    }

    @Test func organizationsWithShortForms() {
        #expect(seen("发改委和新华社，国家发展改革委") == [
            Seen("发改委", .organization, 0, "国家发展和改革委员会"),
            Seen("新华社", .organization, 4, "新华通讯社"),
            Seen("国家发展改革委", .organization, 8, "国家发展和改革委员会"),
        ])
    }

    @Test func nestedOrganization() throws {
        let mentions = Self.recognizer.mentions(in: "广州市天河区委")
        #expect(mentions.map(Seen.init) == [Seen("广州市天河区委", .organization, 0)])
        let nested = try #require(mentions.first?.nested)
        #expect(nested.map(Seen.init) == [Seen("广州市", .place, 0), Seen("天河区", .place, 3)])
    }

    @Test func organizationSuffixGrammar() {
        #expect(seen("北京市司法局") == [Seen("北京市司法局", .organization, 0)])
        #expect(seen("成立了“红枫林读书会”") == [Seen("红枫林读书会", .organization, 4)])
    }

    @Test func featureBySuffix() {
        #expect(seen("长沙岳麓山") == [Seen("长沙", .place, 0, "长沙市"), Seen("岳麓山", .place, 2)])
    }

    @Test func abbreviationsBeforeRelationWords() {
        #expect(seen("中美关系") == [Seen("中", .place, 0, "中国"), Seen("美", .place, 1, "美国")])
        #expect(seen("江泽民访华") == [Seen("江泽民", .person, 0), Seen("华", .place, 4, "中国")])
    }

    @Test func mentionsAreInOrderAndDoNotOverlap() {
        let text = "中共中央总书记江泽民今天在北京会见了美国总统克林顿。广州市天河区委书记李晓红表示，湖南省长沙市岳麓区。"
        let mentions = Self.recognizer.mentions(in: text)
        #expect(mentions.count >= 8)
        for (a, b) in zip(mentions, mentions.dropFirst()) { #expect(a.end <= b.start) }
        let scalars = Array(text.unicodeScalars)
        for m in mentions { #expect(String(String.UnicodeScalarView(scalars[m.start..<m.end])) == m.text) }
    }

    @Test func userEntitiesWin() throws {
        let users = try UserEntity.parse("""
            # name type canonical
            文明\tperson
            红枫林 organization 红枫林读书会
            """)
        #expect(users == [UserEntity(name: "文明", type: .person),
                          UserEntity(name: "红枫林", type: .organization, canonical: "红枫林读书会")])
        let recognizer = try EntityRecognizer(userEntities: users)
        #expect(seen("文明和红枫林", recognizer) == [Seen("文明", .person, 0),
                                                Seen("红枫林", .organization, 3, "红枫林读书会")])
    }

    @Test func userListErrors() {
        #expect(throws: UserEntityError.self) { try UserEntity.parse("文明 thing") }
        #expect(throws: UserEntityError.self) { try UserEntity.parse("文明") }
    }

    @Test func summaryCountsUnderCanonicalNames() {
        let mentions = Self.recognizer.mentions(in: "新华社报道，新华通讯社记者王强报道，新华社")
        let summary = Self.recognizer.summary(of: mentions)
        #expect(summary == [
            EntitySummary(name: "新华通讯社", type: .organization, count: 3, first: 0, forms: ["新华社", "新华通讯社"]),
            EntitySummary(name: "王强", type: .person, count: 1, first: 13),
        ])
    }

    @Test func linesAreIndependentAndKept() {
        let byLine = Self.recognizer.mentionsByLine(of: "北京\n\n记者王强报道\n", jobs: 2)
        #expect(byLine.map { $0.map(Seen.init) } == [
            [Seen("北京", .place, 0, "北京市")], [], [Seen("王强", .person, 2)],
        ])
    }
}

@Suite struct EntityRecognizerSegmenterTests {
    @Test func userDictionaryWordsReachRecognition() throws {
        let text = "星火书苑举办读书活动"
        #expect(EntityRecognizerTests.recognizer.mentions(in: text).filter { $0.type == .organization } == [])
        let segmenter = try Segmenter(userDictionary: UserDictionary(parsing: "星火书苑 10 nt\n"))
        let recognizer = try EntityRecognizer(segmenter: segmenter)
        #expect(recognizer.mentions(in: text).map(Seen.init) == [Seen("星火书苑", .organization, 0)])
    }
}
