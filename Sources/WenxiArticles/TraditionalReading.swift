import WenxiText

/// Reads a page in Traditional characters as Simplified, so that the splitter's rules (agencies,
/// 记者, 电, 完 …) apply, and puts the page's own characters back into the articles found.
///
/// A page is Traditional when at least ``minimumShare`` of its Han characters (and at least
/// ``minimumChanged`` of them) change under ICU's `Traditional-Simplified` transliterator, one
/// code point for one. The articles are built from the simplified lines; every string in them
/// is then mapped back: a simplified character that stands for one original character on the
/// page becomes that character; a string holding one that stands for several (后 for both 后
/// and 後) is aligned with the article's lines, chunk by chunk, and takes the characters there.
struct TraditionalReading {
    /// Share of changed Han characters from which a page is read as Traditional (Simplified text
    /// that quotes a Traditional name stays far below it).
    static let minimumShare = 0.1
    /// Fewest changed characters: a single changed character decides nothing.
    static let minimumChanged = 2

    /// The page's lines, simplified.
    let simplifiedLines: [PageReader.Line]
    private let originalLines: [PageReader.Line]
    /// Simplified → original character, where the page uses one original for it.
    private var unique: [Unicode.Scalar: Unicode.Scalar] = [:]
    /// Simplified characters that stand for more than one original on the page.
    private var ambiguous: Set<Unicode.Scalar> = []

    /// The reading of `lines`, or `nil` when the page is not Traditional.
    ///
    /// - Complexity: O(*n*); ICU is asked once per distinct character.
    init?(lines: [PageReader.Line]) {
        var cache: [Unicode.Scalar: Unicode.Scalar] = [:]
        var han = 0, changed = 0
        var origins: [Unicode.Scalar: Set<Unicode.Scalar>] = [:]
        var simplified = lines
        for l in simplified.indices {
            for k in simplified[l].text.indices {
                let c = simplified[l].text[k]
                guard CharacterClasses.isHan(c) else { continue }
                han += 1
                let s = cache[c] ?? TraditionalReading.simplify(c)
                cache[c] = s
                if s != c { changed += 1 }
                simplified[l].text[k] = s
                origins[s, default: []].insert(c)
            }
        }
        guard changed >= TraditionalReading.minimumChanged,
            Double(changed) >= TraditionalReading.minimumShare * Double(han)
        else { return nil }
        simplifiedLines = simplified
        originalLines = lines
        for (s, set) in origins {
            if set.count == 1, let only = set.first { if only != s { unique[s] = only } } else { ambiguous.insert(s) }
        }
    }

    private static func simplify(_ c: Unicode.Scalar) -> Unicode.Scalar {
        TextNormalizer.simplified(c)
    }

    /// `articles` with the page's original characters.
    ///
    /// - Complexity: O(*n*) in the length of the page.
    func restore(_ articles: [Article]) -> [Article] {
        var index: [Int: Int] = [:]
        for (i, line) in originalLines.enumerated() { index[line.number] = i }
        return articles.map { article in
            let rows = (article.source.firstLine...max(article.source.firstLine, article.source.lastLine))
                .compactMap { index[$0] }
            var region = Region(simplified: rows.flatMap { simplifiedLines[$0].text },
                                original: rows.flatMap { originalLines[$0].text })
            return restore(article, in: &region)
        }
    }

    /// An article's lines, simplified and original, with a reading position.
    private struct Region {
        var simplified: [Unicode.Scalar]
        var original: [Unicode.Scalar]
        var cursor = 0
    }

    private func restore(_ article: Article, in region: inout Region) -> Article {
        var a = article
        a.title = a.title.map { restore($0, in: &region) }
        a.subtitle = a.subtitle.map { restore($0, in: &region) }
        if var d = a.dateline {
            d.raw = restore(d.raw, in: &region)
            d.agency = d.agency.map { restore($0, in: &region) }
            d.place = d.place.map { restore($0, in: &region) }
            d.reporters = d.reporters.map { restore($0, in: &region) }
            d.contributors = d.contributors.map { restore($0, in: &region) }
            a.dateline = d
        }
        region.cursor = 0
        a.paragraphs = a.paragraphs.map { restore($0, in: &region) }
        if var b = a.byline {
            b.raw = restore(b.raw, in: &region)
            b.reporters = b.reporters.map { restore($0, in: &region) }
            b.contributors = b.contributors.map { restore($0, in: &region) }
            b.photographers = b.photographers.map { restore($0, in: &region) }
            a.byline = b
        }
        a.warnings = a.warnings.map { restore($0, in: &region) }
        a.repairs = a.repairs.map { r in
            var r = r
            r.description = restore(r.description, in: &region)
            r.removed = r.removed.map { restore($0, in: &region) }
            r.left = r.left.map { restore($0, in: &region) }
            r.right = r.right.map { restore($0, in: &region) }
            r.word = r.word.map { restore($0, in: &region) }
            return r
        }
        return a
    }

    /// One string with the original characters back.
    private func restore(_ s: String, in region: inout Region) -> String {
        let scalars = Array(s.unicodeScalars)
        guard scalars.contains(where: { ambiguous.contains($0) }) else {
            return String(String.UnicodeScalarView(scalars.map { unique[$0] ?? $0 }))
        }
        // The string is the article's text with a few cuts (marks, datelines removed) and a few
        // additions (a space between joined lines): take it chunk by chunk, each chunk the
        // longest run that the lines hold at one place, from the previous chunk on.
        var out: [Unicode.Scalar] = []
        var i = 0
        while i < scalars.count {
            let rest = scalars[i...]
            if let (at, length) = longestMatch(rest, in: region), length >= 2 || ambiguous.contains(scalars[i]) {
                out += region.original[at..<(at + length)]
                region.cursor = at + length
                i += length
            } else {
                out.append(unique[scalars[i]] ?? scalars[i])
                i += 1
            }
        }
        return String(String.UnicodeScalarView(out))
    }

    /// The longest prefix of `rest` found in the region's simplified lines, and where: among the
    /// first ``candidatePlaces`` places of its first character after the cursor (then before it).
    ///
    /// - Complexity: O(*c* · *m*) for *c* places and a match of *m* characters, plus the scan.
    private func longestMatch(_ rest: ArraySlice<Unicode.Scalar>, in region: Region) -> (Int, Int)? {
        guard let first = rest.first else { return nil }
        let text = region.simplified
        var best: (Int, Int)?
        let cursor = min(region.cursor, text.count)
        for range in [cursor..<text.count, 0..<cursor] {
            var k = range.lowerBound, tried = 0
            while tried < TraditionalReading.candidatePlaces,
                let hit = text[k..<range.upperBound].firstIndex(of: first)
            {
                var length = 0
                while hit + length < text.count, rest.startIndex + length < rest.endIndex,
                    text[hit + length] == rest[rest.startIndex + length] { length += 1 }
                if length > (best?.1 ?? 0) { best = (hit, length) }
                if length == rest.count { return best }
                tried += 1
                k = hit + 1
            }
            if best != nil { return best }
        }
        return best
    }

    /// How many places of a character are tried when aligning a string with the lines.
    static let candidatePlaces = 16
}
