import WenxiText

/// The prebuilt files of the figure stage.
public enum FigureDataFiles {
    /// `figures/fixed-words.txt` as a phrase table with prefixes (values 1), walked like a trie.
    public static let fixedWords = PrebuiltFile(name: "figures/fixed-words.bin", sources: [FixedWords.fileName]) {
        () throws(DataFileError) in
        let url = try DataDirectory.file(FixedWords.fileName)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw DataFileError(name: FixedWords.fileName, reason: "cannot read (run Dictionaries/figures/build-fixed-words.py)")
        }
        var builder = PhraseFileBuilder()
        for word in FixedWords.words(parsing: text) { builder.set(word.unicodeScalars.map(\.value), 1) }
        return builder.bytes()
    }

    /// Every prebuilt file of the stage.
    public static let all = [fixedWords]
}
