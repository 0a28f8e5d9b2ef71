extension FigureScanner {
    /// The words that list numbers sharing the last one's unit (分别提高0.5和0.3个百分点, 12、15和20家).
    static let listJoiners = ["、", "和", "及", "与", "或"]

    /// At most this many numbers are read as one list sharing a unit: a statistical bulletin lists a few.
    static let sharedUnitListLimit = 8

    /// Bare numbers listed before a number with a unit take that unit, each a figure of its own, as
    /// statistical bulletins write them: 分别提高0.5和0.3个百分点 (0.5 百分点), 分别为12、15和20家, 增长8和15%
    /// (8 percent), 分别为10、20和30万元 (each takes the last's 万 when it has no multiplier of its own).
    /// Only Arabic numbers (Chinese ones listed so are an enumeration or a rough pair: 第一、二、三项,
    /// 二、三层, 三、五个), not inside a list begun before them, none vague, a range or a date, and a last one that is a number,
    /// percentage, amount of money or age (12和15岁); dates and durations (3和4月, 3或4天) are not read here. Emits the list's readings but the last, which the scan reads when
    /// it resumes at the returned position; nil (nothing emitted) when `num` starts no such list.
    mutating func sharedUnitList(_ num: ParsedNumber, _ r1: Reading, prefixes pre: [Prefix]) -> Int? {
        guard num.startsArabic, !isAny(num.start - 1, "、第"), !r1.hasUnit, r1.kind == .number, r1.upper == nil,
              r1.relative == nil, r1.end == num.end, Self.listable(num) else { return nil }
        var items = [num]
        var j = num.end
        while items.count < Self.sharedUnitListLimit {
            guard let sep = atAny(j, Self.listJoiners), sep < n, NumeralParser.startsNumber(s, at: sep),
                  FigureCharacters.isArabic(s[sep]),
                  let next = NumeralParser.parse(s, at: sep).map(webMagnitude), next.upper == nil, !next.dotted,
                  let r = read(next, prefixes: [], forced: nil, signed: false), r.relative == nil else { return nil }
            if r.hasUnit {
                guard let info = r.unitInfo, [.number, .percentage, .money, .age].contains(r.kind), r.upper == nil, !r.weak,
                      let readings = sharedReadings(items, pre, last: next, info: info, kind: r.kind) else { return nil }
                for reading in readings { emit(reading) }
                return sep
            }
            guard r.kind == .number, Self.listable(next) else { return nil }
            items.append(next)
            j = next.end
        }
        return nil
    }

    /// A number that may stand in a list sharing a unit: one plain value, not vague, not a digit string or a code.
    static func listable(_ num: ParsedNumber) -> Bool {
        num.upper == nil && !num.vague && !num.digitString && !num.dotted && !num.bareMultiplier
    }

    /// The listed numbers read with the last one's unit, taking its trailing 万 or 亿 when they have none.
    func sharedReadings(_ items: [ParsedNumber], _ pre: [Prefix], last: ParsedNumber, info: UnitInfo,
                        kind: Figure.Kind) -> [Reading]? {
        var out: [Reading] = []
        for (k, item) in items.enumerated() {
            var m = item
            if last.trailingExponent > 0, !item.hasMultiplier {
                let scale = pow10(last.trailingExponent)
                m.value *= scale
                m.hasMultiplier = true
                m.plainDigits = 0
            }
            guard let r = read(m, prefixes: k == 0 ? pre : [], forced: info), r.kind == kind, !r.weak || r.hasUnit else { return nil }
            var reading = r
            reading.weak = false
            reading.end = item.end
            out.append(reading)
        }
        return out
    }
}
