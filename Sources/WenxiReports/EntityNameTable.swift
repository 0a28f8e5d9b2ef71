import Foundation

/// The entity names of a run, each once, by a small id: an article's digest keeps its mentions as
/// ids and counts (eight bytes a distinct entity) instead of a dictionary keyed by two strings,
/// which for a corpus of 20,000 articles held some 50 MB.
///
/// Ids are given in the order names are first seen, on any thread (one lock a whole article), so
/// they depend on the order articles were analysed: only the names they stand for are compared.
public final class EntityNameTable: @unchecked Sendable {
    /// An entity by type and name.
    public struct Name: Sendable, Hashable {
        public var type: String
        public var name: String

        public init(type: String, name: String) {
            self.type = type
            self.name = name
        }
    }

    private var ids: [Name: Int32] = [:]
    private var names: [Name] = []
    private let lock = NSLock()

    public init() {}

    /// The ids of `names`, in order, new ones given to names not seen before.
    ///
    /// - Complexity: O(*n*) hash operations.
    func ids(of names: [Name]) -> [Int32] {
        lock.withLock {
            names.map { name in
                if let id = ids[name] { return id }
                let id = Int32(self.names.count)
                ids[name] = id
                self.names.append(name)
                return id
            }
        }
    }

    /// The name whose id is `id`.
    func name(_ id: Int32) -> Name { lock.withLock { names[Int(id)] } }

    /// How many names have an id.
    var count: Int { lock.withLock { names.count } }
}
