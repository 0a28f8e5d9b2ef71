import Foundation

/// The words found near a node word, with the association measures corpus linguists use.
///
/// A window of `left` words before and `right` words after each occurrence of the node
/// (punctuation skipped, never across articles) gives each word's observed co-occurrence count
/// *O*: the number of its occurrences inside some window (a word in two overlapping windows counts
/// once, so *O* never exceeds its frequency and the 2×2 table below stays a table of counts).
/// With *N* the words of the corpus, *f*ₙ the node's count, *f*꜀ the collocate's and *W* the number
/// of word positions inside the windows (at most *f*ₙ·(L+R)):
/// - expected *E* = *W*·*f*꜀ / *N*;
/// - MI = log₂(*O* / *E*) (Church and Hanks);
/// - t-score = (*O* − *E*) / √*O*;
/// - logDice = 14 + log₂(2*O* / (*f*ₙ + *f*꜀)) (Rychlý 2008), at most 14;
/// - log-likelihood G² = 2 Σ *O*ᵢⱼ ln(*O*ᵢⱼ / *E*ᵢⱼ) over the 2×2 table of window slots and other
///   words against the collocate and other words: O₁₁ = *O*, O₁₂ = *W* − *O*,
///   O₂₁ = *f*꜀ − *O*, O₂₂ = *N* − *W* − *f*꜀ + *O*, Eᵢⱼ = row total × column total / *N*
///   (cells of zero or less add nothing).
public struct Collocate: Sendable, Hashable, Codable {
    public var term: String
    public var observed: Int
    public var expected: Double
    /// The collocate's count in the corpus.
    public var frequency: Int
    public var mi: Double
    public var tScore: Double
    public var logLikelihood: Double
    public var logDice: Double

    /// What collocates are sorted by.
    public enum Measure: String, Sendable, Hashable, Codable, CaseIterable {
        case logDice = "logdice", mi, tScore = "t", logLikelihood = "ll", observed = "count"
    }

    enum CodingKeys: String, CodingKey {
        case term, observed, expected, frequency, mi
        case tScore = "t_score", logLikelihood = "log_likelihood", logDice = "log_dice"
    }

    /// The measures of a collocate seen `observed` times in `slots` window slots around a node of
    /// `nodeFrequency`, the collocate occurring `frequency` times among `corpusSize` words.
    public init(term: String, observed o: Int, slots w: Int, nodeFrequency fn: Int, frequency fc: Int, corpusSize n: Int) {
        self.term = term
        observed = o
        frequency = fc
        let (fo, fw, ffn, ffc, fnn) = (Double(o), Double(w), Double(fn), Double(fc), Double(max(n, 1)))
        let e = fw * ffc / fnn
        expected = e
        mi = o > 0 && e > 0 ? log2(fo / e) : 0
        tScore = o > 0 ? (fo - e) / fo.squareRoot() : 0
        logDice = o > 0 && ffn + ffc > 0 ? 14 + log2(2 * fo / (ffn + ffc)) : 0
        let cells = [(fo, fw, ffc), (fw - fo, fw, fnn - ffc), (ffc - fo, fnn - fw, ffc), (fnn - fw - ffc + fo, fnn - fw, fnn - ffc)]
        var g2 = 0.0
        for (observedCell, row, column) in cells where observedCell > 0 {
            let expectedCell = row * column / fnn
            if expectedCell > 0 { g2 += observedCell * log(observedCell / expectedCell) }
        }
        logLikelihood = max(0, 2 * g2)
    }

    /// The value of `measure`.
    public func value(of measure: Measure) -> Double {
        switch measure {
        case .logDice: logDice
        case .mi: mi
        case .tScore: tScore
        case .logLikelihood: logLikelihood
        case .observed: Double(observed)
        }
    }

    /// The collocates of the words for which `isNode` holds, within `left` words before and `right`
    /// after, best first by `measure` (ties by term).
    ///
    /// - Parameters:
    ///   - minimumCount: the least observed count of a collocate listed.
    ///   - termsOnly: list only words the term stage counts as terms.
    /// - Complexity: O(*N* + *f*ₙ·(L+R)) for *N* words, plus the sort.
    public static func collocates(in documents: [CorpusDocument], left: Int = 5, right: Int = 5,
                                  measure: Measure = .logDice, minimumCount: Int = 1, termsOnly: Bool = false,
                                  isNode: (String) -> Bool) -> [Collocate] {
        var frequency: [String: Int] = [:], observed: [String: Int] = [:], isTerm: Set<String> = []
        var corpusSize = 0, nodeFrequency = 0, slots = 0
        for document in documents {
            let words = document.words.filter(\.isWord)
            corpusSize += words.count
            var inWindow = [Bool](repeating: false, count: words.count)
            for (i, word) in words.enumerated() {
                frequency[word.text, default: 0] += 1
                if word.isTerm { isTerm.insert(word.text) }
                guard isNode(word.text) else { continue }
                nodeFrequency += 1
                for j in max(0, i - max(0, left))..<min(words.count, i + 1 + max(0, right)) where j != i { inWindow[j] = true }
            }
            for j in words.indices where inWindow[j] {
                slots += 1
                observed[words[j].text, default: 0] += 1
            }
        }
        return observed.compactMap { term, count -> Collocate? in
            guard count >= minimumCount, !termsOnly || isTerm.contains(term) else { return nil }
            return Collocate(term: term, observed: count, slots: slots, nodeFrequency: nodeFrequency,
                             frequency: frequency[term] ?? 0, corpusSize: corpusSize)
        }
        .sorted {
            let (a, b) = ($0.value(of: measure), $1.value(of: measure))
            return a != b ? a > b : $0.term < $1.term
        }
    }
}
