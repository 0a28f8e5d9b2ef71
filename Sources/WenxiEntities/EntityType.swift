/// What kind of thing an entity mention names.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
    case person
    case place
    case organization
}
