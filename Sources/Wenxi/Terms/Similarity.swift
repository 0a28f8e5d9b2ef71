import Foundation

/// Cosine similarity between articles over their TF-IDF vectors.
public enum Similarity {
    /// The cosine of the angle between two sparse vectors (0 when either is all zeros).
    ///
    /// Sums run in term order, so the result does not depend on dictionary order.
    public static func cosine(_ u: [String: Double], _ v: [String: Double]) -> Double {
        let (small, large) = u.count <= v.count ? (u, v) : (v, u)
        var dot = 0.0
        for term in small.keys.sorted() { if let y = large[term] { dot += small[term]! * y } }
        let nu = u.keys.sorted().reduce(0.0) { $0 + u[$1]! * u[$1]! }.squareRoot()
        let nv = v.keys.sorted().reduce(0.0) { $0 + v[$1]! * v[$1]! }.squareRoot()
        guard nu > 0, nv > 0 else { return 0 }
        return dot / (nu * nv)
    }

    /// Each document's TF-IDF vector: count / total terms × IDF (background mixed with the
    /// documents' own document frequencies, see ``IDFWeights``).
    public static func tfidfVectors(_ documents: [DocumentTerms], weights: IDFWeights) -> [[String: Double]] {
        documents.map { document in
            let total = Double(max(document.counts.total, 1))
            var vector: [String: Double] = [:]
            for (term, count) in document.counts.counts {
                vector[term] = Double(count) / total * weights.idf(of: term, parts: document.compoundParts[term] ?? [])
            }
            return vector
        }
    }

    /// The symmetric matrix of cosines between `vectors`; 1 on the diagonal for non-empty vectors.
    ///
    /// - Complexity: O(*n*² · *V*) for *n* vectors of up to *V* terms.
    public static func matrix(_ vectors: [[String: Double]]) -> [[Double]] {
        var result = [[Double]](repeating: [Double](repeating: 0, count: vectors.count), count: vectors.count)
        for i in vectors.indices {
            for j in i..<vectors.count {
                let value = cosine(vectors[i], vectors[j])
                result[i][j] = value
                result[j][i] = value
            }
        }
        return result
    }
}
