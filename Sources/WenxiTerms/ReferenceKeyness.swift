/// Keyness of a target corpus against a reference corpus the user names, with the effect sizes and
/// the multiple-comparison correction corpus linguists report.
///
/// Besides ``Keyness``'s G², p and Log Ratio: %DIFF (Gabrielatos and Marchi 2012), the difference of
/// the normalized frequencies as a percentage of the reference's, nil when the reference lacks the
/// word; and significance after Bonferroni's correction: p < α / *m*, *m* the number of words tested.
public struct ReferenceKeyness: Sendable, Hashable, Codable {
    public var keyness: Keyness
    /// (rate in target − rate in reference) × 100 / rate in reference; nil when the reference count is 0.
    public var percentDiff: Double?
    /// p < α / *m*, the Bonferroni-corrected threshold.
    public var significant: Bool

    public init(keyness: Keyness, percentDiff: Double?, significant: Bool) {
        self.keyness = keyness
        self.percentDiff = percentDiff
        self.significant = significant
    }

    /// JSON: one flat object, `term`, `count`, `total`, `reference_count`, `reference_total`,
    /// `log_likelihood`, `p`, `log_ratio`, `percent_diff`? (absent when the reference lacks the
    /// term), `significant`.
    enum CodingKeys: String, CodingKey {
        case term, count, total, p, significant
        case referenceCount = "reference_count", referenceTotal = "reference_total"
        case logLikelihood = "log_likelihood", logRatio = "log_ratio", percentDiff = "percent_diff"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(keyness.term, forKey: .term)
        try c.encode(keyness.targetCount, forKey: .count)
        try c.encode(keyness.targetTotal, forKey: .total)
        try c.encode(keyness.referenceCount, forKey: .referenceCount)
        try c.encode(keyness.referenceTotal, forKey: .referenceTotal)
        try c.encode(keyness.logLikelihood, forKey: .logLikelihood)
        try c.encode(keyness.pValue, forKey: .p)
        try c.encode(keyness.logRatio, forKey: .logRatio)
        try c.encodeIfPresent(percentDiff, forKey: .percentDiff)
        try c.encode(significant, forKey: .significant)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        keyness = Keyness(term: try c.decode(String.self, forKey: .term), targetCount: try c.decode(Int.self, forKey: .count),
                          targetTotal: try c.decode(Int.self, forKey: .total),
                          referenceCount: try c.decode(Int.self, forKey: .referenceCount),
                          referenceTotal: try c.decode(Int.self, forKey: .referenceTotal))
        percentDiff = try c.decodeIfPresent(Double.self, forKey: .percentDiff)
        significant = try c.decode(Bool.self, forKey: .significant)
    }

    /// The words of `target` tested against `reference` (word counts and word totals of each),
    /// overused and underused, by G² (ties by term).
    ///
    /// - Parameters:
    ///   - alpha: the family-wise significance level (default 0.05).
    ///   - words: the words to test (default: every word of the target); *m* is their number.
    /// - Complexity: O(*V* log *V*) for *V* words tested.
    public static func compare(target: TermCounts, targetTotal: Int, reference: TermCounts, referenceTotal: Int,
                               alpha: Double = 0.05, words: [String]? = nil) -> [ReferenceKeyness] {
        let tested = words ?? Array(target.counts.keys)
        let threshold = tested.isEmpty ? alpha : alpha / Double(tested.count)
        return tested.map { term in
            let k = Keyness(term: term, targetCount: target[term], targetTotal: targetTotal,
                            referenceCount: reference[term], referenceTotal: referenceTotal)
            return ReferenceKeyness(keyness: k, percentDiff: percentDiff(k), significant: k.pValue < threshold)
        }
        .sorted { $0.keyness.logLikelihood != $1.keyness.logLikelihood
            ? $0.keyness.logLikelihood > $1.keyness.logLikelihood : $0.keyness.term < $1.keyness.term }
    }

    static func percentDiff(_ k: Keyness) -> Double? {
        guard k.referenceCount > 0, k.targetTotal > 0, k.referenceTotal > 0 else { return nil }
        let target = Double(k.targetCount) / Double(k.targetTotal)
        let reference = Double(k.referenceCount) / Double(k.referenceTotal)
        return (target - reference) * 100 / reference
    }
}

extension ReferenceKeyness {
    /// The terms of `target` against `reference`, both as word streams: counts over every word, the
    /// totals their word counts, and the terms of either tested (*m* = their number), by G².
    ///
    /// - Parameters:
    ///   - minimumLogLikelihood: the least G² kept (default 3.84, p < 0.05 before correction).
    ///   - underused: keep the terms relatively rarer in the target too (negative keywords); by
    ///     default only the overused, the target's keywords.
    public static func compare(_ target: [CorpusDocument], against reference: [CorpusDocument], alpha: Double = 0.05,
                               minimumLogLikelihood: Double = 3.84, underused: Bool = false) -> [ReferenceKeyness] {
        let (targetCounts, targetTerms) = counts(of: target)
        let (referenceCounts, referenceTerms) = counts(of: reference)
        let tested = targetTerms.union(referenceTerms).sorted()
        return compare(target: targetCounts, targetTotal: targetCounts.total, reference: referenceCounts,
                       referenceTotal: referenceCounts.total, alpha: alpha, words: tested)
            .filter { $0.keyness.logLikelihood >= minimumLogLikelihood && (underused || $0.keyness.isOverused) }
    }

    /// Every word's count (punctuation and symbols excluded) and the set of words that are terms.
    static func counts(of documents: [CorpusDocument]) -> (TermCounts, Set<String>) {
        var counts: [String: Int] = [:]
        var terms: Set<String> = []
        for document in documents {
            for word in document.words where word.isWord {
                counts[word.text, default: 0] += 1
                if word.isTerm { terms.insert(word.text) }
            }
        }
        return (TermCounts(counts), terms)
    }
}
