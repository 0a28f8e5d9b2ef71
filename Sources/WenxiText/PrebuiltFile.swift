import Foundation

/// A data file Wenxi builds from text sources in Dictionaries/ and reads in place at run time
/// (a ``PhraseFile``), checked in beside its sources.
///
/// `swift run wenxi-data` writes every such file (`--check` only compares); a test of each stage
/// checks that the checked-in bytes equal a rebuild, so a source edited without a rebuild fails.
public struct PrebuiltFile: Sendable {
    /// The file, relative to the data folder (`entities/gazetteer.bin`).
    public let name: String
    /// The text files it is built from, relative to the data folder.
    public let sources: [String]
    private let builder: @Sendable () throws(DataFileError) -> [UInt8]

    /// A file named `name` that `build` makes from `sources`.
    public init(name: String, sources: [String], build: @escaping @Sendable () throws(DataFileError) -> [UInt8]) {
        self.name = name
        self.sources = sources
        self.builder = build
    }

    /// The bytes the file should hold, built from its sources now.
    public func build() throws(DataFileError) -> [UInt8] { try builder() }

    /// Maps the checked-in file; an error names it when it is missing or malformed.
    public func open() throws(DataFileError) -> PhraseFile {
        try PhraseFile(contentsOf: try DataDirectory.file(name))
    }
}
