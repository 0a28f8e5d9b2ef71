import Testing
@testable import WenxiEntities
@testable import WenxiSegmentation
@testable import WenxiText

/// Person names: the surname model, context, neighbours, familiar and foreign names.
/// Sentences written for these tests.
@Suite struct PersonRulesTests {
    func persons(_ text: String) -> [Seen] {
        EntityRecognizerTests.recognizer.mentions(in: text).map(Seen.init).filter { $0.type == .person }
    }

    @Test func namesListedWithoutCommasConfirmEachOther() {
        #expect(persons("主席团成员王涛王海鹰出席") == [Seen("王涛", .person, 5), Seen("王海鹰", .person, 7)])
    }

    @Test func familiarNamesNeedAStrongWordAfter() {
        #expect(persons("老杨说这条河变美了") == [Seen("老杨", .person, 0)])
        #expect(persons("老杨树下") == [])
    }

    @Test func dottedNamesAreForeignPersons() {
        #expect(persons("帕巴拉·格列朗杰出席会议") == [Seen("帕巴拉·格列朗杰", .person, 0)])
    }

    @Test func aNameThatCutsAWordIsNone() {
        #expect(persons("李明天来这里") == [])
    }

    @Test func titlesStayOutOfTheSpan() {
        #expect(persons("习近平总书记给老同志回信") == [Seen("习近平", .person, 0)])
        #expect(persons("国家主席习近平出席会议") == [Seen("习近平", .person, 4)])
    }

    @Test func surnameAndTitleLinkToTheFullName() {
        let text = "李强主持会议。会后，李总理会见了外宾。"
        #expect(persons(text) == [Seen("李强", .person, 0), Seen("李", .person, 10, "李强")])
        // Two people of one surname named before: no link.
        #expect(persons("王强和王芳出席。王主任说").last == Seen("王", .person, 8))
    }

    @Test func conjunctionsAreReadFirst() {
        #expect(persons("我们珍视和平和友谊") == [])
        #expect(persons("发来贺信表示祝贺") == [])
        #expect(persons("他向主席汇报了工作") == [])
    }

    @Test func japaneseNamesFromListedParts() {
        #expect(persons("日本首相桥本龙太郎访问中国") == [Seen("桥本龙太郎", .person, 4)])
    }

    @Test func wordsTheLexiconTagsAsNamesAreNoPersons() {
        #expect(persons("建设一支高素质的干部队伍") == [])
        #expect(persons("推进智能化改造") == [])
        #expect(persons("大家纷纷出金点子") == [])
        #expect(persons("从商圈到楼宇、园区") == [])
    }

    @Test func reportersInCreditsArePersons() throws {
        let recognizer = EntityRecognizerTests.recognizer
        let dateline = Dateline(raw: "新华社北京11月5日电（记者 李明远 陈思）", agency: "新华社", place: "北京",
                                reporters: ["李明远", "陈思"])
        let byline = Byline(raw: "新华社记者 周海摄", photographers: ["周海"])
        let credits = recognizer.creditMentions(dateline: dateline, byline: byline)
        #expect(credits.map { "\($0.text)/\($0.type.rawValue)/\($0.field?.rawValue ?? "")" } == [
            "新华社/organization/dateline", "北京/place/dateline", "李明远/person/dateline", "陈思/person/dateline",
            "周海/person/byline",
        ])
        #expect(credits.first?.canonical == "新华通讯社")
        #expect(credits[2].start == 15)
        #expect(recognizer.creditMentions(dateline: nil, byline: nil).isEmpty)
    }

    @Test func foreignNamesFromTheListNeedContext() {
        #expect(persons("威尔逊说，双方的合作很顺利") == [Seen("威尔逊", .person, 0)])
        #expect(persons("他们在沙发上坐着") == [])
    }

    @Test func minorityNamesWithADotStayWhole() {
        #expect(persons("阿沛·阿旺晋美副委员长出席") == [Seen("阿沛·阿旺晋美", .person, 0)])
    }

    @Test(arguments: ["国家主席江泽民昨天出席了开幕式", "江泽民先生说，合作前景广阔"])
    func aChineseNameIsNoJapaneseFamilyNameWithWordsAfterIt(sentence: String) {
        // 江泽 is a Japanese family name; 民昨天 and 民先生 hold a word and a title.
        #expect(persons(sentence).map(\.text) == ["江泽民"])
    }

    @Test(arguments: [("新华社记者王晓东摄", "王晓东"), ("新华社记者李舸摄", "李舸"), ("秘书长陈建作了报告", "陈建")])
    func aVerbAfterTheNameIsNoGivenCharacter(sentence: String, name: String) {
        #expect(persons(sentence).map(\.text) == [name])
    }

    @Test func aListedNameMayEndInACharacterNeverGiven() {
        // 来 is no given character in the model; 周恩来 is a listed name and a lexicon word.
        #expect(persons("总理周恩来视察了工厂").map(\.text) == ["周恩来"])
        // Unlisted, the same shape stays no name: 王来 is no listed name and 来 ends no given name.
        #expect(persons("小王来了").filter { $0.text.count == 3 }.isEmpty)
    }
}
