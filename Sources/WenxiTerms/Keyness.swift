import Foundation

/// How distinctive a term is of one text against a reference (the rest of the corpus), the way
/// corpus linguists measure keyness (AntConc, CQPweb).
///
/// - `logLikelihood`: Dunning's G² = 2 Σ O ln(O / E) over the term's counts in the target (*a*
///   of *c* words) and the reference (*b* of *d*), with E₁ = c(a+b)/(c+d), E₂ = d(a+b)/(c+d).
/// - `pValue`: the chance of a G² this large if the term were used alike in both, from the
///   χ² distribution with one degree of freedom: erfc(√(G²/2)). 3.84 is p = 0.05, 10.83 is p = 0.001.
/// - `logRatio`: Hardie's effect size, log₂((a/c) / (b/d)), a zero count taken as 0.5: each
///   point is a doubling of the relative frequency.
public struct Keyness: Sendable, Hashable, Codable {
    public var term: String
    /// Occurrences in the target and its size.
    public var targetCount: Int
    public var targetTotal: Int
    /// Occurrences in the reference and its size.
    public var referenceCount: Int
    public var referenceTotal: Int
    public var logLikelihood: Double
    public var pValue: Double
    public var logRatio: Double

    /// Whether the term is relatively more frequent in the target than in the reference.
    public var isOverused: Bool { logRatio > 0 }

    /// The keyness of a term found `a` times in a target of `c` and `b` times in a reference of `d`.
    public init(term: String, targetCount a: Int, targetTotal c: Int, referenceCount b: Int, referenceTotal d: Int) {
        self.term = term
        targetCount = a
        targetTotal = c
        referenceCount = b
        referenceTotal = d
        let (fa, fb, fc, fd) = (Double(a), Double(b), Double(c), Double(d))
        let e1 = fc * (fa + fb) / (fc + fd), e2 = fd * (fa + fb) / (fc + fd)
        var g2 = 0.0
        if fa > 0 && e1 > 0 { g2 += fa * log(fa / e1) }
        if fb > 0 && e2 > 0 { g2 += fb * log(fb / e2) }
        g2 = max(0, 2 * g2)
        logLikelihood = g2
        pValue = erfc((g2 / 2).squareRoot())
        let ra = max(fa, 0.5) / max(fc, 1), rb = max(fb, 0.5) / max(fd, 1)
        logRatio = log2(ra / rb)
    }

    /// The terms of each document that are distinctive of it against all the others, best first.
    ///
    /// - Parameters:
    ///   - minimumLogLikelihood: the least G² (default 3.84, p < 0.05).
    ///   - top: the most terms per document.
    /// - Returns: overused terms only, by G² (ties by term).
    /// - Complexity: O(*V* log *V*) per document for *V* distinct terms in it.
    public static func distinctiveTerms(of documents: [TermCounts], minimumLogLikelihood: Double = 3.84,
                                        top: Int = 20) -> [[Keyness]] {
        let corpus = TermCounts(corpus: documents)
        return documents.map {
            distinctiveTerms(of: $0, corpus: corpus, minimumLogLikelihood: minimumLogLikelihood, top: top)
        }
    }

    /// The same for one document of `corpus` (the counts of every document, this one included).
    public static func distinctiveTerms(of document: TermCounts, corpus: TermCounts, minimumLogLikelihood: Double = 3.84,
                                        top: Int = 20) -> [Keyness] {
        let referenceTotal = corpus.total - document.total
        return document.counts.compactMap { term, count -> Keyness? in
            let k = Keyness(term: term, targetCount: count, targetTotal: document.total,
                            referenceCount: corpus[term] - count, referenceTotal: referenceTotal)
            return k.isOverused && k.logLikelihood >= minimumLogLikelihood ? k : nil
        }
        .sorted { $0.logLikelihood != $1.logLikelihood ? $0.logLikelihood > $1.logLikelihood : $0.term < $1.term }
        .prefix(top).map { $0 }
    }
}
