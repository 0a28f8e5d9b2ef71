import Testing
@testable import WenxiText

@Suite struct TextDecoderTests {
    static func bytes(hex: String) -> [UInt8] {
        var result: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            result.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return result
    }

    /// "新华社北京11月4日电 国家统计局今天发布数据，全国粮食总产量再创新高，达到一万三千九百亿斤。" in GB18030.
    static let gbk = bytes(hex: "d0c2bbaac9e7b1b1bea93131d4c234c8d5b5e720b9fabcd2cdb3bcc6bed6bdf1ccecb7a2b2bccafdbedda3acc8abb9fac1b8cab3d7dcb2fac1bfd4d9b4b4d0c2b8dfa3acb4efb5bdd2bbcdf2c8fdc7a7bec5b0d9d2dabdefa1a3")
    /// "新華社臺北電 行政院今天公布統計資料，全國糧食總產量再創新高，經濟成長率達到百分之三點五。" in Big5.
    static let big5 = bytes(hex: "b773b5d8aac0bb4fa55fb97120a6e6ac46b07ca4b5a4d1a4bda5acb2cead70b8eaaec6a141a5feb0eac2b3adb9c160b2a3b671a641b3d0b773b0aaa141b867c0d9a6a8aaf8b276b946a8eca6caa4c0a4a7a454c249a4ada143")

    @Test func utf8PassesThroughAndLosesItsByteOrderMark() throws {
        let text = try TextDecoder().decode([0xEF, 0xBB, 0xBF] + Array("中文ABC".utf8), path: "a.txt")
        #expect(text == "中文ABC")
    }

    @Test func invalidUTF8NamesTheFileAndTheByte() {
        let bytes = Array("新华社".utf8) + [0xFF, 0x41]
        #expect(TextDecoder.firstInvalidUTF8(bytes) == 9)
        #expect(throws: InputError(path: "bad.txt", byteOffset: 9, reason: "invalid UTF-8 (name another encoding with --encoding)")) {
            try TextDecoder(encoding: .utf8).decode(bytes, path: "bad.txt")
        }
    }

    @Test(arguments: [
        ([0xC0, 0x80], 0),                 // overlong
        ([0x41, 0xE4, 0xB8], 1),           // truncated
        ([0xED, 0xA0, 0x80], 0),           // surrogate
        ([0x41, 0x42, 0xF5, 0x80, 0x80, 0x80], 2),  // beyond U+10FFFF
    ] as [([UInt8], Int)])
    func malformedUTF8IsFound(bytes: [UInt8], offset: Int) {
        #expect(TextDecoder.firstInvalidUTF8(bytes) == offset)
    }

    @Test func gbkIsDetected() throws {
        let text = try TextDecoder().decode(Self.gbk, path: "gbk.txt")
        #expect(text == "新华社北京11月4日电 国家统计局今天发布数据，全国粮食总产量再创新高，达到一万三千九百亿斤。")
    }

    @Test func gbkNamedExplicitly() throws {
        let text = try TextDecoder(encoding: .gb18030).decode(Self.gbk, path: nil)
        #expect(text.hasPrefix("新华社北京"))
    }

    @Test func big5NamedExplicitly() throws {
        let text = try TextDecoder(encoding: .big5).decode(Self.big5, path: nil)
        #expect(text == "新華社臺北電 行政院今天公布統計資料，全國糧食總產量再創新高，經濟成長率達到百分之三點五。")
    }

    @Test func gbkReadAsUTF8IsAnErrorAtTheFirstByte() {
        do {
            _ = try TextDecoder(encoding: .utf8).decode(Self.gbk, path: "gbk.txt")
            Issue.record("decoded GBK as UTF-8")
        } catch {
            #expect(error.path == "gbk.txt")
            #expect(error.byteOffset == 0)
        }
    }

    @Test func emptyInputIsAnError() {
        #expect(throws: InputError(path: "empty.txt", reason: "the input is empty")) {
            try TextDecoder().decode([], path: "empty.txt")
        }
    }

    @Test func binaryInputIsAnError() {
        do {
            _ = try TextDecoder().decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], path: "x.png")
            Issue.record("decoded binary data")
        } catch {
            #expect(error.byteOffset == 6)  // 0x1A, the first byte text does not hold (the NUL is at 8)
            #expect(error.reason.contains("binary"))
        }
    }

    @Test func controlBytesAreBinary() {
        #expect(throws: InputError.self) { try TextDecoder().decode(Array("abc\u{1}def".utf8), path: nil) }
    }

    @Test func encodingNames() {
        #expect(TextEncoding(name: "GBK") == .gb18030)
        #expect(TextEncoding(name: "utf8") == .utf8)
        #expect(TextEncoding(name: "Big5") == .big5)
        #expect(TextEncoding(name: "latin1") == nil)
    }

    @Test func missingFileIsNamed() {
        let results = InputFile.expand(["/nonexistent/wenxi/file.txt"])
        guard case .failure(let error) = results.first else {
            Issue.record("a missing path was accepted")
            return
        }
        #expect(error.path == "/nonexistent/wenxi/file.txt")
        #expect(error.reason == "no such file or folder")
    }
}

