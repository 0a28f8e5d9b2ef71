/// The coarse class of a code point, as the segmenter sees it (after width folding).
public enum CharacterClass: UInt8, Sendable {
    case han, digit, letter, space, punctuation, other

    /// The class of `scalar`.
    @inline(__always)
    public static func of(_ scalar: UInt32) -> CharacterClass {
        switch scalar {
        case 0x30...0x39: return .digit
        case 0x41...0x5A, 0x61...0x7A: return .letter
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return .space
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2FA1F, 0xF900...0xFAFF, 0x3007, 0x25CB:
            // 〇 (U+3007) and ○ (U+25CB, used for zero in years such as 二○○一年) go with the ideographs.
            return .han
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E, 0xA1...0xBF, 0x2010...0x2027, 0x2030...0x205E,
             0x3001...0x3003, 0x3008...0x3011, 0x3014...0x301F, 0xFE10...0xFE6B, 0xFF01...0xFF0F, 0xFF1A...0xFF20,
             0xFF3B...0xFF40, 0xFF5B...0xFF65, 0x00B7, 0x30FB:
            return .punctuation
        case 0xC0...0x24F, 0x370...0x3FF, 0x400...0x4FF:
            return .letter
        default:
            return .other
        }
    }
}

/// Chinese numeral characters and their roles.
public enum ChineseNumeral {
    /// Digits 0–9 in ordinary, financial and zero forms, and 两.
    @inline(__always)
    public static func isDigit(_ c: UInt32) -> Bool {
        switch c {
        case 0x3007, 0x25CB, 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x4E24,
             0x58F9, 0x8D30, 0x53C1, 0x8086, 0x4F0D, 0x9646, 0x67D2, 0x634C, 0x7396:
            return true  // 〇 ○ 零 一 二 三 四 五 六 七 八 九 两 壹 贰 叁 肆 伍 陆 柒 捌 玖
        default:
            return false
        }
    }

    /// Place values and magnitudes: 十 百 千 万 亿 拾 佰 仟 廿 卅.
    @inline(__always)
    public static func isMagnitude(_ c: UInt32) -> Bool {
        switch c {
        case 0x5341, 0x767E, 0x5343, 0x4E07, 0x4EBF, 0x62FE, 0x4F70, 0x4EDF, 0x5EFF, 0x5345: return true
        default: return false
        }
    }

    @inline(__always)
    public static func isNumeral(_ c: UInt32) -> Bool { isDigit(c) || isMagnitude(c) }
}
