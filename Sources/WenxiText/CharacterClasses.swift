/// Character classes the article stage uses, on raw `Unicode.Scalar` values.
///
/// Everything here is a switch over code point values: no Foundation, no regex,
/// so that the hot loops over page text stay linear and cheap.
package enum CharacterClasses {
    /// Han ideographs: the unified ones (``isUnifiedHan(_:)``), the Compatibility Ideographs
    /// (U+F900–FAFF, U+2F800–2FA1F) and 〇 (U+3007, the ideographic zero of 二〇二四年).
    ///
    /// The one definition of "a Han character" in Wenxi: the segmenter's classes, the article,
    /// figure and entity stages all ask this.
    @inline(__always) package static func isHan(_ c: UInt32) -> Bool {
        isUnifiedHan(c) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F) || c == 0x3007
    }

    /// CJK Unified Ideographs: the basic block, Extension A, and Extensions B–I and G–H in planes 2
    /// and 3. NFKC leaves each of them as it is (it maps the compatibility ideographs onto these).
    @inline(__always) package static func isUnifiedHan(_ c: UInt32) -> Bool {
        (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2EE5F)
            || (c >= 0x30000 && c <= 0x323AF)
    }

    /// ``isHan(_:)`` for a scalar.
    @inline(__always) package static func isHan(_ s: Unicode.Scalar) -> Bool { isHan(s.value) }

    /// White space, including the ideographic space used for paragraph indentation.
    package static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0B, 0x0C, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// Line separators: LF, CR, NEL, LS, PS.
    package static func isNewline(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// ASCII letters and digits and full-width ones.
    package static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return true
        default: return false
        }
    }

    /// ASCII letters and digits only (used to decide whether a join needs a space).
    package static func isASCIIAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }

    /// Marks that end a sentence: 。！？ ! ? … ⋯ and the ideographic full stop variants.
    package static func isSentenceTerminator(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3002, 0xFF01, 0xFF1F, 0x21, 0x3F, 0x2026, 0x22EF, 0xFF61, 0x203C, 0x2047, 0x2048, 0x2049: return true
        default: return false
        }
    }

    /// Closing quotation marks and brackets that stay with the sentence they close.
    package static func isCloser(_ s: Unicode.Scalar) -> Bool {
        if isClosingQuote(s) { return true }
        switch s.value {
        // ） ) 】 》 〉 ］ ] 〕 〗
        case 0xFF09, 0x29, 0x3011, 0x300B, 0x3009, 0xFF3D, 0x5D, 0x3015, 0x3017: return true
        default: return false
        }
    }

    /// Opening quotation marks (not brackets).
    package static func isOpeningQuote(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x201C, 0x2018, 0x300C, 0x300E, 0xFE41, 0xFE43, 0xAB: return true
        default: return false
        }
    }

    /// Closing quotation marks (not brackets).
    package static func isClosingQuote(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0xFE42, 0xFE44, 0xBB: return true
        default: return false
        }
    }

    /// Marks after which a sentence obviously continues: ，、 and opening quotes and brackets.
    package static func isContinuingPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        // ， , 、 “ ‘ 「 『 （ ( 《 【 〈 ［ · ・ 〔
        case 0xFF0C, 0x2C, 0x3001, 0x201C, 0x2018, 0x300C, 0x300E, 0xFF08, 0x28, 0x300A, 0x3010,
             0x3008, 0xFF3B, 0xB7, 0x30FB, 0x3014:
            return true
        default: return false
        }
    }

    /// Marks that end a clause which may legitimately close a paragraph: ：；—.
    ///
    /// A paragraph ending in one of these introduces what follows (他表示：/ 一、…；/ 标题——),
    /// so it is not joined to the next one.
    package static func isLeadInPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0xFF1A, 0x3A, 0xFF1B, 0x3B, 0x2014, 0x2015, 0x2013, 0x2E3A: return true
        default: return false
        }
    }

    /// Any punctuation mark or symbol this stage cares about (used to reject title candidates
    /// made only of symbols, and to stop word lookups at punctuation).
    static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        isSentenceTerminator(s) || isCloser(s) || isOpeningQuote(s) || isContinuingPunctuation(s)
            || isLeadInPunctuation(s) || s.value == 0x2E || s.value == 0xFF0E || s.value == 0x22
            || s.value == 0x27 || s.value == 0x2F || s.value == 0xFF0F || s.value == 0x2D
    }

    /// The value of a digit, ASCII or full-width, or nil.
    package static func digitValue(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x30...0x39: return Int(s.value - 0x30)
        case 0xFF10...0xFF19: return Int(s.value - 0xFF10)
        default: return nil
        }
    }

    /// The value of a Chinese numeral character (〇零一二两三四五六七八九十), or nil.
    package static func chineseDigitValue(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "〇", "零", "○": return 0
        case "一": return 1
        case "二", "两": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        case "十": return 10
        default: return nil
        }
    }
}

extension Array where Element == Unicode.Scalar {
    /// A `String` made of `self[range]`.
    ///
    /// - Complexity: O(*n*): the scalars are written as UTF-8 straight into the string's storage
    ///   (appending them to a `String.UnicodeScalarView` one by one costs tens of times more).
    package func string(_ range: Range<Int>) -> String {
        withUnsafeBufferPointer { scalars in
            UTF8Writing.string(count: range.count) { scalars[range.lowerBound + $0] }
        }
    }

    /// A `String` made of all scalars.
    package var string: String { string(0..<count) }

    /// Whether `self[at...]` starts with `literal`.
    package func hasPrefix(_ literal: [Unicode.Scalar], at: Int = 0) -> Bool {
        guard at >= 0, at + literal.count <= count else { return false }
        for k in 0..<literal.count where self[at + k] != literal[k] { return false }
        return true
    }

    /// Whether `self[..<end]` ends with `literal`.
    package func hasSuffix(_ literal: [Unicode.Scalar], before end: Int) -> Bool {
        let start = end - literal.count
        guard start >= 0, end <= count else { return false }
        return hasPrefix(literal, at: start)
    }
}

extension String {
    /// The string's Unicode scalars as an array.
    package var scalarArray: [Unicode.Scalar] { Array(unicodeScalars) }
}
