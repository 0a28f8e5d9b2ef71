extension RandomAccessCollection {
    /// The first index whose element belongs to the second part, in a collection whose elements
    /// that do come after all those that do not (a lower bound, for a sorted collection); the end
    /// index when none does.
    ///
    /// - Complexity: O(log *n*) calls of the predicate.
    @inlinable
    public func partitioningIndex(where belongsInSecondPart: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let mid = index(low, offsetBy: half)
            if try belongsInSecondPart(self[mid]) {
                count = half
            } else {
                low = index(after: mid)
                count -= half + 1
            }
        }
        return low
    }
}
