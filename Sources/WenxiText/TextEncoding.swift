/// A character encoding Wenxi reads.
public enum TextEncoding: String, Sendable, Hashable, Codable, CaseIterable {
    /// Detect: UTF-8 when the bytes are valid UTF-8 (or start with a byte-order mark), else
    /// GB18030 or Big5 as ICU's charset detector judges.
    case auto
    case utf8 = "utf-8"
    /// GB18030, a superset of GBK and GB2312.
    case gb18030
    case big5
    case utf16 = "utf-16"

    /// Parses a user-given name: utf8, UTF-8, gbk, gb2312, gb18030, big5, utf-16, auto.
    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "auto": self = .auto
        case "utf-8", "utf8": self = .utf8
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        case "big5", "big-5", "cp950": self = .big5
        case "utf-16", "utf16": self = .utf16
        default: return nil
        }
    }

    /// ICU's converter name.
    var icuName: String {
        switch self {
        case .auto, .utf8: return "UTF-8"
        case .gb18030: return "GB18030"
        case .big5: return "Big5"
        case .utf16: return "UTF-16"
        }
    }
}
