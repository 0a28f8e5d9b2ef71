/// TextRank (Mihalcea and Tarau, 2004) over a term co-occurrence graph.
///
/// Two distinct terms are linked when they occur within ``window`` terms of each other (in the
/// order of the text's terms); an edge weighs as many times as they meet. Scores come from the
/// weighted PageRank iteration with damping 0.85, run in a fixed order so that the same input
/// gives the same scores to the last bit.
public struct TextRank: Sendable, Hashable {
    /// How many following terms each term is linked to.
    public var window: Int
    public var damping: Double
    public var iterations: Int

    public init(window: Int = 5, damping: Double = 0.85, iterations: Int = 50) {
        self.window = max(window, 1)
        self.damping = damping
        self.iterations = iterations
    }

    /// The TextRank score of every term of `sequence` (terms in text order).
    ///
    /// - Complexity: O(*n* · window + iterations · edges).
    public func scores(_ sequence: [String]) -> [String: Double] {
        let terms = Array(Set(sequence)).sorted()
        guard !terms.isEmpty else { return [:] }
        var index: [String: Int] = [:]
        for (i, term) in terms.enumerated() { index[term] = i }
        let ids = sequence.map { index[$0]! }
        var weights = [[Int: Double]](repeating: [:], count: terms.count)
        for i in ids.indices {
            for j in (i + 1)..<min(i + 1 + window, ids.count) where ids[i] != ids[j] {
                weights[ids[i]][ids[j], default: 0] += 1
                weights[ids[j]][ids[i], default: 0] += 1
            }
        }
        // Sorted adjacency for a fixed summation order.
        let adjacency = weights.map { $0.sorted { $0.key < $1.key }.map { (node: $0.key, weight: $0.value) } }
        let outWeight = adjacency.map { $0.reduce(0) { $0 + $1.weight } }
        var score = [Double](repeating: 1, count: terms.count)
        for _ in 0..<iterations {
            var next = [Double](repeating: 1 - damping, count: terms.count)
            for node in 0..<terms.count {
                var sum = 0.0
                for (other, weight) in adjacency[node] where outWeight[other] > 0 {
                    sum += weight / outWeight[other] * score[other]
                }
                next[node] += damping * sum
            }
            score = next
        }
        var result: [String: Double] = [:]
        for (i, term) in terms.enumerated() { result[term] = score[i] }
        return result
    }
}
