/// Finds URLs and e-mail addresses in folded text, so that they stay single tokens.
enum LinkFinder {
    /// The ranges of URLs (`http://`, `https://`, `www.`) and e-mail addresses, in order.
    ///
    /// - Complexity: O(*n*).
    static func links(in text: UnsafeBufferPointer<UInt32>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let n = text.count
        var i = 0
        while i < n {
            let c = text[i]
            if c == 0x68 || c == 0x77, let end = url(at: i, in: text) {  // h, w
                result.append(i..<end)
                i = end
                continue
            }
            if c == 0x40, let range = email(around: i, in: text), range.lowerBound >= (result.last?.upperBound ?? 0) {  // @
                result.append(range)
                i = range.upperBound
                continue
            }
            i += 1
        }
        return result
    }

    private static func matches(_ text: UnsafeBufferPointer<UInt32>, _ at: Int, _ literal: String) -> Bool {
        var k = at
        for unit in literal.utf8 {
            guard k < text.count, text[k] | 0x20 == UInt32(unit) else { return false }
            k += 1
        }
        return true
    }

    private static func url(at i: Int, in text: UnsafeBufferPointer<UInt32>) -> Int? {
        if i > 0, isWordCharacter(text[i - 1]) { return nil }
        var k: Int
        if matches(text, i, "https://") { k = i + 8 } else if matches(text, i, "http://") { k = i + 7 } else if matches(text, i, "www.") { k = i + 4 } else { return nil }
        let bodyStart = k
        while k < text.count, isURLCharacter(text[k]) { k += 1 }
        // Trailing punctuation belongs to the sentence, not the URL.
        while k > bodyStart, [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x27].contains(text[k - 1]) { k -= 1 }
        return k > bodyStart ? k : nil
    }

    private static func email(around at: Int, in text: UnsafeBufferPointer<UInt32>) -> Range<Int>? {
        var start = at
        while start > 0, isLocalCharacter(text[start - 1]) { start -= 1 }
        var end = at + 1
        var dots = 0
        while end < text.count, isDomainCharacter(text[end]) {
            if text[end] == 0x2E { dots += 1 }
            end += 1
        }
        while end > at + 1, text[end - 1] == 0x2E || text[end - 1] == 0x2D {
            if text[end - 1] == 0x2E { dots -= 1 }
            end -= 1
        }
        guard start < at, end > at + 1, dots >= 1 else { return nil }
        return start..<end
    }

    private static func isWordCharacter(_ c: UInt32) -> Bool {
        (0x30...0x39).contains(c) || (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c)
    }

    private static func isLocalCharacter(_ c: UInt32) -> Bool {
        isWordCharacter(c) || c == 0x2E || c == 0x5F || c == 0x25 || c == 0x2B || c == 0x2D
    }

    private static func isDomainCharacter(_ c: UInt32) -> Bool { isWordCharacter(c) || c == 0x2E || c == 0x2D }

    private static func isURLCharacter(_ c: UInt32) -> Bool {
        guard c < 0x80 else { return false }
        if isWordCharacter(c) { return true }
        return "-._~:/?#[]@!$&'()*+,;=%".utf8.contains(UInt8(c))
    }
}
