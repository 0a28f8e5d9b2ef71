import ArgumentParser
import Foundation
import WenxiEntities
import WenxiFigures
import WenxiTerms
import WenxiText

/// `wenxi-data`: rebuilds the prebuilt data files of Dictionaries/ from their text sources.
@main
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wenxi-data",
        abstract: "Rebuilds the prebuilt .bin files of Dictionaries/ from their text sources.",
        discussion: "The folder is found as wenxi finds it (WENXI_DICTIONARIES first). Rebuild after editing a source."
    )

    @Flag(help: "Only check that every file equals a rebuild; exit 1 when one does not.")
    var check = false

    static let files: [PrebuiltFile] = TextDataFiles.all + FigureDataFiles.all + EntityDataFiles.all + TermDataFiles.all

    func run() throws {
        var stale: [String] = []
        for file in Self.files {
            let bytes = try file.build()
            let url = try DataDirectory.file(file.name)
            let current = FileManager.default.contents(atPath: url.path).map { [UInt8]($0) }
            if current == bytes {
                print("\(file.name): current (\(bytes.count) bytes)")
            } else if check {
                stale.append(file.name)
                print("\(file.name): stale (rebuild with `swift run wenxi-data`)")
            } else {
                try Data(bytes).write(to: url, options: .atomic)
                print("\(file.name): written (\(bytes.count) bytes, from \(file.sources.joined(separator: ", ")))")
            }
        }
        if !stale.isEmpty { throw ExitCode(1) }
    }
}
