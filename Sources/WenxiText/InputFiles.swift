#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One input the user named: a file or standard input.
public struct InputFile: Sendable, Hashable {
    /// The path, or `nil` for standard input.
    public var path: String?

    public init(path: String?) { self.path = path }

    /// A name for messages and reports.
    public var displayName: String { path ?? "<stdin>" }

    /// Reads and decodes the input: a file, a pipe, a character device or standard input.
    public func read(with decoder: TextDecoder) throws(InputError) -> String {
        guard let path else {
            let bytes = try FileReader.readStandardInput(allowNUL: decoder.allowsNUL)
            return try decoder.decode(bytes, path: nil)
        }
        return try decoder.decode(contentsOfFile: path)
    }

    /// Expands the paths given on a command line: a folder means every `.txt` file below it
    /// (symbolic links followed, each folder once), sorted by path; no path or `-` means standard
    /// input. Paths that do not exist, folders and links that cannot be read, and folders with no
    /// `.txt` file come back as errors in their place.
    public static func expand(_ paths: [String]) -> [Result<InputFile, InputError>] {
        if paths.isEmpty { return [.success(InputFile(path: nil))] }
        var result: [Result<InputFile, InputError>] = []
        for path in paths {
            if path == "-" {
                result.append(.success(InputFile(path: nil)))
                continue
            }
            var status = stat()
            guard stat(path, &status) == 0 else {
                let reason = errno == ENOENT ? "no such file or folder" : "cannot read (\(FileReader.describe(errno)))"
                result.append(.failure(InputError(path: path, reason: reason)))
                continue
            }
            guard (status.st_mode & S_IFMT) == S_IFDIR else {
                result.append(.success(InputFile(path: path)))
                continue
            }
            let listing = FolderWalker.walk(path)
            result += listing.problems.map { .failure($0) }
            if listing.files.isEmpty, listing.problems.isEmpty {
                result.append(.failure(InputError(path: path, reason: "the folder holds no .txt file")))
            }
            result += listing.files.map { .success(InputFile(path: $0)) }
        }
        return result
    }
}
