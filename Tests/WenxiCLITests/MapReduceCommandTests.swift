import Foundation
import Testing
import WenxiTestSupport

/// `wenxi map` then `wenxi reduce` writes what `wenxi report` writes, for any grouping of records.
@Suite(.enabled(if: WenxiRun.available)) struct MapReduceCommandTests {
    /// A folder `in` with a page of several articles, the command page, a second page in a
    /// subfolder, a blank file (read, no article), an empty file and an undecodable one (both skipped).
    final class Corpus {
        let scratch = try! ScratchFolder()
        var root: String { scratch.url.path }
        var input: String { root + "/in" }

        init() throws {
            try FileManager.default.createDirectory(atPath: input + "/sub", withIntermediateDirectories: true)
            let seed = try Data(contentsOf: URL(fileURLWithPath: "seeds/000_d12699ffdacbae51.txt"))
            try seed.write(to: URL(fileURLWithPath: input + "/a.txt"))
            try Data(CommandFixtures.page.utf8).write(to: URL(fileURLWithPath: input + "/b.txt"))
            let other = CommandFixtures.page.replacingOccurrences(of: "安全生产", with: "粮食生产")
            try Data(other.utf8).write(to: URL(fileURLWithPath: input + "/sub/c.txt"))
            try Data().write(to: URL(fileURLWithPath: input + "/empty.txt"))
            try Data("\n  \n".utf8).write(to: URL(fileURLWithPath: input + "/blank.txt"))
            try Data([0xFF, 0xFF, 0x00]).write(to: URL(fileURLWithPath: input + "/bad.txt"))
        }

        /// Every file of folder `name` by its name.
        func files(_ name: String) throws -> [String: Data] {
            let folder = root + "/" + name
            var result: [String: Data] = [:]
            for file in try FileManager.default.contentsOfDirectory(atPath: folder) {
                result[file] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file))
            }
            return result
        }

        func write(_ name: String, lines: [String]) throws -> String {
            let path = root + "/" + name
            try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    /// The report of the corpus and its records, both with the bad input's exit status 1.
    static func reportAndRecords(_ corpus: Corpus) throws -> (report: [String: Data], records: [String]) {
        let report = try WenxiRun(["report", corpus.input, "--out", corpus.root + "/A", "--jobs", "2"])
        #expect(report.status == 1)
        let map = try WenxiRun(["map", corpus.input, "--out", corpus.root + "/r.jsonl", "--jobs", "2"])
        #expect(map.status == 1)
        #expect(map.errors.contains("bad.txt"))
        let records = try String(contentsOfFile: corpus.root + "/r.jsonl", encoding: .utf8)
            .split(separator: "\n").map(String.init)
        return (try corpus.files("A"), records)
    }

    @Test func reduceWritesWhatReportWrites() throws {
        let corpus = try Corpus()
        let (report, records) = try Self.reportAndRecords(corpus)
        // 6 + 1 + 1 articles; a, b, c and blank read; empty and bad skipped.
        #expect(records.filter { $0.contains(#""kind":"article""#) }.count == 8)
        #expect(records.filter { $0.contains(#""kind":"input""#) }.count == 4)
        #expect(records.filter { $0.contains(#""kind":"failure""#) }.count == 2)
        let reduce = try WenxiRun(["reduce", corpus.root + "/r.jsonl", "--out", corpus.root + "/B"])
        #expect(reduce.status == 1, "the skipped input makes reduce exit 1, as it does report")
        #expect(reduce.errors.contains("bad.txt"))
        let reduced = try corpus.files("B")
        #expect(reduced.count == 3 * 8 + 3)
        #expect(reduced == report)
        let json = String(decoding: try #require(report["corpus.json"]), as: UTF8.self)
        #expect(json.contains("blank.txt") && json.contains("empty.txt") && json.contains("bad.txt"))
    }

    /// Records split into three files in a shuffled order, one of them read from standard input.
    @Test func anyGroupingAndOrderGivesTheSameReports() throws {
        let corpus = try Corpus()
        let (report, records) = try Self.reportAndRecords(corpus)
        var shuffled = records
        var generator = SplitMix64(seed: 12)
        shuffled.shuffle(using: &generator)
        let third = shuffled.count / 3
        let one = try corpus.write("1.jsonl", lines: Array(shuffled[..<third]))
        let two = try corpus.write("2.jsonl", lines: Array(shuffled[third..<(2 * third)]))
        let three = try corpus.write("3.jsonl", lines: Array(shuffled[(2 * third)...]))
        let reduce = try WenxiRun.shell("$WENXI reduce '\(three)' - '\(one)' --out '\(corpus.root)/C' --jobs 2 < '\(two)'")
        #expect(reduce.status == 1)
        #expect(try corpus.files("C") == report)
    }

    /// A truncated and a garbage line are named FILE:LINE; the other records still make pages.
    @Test func badLinesAreNamedAndTheRestCounts() throws {
        let corpus = try Corpus()
        let (_, records) = try Self.reportAndRecords(corpus)
        var lines = records.filter { !$0.contains(#""kind":"failure""#) }
        let cut = try #require(lines.firstIndex { $0.contains(#""kind":"article""#) })
        lines[cut] = String(lines[cut].prefix(lines[cut].count / 2))
        lines.insert("garbage", at: 2)
        let version = lines.count
        lines.append(lines[cut + 2].replacingOccurrences(of: #""version":1"#, with: #""version":999"#))
        let file = try corpus.write("bad.jsonl", lines: lines)
        let reduce = try WenxiRun(["reduce", file, "--out", corpus.root + "/D"])
        #expect(reduce.status == 1)
        #expect(reduce.errors.contains("\(file):3: not a record"))
        #expect(reduce.errors.contains("\(file):\(cut >= 2 ? cut + 2 : cut + 1): not a record"))
        #expect(reduce.errors.contains("\(file):\(version + 1): record version 999, but this wenxi reads version 1"))
        let pages = try corpus.files("D").keys.filter { $0.hasSuffix(".json") && $0 != "corpus.json" }
        #expect(pages.count == 7, "8 articles less the truncated one")
    }

    /// Files fed as {"path", "base64"} lines give the records reading them gives, GB18030 included.
    @Test func filesJSONLGivesTheRecordsOfTheFiles() throws {
        let corpus = try Corpus()
        let hex = CommandLineTests.gbkHex
        let gbk = stride(from: 0, to: hex.count, by: 2).map { k -> UInt8 in
            let start = hex.index(hex.startIndex, offsetBy: k)
            return UInt8(hex[start..<hex.index(start, offsetBy: 2)], radix: 16) ?? 0
        }
        let gbkPath = try corpus.scratch.write("gbk.txt", gbk)
        let paths = [corpus.input + "/a.txt", gbkPath, corpus.input + "/bad.txt", corpus.input + "/empty.txt"]
        let direct = try WenxiRun(["map"] + paths + ["--jobs", "2"])
        #expect(direct.status == 1)
        #expect(direct.output.contains("国家统计局"))
        var input = ""
        for path in paths {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            input += #"{"base64":"\#(bytes.base64EncodedString())","path":"\#(path)"}"# + "\n"
        }
        input += "{\"path\": 3\n"
        let piped = try WenxiRun(["map", "--files-jsonl", "--jobs", "2"], input: Data(input.utf8))
        #expect(piped.status == 1)
        #expect(piped.errors.contains("<stdin>:5: "))
        let failureOfLine = try #require(piped.output.split(separator: "\n").last)
        #expect(failureOfLine.contains(#""kind":"failure""#))
        #expect(piped.output.split(separator: "\n").dropLast().joined(separator: "\n") + "\n" == direct.output)
    }

    /// Records mapped with two reference dates are refused whole, naming both dates; with one,
    /// the articles of either map are reported against it.
    @Test func recordsOfTwoReferenceDatesAreRefused() throws {
        let corpus = try Corpus()
        for (name, date) in [("d1.jsonl", "2024-03-01"), ("d2.jsonl", "2025-07-15")] {
            let map = try WenxiRun(["map", corpus.input + "/b.txt", "--reference-date", date, "--out", corpus.root + "/" + name])
            #expect(map.status == 0)
        }
        let mixed = try WenxiRun(["reduce", corpus.root + "/d1.jsonl", corpus.root + "/d2.jsonl", "--out", corpus.root + "/M"])
        #expect(mixed.status != 0)
        #expect(mixed.errors.contains("2024-03-01") && mixed.errors.contains("2025-07-15"))
        #expect(!FileManager.default.fileExists(atPath: corpus.root + "/M/corpus.json"))
        let single = try WenxiRun(["reduce", corpus.root + "/d2.jsonl", "--out", corpus.root + "/S"])
        #expect(single.status == 0)
        let report = try WenxiRun(["report", corpus.input + "/b.txt", "--reference-date", "2025-07-15", "--out", corpus.root + "/R"])
        #expect(report.status == 0)
        #expect(try corpus.files("S") == corpus.files("R"))
    }
}
