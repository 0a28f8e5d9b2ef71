import Foundation
import WenxiText

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
        documents.map { tfidfVector($0, weights: weights) }
    }

    /// One document's TF-IDF vector (see ``tfidfVectors(_:weights:)``).
    public static func tfidfVector(_ document: DocumentTerms, weights: IDFWeights) -> [String: Double] {
        let total = Double(max(document.counts.total, 1))
        var vector: [String: Double] = [:]
        for (key, count) in document.counts.exactCounts {
            let term = key.string
            vector[term] = Double(count) / total * weights.idf(of: term, parts: document.compoundParts[term] ?? [])
        }
        return vector
    }

    /// The symmetric matrix of cosines between `vectors`; 1 on the diagonal for non-empty vectors.
    ///
    /// Vectors are turned once into arrays sorted by term, so each pair is one merge.
    /// - Complexity: O(*n*² · *V*) for *n* vectors of up to *V* terms.
    public static func matrix(_ vectors: [[String: Double]], jobs: Int = 1) -> [[Double]] {
        var ids: [String: Int32] = [:]
        for term in Set(vectors.flatMap(\.keys)).sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            ids[term] = Int32(ids.count)
        }
        // All vectors in three flat arrays, each sorted by term id: one merge per pair, no copies.
        var flatStarts: [Int] = [0]
        var flatIDs: [Int32] = []
        var flatValues: [Double] = []
        var flatNorms: [Double] = []
        for vector in vectors {
            let entries = vector.map { (id: ids[$0.key]!, value: $0.value) }.sorted { $0.id < $1.id }
            flatIDs += entries.map(\.id)
            flatValues += entries.map(\.value)
            flatStarts.append(flatIDs.count)
            flatNorms.append(entries.reduce(0.0) { $0 + $1.value * $1.value }.squareRoot())
        }
        let (starts, termIDs, values, norms) = (flatStarts, flatIDs, flatValues, flatNorms)
        // Row i holds the cosines with j ≥ i; rows are independent, so they run in parallel.
        let upper = ParallelWork.map(Array(vectors.indices), jobs: jobs, batch: 16) { i -> [Double] in
            termIDs.withUnsafeBufferPointer { t in
                values.withUnsafeBufferPointer { v in
                    (i..<vectors.count).map { j -> Double in
                        guard norms[i] > 0, norms[j] > 0 else { return 0 }
                        var dot = 0.0, x = starts[i], y = starts[j]
                        let xEnd = starts[i + 1], yEnd = starts[j + 1]
                        while x < xEnd && y < yEnd {
                            let a = t[x], b = t[y]
                            if a == b {
                                dot += v[x] * v[y]
                                x += 1
                                y += 1
                            } else if a < b { x += 1 } else { y += 1 }
                        }
                        return dot / (norms[i] * norms[j])
                    }
                }
            }
        }
        var result = [[Double]](repeating: [Double](repeating: 0, count: vectors.count), count: vectors.count)
        for i in upper.indices {
            for (k, value) in upper[i].enumerated() {
                result[i][i + k] = value
                result[i + k][i] = value
            }
        }
        return result
    }
}
