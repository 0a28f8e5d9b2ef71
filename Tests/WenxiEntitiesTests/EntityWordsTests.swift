import Testing
@testable import WenxiEntities
@testable import WenxiSegmentation
@testable import WenxiText

@Suite struct EntityWordsTests {
    @Test func sectionsOfWordsAndCharacters() throws {
        let text = """
            # comment
            [titles]
            # what it holds
            书记 主任
            部长\r
            [abbreviations chars]
            中美 日, x
            """
        let sections = try EntityWords.sections(of: text, name: "t")
        #expect(sections["titles"] == EntityWords.Section(characters: false, words: ["书记", "主任", "部长"]))
        #expect(sections["abbreviations"]?.characters == true)
    }

    @Test(arguments: ["书记", "[titles\n书记", "[titles]\n[titles]", "[a b c]\n", "[a words]\n"])
    func badFilesAreErrors(text: String) {
        #expect(throws: DataFileError.self) { try EntityWords.sections(of: text, name: "t") }
    }

    @Test func aMissingSectionIsAnErrorNamingIt() {
        do {
            _ = try EntityWords(text: "[titles]\n书记\n", name: "words.txt")
            Issue.record("expected an error")
        } catch {
            #expect(error.name == "words.txt")
            #expect(error.reason.contains("speech"))
        }
    }

    @Test func theShippedListsLoad() throws {
        let lists = try EntityData.shared().lists
        #expect(lists.titles.contains("总书记"))
        #expect(lists.abbreviations.contains(0x7F8E))  // 美
        #expect(!lists.abbreviations.contains(0x2C))  // only Han characters
        #expect(lists.conferenceSuffixes.contains(Array("全体会议".unicodeScalars.map(\.value))))
    }
}
