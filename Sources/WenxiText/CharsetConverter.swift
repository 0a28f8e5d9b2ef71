import CICUShim

/// ICU's conversion to UTF-16, for ``TextDecoder``.
///
/// The shim opens and closes ICU's converter inside each call, so there is no handle
/// to keep and nothing to share between threads.
package enum CharsetConverter {
    /// The outcome of a conversion.
    package enum Conversion: Equatable {
        /// The text as UTF-16 code units.
        case text([UInt16])
        /// The bytes from `byteOffset` on are not valid in the charset.
        case invalid(byteOffset: Int)
        /// ICU knows no charset by that name.
        case unknownCharset
    }

    /// `bytes`, written in `charset`, as UTF-16.
    ///
    /// - Complexity: O(*n*); at most two passes when the first buffer guess is too small.
    package static func utf16(_ bytes: UnsafeBufferPointer<UInt8>, from charset: String) -> Conversion {
        var errorOffset: Int32 = 0
        var capacity = bytes.count + 16
        var units = [UInt16](repeating: 0, count: capacity)
        var written: Int32 = 0
        for _ in 0..<2 {
            written = bytes.withMemoryRebound(to: CChar.self) { s in
                wx_convert_to_utf16(charset, s.baseAddress, Int32(s.count), &units, Int32(capacity), &errorOffset)
            }
            guard written > capacity else { break }
            capacity = Int(written)
            units = [UInt16](repeating: 0, count: capacity)
        }
        if written == -2 { return .unknownCharset }
        if written < 0 || written > capacity { return .invalid(byteOffset: Int(max(0, errorOffset))) }
        units.removeSubrange(Int(written)...)
        return .text(units)
    }
}
