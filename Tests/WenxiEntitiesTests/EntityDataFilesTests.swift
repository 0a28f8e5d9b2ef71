import Foundation
import Testing
@testable import WenxiEntities
@testable import WenxiText

@Suite struct EntityDataFilesTests {
    /// A source edited without `swift run wenxi-data` fails here.
    @Test(arguments: EntityDataFiles.all.map(\.name))
    func everyPrebuiltFileEqualsARebuildFromItsSources(_ name: String) throws {
        let file = try #require(EntityDataFiles.all.first { $0.name == name })
        let checkedIn = try #require(FileManager.default.contents(atPath: try DataDirectory.file(name).path))
        #expect([UInt8](checkedIn) == (try file.build()), "\(name) is stale: run `swift run wenxi-data`")
    }

    @Test func theMappedGazetteerHoldsWhatTheTextSaysWithCanonicalNames() throws {
        let text = try EntityData.readGazetteer(EntityData.reader)
        let mapped = try EntityData.shared().gazetteer
        // A spread of the list, not one hand-picked entry: every 97th phrase.
        for k in stride(from: 0, to: text.phrases.count, by: 97) {
            let phrase = String(String.UnicodeScalarView(text.phrases[k].compactMap(Unicode.Scalar.init)))
            #expect(mapped.value(of: phrase) == text.values[k], "\(phrase)")
        }
        #expect(mapped.maximumLength == text.maximumLength)
    }

    @Test func givenScoresFromTheTableAreTheRatiosOfTheCounts() throws {
        let rows = try EntityData.readGivenCharacters(EntityData.reader)
        let total = Double(rows.reduce(0) { $0 + $1.1 }), general = Double(rows.reduce(0) { $0 + $1.2 })
        let names = try EntityData.shared().names
        for (c, g, other) in stride(from: 0, to: rows.count, by: 53).map({ rows[$0] }) where !names.notGiven.contains(c) && NameModel.isHan(c) {
            let expected = Float(log((Double(g) + 0.5) / total) - log((Double(other) + 2000) / general))
            #expect(names.givenScore(c) == expected, "\(c)")
        }
        #expect(names.givenScore(0x534E) > -6)     // 华, frequent in given names, scores above an unlisted character
    }

    @Test func userPhrasesWinOverTheFileAndWalkInOrder() throws {
        var list = try EntityData.shared().gazetteer
        let listed = try #require(list.value(of: "绍兴市"))
        list.insert("绍兴", EntityData.Entry(type: .organization, short: false, canonical: "某公司", user: true))
        list.insert("绍兴市某某", EntityData.Entry(type: .organization, short: false, canonical: nil, user: true))
        var found: [(Int, EntityData.Entry)] = []
        Array("绍兴市某某".unicodeScalars.map(\.value)).withUnsafeBufferPointer { text in
            list.matches(in: text, at: 0) { found.append(($0, $1)) }
        }
        #expect(found.map(\.0) == [2, 3, 5])
        #expect(found.map(\.1.user) == [true, false, true])
        #expect(found[1].1 == listed)
        #expect(list.value(of: "绍兴")?.canonical == "某公司")
    }
}
