import Foundation
import Testing
@testable import Wenxi
@testable import WenxiText

/// Folders, links, unreadable entries, pipes and devices as inputs.
@Suite struct FolderWalkerTests {
    /// `tree/own/a.txt`, `tree/link -> ../outside` (holding `b.txt`), `tree/own/loop -> ..`.
    static func linkedTree(_ scratch: ScratchFolder) throws -> (tree: String, outside: String) {
        let manager = FileManager.default
        let tree = scratch.url.appendingPathComponent("tree").path
        let outside = scratch.url.appendingPathComponent("outside").path
        try manager.createDirectory(atPath: tree + "/own", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try Data("第一篇\n".utf8).write(to: URL(fileURLWithPath: tree + "/own/a.txt"))
        try Data("第二篇\n".utf8).write(to: URL(fileURLWithPath: outside + "/b.txt"))
        try manager.createSymbolicLink(atPath: tree + "/link", withDestinationPath: "../outside")
        try manager.createSymbolicLink(atPath: tree + "/own/loop", withDestinationPath: "..")
        return (tree, outside)
    }

    @Test func symlinkedFoldersAreFollowedAndCyclesReported() throws {
        let scratch = try ScratchFolder()
        let (tree, _) = try FolderWalkerTests.linkedTree(scratch)
        let results = InputFile.expand([tree])
        let files = results.compactMap { try? $0.get().path }
        let problems = results.compactMap { result -> InputError? in
            if case .failure(let error) = result { return error }
            return nil
        }
        #expect(files == [tree + "/link/b.txt", tree + "/own/a.txt"])
        #expect(problems.map(\.path) == [tree + "/own/loop"])
        #expect(problems.first?.reason.contains("already read") == true)
    }

    @Test func aBrokenTextLinkIsReported() throws {
        let scratch = try ScratchFolder()
        let folder = scratch.url.appendingPathComponent("pages").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/gone.txt", withDestinationPath: "nowhere.txt")
        let problems = FolderWalker.walk(folder).problems
        #expect(problems.map(\.path) == [folder + "/gone.txt"])
    }

    @Test(.enabled(if: WenxiRun.available && WenxiRun.canDropPrivileges))
    func anUnreadableSubfolderIsReportedAndTheRestRead() throws {
        let scratch = try ScratchFolder()
        let top = scratch.url.appendingPathComponent("pages").path
        try FileManager.default.createDirectory(atPath: top + "/locked", withIntermediateDirectories: true)
        try Data("可以读的一行\n".utf8).write(to: URL(fileURLWithPath: top + "/open.txt"))
        try Data("读不到的一行\n".utf8).write(to: URL(fileURLWithPath: top + "/locked/hidden.txt"))
        chmod(top + "/locked", 0)
        defer { chmod(top + "/locked", 0o755) }
        let run = try WenxiRun(["segment", top], unprivileged: true)
        #expect(run.status == 1)
        #expect(run.output == "可以 读 的 一行\n")
        #expect(run.errors.contains("\(top)/locked: cannot read the folder"))
    }

    @Test(.enabled(if: WenxiRun.available && WenxiRun.canDropPrivileges))
    func anUnreadableTopFolderIsNotCalledEmpty() throws {
        let scratch = try ScratchFolder()
        let top = scratch.url.appendingPathComponent("locked").path
        try FileManager.default.createDirectory(atPath: top, withIntermediateDirectories: true)
        try Data("读不到的一行\n".utf8).write(to: URL(fileURLWithPath: top + "/hidden.txt"))
        chmod(top, 0)
        defer { chmod(top, 0o755) }
        let run = try WenxiRun(["segment", top], unprivileged: true)
        #expect(run.status == 1)
        #expect(run.errors.contains("\(top): cannot read the folder"))
        #expect(!run.errors.contains("holds no .txt file"))
    }

    @Test(.enabled(if: WenxiRun.available)) func processSubstitutionIsReadAsAStream() throws {
        let run = try WenxiRun.shell(#"printf '研究生命起源\n' | "$WENXI" segment <(cat)"#)
        #expect(run.status == 0)
        #expect(run.output == "研究 生命 起源\n")
    }

    @Test func aCharacterDeviceIsReadToItsEnd() {
        #expect(throws: InputError(path: "/dev/null", reason: "the input is empty")) {
            try TextDecoder().decode(contentsOfFile: "/dev/null")
        }
    }

    @Test func aDeviceOfNULBytesStopsAtTheFirst() {
        #expect(throws: InputError(path: "/dev/zero", byteOffset: 0, reason: "binary data (a NUL byte), not text")) {
            try TextDecoder().decode(contentsOfFile: "/dev/zero")
        }
    }
}
