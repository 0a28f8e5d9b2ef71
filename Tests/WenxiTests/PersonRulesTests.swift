import Testing
@testable import Wenxi

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
}
