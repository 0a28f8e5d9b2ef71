/// Hours and minutes from now: 四个小时前, 3小时后, 半小时后, 过两个小时 (periods of them, 过去三小时,
/// are in ``relativePeriod``).
/// The anchor has a day but no time of day, so an offset of hours names no hour: it keeps `relative`
/// and a null value, unless it is whole days (48小时后 is the day two days on, whatever the hour).
extension FigureScanner {
    /// A whole number of days in a duration of hours (24小时 → 1, 72小时 → 3); nil for other
    /// amounts and units.
    static func wholeDays(_ amount: Double, _ designator: String) -> Double? {
        guard designator == "TH", amount > 0, amount.truncatingRemainder(dividingBy: 24) == 0 else { return nil }
        return amount / 24
    }

    /// A duration of hours, minutes or seconds before 前/后 (or after 过/再过, ``relativeOffset``) that
    /// opens a clause is that far from now: a `time` with `relative` ("-PT4H" for 四个小时前) and a null
    /// value; whole days of hours are the date that many days away (48小时后 → "2024-11-06" "+PT48H").
    /// `spanStart` is where the span starts with its approximation word (约3小时后). After a verb or an
    /// event (工作8小时后, 事发3小时后, 持续了两小时后) the offset is from the story's time: it stays a duration.
    func relativeClockTime(_ r: inout Reading, amount: Double, upper: Double?, designator: String, spanStart: Int) {
        guard r.kind == .duration, let (sign, lead, end) = relativeOffset(r), lead != nil || opensClause(at: spanStart) else { return }
        let relative = sign + isoDuration(amount, designator)
        if let days = Self.wholeDays(amount, designator), upper.map({ Self.wholeDays($0, designator) != nil }) ?? true {
            relativeDate(&r, amount: days, upper: upper.map { $0 / 24 }, designator: "D")
            r.relative = relative
            return
        }
        r.start = lead ?? r.start
        r.end = end
        r.kind = .time
        r.value = nil
        r.upper = nil
        r.relative = relative
    }
}
