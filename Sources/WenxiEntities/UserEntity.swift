import Foundation
import WenxiText

/// An entity a user names; it always wins over the recognizer's own rules and lists.
public struct UserEntity: Sendable, Hashable, Codable {
    public var name: String
    public var type: EntityType
    /// The name to report it under, when `name` is a variant.
    public var canonical: String?

    public init(name: String, type: EntityType, canonical: String? = nil) {
        self.name = name
        self.type = type
        self.canonical = canonical
    }

    /// Parses a user entity list: one entity a line, `name type [canonical]`, separated by a tab or
    /// by spaces. Types are `person`, `place`, `organization` (also `per`, `loc`/`location`, `org`,
    /// and jieba's `nr`, `ns`, `nt`). Blank lines and lines starting with `#` are skipped.
    public static func parse(_ text: String) throws(UserEntityError) -> [UserEntity] {
        var result: [UserEntity] = []
        var number = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.contains("\t")
                ? line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                : line.split(separator: " ").map(String.init)
            guard fields.count >= 2 && fields.count <= 3 else {
                throw UserEntityError(line: number, reason: "expected: name, type, optional canonical name")
            }
            guard let type = EntityType(userName: fields[1]) else {
                throw UserEntityError(line: number, reason: "unknown type '\(fields[1])' (person, place or organization)")
            }
            result.append(UserEntity(name: fields[0], type: type, canonical: fields.count == 3 ? fields[2] : nil))
        }
        return result
    }

    /// Reads a user entity list file.
    public static func load(contentsOf url: URL) throws -> [UserEntity] {
        let text = try TextDecoder().decode(contentsOf: url)
        do { return try parse(text) } catch {
            throw UserEntityError(file: url.path, line: error.line, reason: error.reason)
        }
    }
}

/// A line of a user entity list that cannot be read.
public struct UserEntityError: Error, Hashable, CustomStringConvertible {
    public var file: String?
    public var line: Int
    public var reason: String

    public init(file: String? = nil, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String { "\(file ?? "entity list") line \(line): \(reason)" }
}

extension EntityType {
    /// The type a user list names, in any of the accepted spellings.
    init?(userName: String) {
        switch userName.lowercased() {
        case "person", "per", "nr", "people": self = .person
        case "place", "loc", "location", "ns", "gpe": self = .place
        case "organization", "organisation", "org", "nt": self = .organization
        default: return nil
        }
    }
}
