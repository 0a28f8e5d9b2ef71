extension String {
    /// Whether any of the string's UTF-8 bytes satisfies `predicate`: a loop over the bytes where
    /// they lie, where `utf8.contains(where:)` steps through the view's indices at several times
    /// the cost (the report writers ask this of every string they escape).
    ///
    /// - Complexity: O(*n*) for *n* bytes.
    @inlinable package func containsUTF8Byte(where predicate: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: predicate) } ?? utf8.contains(where: predicate)
    }
}
