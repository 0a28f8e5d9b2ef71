import Foundation
import Testing
@testable import WenxiText

@Suite struct InputFilesTests {
    /// A scratch folder, removed at the end.
    final class Scratch {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wenxi-input-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }

        @discardableResult
        func write(_ name: String, _ text: String) throws -> String {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
            return file.path
        }
    }

    func paths(_ results: [Result<InputFile, InputError>]) -> [String] {
        results.map { result in
            switch result {
            case .success(let file): return file.displayName
            case .failure(let error): return "! " + error.description
            }
        }
    }

    @Test func noPathOrADashIsStandardInput() {
        #expect(paths(InputFile.expand([])) == ["<stdin>"])
        #expect(paths(InputFile.expand(["-"])) == ["<stdin>"])
    }

    @Test func foldersGiveTheirTextFilesSortedByPath() throws {
        let scratch = try Scratch()
        try scratch.write("b.txt", "乙")
        try scratch.write("a/z.TXT", "甲")
        try scratch.write("c.md", "丙")
        let root = scratch.url.path
        #expect(paths(InputFile.expand([root])) == [root + "/a/z.TXT", root + "/b.txt"])
    }

    @Test func badPathsAreErrorsInTheirPlace() throws {
        let scratch = try Scratch()
        let good = try scratch.write("good.txt", "好")
        let empty = scratch.url.appendingPathComponent("empty").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        #expect(paths(InputFile.expand(["/no/such/place.txt", good, empty])) == [
            "! /no/such/place.txt: no such file or folder", good, "! \(empty): the folder holds no .txt file",
        ])
    }

    /// Every input is delivered once, in input order, whatever the number of threads; a bad one
    /// as its error, in its place.
    @Test(arguments: [1, 2, 5])
    func readEachDeliversInInputOrder(jobs: Int) throws {
        let scratch = try Scratch()
        var names: [String] = []
        for k in 0..<9 { names.append(try scratch.write("f\(k).txt", String(repeating: "字", count: k + 1))) }
        names.insert("/no/such/file.txt", at: 4)
        let empty = try scratch.write("empty.txt", "")
        names.append(empty)
        var delivered: [String] = []
        InputFile.readEach(names, decoder: TextDecoder(), jobs: jobs, transform: { _, text in text.count }) { result in
            switch result {
            case .success(let (file, count)): delivered.append("\(file.displayName) \(count)")
            case .failure(let error): delivered.append("! \(error.path ?? "-")")
            }
        }
        var expected = (0..<9).map { "\(scratch.url.path)/f\($0).txt \($0 + 1)" }
        expected.insert("! /no/such/file.txt", at: 4)
        expected.append("! \(empty)")
        #expect(delivered == expected)
    }

    @Test func missingPathsAreEachDeliveredAsAnError() {
        var count = 0
        InputFile.readEach(["/no/such/a.txt", "/no/such/b.txt"], decoder: TextDecoder(), transform: { _, _ in 0 }) { result in
            if case .failure = result { count += 1 }
        }
        #expect(count == 2)
    }

    /// An error in `deliver` stops the loop and reaches the caller.
    @Test func deliverMayThrow() throws {
        struct Stop: Error {}
        let scratch = try Scratch()
        let a = try scratch.write("a.txt", "甲"), b = try scratch.write("b.txt", "乙")
        var seen = 0
        #expect(throws: Stop.self) {
            try InputFile.readEach([a, b], decoder: TextDecoder(), transform: { _, _ in 0 }) { _ in
                seen += 1
                throw Stop()
            }
        }
        #expect(seen == 1)
    }
}
