import WenxiText

/// Character classes the figure scanner tests at every position, in one 64K table.
enum FigureCharacters {
    static let arabic: UInt8 = 1
    static let chineseDigit: UInt8 = 2
    static let multiplier: UInt8 = 4
    static let financial: UInt8 = 8
    static let latin: UInt8 = 16
    /// First character of a word the scanner matches by itself (去年, 近日, 上半年 ...).
    static let wordStart: UInt8 = 32
    /// 几 and 数, which start vague numbers (几十, 数千).
    static let vague: UInt8 = 64
    /// Second character of such a word: the scanner looks a word up only when both bits match.
    static let wordSecond: UInt8 = 128

    /// Class bits for every BMP scalar.
    static let table: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 0x10000)
        for c in UInt32(0x30)...0x39 { t[Int(c)] |= arabic }
        for c in UInt32(0xFF10)...0xFF19 { t[Int(c)] |= arabic }
        for c in UInt32(0x41)...0x5A { t[Int(c)] |= latin; t[Int(c) + 0x20] |= latin }
        for c in UInt32(0xFF21)...0xFF3A { t[Int(c)] |= latin; t[Int(c) + 0x20] |= latin }
        // 俩 and 仨 are spoken 两个 and 三个: digits that carry their classifier (俩礼拜, 仨月).
        for s in "零〇○一二两兩三四五六七八九俩仨".unicodeScalars { t[Int(s.value)] |= chineseDigit }
        for s in "壹贰貳叁參肆伍陆陸柒捌玖".unicodeScalars { t[Int(s.value)] |= chineseDigit | financial }
        for s in "十百千万萬亿億".unicodeScalars { t[Int(s.value)] |= multiplier }
        for s in "拾佰仟".unicodeScalars { t[Int(s.value)] |= multiplier | financial }
        // 廿, 卅, 卌: twenty, thirty, forty in one character (廿三日, 卅年), read as 二十, 三十, 四十 (``tensValue``).
        for s in "廿卅卌".unicodeScalars { t[Int(s.value)] |= multiplier }
        for s in "几数".unicodeScalars { t[Int(s.value)] |= vague }
        for word in FigureLexicon.wordTriggers {
            let scalars = Array(word.unicodeScalars)
            guard scalars.count >= 2, scalars[0].value < 0x10000, scalars[1].value < 0x10000 else { continue }
            t[Int(scalars[0].value)] |= wordStart
            t[Int(scalars[1].value)] |= wordSecond
        }
        return t
    }()

    @inline(__always) static func bits(_ c: UInt32) -> UInt8 { c < 0x10000 ? table[Int(c)] : 0 }

    /// 0...9 for ASCII and full-width digits, -1 otherwise.
    @inline(__always) static func arabicValue(_ c: UInt32) -> Int {
        if c >= 0x30 && c <= 0x39 { return Int(c - 0x30) }
        if c >= 0xFF10 && c <= 0xFF19 { return Int(c - 0xFF10) }
        return -1
    }

    /// 0...9 for Chinese digits (plain and financial, 零 〇 ○ 两), -1 otherwise.
    static func chineseDigitValue(_ c: UInt32) -> Int {
        switch c {
        case 0x96F6, 0x3007, 0x25CB: return 0          // 零 〇 ○
        case 0x4E00, 0x58F9: return 1                  // 一 壹
        case 0x4E8C, 0x4E24, 0x5169, 0x8D30, 0x8CB3, 0x4FE9: return 2  // 二 两 兩 贰 貳 俩
        case 0x4E09, 0x53C1, 0x53C3, 0x4EE8: return 3  // 三 叁 參 仨
        case 0x56DB, 0x8086: return 4                  // 四 肆
        case 0x4E94, 0x4F0D: return 5                  // 五 伍
        case 0x516D, 0x9646, 0x9678: return 6          // 六 陆 陸
        case 0x4E03, 0x67D2: return 7                  // 七 柒
        case 0x516B, 0x634C: return 8                  // 八 捌
        case 0x4E5D, 0x7396: return 9                  // 九 玖
        default: return -1
        }
    }

    /// Power of ten of a multiplier (十 1, 百 2, 千 3, 万 4, 亿 8), 0 otherwise.
    static func multiplierExponent(_ c: UInt32) -> Int {
        switch c {
        case 0x5341, 0x62FE: return 1  // 十 拾
        case 0x767E, 0x4F70: return 2  // 百 佰
        case 0x5343, 0x4EDF: return 3  // 千 仟
        case 0x4E07, 0x842C: return 4  // 万 萬
        case 0x4EBF, 0x5104: return 8  // 亿 億
        default: return 0
        }
    }

    /// 2 for 廿, 3 for 卅, 4 for 卌 (the tens they write), nil otherwise.
    @inline(__always) static func tensValue(_ c: UInt32) -> Int? {
        switch c {
        case 0x5EFF: return 2   // 廿
        case 0x5345: return 3   // 卅
        case 0x534C: return 4   // 卌
        default: return nil
        }
    }

    @inline(__always) static func isArabic(_ c: UInt32) -> Bool { bits(c) & arabic != 0 }
    @inline(__always) static func isLatin(_ c: UInt32) -> Bool { bits(c) & latin != 0 }
    @inline(__always) static func isChineseNumeral(_ c: UInt32) -> Bool { bits(c) & (chineseDigit | multiplier) != 0 }

    /// Han ideographs, as WenxiText defines them.
    @inline(__always) static func isHan(_ c: UInt32) -> Bool {
        CharacterClasses.isHan(c)
    }
}

extension UInt32 {
    /// The scalar value of a one-scalar string literal (compile-time constants for the scanner).
    @inline(__always) init(_ s: Unicode.Scalar) { self = s.value }
}
