/// Folds text for analysis one code point at a time, so that offsets stay those of the original.
///
/// Full-width digits, letters and punctuation and the ideographic space become their ASCII forms
/// (ICU's NFKC, kept only where it maps one code point to one); with `simplify`, Traditional
/// characters become Simplified (ICU's `Traditional-Simplified` transliterator, character by
/// character). Code points that would fold into several, such as ①, stay as they are. The folded
/// text has exactly as many code points as the original, so every offset found in it is an offset
/// into the original.
public struct TextNormalizer: Sendable, Hashable {
    /// Whether Traditional characters are read as Simplified.
    public var simplify: Bool

    public init(simplify: Bool = false) {
        self.simplify = simplify
    }

    /// The folded code points of `scalars`, one for one.
    ///
    /// - Complexity: O(*n*); ICU is asked once per distinct non-ASCII code point.
    public func fold(_ scalars: [UInt32]) -> [UInt32] {
        var cache: [UInt32: UInt32] = [:]
        var result = scalars
        for i in result.indices {
            let c = result[i]
            if c < 0x80 || (!simplify && CharacterClasses.isUnifiedHan(c)) { continue }
            if let folded = cache[c] {
                result[i] = folded
                continue
            }
            let folded = foldOne(c)
            cache[c] = folded
            result[i] = folded
        }
        return result
    }

    /// The folded form of one code point.
    func foldOne(_ c: UInt32) -> UInt32 {
        if c == 0x3000 { return 0x20 }
        var value = c
        if !CharacterClasses.isUnifiedHan(c) {
            if let single = Normalizer.nfkc(value) { value = single }
        }
        if simplify, let simplified = TextNormalizer.simplified(value) { value = simplified }
        return value
    }

    /// The Simplified form of one Traditional code point (ICU's `Traditional-Simplified`), or `c`
    /// itself when it has no single-code-point Simplified form.
    public static func simplified(_ c: Unicode.Scalar) -> Unicode.Scalar {
        simplified(c.value).flatMap(Unicode.Scalar.init) ?? c
    }

    /// ICU's mapping as prebuilt in `text/traditional-simplified.bin` (``TextDataFiles``), mapped
    /// on first use: opening ICU's transliterator cost about 40 ms at every start.
    static let simplifiedTable: PhraseFile? = try? TextDataFiles.traditionalSimplified.open()

    private static func simplified(_ c: UInt32) -> UInt32? {
        guard let table = simplifiedTable else { return nil }
        var scalar = c
        return withUnsafePointer(to: &scalar) { table.value(UnsafeBufferPointer(start: $0, count: 1), 0, 1) } ?? c
    }
}
