import Foundation
import Testing

/// Runs the built `wenxi` beside the test binary (`swift test` builds every product).
struct WenxiRun {
    var status: Int32
    var output: String
    var errors: String

    static let executable: URL = {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("wenxi")
    }()

    static var available: Bool { FileManager.default.isExecutableFile(atPath: executable.path) }

    init(_ arguments: [String], input: Data? = nil) throws {
        let process = Process()
        process.executableURL = WenxiRun.executable
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), inp = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inp
        try process.run()
        if let input { inp.fileHandleForWriting.write(input) }
        try inp.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        output = String(decoding: outData, as: UTF8.self)
        errors = String(decoding: errData, as: UTF8.self)
    }
}

/// A folder of scratch files, removed at the end.
final class ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("wenxi-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }
}

@Suite(.enabled(if: WenxiRun.available)) struct CommandLineTests {
    @Test func segmentReadsStandardInput() throws {
        let run = try WenxiRun(["segment"], input: Data("研究生命起源\n\n增长17%\n".utf8))
        #expect(run.status == 0)
        #expect(run.output == "研究 生命 起源\n\n增长 17%\n")
    }

    @Test func badFilesAreNamedAndTheRestIsStillProcessed() throws {
        let scratch = try ScratchFolder()
        let good = try scratch.write("good.txt", Array("研究生命起源\n".utf8))
        let bad = try scratch.write("bad.txt", Array("新华社".utf8) + [0xFF, 0xFE, 0x41, 0x0A])
        let empty = try scratch.write("empty.txt", [])
        let binary = try scratch.write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
        let run = try WenxiRun(["segment", "--encoding", "utf-8", bad, good, empty, binary, "/no/such/file.txt"])
        #expect(run.status == 1)
        #expect(run.output == "研究 生命 起源\n")
        #expect(run.errors.contains("\(bad): byte 9: invalid UTF-8"))
        #expect(run.errors.contains("\(empty): the input is empty"))
        #expect(run.errors.contains("\(binary): byte 4: binary data"))
        #expect(run.errors.contains("/no/such/file.txt: no such file or folder"))
    }

    @Test func gbkFilesAreDetected() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("gbk.txt", TextDecoderTests.gbk)
        let run = try WenxiRun(["segment", path])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("新华社 北京 11月4日 电 国家统计局"))
    }

    @Test func badUsageExitsWithTwo() throws {
        #expect(try WenxiRun(["segment", "--jobs", "0"]).status == 2)
        #expect(try WenxiRun(["segment", "--encoding", "latin-9"]).status == 2)
        #expect(try WenxiRun(["no-such-command"]).status == 2)
    }

    @Test func foldersAreReadInPathOrder() throws {
        let scratch = try ScratchFolder()
        _ = try scratch.write("b.txt", Array("第二\n".utf8))
        _ = try scratch.write("a.txt", Array("第一\n".utf8))
        _ = try scratch.write("c.md", Array("不读\n".utf8))
        let run = try WenxiRun(["segment", scratch.url.path])
        #expect(run.output == "第一\n第二\n")
    }
}
