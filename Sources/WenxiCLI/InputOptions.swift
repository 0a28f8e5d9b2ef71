import ArgumentParser
import Foundation
import Wenxi

/// The options every command that reads text shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files or folders (every .txt inside, sorted by path); none or - reads standard input.")
    var paths: [String] = []

    @Option(help: "Input encoding: auto, utf-8, gb18030 (also gbk, gb2312), big5, utf-16.")
    var encoding: String = "auto"

    @Flag(help: "Read Traditional characters as Simplified for analysis (output keeps the original text).")
    var simplify = false

    @Option(name: .customLong("user-dict"), help: "A user dictionary: one word a line, optional frequency and tag.")
    var userDictionary: String?

    func validate() throws {
        guard TextEncoding(name: encoding) != nil else {
            throw ValidationError("unknown encoding '\(encoding)'; use auto, utf-8, gb18030, gbk, big5 or utf-16")
        }
    }

    var decoder: TextDecoder { TextDecoder(encoding: TextEncoding(name: encoding) ?? .auto) }

    /// The user dictionary named, or an empty one.
    /// Lines it skips are named on standard error with the file and line number.
    func userDictionaryValue() throws -> UserDictionary {
        guard let userDictionary else { return UserDictionary() }
        let dictionary = try UserDictionary(contentsOf: URL(fileURLWithPath: userDictionary))
        for problem in dictionary.problems {
            Diagnostics.warn("\(userDictionary): line \(problem.line): \(problem.message); line skipped")
        }
        return dictionary
    }

    /// The segmenter these options ask for.
    func makeSegmenter(discoverWords: Bool = false, granularity: Segmenter.Granularity = .coarse) throws -> Segmenter {
        try Segmenter(userDictionary: try userDictionaryValue(),
                      options: .init(discoverWords: discoverWords, simplify: simplify, granularity: granularity))
    }

    /// Reads each input in order and hands its text to `body`; reports bad inputs on standard error
    /// and goes on. Throws ``BadInput`` at the end when any input was bad.
    func forEachInput(_ body: (InputFile, String) throws -> Void) throws {
        try forEachInput(reading: nil, body)
    }

    /// Like ``forEachInput(_:)``, but hands each input to `reading` unread, for a command that
    /// reads its own way (a stream, raw bytes); errors it throws are reported as read errors.
    func forEachUnreadInput(_ reading: (InputFile) throws -> Void) throws {
        try withoutActuallyEscaping(reading) { reading in try forEachInput(reading: reading) { _, _ in } }
    }

    private func forEachInput(reading: ((InputFile) throws -> Void)?, _ body: (InputFile, String) throws -> Void) throws {
        var failures = 0
        for item in InputFile.expand(paths) {
            switch item {
            case .failure(let error):
                Diagnostics.report(error)
                failures += 1
            case .success(let file):
                do {
                    if let reading {
                        try reading(file)
                        continue
                    }
                    let text = try file.read(with: decoder)
                    try body(file, text)
                } catch let error as InputError {
                    Diagnostics.report(error)
                    failures += 1
                }
            }
        }
        if failures > 0 { throw BadInput(count: failures) }
    }
}

/// Some inputs could not be read; each was reported already. Exit status 1.
struct BadInput: Error, CustomStringConvertible {
    var count: Int
    var description: String { count == 1 ? "1 input could not be read" : "\(count) inputs could not be read" }
}

enum Diagnostics {
    static func report(_ error: any Error) {
        FileHandle.standardError.write(Data("wenxi: \(error)\n".utf8))
    }

    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("wenxi: warning: \(message)\n".utf8))
    }
}

/// Writes text to standard output without holding it twice.
enum Output {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func write(bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }
}
