import WenxiText

/// Sparse vectors over terms gathered one at a time, each term held once and each entry as a term
/// id and a weight: twelve bytes an entry, where a `[String: Double]` a vector took several times
/// as much, so a large corpus's TF-IDF vectors can wait for the neighbour search together.
///
/// Ids are given in the order terms are first seen; ``sortedByTerm()`` renumbers them in the
/// terms' UTF-8 order, the order ``NearestNeighbours`` and ``Similarity`` sum in.
public struct SparseVectors: Sendable, Hashable {
    /// Each term's id (by its bytes, as the term counts key terms), and each id's term.
    private var ids: [ExactString: Int32] = [:]
    public private(set) var terms: [String] = []
    /// Where each vector's entries start in `termIDs` and `values`; one more entry, their end.
    public private(set) var starts: [Int] = [0]
    public private(set) var termIDs: [Int32] = []
    public private(set) var values: [Double] = []

    public init() {}

    /// The vectors, in order.
    public init(_ vectors: [[String: Double]]) {
        for vector in vectors { append(vector) }
    }

    /// The number of vectors.
    public var count: Int { starts.count - 1 }

    /// Adds the next vector (its entries in no particular order).
    ///
    /// - Complexity: O(*m*) hash operations for *m* entries.
    public mutating func append(_ vector: [String: Double]) {
        for (term, value) in vector { add(ExactString(term), value) }
        starts.append(termIDs.count)
    }

    /// Adds the next vector, its terms given by their bytes.
    public mutating func append(exact vector: [ExactString: Double]) {
        for (key, value) in vector { add(key, value) }
        starts.append(termIDs.count)
    }

    /// Adds one entry to the vector being appended, giving its term an id if it has none yet.
    private mutating func add(_ key: ExactString, _ value: Double) {
        let id = ids[key] ?? {
            let id = Int32(terms.count)
            ids[key] = id
            terms.append(key.string)
            return id
        }()
        termIDs.append(id)
        values.append(value)
    }

    /// The entries of vector `row`, as they are stored.
    public func entries(_ row: Int) -> Range<Int> { starts[row]..<starts[row + 1] }

    /// The same vectors with ids renumbered in the terms' UTF-8 order and each vector's entries
    /// sorted by id; the index of terms is let go (nothing more can be appended).
    ///
    /// - Complexity: O(*t* log *t* + Σ *m* log *m*) for *t* terms and *m* entries a vector.
    public consuming func sortedByTerm() -> SparseVectors {
        ids = [:]
        let order = terms.indices.sorted { terms[$0].utf8.lexicographicallyPrecedes(terms[$1].utf8) }
        var rank = [Int32](repeating: 0, count: terms.count)
        for (position, id) in order.enumerated() { rank[id] = Int32(position) }
        terms = order.map { terms[$0] }
        var sorted: [(id: Int32, value: Double)] = []
        for row in 0..<count {
            let range = entries(row)
            sorted.removeAll(keepingCapacity: true)
            for x in range { sorted.append((rank[Int(termIDs[x])], values[x])) }
            sorted.sort { $0.id < $1.id }
            for (offset, entry) in sorted.enumerated() {
                termIDs[range.lowerBound + offset] = entry.id
                values[range.lowerBound + offset] = entry.value
            }
        }
        return self
    }
}
