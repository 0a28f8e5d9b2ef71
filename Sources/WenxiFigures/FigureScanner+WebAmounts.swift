import WenxiText

/// Amounts as web text and job notices write them: k and w for 千 and 万 after digits (15k, 30w), and
/// numbers with no unit after a word of pay read as yuan (月薪8000, 月薪8000-12000, 年薪百万).
extension FigureScanner {
    /// Web text writes 千 and 万 as k and w right after the digits: `num` with that magnitude (3k元, 2w元,
    /// 月薪15k, 年薪30w左右, 粉丝2w). Lower-case k and w wherever no Latin letter or digit follows (15kg,
    /// 3kW, 20km stay units); upper-case K and W only before a currency word, in an amount of pay
    /// (``payContext``) or before + (10W+), since 4K is a resolution and 100W watts.
    func webMagnitude(_ num: ParsedNumber) -> ParsedNumber {
        let letter = ch(num.end)
        let exponent = letter == 0x6B || letter == 0x4B ? 3 : letter == 0x77 || letter == 0x57 ? 4 : 0
        guard exponent > 0, num.startsArabic, !num.hasMultiplier, !num.dotted,
              !FigureCharacters.isLatin(ch(num.end + 1)), FigureCharacters.arabicValue(ch(num.end + 1)) < 0 else { return num }
        let currency: Bool
        if let unit = FigureLexicon.units.longestMatch(in: s, at: num.end + 1), case .money = unit.value.unitClass {
            currency = true
        } else { currency = false }
        let lowerCase = letter == 0x6B || letter == 0x77
        if exponent == 3, !currency, isAny(num.end + 1, Self.notThousandsAfterK) { return num }   // 4k电视, 5k跑
        guard currency || lowerCase || isAny(num.end + 1, "+＋") || payContext(before: num.start) else { return num }
        var scaled = num
        scaled.value *= pow10(exponent)
        scaled.upper = num.upper.map { $0 * pow10(exponent) }
        scaled.end += 1
        scaled.hasMultiplier = true
        scaled.plainDigits = 0
        scaled.trailingExponent = exponent
        scaled.trailingBigExponent = exponent == 4 ? 4 : 0
        return scaled
    }

    /// First characters after k that make it a screen's resolution (4k电视, 8k屏, 4k超高清, 2k分辨率) or a
    /// race in kilometres (5k跑, 10k赛), not thousands.
    static let notThousandsAfterK = "屏电视分画超高显清投片跑赛"

    /// Words of pay: a number with no unit after them is an amount in yuan (月薪8000, 年薪30w左右, 税后15k).
    /// Not 收入 alone, which also heads counts and ranks (收入排名).
    static let payWords = ["月薪", "年薪", "底薪", "日薪", "时薪", "周薪", "薪资", "薪水", "薪酬", "工资", "月收入", "年收入",
                           "月入", "年入", "税前", "税后"]
    /// What may stand between a word of pay and its number: a verb or preposition of amount (月薪在3.5K上下,
    /// 年薪高达50w, 工资涨到8000, 月薪约1.2万) or, for the second end of a range, the first and its
    /// separator (月薪8~12K).
    static let betweenPayAndAmount = "为在约达到是有近超过高至开出涨升仅只就合计0123456789.~～-－—"

    /// The last characters of ``payWords``, checked first.
    static let payWordEnds: Set<UInt32> = Set(payWords.compactMap { $0.unicodeScalars.last?.value })

    /// Whether a word of pay (``payWords``) stands before the number at `start`, with at most eight of
    /// ``betweenPayAndAmount`` between.
    func payContext(before start: Int) -> Bool {
        var k = start
        for _ in 0...8 {
            if Self.payWordEnds.contains(ch(k - 1)), Self.payWords.contains(where: { before(k, $0) }) { return true }
            guard k > 0, isAny(k - 1, Self.betweenPayAndAmount) else { return false }
            k -= 1
        }
        return false
    }

    /// 年薪百万, 年薪千万的球星: a bare magnitude after a word of pay is the amount, where the clause ends
    /// after it or 的, 左右, 以上 follows (工资千万不要拖欠 is the adverb "by all means").
    func payMagnitude(_ num: ParsedNumber) -> Bool {
        guard num.bareMultiplier, num.value >= 100 else { return false }
        return (!FigureCharacters.isHan(ch(num.end)) || isAny(num.end, "的左以上")) && payContext(before: num.start)
    }

    /// A number with no unit after a word of pay is money in yuan (月薪8000, 年薪30w左右, 月薪8~12K).
    func payAmount(_ r: Reading) -> Reading {
        guard r.kind == .number, !r.hasUnit, r.unit == nil, !r.weak, r.relative == nil, payContext(before: r.start) else { return r }
        var out = r
        out.kind = .money
        out.unit = "CNY"
        return out
    }

    /// Two numbers with no unit after a word of pay, joined by a range separator, are one range of pay
    /// (月薪8000-12000), where two plain numbers elsewhere stay apart (a score, 3-1).
    func payRange(_ r1: Reading, _ r2: Reading) -> Reading? {
        guard !r1.hasUnit, !r2.hasUnit, r1.kind == .number, r2.kind == .number, r1.relative == nil, r1.upper == nil,
              case .number(let low)? = r1.value, case .number(let high)? = r2.value, low > 0, low < high,
              payContext(before: r1.start) else { return nil }
        var merged = r1
        merged.upper = .number(high)
        merged.end = r2.end
        merged.approximate = r2.approximate ?? r1.approximate
        return merged
    }
}
