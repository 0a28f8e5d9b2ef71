/// The words that may follow a number in a figure, read from `Dictionaries/figures/units.txt`:
/// the one list of measure words, units, currencies and approximations that the figure extractor
/// reads and whose `span` rows the segmenter keeps inside a figure span.
///
/// One row a line, `word class [label] [span]`; `#` starts a comment. A later row for a word
/// replaces an earlier one where a reader keeps one value per word.
public struct FigureUnitTable: Sendable, Hashable {
    /// One word and what it makes of the number before it.
    public struct Row: Sendable, Hashable {
        public var word: String
        /// `measure`, `money`, `percent`, `duration:M:1`, `latin`, `after:more`, `span-only` … (see the file).
        public var unitClass: String
        /// The unit reported (the ISO 4217 code for money); the word itself when not given.
        public var label: String
        /// The segmenter keeps a figure span whole up to this word (5公里, 3个).
        public var closesSpan: Bool
    }

    /// The data file, relative to the data folder.
    public static let fileName = "figures/units.txt"

    public var rows: [Row]

    /// Parses the file's text; a row with fewer than two fields is an error naming its line.
    public init(parsing text: String, name: String = FigureUnitTable.fileName) throws(DataFileError) {
        rows = []
        var lineNumber = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let fields = line.prefix { $0 != "#" }.split(whereSeparator: \.isWhitespace).map(String.init)
            if fields.isEmpty { continue }
            guard fields.count >= 2, fields.count <= 4 else {
                throw DataFileError(name: name, reason: "line \(lineNumber): expected `word class [label] [span]`")
            }
            let span = fields.count > 2 && fields[fields.count - 1] == "span"
            let label = fields.count > (span ? 3 : 2) ? fields[2] : fields[0]
            rows.append(Row(word: fields[0], unitClass: fields[1], label: label, closesSpan: span))
        }
    }

    /// The table from the data folder, or the error that kept it from loading; read once, on first use.
    public static let loaded: Result<FigureUnitTable, DataFileError> = {
        do throws(DataFileError) {
            let url = try DataDirectory.file(fileName)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                return .failure(DataFileError(name: fileName, reason: "cannot read"))
            }
            return .success(try FigureUnitTable(parsing: text))
        } catch {
            return .failure(error)
        }
    }()

    /// The loaded table, or an empty one when the file could not be read (the figure stage reports it).
    public static let shared: FigureUnitTable = (try? loaded.get()) ?? FigureUnitTable()

    init() { rows = [] }

    /// The words marked `span`, as code points.
    public var spanWords: [[UInt32]] {
        rows.filter(\.closesSpan).map { $0.word.unicodeScalars.map(\.value) }
    }
}
