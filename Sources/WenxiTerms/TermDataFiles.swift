import WenxiText

/// The prebuilt files of the term stage.
public enum TermDataFiles {
    /// jieba's background IDF (`jieba/idf.txt`) as a table of whole words (no prefixes) whose
    /// values are the IDFs' `Float` bits; extra words: the median's bits, the maximum's bits, the count.
    public static let idf = PrebuiltFile(name: "jieba/idf.bin", sources: ["jieba/idf.txt"]) { () throws(DataFileError) in
        let (table, order) = try BackgroundIDF.read(try DataDirectory.file("jieba/idf.txt"))
        var builder = PhraseFileBuilder(prefixes: false)
        for word in order { builder.set(word.unicodeScalars.map(\.value), table[word]?.bitPattern ?? 0) }
        let (median, maximum) = BackgroundIDF.medianAndMaximum(table)
        builder.extra = [median.bitPattern, maximum.bitPattern, UInt32(table.count)]
        return builder.bytes()
    }

    /// Every prebuilt file of the stage.
    public static let all = [idf]
}
