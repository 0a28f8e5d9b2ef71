import WenxiText

extension ArticleAnalysis {
    /// Keeps the text of only the sentences a figure starts in, which the report quotes beside
    /// each figure; the others keep their offsets, which the report counts. A large corpus then
    /// holds its text once (in the article), not twice, until its reports are built.
    ///
    /// ``sentence(containing:)`` still finds every sentence; only the texts of those no figure
    /// starts in are empty.
    public mutating func keepQuotedSentencesOnly() {
        var quoted = Set<Int>()
        for figure in figures {
            let low = sentences.partitioningIndex { $0.end > figure.start }
            if low < sentences.count && sentences[low].start <= figure.start { quoted.insert(low) }
        }
        for i in sentences.indices where !quoted.contains(i) { sentences[i].text = "" }
    }
}
