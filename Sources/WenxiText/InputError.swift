/// Input that cannot be read or decoded, with the file and the place.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file's path, or `nil` for standard input.
    public var path: String?
    /// The byte offset of the problem, where there is one.
    public var byteOffset: Int?
    /// What is wrong.
    public var reason: String

    public init(path: String?, byteOffset: Int? = nil, reason: String) {
        self.path = path
        self.byteOffset = byteOffset
        self.reason = reason
    }

    public var description: String {
        let name = path ?? "<stdin>"
        if let byteOffset { return "\(name): byte \(byteOffset): \(reason)" }
        return "\(name): \(reason)"
    }
}
