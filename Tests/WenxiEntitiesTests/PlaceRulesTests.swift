import Testing
@testable import WenxiEntities
@testable import WenxiSegmentation
@testable import WenxiText

/// Places: abbreviation runs, abbreviations after verbs of going, features by suffix.
/// Sentences written for these tests.
@Suite struct PlaceRulesTests {
    func seen(_ text: String) -> [Seen] {
        EntityRecognizerTests.recognizer.mentions(in: text).map(Seen.init)
    }

    @Test func abbreviationRunsBeforeRelationWords() {
        #expect(seen("中日两国") == [Seen("中", .place, 0, "中国"), Seen("日", .place, 1, "日本")])
        #expect(seen("港澳同胞") == [Seen("港", .place, 0, "香港"), Seen("澳", .place, 1, "澳门")])
    }

    @Test func provinceAndCityAbbreviationsHaveTheirFullNames() {
        #expect(seen("沪港合作不断深化").prefix(2) == [
            Seen("沪", .place, 0, "上海市"), Seen("港", .place, 1, "香港"),
        ])
        #expect(seen("代表团抵京").filter { $0.type == .place } == [Seen("京", .place, 4, "北京市")])
    }

    @Test func prefectureShortFormsTheLexiconCallsNames() {
        // 盘锦 is tagged as a personal name in the lexicon; the gazetteer knows it as a city.
        #expect(seen("盘锦的稻田丰收了") == [Seen("盘锦", .place, 0, "盘锦市")])
        // 合肥 is an ordinary lexicon word: a place after a verb of place or in an address chain.
        #expect(seen("会议在合肥召开").filter { $0.type == .place } == [Seen("合肥", .place, 3, "合肥市")])
        #expect(seen("安徽合肥").filter { $0.type == .place }.map(\.text) == ["安徽", "合肥"])
    }

    @Test func idiomsAfterVerbsOfGoingAreNoPlaces() {
        #expect(seen("来日方长").filter { $0.type == .place } == [])
        #expect(seen("代表团抵京").filter { $0.type == .place }.map(\.text) == ["京"])
    }

    @Test func featuresAfterAKnownPlace() {
        #expect(seen("长沙岳麓山") == [Seen("长沙", .place, 0, "长沙市"), Seen("岳麓山", .place, 2)])
    }

    @Test func runsOfCountriesBeforeAnyWord() {
        #expect(seen("中美经贸合作前景广阔").prefix(2) == [Seen("中", .place, 0, "中国"), Seen("美", .place, 1, "美国")])
        #expect(seen("美国驻华大使出席").filter { $0.type == .place } == [
            Seen("美国", .place, 0), Seen("华", .place, 3, "中国"),
        ])
        // A word made of two abbreviations is the word (传统美德).
        #expect(seen("弘扬传统美德").filter { $0.type == .place } == [])
    }

    @Test func abbreviationsAtTheHeadOfALexiconWord() {
        // 在京举行 and 来华访问 are single lexicon words that hold the verb and the abbreviation.
        #expect(seen("全国科技大会昨天在京举行").filter { $0.type == .place } == [Seen("京", .place, 9, "北京市")])
        #expect(seen("总统将于下月来华访问").filter { $0.type == .place }.map(\.text) == ["华"])
        // Words that only look so: 反法西斯 (anti-fascist) and 在朝党 (the ruling party).
        #expect(seen("纪念世界反法西斯战争胜利").filter { $0.type == .place && $0.text == "法" } == [])
        #expect(seen("在朝党赢得了选举").filter { $0.type == .place } == [])
    }

    @Test(arguments: [("专机降落在首都国际机场", "首都国际机场"), ("读者挤满了深圳书城", "深圳书城"),
                      ("比赛在天河体育中心举行", "天河体育中心")])
    func facilitiesArePlaces(sentence: String, name: String) {
        let found = seen(sentence).filter { $0.text == name }
        #expect(found.map(\.type) == [.place])
    }

    @Test func mountainRangesByTheirBareNames() {
        let found = seen("边防官兵常年驻守在喀喇昆仑，与昆仑雪为伴").filter { $0.type == .place }
        #expect(found.map(\.text) == ["喀喇昆仑", "昆仑"])
        #expect(found.map(\.canonical) == ["喀喇昆仑山", "昆仑山"])
    }

    @Test(arguments: ["大城市的交通越来越拥堵", "努力创建全国文明城市", "大中城市的房价趋于平稳"])
    func kindsOfPlaceAreNoPlaces(sentence: String) {
        #expect(seen(sentence).filter { $0.type == .place }.isEmpty)
    }
}
