import CICUShim

/// ICU's NFKC normalization, one code point at a time, for ``TextNormalizer``.
package enum Normalizer {
    /// The NFKC form of `c` when it is a single code point (Ａ → A, ３ → 3), else `nil`: `c` is not
    /// a scalar, ICU failed, or the form has several code points (① → 1 is one, ㈱ → (株) is three).
    package static func nfkc(_ c: UInt32) -> UInt32? {
        guard let scalar = Unicode.Scalar(c) else { return nil }
        let source = Array(String(scalar).utf16)
        var destination = [UInt16](repeating: 0, count: 8)
        let count = wx_nfkc(source, Int32(source.count), &destination, 8)
        guard count > 0, count <= 8 else { return nil }
        let folded = String(decoding: destination[0..<Int(count)], as: UTF16.self).unicodeScalars
        guard folded.count == 1, let only = folded.first else { return nil }
        return only.value
    }
}
