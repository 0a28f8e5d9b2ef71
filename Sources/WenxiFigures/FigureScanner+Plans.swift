import WenxiText

extension FigureScanner {
    /// Words after a five-year plan's short name of two characters (一五 … 十五) that make it the plan,
    /// since the numerals alone are a number (十五) or a word (九五之尊): 九五计划, 十五时期.
    static let planWords = ["规划", "计划", "时期", "期间"]

    /// Words after a quoted short name (“十五”以来, “九五”末) that make it the plan, besides ``planWords``.
    static let quotedPlanWords = ["以来", "末", "初", "中期", "开局", "收官", "前期", "后期"]

    /// A five-year plan at `i`, named short (十四五, “九五”计划) or in full (第十四个五年规划): a date
    /// from its first year to its last (十四五 → "2021".."2025"), the plan word (规划, 时期) left out.
    /// Names of three characters (十一五 … 十五五) are plans wherever no numeral or unit follows them;
    /// those of two only before a word of a plan or in quotes with no Han character after them.
    func fiveYearPlan(at i: Int) -> Reading? {
        if ch(i - 1) == 0x7B2C { return fullPlanName(at: i) }                      // 第
        guard !FigureCharacters.isChineseNumeral(ch(i - 1)), let m = FiveYearPlans.byName.longestMatch(in: s, at: i),
              !FigureCharacters.isChineseNumeral(ch(m.end)), !isAny(m.end, "年个岁天倍") else { return nil }
        if m.end - i < 3 {
            let quoted = isAny(i - 1, Self.openQuotes) && isAny(m.end, Self.closeQuotes)
            let after = quoted ? m.end + 1 : m.end
            let named = atAny(after, Self.planWords) != nil || quoted && atAny(after, Self.quotedPlanWords) != nil
            guard named || quoted && !FigureCharacters.isHan(ch(after)) else { return nil }
        }
        return planReading(m.value, start: i, end: m.end)
    }

    /// 第十四个五年规划, 第十个五年计划: the plan of that number, the span from 第 to 五年.
    func fullPlanName(at i: Int) -> Reading? {
        guard let num = NumeralParser.parse(s, at: i), num.isInteger, num.upper == nil,
              atAny(num.end, ["个五年规划", "个五年计划"]) != nil,
              let plan = FiveYearPlans.byNumber[clampedInt(num.value)] else { return nil }
        return planReading(plan, start: i - 1, end: num.end + 3)
    }

    /// The date reading of `plan` from `start` to `end`.
    func planReading(_ plan: FiveYearPlans.Plan, start: Int, end: Int) -> Reading {
        var r = Reading(kind: .date, value: .string(pad4(plan.first)), start: start, end: end)
        r.upper = .string(pad4(plan.last))
        r.year = plan.first
        return r
    }
}
