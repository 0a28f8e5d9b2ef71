import Foundation
import Testing

/// Runs the built `wenxi` beside the test binary (`swift test` builds every product).
struct WenxiRun {
    var status: Int32
    /// Killed by a signal (a trap, a crash), not an exit.
    var crashed = false
    var output: String
    var errors: String

    static let executable: URL = {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("wenxi")
    }()

    static var available: Bool { FileManager.default.isExecutableFile(atPath: executable.path) }

    /// Whether a run can be made unable to read a file: not root, or root with `setpriv`.
    static var canDropPrivileges: Bool {
        getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
    }

    /// Runs `script` with bash, `$WENXI` naming the built `wenxi` (for process substitution).
    static func shell(_ script: String) throws -> WenxiRun {
        try WenxiRun(executable: URL(fileURLWithPath: "/bin/bash"), ["-c", script],
                     environment: ["WENXI": executable.path])
    }

    private init(executable: URL, _ arguments: [String], environment: [String: String]) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        crashed = process.terminationReason == .uncaughtSignal
        output = String(decoding: outData, as: UTF8.self)
        errors = String(decoding: errData, as: UTF8.self)
    }

    /// Runs `wenxi` with `arguments`; `unprivileged` runs it as user `nobody` when the tests run
    /// as root (for whom no file is unreadable), through `setpriv`.
    init(_ arguments: [String], input: Data? = nil, unprivileged: Bool = false) throws {
        let process = Process()
        if unprivileged && getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", WenxiRun.executable.path] + arguments
        } else {
            process.executableURL = WenxiRun.executable
            process.arguments = arguments
        }
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
        crashed = process.terminationReason == .uncaughtSignal
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
    static let gbkHex = "b9fabcd2cdb3bcc6bed6bdf1ccecb7a2b2bccafdbedda3acc1b8cab3b2fac1bfd4d9b4b4d0c2b8dfa1a3"

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
        // "国家统计局今天发布数据，粮食产量再创新高。" in GB18030.
        let gbk = stride(from: 0, to: Self.gbkHex.count, by: 2).map { k -> UInt8 in
            let start = Self.gbkHex.index(Self.gbkHex.startIndex, offsetBy: k)
            return UInt8(Self.gbkHex[start..<Self.gbkHex.index(start, offsetBy: 2)], radix: 16) ?? 0
        }
        let path = try scratch.write("gbk.txt", gbk)
        let run = try WenxiRun(["segment", path])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("国家统计局 今天 发布 数据 ，"))
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

/// `wenxi segment` as a filter and its output options.
@Suite(.enabled(if: WenxiRun.available)) struct SegmentCommandTests {
    @Test func hugeJobCountsDoNotTrap() throws {
        let run = try WenxiRun(["segment", "--jobs", "2305843009213693952"], input: Data("研究生命起源\n".utf8))
        #expect(run.status == 0)
        #expect(run.output == "研究 生命 起源\n")
    }

    @Test func malformedUserDictionaryLinesAreWarnedWithTheirLine() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("user.txt", Array("新质生产力 10 n\n人工 智能 体\n".utf8))
        let run = try WenxiRun(["segment", "--user-dict", path], input: Data("新质生产力\n".utf8))
        #expect(run.status == 0)
        #expect(run.output == "新质生产力\n")
        #expect(run.errors.contains("\(path): line 2:"))
    }

    @Test func standardInputErrorsCountTheInputsBytes() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let run = try WenxiRun(["segment"], input: Data(bom + Array("研究".utf8) + [0x00] + Array("生命\n".utf8)))
        #expect(run.status == 1)
        #expect(run.errors.contains("<stdin>: byte 9:"))
        let marked = try WenxiRun(["segment"], input: Data(bom + Array("研究生命\n".utf8)))
        #expect(marked.output == "研究 生命\n")
    }

    @Test func loneCarriageReturnsEndLines() throws {
        let run = try WenxiRun(["segment"], input: Data("研究生命\r起源\r\n增长".utf8))
        #expect(run.output == "研究 生命\n起源\n增长\n")
    }

    @Test func posAndGranularityOptions() throws {
        let fine = try WenxiRun(["segment", "--pos"], input: Data("信息技术\n".utf8))
        #expect(fine.output == "信息/n 技术/n\n")
        let coarse = try WenxiRun(["segment", "--granularity", "coarse"], input: Data("信息技术\n".utf8))
        #expect(coarse.output == "信息技术\n")
        #expect(try WenxiRun(["segment", "--granularity", "medium"]).status == 2)
    }

    /// Writes one line into a pipe and reads its segmented line back while the pipe is still open.
    @Test func aPipeIsSegmentedLineByLineBeforeItEnds() throws {
        let process = Process()
        process.executableURL = WenxiRun.executable
        process.arguments = ["segment", "--jobs", "1"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A guard against a hang, not a timing: a filter that waits for the end is killed, and fails.
        let guardTimer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: guardTimer)
        input.fileHandleForWriting.write(Data("研究生命起源\n".utf8))
        var received: [UInt8] = []
        while !received.contains(0x0A) {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            received += data
        }
        let stillOpen = process.isRunning
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        guardTimer.cancel()
        #expect(String(decoding: received, as: UTF8.self) == "研究 生命 起源\n")
        #expect(stillOpen)
        #expect(process.terminationStatus == 0)
    }
}
