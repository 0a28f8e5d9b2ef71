import CICUShim
import Foundation

/// Turns bytes into text: UTF-8, GB18030/GBK or Big5, detected or named.
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
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            let exists = FileManager.default.fileExists(atPath: url.path)
            throw InputError(path: url.path, reason: exists ? "cannot read the file" : "no such file")
        }
        return try decode(data, path: url.path)
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

    /// Decodes the bytes in `bytes`; `path` names them in errors.
    public func decode(_ bytes: UnsafeBufferPointer<UInt8>, path: String?) throws(InputError) -> String {
        if bytes.isEmpty { throw InputError(path: path, reason: "the input is empty") }
        if let nul = bytes.firstIndex(of: 0), !(encoding == .utf16 || hasUTF16Mark(bytes)) {
            throw InputError(path: path, byteOffset: nul, reason: "binary data (a NUL byte), not text")
        }
        switch encoding {
        case .utf8:
            return try decodeUTF8(bytes, path: path)
        case .gb18030, .big5, .utf16:
            return try convert(bytes, from: encoding.icuName, path: path)
        case .auto:
            if hasUTF16Mark(bytes) { return try convert(bytes, from: "UTF-16", path: path) }
            if let invalid = TextDecoder.firstInvalidUTF8(bytes) {
                guard let guess = detect(bytes) else {
                    throw InputError(path: path, byteOffset: invalid,
                                     reason: "not valid UTF-8 and no Chinese encoding fits (name one with --encoding)")
                }
                do {
                    return try convert(bytes, from: guess.icuName, path: path)
                } catch {
                    throw InputError(path: path, byteOffset: invalid,
                                     reason: "not valid UTF-8, nor \(guess.icuName) (byte \(error.byteOffset ?? 0)); name the encoding with --encoding")
                }
            }
            return try decodeUTF8(bytes, path: path)
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
        let text = String(decoding: body, as: UTF8.self)
        try TextDecoder.checkText(text, path: path)
        return text
    }

    /// ICU's guess among the Chinese encodings, or `nil`.
    private func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> TextEncoding? {
        var name = [CChar](repeating: 0, count: 64)
        let sample = Array(bytes.prefix(1 << 16))
        let confidence = sample.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { wx_detect_charset($0.baseAddress, Int32($0.count), &name, 64) }
        }
        guard confidence >= 10 else { return nil }
        let detected = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        switch detected.lowercased() {
        case "gb18030", "gbk", "gb2312": return .gb18030
        case "big5": return .big5
        default: return nil
        }
    }

    private func convert(_ bytes: UnsafeBufferPointer<UInt8>, from charset: String, path: String?) throws(InputError) -> String {
        var errorOffset: Int32 = 0
        var capacity = bytes.count + 16
        var units = [UInt16](repeating: 0, count: capacity)
        var written: Int32 = 0
        for _ in 0..<2 {
            written = bytes.withMemoryRebound(to: CChar.self) { s in
                wx_convert_to_utf16(charset, s.baseAddress, Int32(s.count), &units, Int32(capacity), &errorOffset)
            }
            if written > capacity {
                capacity = Int(written)
                units = [UInt16](repeating: 0, count: capacity)
                continue
            }
            break
        }
        if written == -2 { throw InputError(path: path, reason: "unknown encoding \(charset)") }
        if written < 0 {
            throw InputError(path: path, byteOffset: Int(errorOffset), reason: "bytes that are not valid \(charset)")
        }
        var text = String(decoding: units[0..<Int(written)], as: UTF16.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        try TextDecoder.checkText(text, path: path)
        return text
    }

    /// Refuses text with control characters that text files do not hold.
    static func checkText(_ text: String, path: String?) throws(InputError) {
        var offset = 0
        for unit in text.utf8 {
            if unit < 0x20 && unit != 0x09 && unit != 0x0A && unit != 0x0D && unit != 0x0C {
                throw InputError(path: path, byteOffset: offset,
                                 reason: "binary data (control byte 0x\(String(unit, radix: 16))), not text")
            }
            offset += 1
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
