import CICUShim

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
            if c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF && !simplify) { continue }
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
        if !(c >= 0x4E00 && c <= 0x9FFF) {
            if let single = TextNormalizer.transform(value, { source, length, destination, capacity in
                wx_nfkc(source, length, destination, capacity)
            }) {
                value = single
            }
        }
        if simplify, let simplified = TextNormalizer.simplified(value) { value = simplified }
        return value
    }

    private static func transform(
        _ c: UInt32, _ body: (UnsafePointer<UInt16>, Int32, UnsafeMutablePointer<UInt16>, Int32) -> Int32
    ) -> UInt32? {
        guard let scalar = Unicode.Scalar(c) else { return nil }
        let source = Array(String(scalar).utf16)
        var destination = [UInt16](repeating: 0, count: 8)
        let count = body(source, Int32(source.count), &destination, 8)
        guard count > 0, count <= 8 else { return nil }
        let folded = String(decoding: destination[0..<Int(count)], as: UTF16.self).unicodeScalars
        guard folded.count == 1, let only = folded.first else { return nil }
        return only.value
    }

    private static func simplified(_ c: UInt32) -> UInt32? {
        Transliterator.traditionalToSimplified.map(c)
    }
}