/// Short GB18030 and Big5 inputs, and byte offsets that count the file.
@Suite struct ChineseEncodingGuessTests {
    @Test(arguments: ["臺灣經濟成長。", "這是一個測試", "颱風來襲，學校停課。", "總統府發言人表示，會議將於下週舉行。"])
    func aShortTraditionalLineInBig5IsReadAsBig5(line: String) throws {
        let bytes = TextDecoderTests.big5Bytes(line)
        try #require(!bytes.isEmpty)
        #expect(try TextDecoder().decode(bytes + [0x0A], path: "tw.txt") == line + "\n")
    }

    @Test(arguments: ["会议指出，要稳定经济增长。", "中国", "国家统计局今天发布数据。"])
    func aShortSimplifiedLineInGBStaysGB(line: String) throws {
        let bytes = TextDecoderTests.gbBytes(line)
        #expect(try TextDecoder().decode(bytes, path: "cn.txt") == line)
    }

    @Test func twoCharactersThatReadAsEitherAreRefusedWithAHint() throws {
        // 你好 in GB18030 is C4E3 BAC3: common characters in both standards' first levels.
        let error = #expect(throws: InputError.self) { try TextDecoder().decode([0xC4, 0xE3, 0xBA, 0xC3], path: "hi.txt") }
        #expect(error?.path == "hi.txt")
        #expect(error?.reason.contains("--encoding") == true)
    }

    @Test func readingsThatGiveUserDefinedCharactersAreImplausible() {
        // Lead bytes AA–AF and F8–FE with a high trail are user-defined in GBK and outside Big5's levels.
        let bytes: [UInt8] = [0xAA, 0xA1, 0xFA, 0xA1, 0xAB, 0xB1]
        let choice = bytes.withUnsafeBufferPointer {
            ChineseEncodingGuess.choose($0, gb18030Decodes: true, big5Decodes: true)
        }
        #expect(choice == .implausible)
    }

    @Test func controlBytesAreCountedInTheFilesBytes() {
        let gb = TextDecoderTests.gbBytes("新华社电") + [0x01, 0x0A]      // 8 bytes of GB18030, then 0x01
        #expect((try? TextDecoder().decode(gb, path: "g.txt")) == nil)
        #expect(throwsOffset(8) { try TextDecoder().decode(gb, path: "g.txt") })
        let bom8 = [0xEF, 0xBB, 0xBF] + Array("新华社电".utf8) + [0x01]     // 3 + 12 bytes, then 0x01
        #expect(throwsOffset(15) { try TextDecoder().decode(bom8, path: "u.txt") })
        let le: [UInt8] = [0xFF, 0xFE, 0xB0, 0x65, 0x4E, 0x53, 0x01, 0x00]  // BOM 新华 U+0001, little-endian
        #expect(throwsOffset(6) { try TextDecoder().decode(le, path: "l.txt") })
        let be: [UInt8] = [0x65, 0xB0, 0x53, 0x4E, 0x00, 0x01]              // 新华 U+0001, big-endian, no BOM
        #expect(throwsOffset(4) { try TextDecoder(encoding: .utf16).decode(be, path: "b.txt") })
    }

    private func throwsOffset(_ offset: Int, _ body: () throws -> String) -> Bool {
        do {
            _ = try body()
            return false
        } catch let error as InputError {
            return error.byteOffset == offset
        } catch {
            return false
        }
    }
}

extension TextDecoderTests {
    /// Lines in big5 (encoded by Python's codec, written here as bytes).
    static let big5Lines: [String: String] = [
        "臺灣經濟成長。": "bb4fc657b867c0d9a6a8aaf8a143",
        "這是一個測試": "b36fac4fa440add3b4fab8d5",
        "颱風來襲，學校停課。": "bbe4adb7a8d3c5a7a141bec7aed5b0b1bdd2a143",
        "總統府發言人表示，會議將於下週舉行。": "c160b2cea9b2b56fa8a5a448aaeda5dca141b77cc4b3b14ea9f3a455b667c17ca6e6a143",
    ]
    /// Lines in gb18030 (encoded by Python's codec, written here as bytes).
    static let gbLines: [String: String] = [
        "会议指出，要稳定经济增长。": "bbe1d2e9d6b8b3f6a3acd2aacec8b6a8beadbcc3d4f6b3a4a1a3",
        "中国": "d6d0b9fa",
        "国家统计局今天发布数据。": "b9fabcd2cdb3bcc6bed6bdf1ccecb7a2b2bccafdbedda1a3",
        "新华社电": "d0c2bbaac9e7b5e7",
    ]

    /// `text` in Big5, from ``big5Lines``.
    static func big5Bytes(_ text: String) -> [UInt8] { bytes(hex: big5Lines[text] ?? "") }
    /// `text` in GB18030, from ``gbLines``.
    static func gbBytes(_ text: String) -> [UInt8] { bytes(hex: gbLines[text] ?? "") }
}
