import WenxiText

/// Reads a page in Traditional characters as Simplified, so that the splitter's rules (agencies,
/// 记者, 电, 完 …) apply, and puts the page's own characters back into the articles found.
///
/// A page is Traditional when at least ``minimumShare`` of its Han characters (and at least
/// ``minimumChanged`` of them) change under ICU's `Traditional-Simplified` transliterator, one
/// code point for one. The articles are built from the simplified lines and every string in them
/// is mapped back character by character. For that map to be exact, a character is simplified
/// only when no other character of the page takes the same Simplified form: when the page holds
/// 后 (queen) as well as 後 (after), 後 stays as it is; when it holds 發 and 髮 but no 发, the
/// more frequent one becomes 发 and the other stays.
struct TraditionalReading {
    /// Share of changed Han characters from which a page is read as Traditional (Simplified text
    /// that quotes a Traditional name stays far below it).
    static let minimumShare = 0.1
    /// Fewest changed characters: a single changed character decides nothing.
    static let minimumChanged = 2

    /// The page's lines, simplified.
    let simplifiedLines: [PageReader.Line]
    /// Simplified → original, for every character that was simplified.
    private let originals: [Unicode.Scalar: Unicode.Scalar]

    /// The reading of `lines`, or `nil` when the page is not Traditional.
    ///
    /// - Complexity: O(*n*); ICU is asked once per distinct character.
    init?(lines: [PageReader.Line]) {
        let counts = TraditionalReading.hanCounts(lines)
        var targets: [Unicode.Scalar: Unicode.Scalar] = [:]
        for c in counts.keys {
            let s = TextNormalizer.simplified(c)
            if s != c { targets[c] = s }
        }
        let han = counts.values.reduce(0, +)
        let changed = targets.keys.reduce(0) { $0 + (counts[$1] ?? 0) }
        guard changed >= TraditionalReading.minimumChanged,
            Double(changed) >= TraditionalReading.minimumShare * Double(han)
        else { return nil }
        let chosen = TraditionalReading.invertible(targets, counts: counts)
        simplifiedLines = lines.map { line in
            var simplified = line
            simplified.text = line.text.map { chosen[$0] ?? $0 }
            return simplified
        }
        originals = Dictionary(chosen.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The ideographs of the common blocks (Extension A to the end of the unified block), counted in
    /// an array: a dictionary update a character cost more than the rest of the reading.
    private static let denseHan: Range<UInt32> = 0x3400..<0xA000

    /// How often each Han character occurs in `lines`.
    ///
    /// - Complexity: O(*n*), plus one pass over ``denseHan``.
    static func hanCounts(_ lines: [PageReader.Line]) -> [Unicode.Scalar: Int] {
        var counts: [Unicode.Scalar: Int] = [:]
        var dense = [Int32](repeating: 0, count: denseHan.count)
        for line in lines {
            for c in line.text where CharacterClasses.isHan(c) {
                if denseHan.contains(c.value) { dense[Int(c.value - denseHan.lowerBound)] += 1 } else { counts[c, default: 0] += 1 }
            }
        }
        for (k, count) in dense.enumerated() where count > 0 {
            if let c = Unicode.Scalar(denseHan.lowerBound + UInt32(k)) { counts[c] = Int(count) }
        }
        return counts
    }

    /// The simplifications that can be undone: per Simplified form, only the page's most frequent
    /// original (ties to the lower code point), and none when the form itself is on the page.
    private static func invertible(_ targets: [Unicode.Scalar: Unicode.Scalar], counts: [Unicode.Scalar: Int])
        -> [Unicode.Scalar: Unicode.Scalar]
    {
        var best: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (c, s) in targets where counts[s] == nil {
            if let current = best[s], (counts[current] ?? 0, c.value) >= (counts[c] ?? 0, current.value) { continue }
            best[s] = c
        }
        return Dictionary(best.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// `articles` with the page's original characters.
    ///
    /// - Complexity: O(*n*) in the length of the articles.
    func restore(_ articles: [Article]) -> [Article] {
        articles.map(restore)
    }

    private func restore(_ article: Article) -> Article {
        var a = article
        a.title = a.title.map(restore)
        a.subtitle = a.subtitle.map(restore)
        if var d = a.dateline {
            d.raw = restore(d.raw)
            d.agency = d.agency.map(restore)
            d.place = d.place.map(restore)
            d.reporters = d.reporters.map(restore)
            d.contributors = d.contributors.map(restore)
            a.dateline = d
        }
        a.paragraphs = a.paragraphs.map(restore)
        if var b = a.byline {
            b.raw = restore(b.raw)
            b.reporters = b.reporters.map(restore)
            b.contributors = b.contributors.map(restore)
            b.photographers = b.photographers.map(restore)
            a.byline = b
        }
        a.warnings = a.warnings.map(restore)
        a.repairs = a.repairs.map { r in
            var r = r
            r.description = restore(r.description)
            r.removed = r.removed.map(restore)
            r.left = r.left.map(restore)
            r.right = r.right.map(restore)
            r.word = r.word.map(restore)
            return r
        }
        return a
    }

    /// One string with the original characters back.
    private func restore(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars { out.append(originals[c] ?? c) }
        return String(out)
    }
}
