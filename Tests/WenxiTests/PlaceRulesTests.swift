import Testing
@testable import Wenxi

/// Places: abbreviation runs, abbreviations after verbs of going, features by suffix.
/// Sentences written for these tests.
@Suite struct PlaceRulesTests {
    func seen(_ text: String) -> [Seen] {
        EntityRecognizerTests.recognizer.mentions(in: text).map(Seen.init)
    }

    @Test func abbreviationRunsBeforeRelationWords() {
        #expect(seen("中日两国") == [Seen("中", .place, 0), Seen("日", .place, 1)])
        #expect(seen("港澳同胞") == [Seen("港", .place, 0), Seen("澳", .place, 1)])
    }

    @Test func idiomsAfterVerbsOfGoingAreNoPlaces() {
        #expect(seen("来日方长").filter { $0.type == .place } == [])
        #expect(seen("代表团抵京").filter { $0.type == .place }.map(\.text) == ["京"])
    }

    @Test func featuresAfterAKnownPlace() {
        #expect(seen("长沙岳麓山") == [Seen("长沙", .place, 0, "长沙市"), Seen("岳麓山", .place, 2)])
    }
}
