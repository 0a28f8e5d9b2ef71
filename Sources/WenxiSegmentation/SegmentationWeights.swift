/// The weights of the lexicon path, each with its reason.
enum SegmentationWeights {
    /// Fine granularity: the log-probability bonus for each word of two or more characters, so
    /// that a compound gives way to its parts when they are words whose product of probabilities
    /// is within a factor e^bonus of the compound's (信息技术 → 信息 技术), while single
    /// characters gain nothing.
    static let fineWordBonus: Float = 4
}
