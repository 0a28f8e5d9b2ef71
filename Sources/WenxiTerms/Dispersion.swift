/// How evenly a word is spread over the parts of a corpus (its articles).
///
/// - `dp`: Gries' deviation of proportions (2008): DP = ½ Σᵢ |vᵢ − sᵢ|, with sᵢ the share of the
///   corpus's words in part *i* and vᵢ the share of the word's occurrences in it. 0 is a word spread
///   exactly as the text is; values near 1 a word found in one small part. It needs no equal parts,
///   which articles never are: the measure the frequency list reports first.
/// - `dpNorm`: DP / (1 − min sᵢ) (Lijffijt and Gries 2012), so that 1 is reachable whatever the
///   part sizes.
/// - `juillandD`: Juilland's D = 1 − V / √(n − 1), V the coefficient of variation (population
///   standard deviation over mean) of the word's rates per word in the *n* parts (rates rather than
///   raw counts, since parts differ in size). 1 is even, 0 uneven; nil for a single part.
public struct Dispersion: Sendable, Hashable, Codable {
    public var dp: Double
    public var dpNorm: Double
    public var juillandD: Double?

    /// The dispersion of a word found `counts[i]` times in part *i* of `sizes[i]` words.
    ///
    /// Parts of no words are left out; a word never found has DP 1 and D 0.
    /// - Complexity: O(*n*) in the number of parts.
    public init(counts: [Int], sizes: [Int]) {
        let parts = zip(counts, sizes).filter { $0.1 > 0 }
        let total = Double(parts.reduce(0) { $0 + $1.1 })
        let occurrences = Double(parts.reduce(0) { $0 + $1.0 })
        guard total > 0, occurrences > 0 else {
            self.init(dp: 1, dpNorm: 1, juillandD: parts.count > 1 ? 0 : nil)
            return
        }
        var deviation = 0.0
        var smallest = 1.0
        for (count, size) in parts {
            let s = Double(size) / total
            deviation += abs(Double(count) / occurrences - s)
            smallest = min(smallest, s)
        }
        let dp = deviation / 2
        let norm = smallest < 1 ? dp / (1 - smallest) : 0
        self.init(dp: dp, dpNorm: norm, juillandD: Dispersion.juilland(parts.map { Double($0.0) / Double($0.1) }))
    }

    enum CodingKeys: String, CodingKey {
        case dp
        case dpNorm = "dp_norm"
        case juillandD = "juilland_d"
    }

    public init(dp: Double, dpNorm: Double, juillandD: Double?) {
        self.dp = dp
        self.dpNorm = dpNorm
        self.juillandD = juillandD
    }

    /// Juilland's D of per-part rates, or nil for fewer than two parts.
    static func juilland(_ rates: [Double]) -> Double? {
        guard rates.count > 1 else { return nil }
        let n = Double(rates.count)
        let mean = rates.reduce(0, +) / n
        guard mean > 0 else { return 0 }
        let variance = rates.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n
        let v = variance.squareRoot() / mean
        return max(0, 1 - v / (n - 1).squareRoot())
    }
}
