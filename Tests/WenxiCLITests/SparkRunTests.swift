import Foundation
import Testing

/// `Spark/wenxi_spark.py` in Spark's local mode against the built `wenxi`: the same files as
/// `wenxi report`, byte for byte, and a map that crashes is an error, not a silent loss.
///
/// Needs python with pyspark and a Java runtime (`.ci/run` installs both into `.ci/.venv`). When
/// they are missing the suite is skipped with the reason, unless `WENXI_REQUIRE_SPARK` is set
/// (as `.ci/run` does), when it fails instead.
@Suite(.enabled(if: WenxiRun.available && (SparkRun.ready || SparkRun.required),
                Comment(rawValue: SparkRun.skipReason)))
struct SparkRunTests {
    @Test func sparkRunWritesWhatReportWrites() throws {
        try #require(SparkRun.ready, Comment(rawValue: SparkRun.cannotRun))
        let input = try SparkInput()
        let expected = input.scratch.url.appendingPathComponent("report").path
        let report = try WenxiRun(["report", input.root, "--out", expected])
        #expect(report.status == 1, "the input holds a binary, an empty file and a broken link")
        let actual = input.scratch.url.appendingPathComponent("spark").path
        let spark = try SparkRun([input.root, actual, "--wenxi", WenxiRun.executable.path,
                                  "--master", "local[2]", "--partitions", "3"])
        #expect(!spark.timedOut, "wenxi_spark.py took longer than \(SparkRun.timeout) s")
        #expect(spark.status == report.status, Comment(rawValue: spark.errors))
        let names = try SparkRun.files(in: expected)
        #expect(names.contains("corpus.json") && names.count > 10)
        try #require(try SparkRun.files(in: actual) == names, "the same files, by name")
        for name in names {
            let a = try Data(contentsOf: URL(fileURLWithPath: expected + "/" + name))
            let b = try Data(contentsOf: URL(fileURLWithPath: actual + "/" + name))
            #expect(a == b, "\(name) differs between wenxi report and wenxi_spark.py")
        }
        let corpus = try String(contentsOfFile: actual + "/corpus.json", encoding: .utf8)
        for skipped in input.skipped { #expect(corpus.contains(skipped), "corpus.json lists \(skipped) as skipped") }
    }

    /// A `wenxi` whose map dies of a signal: the run fails with status 3 and wenxi's message,
    /// and writes no report.
    @Test func aCrashingMapIsAnError() throws {
        try #require(SparkRun.ready, Comment(rawValue: SparkRun.cannotRun))
        let scratch = try ScratchFolder()
        _ = try scratch.write("a.txt", Array(CommandFixtures.page.utf8))
        _ = try scratch.write("b.txt", Array(CommandFixtures.page.utf8))
        let wrapper = try scratch.write("wenxi", Array("""
            #!/bin/sh
            if [ "$1" = map ]; then echo "simulated crash in the map" >&2; kill -SEGV $$; fi
            exec '\(WenxiRun.executable.path)' "$@"

            """.utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: wrapper)
        let out = scratch.url.appendingPathComponent("out").path
        let run = try SparkRun([scratch.url.path, out, "--wenxi", wrapper, "--master", "local[2]"])
        #expect(!run.timedOut)
        #expect(run.status == 3)
        #expect(run.errors.contains("wenxi_spark: the map failed: wenxi map failed on partition"))
        #expect(run.errors.contains("killed by signal 11"))
        #expect(run.errors.contains("simulated crash in the map"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}

/// A folder of inputs that exercises the listing rules: subfolders, an upper-case `.TXT`, a
/// hidden file, a decomposed (NFD) name that sorts differently from its NFC form, links to a file
/// and to a folder above (a cycle), a broken link, a file that is not `.txt`, GBK bytes, a binary
/// and an empty file, and the seeds.
final class SparkInput {
    let scratch: ScratchFolder
    let root: String
    /// Paths that `wenxi report` lists as skipped.
    var skipped: [String] = []

    init() throws {
        scratch = try ScratchFolder()
        root = scratch.url.appendingPathComponent("in").path
        let manager = FileManager.default
        try manager.createDirectory(atPath: root + "/sub/deeper", withIntermediateDirectories: true)
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds")
        for name in try manager.contentsOfDirectory(atPath: seeds.path) where name.hasSuffix(".txt") {
            try manager.copyItem(atPath: seeds.path + "/" + name, toPath: root + "/seed-" + name)
        }
        try write("a.txt", CommandFixtures.page)
        try write("sub/B.TXT", CommandFixtures.page.replacingOccurrences(of: "杭州", with: "宁波"))
        try write("sub/deeper/.hidden.txt", CommandFixtures.page.replacingOccurrences(of: "李明", with: "王芳"))
        try write("e\u{301}.txt", CommandFixtures.page.replacingOccurrences(of: "安全生产", with: "防汛抗旱"))
        try write("f.txt", CommandFixtures.page.replacingOccurrences(of: "10%", with: "15%"))
        try write("notes.md", CommandFixtures.page)
        try Data(SparkInput.hex(CommandLineTests.gbkHex)).write(to: URL(fileURLWithPath: root + "/gbk.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).write(to: URL(fileURLWithPath: root + "/image.txt"))
        try Data().write(to: URL(fileURLWithPath: root + "/sub/empty.txt"))
        try manager.createSymbolicLink(atPath: root + "/link.txt", withDestinationPath: "a.txt")
        try manager.createSymbolicLink(atPath: root + "/broken.txt", withDestinationPath: "nowhere.txt")
        try manager.createSymbolicLink(atPath: root + "/sub/deeper/up", withDestinationPath: "../..")
        skipped = [root + "/image.txt", root + "/sub/empty.txt", root + "/broken.txt", root + "/sub/deeper/up"]
    }

    private func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + name))
    }

    static func hex(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 2)
            bytes.append(UInt8(text[index..<next], radix: 16)!)
            index = next
        }
        return bytes
    }
}

/// One run of `Spark/wenxi_spark.py` under `timeout`, with the python that has pyspark.
struct SparkRun {
    var status: Int32
    var errors: String
    var timedOut: Bool

