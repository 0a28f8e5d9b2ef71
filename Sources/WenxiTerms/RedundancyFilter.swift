import Foundation

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
                if better.term.contains(candidate.term) {
                    if candidate.count < better.count { earns = false }
                } else if candidate.term.contains(better.term) {
                    if candidate.count < max(2, (better.count + 1) / 2) { earns = false }
                }
                if !earns { break }
            }
            if earns { kept.append(candidate) }
        }
        return kept
    }
}
