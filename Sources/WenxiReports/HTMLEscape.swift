import WenxiText

/// Escaping of text for HTML element content and attribute values.
package enum HTMLEscape {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references, safe both as element
    /// content and inside a quoted attribute value.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    package static func text(_ text: String) -> String {
        if !text.containsUTF8Byte(where: needsReference) { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `byte` is one of the five characters ``text(_:)`` replaces.
    private static func needsReference(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// A relative link to a sibling file: the file name percent-encoded as a URL path segment
    /// (UTF-8, everything but unreserved characters), then escaped for an attribute.
    /// `href("03-经济", "html")` is "03-%E7%BB%8F%E6%B5%8E.html".
    package static func href(_ stem: String, _ fileExtension: String) -> String {
        var out = ""
        for b in (stem + "." + fileExtension).utf8 {
            let isUnreserved = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "~")
            if isUnreserved {
                out.append(Character(Unicode.Scalar(b)))
            } else {
                let hex = Array("0123456789ABCDEF")
                out.append("%")
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 0xF)])
            }
        }
        return text(out)
    }
}
