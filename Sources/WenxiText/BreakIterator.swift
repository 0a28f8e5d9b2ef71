import CICUShim

/// An ICU break iterator over one UTF-16 text.
///
/// ICU iterators are not thread-safe: make one per task and never share it.
public final class BreakIterator {
    public enum Kind: Int32 { case word = 0, sentence = 1, character = 2 }

    /// One segment between two boundaries, in UTF-16 units, with ICU's rule status.
    public struct Segment: Equatable {
        public var start: Int
        public var end: Int
        /// Word iterators: 0 none (space, punctuation), 100 number, 200 letter, 300 kana, 400 ideographic.
        public var status: Int32
    }

    private let handle: OpaquePointer
    private var units: [UInt16] = []

    public init(_ kind: Kind, locale: String = "zh") throws(ICUError) {
        var error: Int32 = 0
        guard let handle = wx_break_open(kind.rawValue, locale, &error) else {
            throw ICUError(operation: "ubrk_open", code: error)
        }
        self.handle = handle
    }

    deinit { wx_break_close(handle) }

    /// Segments `text`, returning every segment in order.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    public func segments(of text: [UInt16]) -> [Segment] {
        units = text
        var result: [Segment] = []
        units.withUnsafeBufferPointer { buffer in
            _ = wx_break_set_text(handle, buffer.baseAddress, Int32(buffer.count))
            var start = 0
            var status: Int32 = 0
            while true {
                let boundary = wx_break_next(handle, &status)
                if boundary < 0 { break }
                result.append(Segment(start: start, end: Int(boundary), status: status))
                start = Int(boundary)
            }
        }
        units = []
        return result
    }
}

/// A failed ICU call.
public struct ICUError: Error, Hashable, CustomStringConvertible {
    public var operation: String
    public var code: Int32
    public var description: String { "ICU \(operation) failed (error \(code))" }
}

/// ICU's version string, such as "72.1".
public var icuVersion: String { String(cString: wx_icu_version()) }
