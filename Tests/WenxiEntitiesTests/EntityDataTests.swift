import Testing
@testable import WenxiEntities
@testable import WenxiSegmentation
@testable import WenxiText

@Suite struct EntityDataTests {
    static let data = try! EntityData.shared()

    func entry(_ name: String) -> EntityData.Entry? {
        Self.data.gazetteer.value(of: name)
    }

    @Test func placesKeepFullAndShortFormsWithCanonicalNames() {
        #expect(entry("绍兴市") == EntityData.Entry(type: .place, short: false, canonical: nil))
        #expect(entry("绍兴") == EntityData.Entry(type: .place, short: true, canonical: "绍兴市"))
    }

    @Test func organizationShortFormsPointToTheFullName() {
        #expect(entry("发改委")?.canonical == "国家发展和改革委员会")
        #expect(entry("新华通讯社")?.canonical == nil)
    }

    @Test func wordFlagsCombine() throws {
        let index = try #require(Self.data.words.index(of: "同志"))
        let flags = Self.data.words.values[index]
        #expect(flags & EntityData.Flag.title != 0)
        #expect(flags & EntityData.Flag.strongAfter != 0)
        #expect(flags & EntityData.Flag.featureSuffix == 0)
    }
}
