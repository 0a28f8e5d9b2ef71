/// The prebuilt files of the text stage.
public enum TextDataFiles {
    /// The code points ICU reads, one at a time, for the table: the Basic Multilingual Plane and
    /// the ideographic planes 2 and 3 (no Han character lies elsewhere).
    static let simplifiedRanges: [ClosedRange<UInt32>] = [0...0xFFFF, 0x20000...0x3FFFF]

    /// ICU's `Traditional-Simplified` transliterator, one code point for one: every code point of
    /// ``simplifiedRanges`` that changes into a single other code point, as a table of
    /// one-character phrases whose values are the Simplified code points.
    public static let traditionalSimplified = PrebuiltFile(
        name: "text/traditional-simplified.bin", sources: ["ICU Traditional-Simplified (system libicu)"]
    ) { () throws(DataFileError) in
        let icu = Transliterator(identifier: "Traditional-Simplified")
        guard icu.map(0x9F8D) != nil else {
            throw DataFileError(name: "text/traditional-simplified.bin", reason: "ICU has no Traditional-Simplified transliterator")
        }
        var builder = PhraseFileBuilder(prefixes: false)
        for range in simplifiedRanges {
            for c in range {
                if let s = icu.map(c), s != c { builder.set([c], s) }
            }
        }
        return builder.bytes()
    }

    /// Every prebuilt file of the stage.
    public static let all = [traditionalSimplified]
}
