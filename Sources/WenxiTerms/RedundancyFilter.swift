/// Drops keywords that repeat a better one: not both 数据安全 and 数据安全领域 unless both earn it.
///
/// Candidates are taken best first. One that contains, or is contained in, a term already kept
/// is kept too only when it earns its place on its own:
/// - a longer term (数据安全领域 after 数据安全) must occur at least half as often as the shorter
///   and at least twice;
/// - a shorter term (数据安全 after 数据安全领域) must occur on its own (outside the longer term,
///   which is one term) at least as often as the longer.
public struct RedundancyFilter: Sendable, Hashable {
    public init() {}

    /// The first `limit` keywords of `ranked` (best first) that repeat no better one.
    ///
    /// - Complexity: O(*k* · *limit*) for *k* candidates looked at.
    public func filter(_ ranked: [Keyword], limit: Int) -> [Keyword] {
        var kept: [Keyword] = []
        for candidate in ranked {
            if kept.count >= limit { break }
            var earns = true
            for better in kept {
                if Self.holds(better.term, candidate.term) {
                    if candidate.count < better.count { earns = false }
                } else if Self.holds(candidate.term, better.term) {
                    if candidate.count < max(2, (better.count + 1) / 2) { earns = false }
                }
                if !earns { break }
            }
            if earns { kept.append(candidate) }
        }
        return kept
    }

    /// Whether `term`'s UTF-8 holds `part`'s: a byte search, where Foundation's `contains` would
    /// compare by canonical equivalence at ten times the cost (terms are the segmenter's, in one
    /// normalized form). An empty part is in nothing, as with `contains`.
    ///
    /// - Complexity: O(*m* · *n*) for terms of *m* and *n* bytes (a few characters each).
    static func holds(_ term: String, _ part: String) -> Bool {
        var term = term, part = part
        return term.withUTF8 { whole in
            part.withUTF8 { piece in
                guard let first = piece.first, piece.count <= whole.count else { return false }
                for start in 0...(whole.count - piece.count) where whole[start] == first {
                    if (1..<piece.count).allSatisfy({ whole[start + $0] == piece[$0] }) { return true }
                }
                return false
            }
        }
    }
}
