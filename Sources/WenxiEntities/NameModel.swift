import Foundation
import WenxiText

/// How likely a string is to be a Chinese personal name: surname strength and, per character,
/// how much more often it occurs in given names than in ordinary words.
struct NameModel: Sendable {
    /// Log-strength of each single-character surname.
    let single: [UInt32: Float]
    /// Log-strength of each compound surname, keyed by its two code points.
    let compound: [UInt64: Float]
    /// Log-ratio of a character's share of given-name characters to its share of ordinary text, as
    /// the `Float` bits of a table of one-character phrases (`given-chars.bin`).
    let given: PhraseFile
    /// The characters that start a surname, single or compound: most characters start none, and
    /// this look-up is a bit where the tables' are a hash.
    let surnameStarts: ScalarSet
    /// Characters that never stand in a given name.
    let notGiven: ScalarSet
    /// Characters common in transliterated foreign names.
    let transliteration: ScalarSet
    /// Surnames that are far more often function words or word starts (和, 于, 向, 常).
    let weakSurnames: ScalarSet

    init(surnames: [String], surnameCounts: [String: Int], given: PhraseFile, lists: EntityWords) {
        var single: [UInt32: Float] = [:]
        var compound: [UInt64: Float] = [:]
        for name in surnames {
            let s = name.unicodeScalars.map(\.value)
            let strength = Float(log(Double(surnameCounts[name] ?? 0) + 2))
            if s.count == 1 { single[s[0]] = strength }
            if s.count == 2 { compound[UInt64(s[0]) << 32 | UInt64(s[1])] = strength + 1 }
        }
        self.single = single
        self.compound = compound
        surnameStarts = ScalarSet(single.keys.map { $0 } + compound.keys.map { UInt32(truncatingIfNeeded: $0 >> 32) })
        self.given = given
        self.notGiven = lists.notGiven
        self.transliteration = lists.transliteration
        self.weakSurnames = lists.weakSurnames
    }

    /// The surname at `text[i...]`: its length (1 or 2) and strength, longest first.
    func surname(in text: UnsafeBufferPointer<UInt32>, at i: Int) -> [(length: Int, strength: Float)] {
        var result: [(length: Int, strength: Float)] = []
        guard i >= 0, i < text.count, surnameStarts.contains(text[i]) else { return result }
        if i + 1 < text.count, let s = compound[UInt64(text[i]) << 32 | UInt64(text[i + 1])] { result.append((2, s)) }
        if let s = single[text[i]] { result.append((1, s)) }
        return result
    }

    /// The score of one given-name character; very low for characters never in names.
    func givenScore(_ c: UInt32) -> Float {
        if notGiven.contains(c) || !Self.isHan(c) { return PersonEvidence.neverGiven }
        var scalar = c
        let bits = withUnsafePointer(to: &scalar) { given.value(UnsafeBufferPointer(start: $0, count: 1), 0, 1) }
        return bits.map(Float.init(bitPattern:)) ?? -6
    }

    /// Per character of `given-chars.tsv` (count in given names, frequency in other words), in the
    /// file's order: the log-ratio of its share of given-name characters to its share of ordinary
    /// text (what `given-chars.bin` holds).
    static func givenRatios(_ rows: [(UInt32, Int, Int)]) -> [(UInt32, Float)] {
        var counts: [UInt32: (Int, Int)] = [:]
        var order: [UInt32] = []
        for (c, g, general) in rows where counts.updateValue((g, general), forKey: c) == nil { order.append(c) }
        let givenTotal = Double(counts.values.reduce(0) { $0 + $1.0 })
        let generalTotal = Double(counts.values.reduce(0) { $0 + $1.1 })
        return order.map { c in
            let (g, general) = counts[c] ?? (0, 0)
            let ratio = log((Double(g) + 0.5) / givenTotal) - log((Double(general) + 2000) / generalTotal)
            return (c, Float(ratio))
        }
    }

    @inline(__always) static func isHan(_ c: UInt32) -> Bool {
        CharacterClasses.isHan(c)
    }
}
