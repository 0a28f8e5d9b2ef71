import Foundation

/// Turns bytes into text: UTF-8, GB18030/GBK, Big5 or UTF-16, detected or named.
///
/// Refuses, with the file and the byte offset: an empty file, a binary file (a NUL byte or
/// other control bytes that text does not hold), bytes that are not valid in the encoding.
public struct TextDecoder: Sendable, Hashable {
    public var encoding: TextEncoding

    public init(encoding: TextEncoding = .auto) {
        self.encoding = encoding
    }

    /// Reads and decodes a file.
    public func decode(contentsOf url: URL) throws(InputError) -> String {
        try decode(contentsOfFile: url.path)
    }

    /// Reads and decodes a file, a pipe or a character device (read to its end).
    public func decode(contentsOfFile path: String) throws(InputError) -> String {
        let bytes = try FileReader.read(path: path, allowNUL: allowsNUL)
        return try decode(bytes, path: path)
    }

    /// Whether input that starts with `firstBytes` may hold NUL bytes (UTF-16 does).
    public func allowsNUL(_ firstBytes: [UInt8]) -> Bool {
        encoding == .utf16 || (encoding == .auto && firstBytes.withUnsafeBufferPointer { hasUTF16Mark($0) })
    }

    /// Decodes `data` without copying it first.
    public func decode(_ data: Data, path: String?) throws(InputError) -> String {
        let result: Result<String, InputError> = data.withUnsafeBytes { raw in
            do throws(InputError) {
                return .success(try decode(raw.bindMemory(to: UInt8.self), path: path))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Decodes `bytes`; `path` names them in errors.
    ///
    /// - Complexity: O(*n*).
    public func decode(_ bytes: [UInt8], path: String?) throws(InputError) -> String {
        try bytes.withUnsafeBufferPointer { buffer throws(InputError) in try decode(buffer, path: path) }
    }

    /// Decodes the bytes in `bytes`; `path` names them in errors, with offsets that count the
    /// file's bytes.
    public func decode(_ bytes: UnsafeBufferPointer<UInt8>, path: String?) throws(InputError) -> String {
        if bytes.isEmpty { throw InputError(path: path, reason: "the input is empty") }
        guard bytes.count <= FileReader.maximumLength else {
            throw InputError(path: path, reason: "too large: more than \(FileReader.maximumLength) bytes; split it into smaller files")
        }
        let utf16 = encoding == .utf16 || (encoding == .auto && hasUTF16Mark(bytes))
        if utf16 {
            try TextDecoder.checkUTF16Units(bytes, path: path)
        } else {
            try TextDecoder.checkBytes(bytes, path: path)
        }
        switch encoding {
        case .utf8:
            return try decodeUTF8(bytes, path: path)
        case .gb18030, .big5, .utf16:
            return try convert(bytes, from: encoding.icuName, path: path)
        case .auto:
            if utf16 { return try convert(bytes, from: "UTF-16", path: path) }
            if let invalid = TextDecoder.firstInvalidUTF8(bytes) {
                return try decodeChinese(bytes, invalidUTF8At: invalid, path: path)
            }
            return try decodeUTF8(bytes, path: path)
        }
    }

    /// Decodes bytes that are not UTF-8 as GB18030 or Big5, whichever reads as more plausible
    /// text (see ``ChineseEncodingGuess``); refuses, naming the file, when it cannot tell.
    private func decodeChinese(_ bytes: UnsafeBufferPointer<UInt8>, invalidUTF8At invalid: Int, path: String?)
        throws(InputError) -> String
    {
        let gb = Result { () throws(InputError) in try convert(bytes, from: "GB18030", path: path) }
        let big5 = Result { () throws(InputError) in try convert(bytes, from: "Big5", path: path) }
        let choice = ChineseEncodingGuess.choose(bytes, gb18030Decodes: (try? gb.get()) != nil,
                                                 big5Decodes: (try? big5.get()) != nil)
        switch choice {
        case .encoding(.big5): return try big5.get()
        case .encoding: return try gb.get()
        case .undecided:
            throw InputError(path: path, reason: "not UTF-8, and it reads as GB18030 and as Big5 alike; name the encoding with --encoding gb18030 or --encoding big5")
        case .implausible:
            throw InputError(path: path, byteOffset: invalid, reason: "not valid UTF-8, and as GB18030 or Big5 it gives characters text does not hold; name the encoding with --encoding")
        case .neither:
            var offset = 0
            if case .failure(let error) = gb { offset = error.byteOffset ?? 0 }
            throw InputError(path: path, byteOffset: invalid, reason: "not valid UTF-8, nor GB18030 (byte \(offset)) or Big5; name the encoding with --encoding")
        }
    }

    private func hasUTF16Mark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
    }

    private func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>, path: String?) throws(InputError) -> String {
        if let invalid = TextDecoder.firstInvalidUTF8(bytes) {
            throw InputError(path: path, byteOffset: invalid, reason: "invalid UTF-8 (name another encoding with --encoding)")
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? UnsafeBufferPointer(rebasing: bytes[3...]) : bytes
        return String(decoding: body, as: UTF8.self)
    }

    private func convert(_ bytes: UnsafeBufferPointer<UInt8>, from charset: String, path: String?) throws(InputError) -> String {
        switch CharsetConverter.utf16(bytes, from: charset) {
        case .unknownCharset: throw InputError(path: path, reason: "unknown encoding \(charset)")
        case .invalid(let offset): throw InputError(path: path, byteOffset: offset, reason: "bytes that are not valid \(charset)")
        case .text(let units):
            var text = String(decoding: units, as: UTF16.self)
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            return text
        }
    }

    /// Whether a code unit is a control character that text files do not hold (tab, line feed,
    /// form feed and carriage return are text).
    static func isBinaryControl(_ unit: UInt32) -> Bool {
        unit < 0x20 && unit != 0x09 && unit != 0x0A && unit != 0x0D && unit != 0x0C
    }

    /// Refuses bytes with a NUL or another control byte; in UTF-8, GB18030 and Big5 a byte below
    /// 0x20 is always a character of its own, so the offset is the file's byte.
    static func checkBytes(_ bytes: UnsafeBufferPointer<UInt8>, path: String?) throws(InputError) {
        for (offset, byte) in bytes.enumerated() where isBinaryControl(UInt32(byte)) {
            let what = byte == 0 ? "a NUL byte" : "control byte 0x\(String(byte, radix: 16))"
            throw InputError(path: path, byteOffset: offset, reason: "binary data (\(what)), not text")
        }
    }

    /// Refuses UTF-16 with a control character; the offset is the unit's first byte in the file.
    /// Without a byte-order mark UTF-16 is big-endian.
    static func checkUTF16Units(_ bytes: UnsafeBufferPointer<UInt8>, path: String?) throws(InputError) {
        let littleEndian = bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE
        var offset = 0
        while offset + 1 < bytes.count {
            let unit = littleEndian ? UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8
                : UInt32(bytes[offset]) << 8 | UInt32(bytes[offset + 1])
            if isBinaryControl(unit) {
                let what = unit == 0 ? "a NUL character" : "control character U+\(String(unit, radix: 16, uppercase: true))"
                throw InputError(path: path, byteOffset: offset, reason: "binary data (\(what)), not text")
            }
            offset += 2
        }
    }

    /// The offset of the first byte that breaks UTF-8, or `nil` when `bytes` are valid UTF-8.
    ///
    /// - Complexity: O(*n*).
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidUTF8($0) }
    }

    /// The offset of the first byte that breaks UTF-8 in `b`, or `nil`.
    static func firstInvalidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            var need = 0
            var minimum: UInt32 = 0
            var value: UInt32 = 0
            switch c {
            case 0xC2...0xDF: need = 1; value = UInt32(c & 0x1F); minimum = 0x80
            case 0xE0...0xEF: need = 2; value = UInt32(c & 0x0F); minimum = 0x800
            case 0xF0...0xF4: need = 3; value = UInt32(c & 0x07); minimum = 0x10000
            default: return i
            }
            for k in 1...need {
                guard i + k < n, b[i + k] & 0xC0 == 0x80 else { return i }
                value = value << 6 | UInt32(b[i + k] & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return i }
            i += need + 1
        }
        return nil
    }
}
