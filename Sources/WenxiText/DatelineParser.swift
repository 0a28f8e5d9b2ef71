/// Recognizes a dateline at the start of a paragraph.
///
/// Shape: `[据] AGENCY [PLACE] [[YYYY年]M月]D日 (电|讯|消息) [（记者 …）]`, or `AGENCY 讯` (本报讯),
/// or `AGENCY 电` (新华社电). AGENCY is a known news organization (新华社, 本报, 中新网 …) or a run of
/// at most 8 Han characters ending in 社, 报, 网 or 台. PLACE is at most 12 Han characters (or ·).
/// Only the first 80 code points are looked at, so the cost does not grow with the paragraph.
public enum DatelineParser {
    public struct Match {
        public var dateline: Dateline
        /// Code points of the dateline itself (for `raw`).
        public var length: Int
        /// Code points to remove from the paragraph: the dateline plus the separator after it.
        public var consumed: Int
    }

    /// News organizations that file datelines. General knowledge of Chinese media, not page data.
    static let agencies: [[Unicode.Scalar]] = [
        "新华社", "新华网", "本报", "本台", "本刊", "本网", "中新社", "中新网", "中国新闻社", "中国新闻网",
        "人民网", "人民日报", "央视网", "央视新闻", "央广网", "中央广播电视总台", "总台", "光明网", "光明日报",
        "经济日报", "中国日报网", "中国日报", "国际在线", "环球网", "环球时报", "澎湃新闻", "科技日报",
        "工人日报", "法治日报", "解放军报", "中国青年报", "中青网", "新京报", "北京日报", "解放日报", "文汇报",
        "南方日报", "界面新闻", "财新网", "第一财经", "证券时报", "上海证券报", "中国证券报", "农民日报",
        "中国经济网", "中国网", "中国青年网", "新华每日电讯",
    ].map { Array(($0 as String).unicodeScalars) }.sorted { $0.count > $1.count }

    /// How many code points at the start of a paragraph are looked at.
    public static let window = 80

    public static func parse(_ s: [Unicode.Scalar]) -> Match? {
        let limit = min(s.count, window)
        var i = 0
        while i < limit, CharacterClasses.isSpace(s[i]) { i += 1 }
        let start = i
        if i < limit, s[i] == "据" { i += 1 }
        guard let agencyEnd = agencyEnd(s, at: i, limit: limit) else { return nil }
        let agency = s.string(i..<agencyEnd)
        var place: String?
        var year: Int?, month: Int?, day: Int?
        var markerEnd: Int?
        if let end = marker(s, at: agencyEnd, limit: limit) {
            markerEnd = end  // 本报讯, 新华社电
        } else {
            // Find the first position after the agency where a date + marker, or a marker, follows.
            var k = agencyEnd
            while k < limit, k - agencyEnd <= 12 {
                if let (date, end) = parseDate(s, at: k, limit: limit), let m = marker(s, at: end, limit: limit) {
                    (year, month, day) = date
                    markerEnd = m
                    if k > agencyEnd { place = s.string(agencyEnd..<k) }
                    break
                }
                // Without a date only 电 counts, and only before a break (新华社北京电 …, not 通讯社).
                if k > agencyEnd, k - agencyEnd <= 8, s[k] == "电",
                    k + 1 >= s.count || !CharacterClasses.isHan(s[k + 1]), let m = marker(s, at: k, limit: limit)
                {
                    markerEnd = m
                    place = s.string(agencyEnd..<k)
                    break
                }
                guard CharacterClasses.isHan(s[k]) || s[k] == "·" || s[k] == "•" else { break }
                k += 1
            }
        }
        guard let end0 = markerEnd else { return nil }
        var end = end0
        var reporters: [String] = []
        var contributors: [String] = []
        // Optional credit in brackets right after the marker.
        var j = end
        while j < limit, CharacterClasses.isSpace(s[j]) { j += 1 }
        if j < s.count, s[j] == "（" || s[j] == "(" {
            var close = j + 1
            while close < s.count, close - j <= 60, s[close] != "）", s[close] != ")" { close += 1 }
            if close < s.count, close - j <= 60, let credit = CreditParser.parse(Array(s[(j + 1)..<close])) {
                reporters = credit.reporters + credit.photographers
                contributors = credit.contributors
                end = close + 1
            }
        }
        var consumed = end
        while consumed < s.count,
            CharacterClasses.isSpace(s[consumed]) || s[consumed] == "：" || s[consumed] == ":"
                || s[consumed] == "—" || s[consumed] == "－"
        {
            consumed += 1
        }
        let dateline = Dateline(
            raw: s.string(start..<end), agency: agency, place: place, year: year, month: month, day: day,
            reporters: reporters, contributors: contributors)
        return Match(dateline: dateline, length: end, consumed: consumed)
    }

