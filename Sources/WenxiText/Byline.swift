/// The people credited for an article: reporters, contributors (通讯员, 实习生) and photographers.
public struct Byline: Sendable, Hashable, Codable {
    /// The credit text as printed, several credits joined by "；".
    public var raw: String
    /// Reporters (记者, 本报记者, 新华社记者 …), in order, without duplicates.
    public var reporters: [String]
    /// Contributors (通讯员, 实习生, 特约撰稿人 …), in order, without duplicates.
    public var contributors: [String]
    /// Photographers (… 摄), in order, without duplicates.
    public var photographers: [String]

    /// Creates a byline.
    public init(raw: String, reporters: [String] = [], contributors: [String] = [], photographers: [String] = []) {
        self.raw = raw
        self.reporters = reporters
        self.contributors = contributors
        self.photographers = photographers
    }

    /// Adds another credit's names and text.
    public mutating func merge(_ other: Byline) {
        if raw.isEmpty { raw = other.raw } else if !other.raw.isEmpty, raw != other.raw { raw += "；" + other.raw }
        for name in other.reporters where !reporters.contains(name) { reporters.append(name) }
        for name in other.contributors where !contributors.contains(name) { contributors.append(name) }
        for name in other.photographers where !photographers.contains(name) { photographers.append(name) }
    }
}
