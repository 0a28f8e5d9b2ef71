import CICUShim

/// ICU's Traditional → Simplified transliterator, applied to single code points with a cache.
///
/// ICU transliterators are not thread-safe, so each call takes the lock. Only
/// ``TextDataFiles/traditionalSimplified`` opens one, to build the table the program reads.
final class Transliterator: @unchecked Sendable {
    private let handle: OpaquePointer?
    private let lock = Mutex()
    private var cache: [UInt32: UInt32] = [:]

    init(identifier: String) {
        var error: Int32 = 0
        handle = wx_translit_open(identifier, &error)
    }

    deinit { if let handle { wx_translit_close(handle) } }

    /// The transliteration of `c` when it is a single code point, else `nil`.
    func map(_ c: UInt32) -> UInt32? {
        guard let handle, let scalar = Unicode.Scalar(c) else { return nil }
        return lock.withLock {
            if let cached = cache[c] { return cached }
            var buffer = Array(String(scalar).utf16) + [UInt16](repeating: 0, count: 8)
            let length = wx_translit_apply(handle, &buffer, Int32(String(scalar).utf16.count), Int32(buffer.count))
            var result = c
            if length > 0, length <= Int32(buffer.count) {
                let text = String(decoding: buffer[0..<Int(length)], as: UTF16.self).unicodeScalars
                if text.count == 1, let only = text.first { result = only.value }
            }
            cache[c] = result
            return result
        }
    }
}
