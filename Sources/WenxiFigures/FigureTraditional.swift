import WenxiText

/// Reads a text written in Traditional characters as Simplified for the figure grammar (三個月,
/// 晚上八點, 下週一, 國慶節), one code point for one, so that every offset is the text's own.
///
/// A text is folded only when it reads as Traditional: at least ``minimumShare`` of its Han
/// characters change under ICU's `Traditional-Simplified` mapping (the one ``TextNormalizer``
/// uses). Simplified text that quotes a Traditional name, or holds characters the mapping also
/// changes (乾隆, 显著), stays as written. The figures keep the text as written; only the
/// grammar reads the folded form.
enum FigureTraditional {
    /// Share of changed Han characters from which a text is read as Traditional: the share the
    /// article stage uses for pages (``TraditionalReading``); Simplified news stays far below it.
    static let minimumShare = 0.1
    /// The block the table covers: CJK Unified Ideographs, where the characters of figures are.
    static let first: UInt32 = 0x4E00
    static let last: UInt32 = 0x9FFF

    /// The Simplified form of each code point of the block, 0 where it does not change; built on
    /// first use (one look-up per code point), so the pass over a text is one array read a character.
    static let table: [UInt32] = {
        var t = [UInt32](repeating: 0, count: Int(last - first) + 1)
        for c in first...last {
            guard let scalar = Unicode.Scalar(c) else { continue }
            let simplified = TextNormalizer.simplified(scalar).value
            if simplified != c { t[Int(c - first)] = simplified }
        }
        return t
    }()

    /// `scalars` with Traditional characters made Simplified, or nil when the text does not read as
    /// Traditional (then it is scanned as written).
    ///
    /// - Complexity: O(*n*).
    static func folded(_ scalars: [UInt32]) -> [UInt32]? {
        let table = Self.table
        var han = 0
        var changed = 0
        for c in scalars where c >= first && c <= last {
            han += 1
            if table[Int(c - first)] != 0 { changed += 1 }
        }
        guard changed > 0, Double(changed) >= minimumShare * Double(han) else { return nil }
        var result = scalars
        for i in result.indices where result[i] >= first && result[i] <= last {
            let simplified = table[Int(result[i] - first)]
            if simplified != 0 { result[i] = simplified }
        }
        return result
    }
}
