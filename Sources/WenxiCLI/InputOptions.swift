import ArgumentParser
import Foundation
import Wenxi

/// The options every command that reads text shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files or folders (every .txt inside, sorted by path); none or - reads standard input.")
    var paths: [String] = []

    @Option(help: "Input encoding (gbk and gb2312 are read as gb18030, their superset).")
    var encoding: TextEncoding = .auto

    @Flag(help: "Read Traditional characters as Simplified for analysis (output keeps the original text).")
    var simplify = false

    @Option(name: .customLong("user-dict"), help: "A user dictionary: one word a line, optional frequency and tag.")
    var userDictionary: String?

    var decoder: TextDecoder { TextDecoder(encoding: encoding) }

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
        try readEachInput(body).check()
    }

    /// Like ``forEachInput(_:)``, but hands each input to `reading` unread, for a command that
    /// reads its own way (a stream, raw bytes); the input errors it throws are reported and counted.
    func forEachUnreadInput(_ reading: (InputFile) throws -> Void) throws {
        var failures = 0
        for item in InputFile.expand(paths) {
            do {
                try reading(try item.get())
            } catch let error as InputError {
                Diagnostics.report(error)
                failures += 1
            }
        }
        try BadInput(count: failures).check()
    }

    /// Reads each input in order and hands its text to `body`; reports bad inputs on standard error
    /// and goes on. Returns how many were bad: write what the good ones gave, then call
    /// ``BadInput/check()``, so that one bad input does not lose the output of the others.
    func readEachInput(_ body: (InputFile, String) throws -> Void) throws -> BadInput {
        var failures = 0
        try InputFile.readEach(paths, decoder: decoder, transform: { _, text in text }) { result in
            switch result {
            case .success(let (file, text)): try body(file, text)
            case .failure(let error):
                Diagnostics.report(error)
                failures += 1
            }
        }
        return BadInput(count: failures)
    }
}

/// Some inputs could not be read; each was reported already. Exit status 1.
struct BadInput: WenxiError {
    var count: Int
    var description: String { count == 1 ? "1 input could not be read" : "\(count) inputs could not be read" }

    /// Throws `self` when any input was bad.
    func check() throws {
        if count > 0 { throw self }
    }
}

enum Diagnostics {
    static func report(_ error: any Error) {
        FileHandle.standardError.write(Data("wenxi: \(error)\n".utf8))
    }

    /// A problem already put in words (`PATH: reason`).
    static func report(message: String) {
        FileHandle.standardError.write(Data("wenxi: \(message)\n".utf8))
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
