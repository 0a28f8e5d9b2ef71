import Testing
@testable import WenxiFigures
@testable import WenxiText

/// The shared unit table: its format, its errors, and that both readers take their words from it.
@Suite struct FigureUnitTableTests {
    @Test func rowsReadWordClassLabelAndSpan() throws {
        let table = try FigureUnitTable(parsing: "# units\n个 measure 个 span\n美元 money USD span\n\n秒 duration:TS:1 # s\nkm latin\n")
        #expect(table.rows.count == 4)
        #expect(table.rows[0] == .init(word: "个", unitClass: "measure", label: "个", closesSpan: true))
        #expect(table.rows[1].label == "USD")
        #expect(table.rows[2] == .init(word: "秒", unitClass: "duration:TS:1", label: "秒", closesSpan: false))
        #expect(table.spanWords.count == 2)
        #expect(try FigureUnitTable(parsing: "").rows.isEmpty)
    }

    @Test func aMalformedRowNamesItsLine() {
        #expect(throws: DataFileError.self) { try FigureUnitTable(parsing: "个 measure\n孤\n") }
        do {
            _ = try FigureUnitTable(parsing: "个 measure\n孤\n")
        } catch {
            #expect(error.description.contains("line 2"))
        }
    }

    @Test func everyClassInTheFileIsKnown() throws {
        _ = try FigureUnitTable.loaded.get()
        #expect(FigureLexicon.unknownClasses.isEmpty)
        #expect(FigureLexicon.unitClass("duration:M:3", label: "季度") == .duration("M", 3))
        #expect(FigureLexicon.unitClass("money", label: "EUR") == .money("EUR"))
        #expect(FigureLexicon.unitClass("duration:M", label: "月") == nil)
        #expect(FigureLexicon.unitClass("nonsense", label: "x") == nil)
        #expect(FigureLexicon.approximation("after:less") == .less)
    }

    @Test func extractorAndSegmenterReadTheSameRows() throws {
        let table = try FigureUnitTable.loaded.get()
        let words = Set(table.rows.map(\.word))
        for word in ["个", "公里", "美元", "个月", "%"] { #expect(words.contains(word), "\(word)") }
        // The extractor's trie holds the 美元 row as money in USD.
        let info = FigureLexicon.units.longestMatch(in: "美元".unicodeScalars.map(\.value), at: 0)
        #expect(info?.value.unitClass == .money("USD"))
        #expect(table.rows.contains { $0.word == "美元" && $0.closesSpan })
    }
}
