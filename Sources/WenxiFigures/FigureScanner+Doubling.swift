/// 翻一番, 翻了两番, 翻番: a doubling said as "turning over" N times, a multiplier of 2^N given as 倍 (as
/// 4倍 is): 翻一番 → 2 倍, 翻两番 → 4 倍.
extension FigureScanner {
    /// The verb before N番 that makes it a doubling, longest first.
    static let doublingLeads = ["翻了", "翻"]
    /// Words that 番 starts after 翻 where it is no count of doublings (翻番茄, 翻番薯: tomatoes, sweet potatoes).
    static let doublingFalseTails = ["番茄", "番薯", "番号", "番禺", "番邦", "番石榴", "番木瓜"]
    /// How many doublings a figure may say: more is a manner of speaking, not a multiplier.
    static let doublingRange = 1.0...10.0

    /// N番 after 翻 or 翻了 (翻一番, 翻了两番, 翻两三番 → 4..8, 翻一番多 → 2 more): the number 2^N with unit 倍,
    /// the verb in the span; nil when no such verb stands before it, or N is vague, no whole number, or
    /// out of ``doublingRange``.
    func doubling(_ base: Reading, _ c: NumberContext) -> Reading? {
        guard c.forced == nil, !c.num.vague, c.num.isInteger, Self.doublingRange.contains(c.num.value),
              c.approxPrefix == nil, c.approx == nil,
              let lead = Self.doublingLeads.first(where: { before(c.num.start, $0) }) else { return nil }
        var r = base
        r.start = c.num.start - lead.unicodeScalars.count
        r.unit = "倍"
        r.value = .number(Self.powerOfTwo(c.num.value))
        r.upper = c.num.upper.flatMap { Self.doublingRange.contains($0) ? .number(Self.powerOfTwo($0)) : nil }
        if isAny(r.end, "多余") {       // 翻了一番多
            r.approximate = .more
            r.end += 1
        }
        return r
    }

    /// 2^N for a whole N in ``doublingRange``.
    static func powerOfTwo(_ n: Double) -> Double { Double(1 << Int(n)) }

    /// 翻番 and 翻了番 at `i` (收入翻番, 产值翻了番): one doubling, 2 倍. Nil for 翻番茄 and the like
    /// (``doublingFalseTails``).
    func doublingWord(at i: Int) -> Reading? {
        guard let end = atAny(i, ["翻番", "翻了番"]), Self.doublingFalseTails.allSatisfy({ !at(end - 1, $0) }) else { return nil }
        return Reading(kind: .number, value: .number(2), unit: "倍", start: i, end: end)
    }
}
