import Testing
@testable import Wenxi

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
            #expect(error.byteOffset == 8)
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
