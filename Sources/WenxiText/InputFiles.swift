import Foundation

/// One input the user named: a file or standard input.
public struct InputFile: Sendable, Hashable {
    /// The path, or `nil` for standard input.
    public var path: String?

    public init(path: String?) { self.path = path }

    /// A name for messages and reports.
    public var displayName: String { path ?? "<stdin>" }

    /// Reads and decodes the input.
    public func read(with decoder: TextDecoder) throws(InputError) -> String {
        guard let path else {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return try decoder.decode(data, path: nil)
        }
        return try decoder.decode(contentsOf: URL(fileURLWithPath: path))
    }

    /// Expands the paths given on a command line: a folder means every `.txt` file below it,
    /// sorted by path; no path or `-` means standard input. Paths that do not exist, and folders
    /// with no `.txt` file, come back as errors in their place.
    public static func expand(_ paths: [String]) -> [Result<InputFile, InputError>] {
        if paths.isEmpty { return [.success(InputFile(path: nil))] }
        var result: [Result<InputFile, InputError>] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                result.append(.success(InputFile(path: nil)))
                continue
            }
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                result.append(.failure(InputError(path: path, reason: "no such file or folder")))
                continue
            }
            guard isFolder.boolValue else {
                result.append(.success(InputFile(path: path)))
                continue
            }
            var found: [String] = []
            if let walker = manager.enumerator(atPath: path) {
                while let name = walker.nextObject() as? String {
                    if name.lowercased().hasSuffix(".txt") {
                        found.append((path as NSString).appendingPathComponent(name))
                    }
                }
            }
            if found.isEmpty {
                result.append(.failure(InputError(path: path, reason: "the folder holds no .txt file")))
            }
            result += found.sorted().map { .success(InputFile(path: $0)) }
        }
        return result
    }
}
