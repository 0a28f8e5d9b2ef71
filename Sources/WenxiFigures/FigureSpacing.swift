import WenxiText

/// Reads a segmented text (words set apart by spaces, as segmented corpora and tokenized test sets
/// write it: １９９０年  至  １９９６年) with the spaces between its words taken out, so that a figure
/// spread over several words (５８年  后, 不到  ３０年, ２５日  凌晨) is read whole; the figures are mapped
/// back to the text's own offsets and keep its own text, spaces included.
///
/// A text is segmented when spaces stand between two non-ASCII characters (Han, full-width digits,
/// Chinese punctuation) at least ``minimumShare`` times per such character: ordinary news has almost
/// none (a space between 港币 and 52.3 is between a Han character and an ASCII digit, and is read
/// as before). Spaces between two digits or two ASCII letters stay (２００２  ２００３年 are two numbers).
enum FigureSpacing {
    /// Spaces between two non-ASCII characters, per non-ASCII character, from which a text reads as
    /// segmented: a segmented text has one every two or three characters, ordinary text next to none.
    static let minimumShare = 0.15
    /// Fewest such spaces: one space decides nothing.
    static let minimumSpaces = 2

    @inline(__always) static func isSpace(_ c: UInt32) -> Bool { c == 0x20 || c == 0x3000 || c == 0xA0 }

    /// The offsets of `scalars` to keep (every one but the spaces between words), or nil when the text
    /// does not read as segmented.
    ///
    /// - Complexity: O(*n*).
    static func keptOffsets(_ scalars: [UInt32]) -> [Int]? {
        var wide = 0
        var between = 0
        var i = 0
        let n = scalars.count
        while i < n {
            let c = scalars[i]
            if c >= 0x80 && !isSpace(c) { wide += 1 }
            if isSpace(c), i > 0, scalars[i - 1] >= 0x80, !isSpace(scalars[i - 1]) {
                var k = i
                while k < n && isSpace(scalars[k]) { k += 1 }
                if k < n, scalars[k] >= 0x80 { between += 1 }
                i = k
                continue
            }
            i += 1
        }
        guard between >= minimumSpaces, Double(between) >= minimumShare * Double(wide) else { return nil }
        var kept: [Int] = []
        kept.reserveCapacity(n)
        i = 0
        while i < n {
            guard isSpace(scalars[i]) else { kept.append(i); i += 1; continue }
            var k = i
            while k < n && isSpace(scalars[k]) { k += 1 }
            if i == 0 || k == n || keepsSpace(scalars[i - 1], scalars[k]) { kept.append(contentsOf: i..<k) }
            i = k
        }
        return kept
    }

    /// Whether a space between `a` and `b` stays: between two digits (of either width) or two ASCII
    /// letters or digits, where taking it out would join two words into one.
    static func keepsSpace(_ a: UInt32, _ b: UInt32) -> Bool {
        let digits = FigureCharacters.isArabic(a) && FigureCharacters.isArabic(b)
        let ascii = a < 0x80 && b < 0x80 && (FigureCharacters.isLatin(a) || FigureCharacters.isArabic(a))
            && (FigureCharacters.isLatin(b) || FigureCharacters.isArabic(b))
        return digits || ascii
    }

    /// `figures` found in the text kept at `kept`, with offsets and text of the whole `original` text.
    static func mapped(_ figures: [Figure], kept: [Int], original: [UInt32]) -> [Figure] {
        figures.map { f in
            var g = f
            g.start = kept[f.start]
            g.end = kept[f.end - 1] + 1
            g.text = FigureScanner.string(original, g.start, g.end)
            return g
        }
    }
}