    /// End of the agency name at `i`: a known agency, else a short Han run ending in 社/报/网/台.
    private static func agencyEnd(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> Int? {
        for a in agencies where s.hasPrefix(a, at: i) { return i + a.count }
        var k = i
        while k < limit, k - i < 8, CharacterClasses.isHan(s[k]) {
            if k - i >= 1, s[k] == "社" || s[k] == "报" || s[k] == "网" || s[k] == "台" { return k + 1 }
            k += 1
        }
        return nil
    }

    /// End of a dateline marker (电, 讯, 消息) at `i`.
    private static func marker(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> Int? {
        guard i < limit else { return nil }
        if s[i] == "电" || s[i] == "讯" { return i + 1 }
        if i + 1 < limit, s[i] == "消", s[i + 1] == "息" { return i + 2 }
        return nil
    }

    /// A date `[YYYY年][M月]D日` at `i` (digits or Chinese numerals); returns the parts and the end.
    static func parseDate(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> ((Int?, Int?, Int?), Int)? {
        var k = i
        var year: Int?
        if let (y, e) = number(s, at: k, limit: limit, maxDigits: 4), e - k == 4, e < limit, s[e] == "年" {
            year = y
            k = e + 1
        }
        guard let (a, e1) = number(s, at: k, limit: limit, maxDigits: 2), e1 < limit else { return nil }
        if s[e1] == "月" {
            guard (1...12).contains(a) else { return nil }
            guard let (d, e2) = number(s, at: e1 + 1, limit: limit, maxDigits: 2), e2 < limit, s[e2] == "日" || s[e2] == "号",
                (1...31).contains(d)
            else {
                return nil
            }
            return ((year, a, d), e2 + 1)
        }
        if s[e1] == "日", year == nil, (1...31).contains(a) { return ((nil, nil, a), e1 + 1) }
        return nil
    }

    /// A number of at most `maxDigits` digits, or a Chinese numeral up to 99 (十一, 二十三), at `i`.
    static func number(_ s: [Unicode.Scalar], at i: Int, limit: Int, maxDigits: Int) -> (Int, Int)? {
        var k = i
        var value = 0
        while k < limit, k - i < maxDigits, let d = CharacterClasses.digitValue(s[k]) {
            value = value * 10 + d
            k += 1
        }
        if k > i { return (k < limit && CharacterClasses.digitValue(s[k]) != nil) ? nil : (value, k) }
        // Chinese numerals: 十, 十一, 二十, 二十三, 三十一, 五.
        var total = 0
        var current = 0
        var sawTen = false
        while k < limit, k - i < 4, let d = CharacterClasses.chineseDigitValue(s[k]) {
            if d == 10 {
                if sawTen { return nil }
                total += (current == 0 ? 1 : current) * 10
                current = 0
                sawTen = true
            } else {
                current = current * 10 + d
            }
            k += 1
        }
        guard k > i else { return nil }
        return (total + current, k)
    }
}
