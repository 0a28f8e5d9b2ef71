import Foundation

/// Finds the Dictionaries/ folder that holds Wenxi's data files.
///
/// In order: the `WENXI_DICTIONARIES` environment variable; a `Dictionaries` folder beside the
/// executable or in one of its parent folders (a built checkout: `.build/release/wenxi`); the
/// checkout this source file was compiled from.
public enum DataDirectory {
    /// The folder, or `nil` when none holds `lexicon.bin`.
    public static let url: URL? = locate()

    static func locate() -> URL? {
        var candidates: [URL] = []
        if let value = ProcessInfo.processInfo.environment["WENXI_DICTIONARIES"], !value.isEmpty {
            candidates.append(URL(fileURLWithPath: value))
        }
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder.appendingPathComponent("Dictionaries"))
            folder.deleteLastPathComponent()
        }
        candidates.append(
            URL(fileURLWithPath: #filePath)
                .deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent()
                .appendingPathComponent("Dictionaries"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("lexicon.bin").path) }
    }

    /// The URL of `name` inside the data folder.
    public static func file(_ name: String) throws(DataFileError) -> URL {
        guard let url else { throw DataFileError(name: name, reason: "no Dictionaries folder found (set WENXI_DICTIONARIES)") }
        return url.appendingPathComponent(name)
    }
}

/// A data file that is missing or malformed.
public struct DataFileError: Error, Hashable, CustomStringConvertible {
    public var name: String
    public var reason: String
    public var description: String { "data file \(name): \(reason)" }

    /// Creates the error for the data file `name`.
    public init(name: String, reason: String) {
        self.name = name
        self.reason = reason
    }
}
