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

    /// Reads every input `paths` name, in order: `transform` turns each text into a result on up to
    /// `jobs` threads, and `deliver` gets each result, or the error in place of an input that could
    /// not be found or read, in input order on the calling thread. Bad inputs do not stop the rest.
    ///
    /// This is the one input loop: the commands and the pipeline both read through it. With one
    /// job, each input is read, transformed and delivered before the next is read; with more, a
    /// window of `4 × jobs` inputs at a time, so memory holds at most a window's results.
    public static func readEach<Value: Sendable>(
        _ paths: [String], decoder: TextDecoder, jobs: Int = 1,
        transform: @Sendable (InputFile, String) -> Value,
        deliver: (Result<(file: InputFile, value: Value), InputError>) throws -> Void
    ) rethrows {
        let items = expand(paths)
        let window = jobs <= 1 ? 1 : 4 * jobs
        var start = 0
        while start < items.count {
            let slice = Array(items[start..<min(items.count, start + window)])
            start += slice.count
            let results = ParallelWork.map(slice, jobs: jobs, batch: 1) { item in
                item.flatMap { file in read(file, decoder: decoder, transform: transform) }
            }
            for result in results { try deliver(result) }
        }
    }

    /// `file` read and transformed, or the reason it could not be read.
    private static func read<Value>(
        _ file: InputFile, decoder: TextDecoder, transform: (InputFile, String) -> Value
    ) -> Result<(file: InputFile, value: Value), InputError> {
        do throws(InputError) {
            return .success((file, transform(file, try file.read(with: decoder))))
        } catch {
            return .failure(error)
        }
    }
}