    /// Seconds before the run is stopped (`WENXI_SPARK_TIMEOUT`, default 600: Spark's start is
    /// 10–20 s on an idle machine, and the machine is shared).
    static let timeout = Int(ProcessInfo.processInfo.environment["WENXI_SPARK_TIMEOUT"] ?? "") ?? 600

    static let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Whether the suite must run (and fail when it cannot): `WENXI_REQUIRE_SPARK` is set.
    static var required: Bool { !(ProcessInfo.processInfo.environment["WENXI_REQUIRE_SPARK"] ?? "").isEmpty }

    /// `WENXI_PYTHON`, else the first of `.ci/.venv` and `Benchmarks/.venv` that exists, else `python3`.
    static let python: String = {
        if let named = ProcessInfo.processInfo.environment["WENXI_PYTHON"], !named.isEmpty { return named }
        for venv in [".ci/.venv", "Benchmarks/.venv"] {
            let path = checkout.appendingPathComponent(venv + "/bin/python").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return "python3"
    }()

    /// Why the suite cannot run, or "" when it can.
    static let problem: String = {
        if (try? Self.command(["/usr/bin/env", python, "-c", "import pyspark"]).status) != 0 {
            return "\(python) cannot import pyspark (bash .ci/run installs it into .ci/.venv; or set WENXI_PYTHON)"
        }
        if (try? Self.command(["/usr/bin/env", "java", "-version"]).status) != 0 {
            return "no java on PATH (apt-get install default-jre-headless)"
        }
        return ""
    }()

    static var ready: Bool { problem.isEmpty }
    static var skipReason: String { "Spark test skipped: " + problem }
    static var cannotRun: String { "Spark test cannot run (WENXI_REQUIRE_SPARK is set): " + problem }

    init(_ arguments: [String]) throws {
        let script = SparkRun.checkout.appendingPathComponent("Spark/wenxi_spark.py").path
        let run = try SparkRun.command(["/usr/bin/timeout", "--kill-after=20", String(SparkRun.timeout),
                                        SparkRun.python, script] + arguments)
        status = run.status
        errors = run.errors
        timedOut = run.status == 124 || run.status == 137
    }

    /// Runs `arguments` (the first an absolute path); standard output is dropped.
    static func command(_ arguments: [String]) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errors, as: UTF8.self))
    }

    /// The files below `folder`, as sorted relative paths.
    static func files(in folder: String) throws -> [String] {
        let all = FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []
        return all.filter { name in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder) && !isFolder.boolValue
        }.sorted()
    }
}
