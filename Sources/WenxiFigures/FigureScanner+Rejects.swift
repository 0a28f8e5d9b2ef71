extension FigureScanner {
    /// Words after a short number that make it a hotline or service number.
    static let hotlineAfter = ["热线", "专线", "服务热线", "热线电话", "电话", "平台", "便民", "政务", "报警", "急救",
                               "举报", "投诉", "客服", "短信", "号码", "网站", "接警", "指挥中心", "服务台", "消费者"]
    /// Words before a short number that make it a phone number.
    static let hotlineBefore = ["拨打", "致电", "拨通", "呼叫", "热线", "电话", "号码", "打通", "拨"]
    /// Words right after digits that make them the name of a type, model, series or programme, not a count.
    static let designationWords = ["型", "式", "系列", "计划", "工程"]
    /// Organs named with 届 (十四届全国人大, 二十届三中全会): a session number, not a figure.
    static let sessionBodies = ["全国人大", "全国政协", "人大", "政协", "中央", "全会", "全国人民代表大会", "中共中央",
                                "中央委员会", "中央纪委", "中纪委", "全国委员会", "党代会", "省委", "市委", "县委"]

    /// Measure words that start place names with a small Chinese numeral (六尺巷, 三里屯, 五道口).
    static let placeUnits = "尺里道丈寸眼孔棵间"
    /// The last character of those place names: lanes, villages, passes, gullies, stockades, and the
    /// districts and counties named so (二道区, 九里区).
    static let placeSuffixes = "巷屯沟寨坊堡庄湾峡岭峰坡洼岗埠墩垭弄口区县"
    /// Place suffixes only after 里 (三里河, 十里铺, 五里店, 八里桥, 七里营), which after 间 or 道 could
    /// still count rooms or courses (三间店铺).
    static let liPlaceSuffixes = "河铺店桥营"
    /// What makes a river of 河 after a distance in 里 (十里河道, 百里河流): no place.
    static let riverTails = "道流水面床边岸畔滩堤谷"

    /// Place characters after a small Chinese numeral and 元 (三元里, 三元桥, 三元区): a name, not an amount.
    static let yuanPlaceSuffixes = "里桥区"
    /// What may follow those characters when 元 is money after all: 十元里面, 三元区间, 三元区域.
    static let yuanPlaceFalseTails = "面头程间域别分块"

    /// Whether a number with 元 names a place (三元里, 三元桥, 三元区): a Chinese numeral under ten
    /// and a ``yuanPlaceSuffixes`` character right after 元, unless another word goes on from it (十元里面).
    func yuanPlace(_ c: NumberContext) -> Bool {
        !c.num.startsArabic && c.num.value < 10 && c.approx == nil && isAny(c.unitEnd, Self.yuanPlaceSuffixes)
            && !isAny(c.unitEnd + 1, Self.yuanPlaceFalseTails) || binaryYuan(c)
    }

    /// What goes on after 元 when 二元 is two yuan after all (二元钱, 二元的票, 二元整, 二元左右).
    static let binaryYuanMoneyTails = "钱的整左以上多余每一人"

    /// 二元 before a word (二元结构, 二元经济, 二元对立): "dual", not two yuan, which news writes 2元 or 两元.
    func binaryYuan(_ c: NumberContext) -> Bool {
        c.num.end == c.num.start + 1 && ch(c.num.start) == 0x4E8C && c.approx == nil      // 二 alone
            && FigureCharacters.isHan(ch(c.unitEnd)) && !isAny(c.unitEnd, Self.binaryYuanMoneyTails)
    }

    /// Words that cannot follow a count with 个 when it counts things: adverbs and modals, which open
    /// the slogans named by a count (两个务必, 两个毫不动摇, 三个有利于, 五个必须, 两个始终). Bare 不 is left
    /// out: 三个不同的方案 counts plans.
    static let sloganOpeners = ["毫不", "务必", "必须", "有利于", "绝不", "决不", "坚决", "始终", "一定要"]

    /// Numerals inside names: a place (六尺巷, 三里屯, 五道口: a small Chinese numeral, a length or
    /// count unit, a place suffix) or a slogan counted in quotes (“两个覆盖”, “四下基层”). Such a
    /// reading is left out; returns where scanning resumes.
    func nameReject(_ r: Reading) -> Int? {
        // 一天天, 一步步: a doubled measure word says "gradually", it counts nothing.
        if ch(r.start) == 0x4E00, r.end - r.start == 2, ch(r.end) == ch(r.end - 1) {
            return r.end + 1
        }
        guard r.kind == .number, case .number(let v)? = r.value, v < 100, r.approximate == nil else { return nil }
        if let unit = r.unit, unit.unicodeScalars.count == 1, Self.placeUnits.contains(unit), isAny(r.end, Self.placeSuffixes),
           !(ch(r.end) == 0x53E3 && isAny(r.end + 1, "径罩语号头袋气岸碑子")),    // 口径, 口罩 are no place
           !(ch(r.end) == 0x533A && isAny(r.end + 1, "域别分间块")) {              // 区域, 区别 are no district
            return r.end + 1
        }
        if r.unit == "里", isAny(r.end, Self.liPlaceSuffixes), !(ch(r.end) == 0x6CB3 && isAny(r.end + 1, Self.riverTails)) {   // 河
            return r.end + 1
        }
        // 两个务必, 两个毫不动摇, 三个有利于: a classifier before an adverb or a modal counts no thing;
        // the count names a slogan. Small spelled counts only (三个 …, not 300个).
        if r.unit == "个", v <= 10, FigureCharacters.isChineseNumeral(ch(r.start)), atAny(r.end, Self.sloganOpeners) != nil {
            return r.end
        }
        // A short quoted phrase opening with the count: “两个覆盖”, 『三个必须』.
        if isAny(r.start - 1, "“‘「『\""), r.unit != nil {
            var k = r.end
            while k < n, k - r.end <= 6, !isAny(k, "”’」』\"，。；") { k += 1 }
            if k - r.end <= 6, isAny(k, "”’」』\"") { return k + 1 }
        }
        return nil
    }

    /// Shapes rejected before the number is read: five-year plans (十四五, "九五"规划) and 零下.
    func shapeReject(at i: Int) -> Int? {
        if at(i, "零下"), NumeralParser.startsNumber(s, at: i + 2) { return i + 2 }
        // 五卅: the digits before 廿, 卅 or 卌 name an event with them (五卅运动), no number.
        if FigureCharacters.tensValue(ch(i)) != nil, FigureCharacters.bits(ch(i - 1)) & FigureCharacters.chineseDigit != 0 {
            return i + 1
        }
        // 十一五 ... 十五五: 十, a digit, 五, and no numeral after.
        if ch(i) == 0x5341, isAny(i + 1, "一二三四五"), ch(i + 2) == 0x4E94, !FigureCharacters.isChineseNumeral(ch(i + 3)),
           !isAny(i + 3, "年个岁天倍") {
            return i + 3
        }
        if isAny(i, "七八九十"), ch(i + 1) == 0x4E94,
           atAny(i + 2, ["规划", "计划", "时期", "期间", "”", "\""]) != nil || isAny(i - 1, "“\"") {
            return i + 2
        }
        return nil
    }

    /// Chinese numerals that name things: congresses (十八大), sessions (十四届全国人大), plenums
    /// (三中全会), session numbers after an organ (人大二次会议), weekdays (周一).
    /// 3比1, 三比一, 99比1: two numbers joined by 比 are a score or a ratio, as with a colon: no figure. Where
    /// the pair ends (a unit after the second makes it no pair: 3比2.5倍), or nil.
    func ratioWithBi(_ num: ParsedNumber) -> Int? {
        guard ch(num.end) == 0x6BD4, !num.hasMultiplier || num.value < 100, NumeralParser.startsNumber(s, at: num.end + 1),   // 比
              let second = NumeralParser.parse(s, at: num.end + 1), second.upper == nil, !second.bareMultiplier,
              FigureLexicon.units.longestMatch(in: s, at: second.end) == nil, !isAny(second.end, "%％") else { return nil }
        return second.end
    }

    func chineseReject(_ num: ParsedNumber) -> Int? {
        let i = num.start
        let e = num.end
        if let end = ratioWithBi(num) { return end }
        if ch(e) == 0x5927 { return e + 1 }                               // 大
        if num.isLoneOne && isAny(i - 1, "这那每某另哪同其任唯之统逐万") { return e }     // 这一年, 每一天
        if ch(e) == 0x5C4A, ch(i - 1) != 0x7B2C {                          // 届 without 第
            if atAny(e + 1, Self.sessionBodies) != nil { return e + 1 }
            if FigureCharacters.isChineseNumeral(ch(e + 1)), at(e + 2, "中全会") || at(e + 2, "次全会") { return e + 1 }
        }
        if at(e, "中全会") { return e + 3 }
        if at(e, "次会议") || at(e, "次全体会议") || at(e, "次全会"),
           ["人大", "政协", "委会", "大会", "全会"].contains(where: { before(i, $0) }) {
            return e + 1
        }
        if ["周", "星期", "礼拜"].contains(where: { before(i, $0) }), !num.hasMultiplier, num.value >= 1, num.value <= 7 {
            var isDuration = false
            if let unit = FigureLexicon.units.longestMatch(in: s, at: e), case .duration = unit.value.unitClass { isDuration = true }
            if !isDuration { return e }                                     // 周三, 星期一 (but 每周三天)
        }
        if num.digitString, ch(e) != 0x5E74, ch(e) != 0x6298 { return e }  // 二〇二三 without 年 (but 七五折)
        return nil
    }

    /// Arabic numbers that are codes, phone numbers, hotlines, list markers or names.
    /// The end of the web address or e-mail address that holds the digits at `i` (https://www.gov.cn/2024/11/05/…,
    /// www.example.com/2024, abc2024@163.com), or nil: digits in an address are no figure. An address is a
    /// run of printable ASCII around `i` (at most ``addressReach`` characters back) that holds ://, starts
    /// with www., or holds @ with a dot after it.
    func webAddressReject(at i: Int) -> Int? {
        guard i > 0, Self.isAddressCharacter(ch(i - 1)) else { return nil }
        var start = i
        while start > 0, i - start < Self.addressReach, Self.isAddressCharacter(ch(start - 1)) { start -= 1 }
        var end = i
        while end < n, Self.isAddressCharacter(s[end]) { end += 1 }
        let token = text(start, end)
        let email = token.firstIndex(of: "@").map { token[$0...].contains(".") } ?? false
        guard token.contains("://") || token.lowercased().hasPrefix("www.") || email else { return nil }
        return end
    }

    /// How far back from a digit an address is looked for.
    static let addressReach = 256

    /// Printable ASCII other than the space: what a web or e-mail address is written in.
    @inline(__always) static func isAddressCharacter(_ c: UInt32) -> Bool { c > 0x20 && c < 0x7F }

    /// The colons between the two sides of a ratio or a score (7∶3, 2:1); ∶ is the ratio sign itself.
    static let ratioColons = ":：∶"
    /// Words before a pair of numbers with a colon that make it a score or a ratio even where it has the
    /// shape of a clock time (比分定格在21:19, 以2:1战胜, 男女比例为1:1), looked for within the clause.
    static let ratioWordsBefore = ["比分", "比例", "之比", "比值", "比数", "战成", "打成", "踢成", "以"]
    /// Words right after such a pair that make it a score or ratio (3:1战胜, 21:19的比分).
    static let ratioWordsAfter = ["的比分", "的总比分", "的比例", "的比值", "战胜", "击败", "获胜", "取胜", "告负", "负于",
                                  "落败", "胜出", "力克", "险胜", "大胜", "完胜", "领先", "落后", "逆转", "战平", "打平", "击退"]

    /// 7∶3, 2:1, 100:98, 1:10000: Arabic numbers joined by colons that are no clock time (``colonTime``: one
    /// or two digits up to 24, then two digits below 60), or that are one in a score's or ratio's words,
    /// are a ratio or a score: no figure (neither side is a count). Where the pair ends, or nil.
    func ratioEnd(_ num: ParsedNumber) -> Int? {
        guard isAny(num.end, Self.ratioColons), num.startsArabic, !num.hasMultiplier,
              let second = digitRun(at: num.end + 1, limit: 6) else { return nil }
        var end = second.end
        while isAny(end, Self.ratioColons), let more = digitRun(at: end + 1, limit: 6) { end = more.end }   // 3:2:1
        let clock = num.plainDigits >= 1 && num.plainDigits <= 2 && num.value <= 24 && ch(num.end) != 0x2236
            && second.count == 2 && second.value < 60 && !isAny(second.end, "∶")
        if clock && !ratioContext(start: num.start, end: end) { return nil }
        return end
    }

    /// Whether a word of ``ratioWordsBefore`` stands within the clause before `start` (at most six characters
    /// back; 以 only right before it) or one of ``ratioWordsAfter`` right at `end`.
    func ratioContext(start: Int, end: Int) -> Bool {
        if atAny(end, Self.ratioWordsAfter) != nil { return true }
        if ch(start - 1) == 0x4EE5 { return true }                                           // 以
        var k = start
        while k > 0, start - k <= 6, FigureCharacters.isHan(ch(k - 1)) {
            if Self.ratioWordsBefore.contains(where: { $0 != "以" && before(k, $0) }) { return true }
            k -= 1
        }
        return false
    }

    /// Currency codes written before an amount (USD 500, RMB2999): letters that are no model name.
    static let currencyCodes = ["USD", "EUR", "CNY", "HKD", "JPY", "GBP", "RMB"]

    /// Whether one of ``currencyCodes`` ends at `i` (or one space before it), not inside a longer Latin word.
    func currencyCodeBefore(_ i: Int) -> Bool {
        let end = ch(i - 1) == 0x20 ? i - 1 : i
        return Self.currencyCodes.contains { before(end, $0) } && !FigureCharacters.isLatin(ch(end - 4))
    }

    func arabicReject(_ num: ParsedNumber) -> Int? {
        let i = num.start
        let e = num.end
        let digits = num.plainDigits
        if let end = ratioEnd(num) ?? ratioWithBi(num) { return end }
        // Models and standards: GB/T 2260, C919, COVID-19, ISO 9001.
        if FigureCharacters.isLatin(ch(i - 1)) || (isAny(i - 1, "-/_.·－ ") && FigureCharacters.isLatin(ch(i - 2))) {
            if !isAny(e, "%％") && !currencyCodeBefore(i) { return skipCode(from: i) }
        }
        // 2023-12-05-01, 2024-001-0035, 12-34-56-78: three or more groups of digits joined by dashes that
        // are no date (dates in digits are read before) are a code, none of its groups a figure; two groups
        // (3-5, 10-12) stay a range or a score.
        if !isAny(i - 1, "-－"), dashedGroups(from: i) >= 3 { return skipCode(from: i) }
        // 010-12345678, 0755-8888888, 400-810-8888.
        if (digits == 3 || digits == 4), FigureCharacters.arabicValue(s[i]) == 0, isAny(e, "-－") {
            return skipCode(from: i)
        }
        if digits == 3, isAny(e, "-－"), at(i, "400") || at(i, "800") { return skipCode(from: i) }
        // (010)12345678, （0571）88888888: an area code in brackets before the number.
        if (digits == 3 || digits == 4), FigureCharacters.arabicValue(s[i]) == 0, isAny(i - 1, "(（"), isAny(e, ")）"),
           let local = digitRun(at: ch(e + 1) == 0x20 ? e + 2 : e + 1, limit: 9), local.count >= 7, local.count <= 8 {
            return local.end
        }
        // Long digit strings with nothing after them: phone numbers, ids, codes.
        if digits >= 7 {
            let unit = FigureLexicon.units.longestMatch(in: s, at: e)
            let multiplier = FigureCharacters.multiplierExponent(ch(e)) > 0
            if unit == nil && !multiplier && !isAny(e, "多余") { return skipCode(from: i) }
        }
        // 05/06/2024, 31/02/2024: a date with the year last in no order that leaves no doubt, or no valid
        // one (``yearLastDate`` read the others): no figure, not three numbers.
        if digits <= 2, let head = digitRun(at: i, limit: 3), yearLastParts(head, start: i) != nil { return skipCode(from: i) }
        // 1·2·3, 13·5: dotted digits that are no date (``eventDay``) are a code or a name.
        if isAny(e, Self.eventDateDots), FigureCharacters.isArabic(ch(e + 1)) { return skipCode(from: i) }
        if before(i, "双") && digits > 0 { return e }                                          // 双11
        if digits == 2 && ch(e) == 0x540E && !isAny(e + 1, "天年月") { return e + 1 }             // 80后, 00后
        if let marker = listMarkerBeforeDate(num) { return marker }
        // List markers: 1、 2. (3)
        if digits >= 1 && digits <= 2 {
            let lineStart = i == 0 || isAny(i - 1, "\n\r \t\u{3000}")
            if lineStart && (isAny(e, "、") || (isAny(e, ".．") && !FigureCharacters.isArabic(ch(e + 1)))) { return e + 1 }
            if isAny(i - 1, "(（") && isAny(e, ")）") { return e + 1 }
            let clauseStart = lineStart || isAny(i - 1, "。；;：:")
            if clauseStart && (isAny(e, "、") || (isAny(e, ".．") && !FigureCharacters.isArabic(ch(e + 1)))) { return e + 1 }
            // An answer key's run of markers: １．（１）２．（３）: a point after a closing bracket or before an opening one.
            if isAny(e, ".．"), isAny(i - 1, ")）") || isAny(e + 1, "(（") { return e + 1 }
        }
        // A number that is the whole of a quotation (“５８６”, “３２１”计划) names a thing.
        if digits >= 1 && digits <= 6, isAny(i - 1, "“\""), isAny(e, "”\"") { return e + 1 }
        // Designations: 伊尔96型, 2型糖尿病, 59式, 110系列, 863计划, 211工程 (a type, a model, a programme).
        if digits >= 1 && digits <= 4, let name = atAny(e, Self.designationWords) { return name }
        // Hotlines: 12345热线, 拨打110.
        if digits >= 3 && digits <= 6 {
            // 住宅电话4859部, 报警电话1752个: a number with a measure word after it counts phones or calls.
            var counted = isAny(e, "多余")
            if let unit = FigureLexicon.units.longestMatch(in: s, at: e), case .measure = unit.value.unitClass { counted = true }
            if atAny(e, Self.hotlineAfter) != nil || (!counted && Self.hotlineBefore.contains(where: { before(i, $0) })) { return e }
            if digits == 5, at(i, "12") || at(i, "95") || at(i, "96"),
               FigureLexicon.units.longestMatch(in: s, at: e) == nil, !isAny(e, "多余") {
                return e
            }
        }
        if digits >= 1 && digits <= 3 && ch(e) == 0x8DEF && !isAny(e + 1, "军人") { return e + 1 }  // 15路公交
        // Roads: 318国道, 国道318线, 省道103, G318 (the letter is a model's): designations, not counts.
        if digits >= 2 && digits <= 4, let road = atAny(e, ["国道", "省道", "县道", "线"]), !isAny(road, "路") { return road }
        if digits >= 2 && digits <= 4, atAny(i - 2, ["国道", "省道", "县道"]) == i { return atAny(e, ["线"]) ?? e }
        // Letters after: 5G, 3D, 4K (Latin units are read with the number).
        let k = ch(e) == 0x20 ? e + 1 : e
        if FigureCharacters.isLatin(ch(e)) || (ch(e) == 0x20 && FigureCharacters.isLatin(ch(k))) {
            if let m = FigureLexicon.latinUnitTrie.longestMatch(in: s, at: k),
               !FigureCharacters.isLatin(ch(m.end)), FigureCharacters.arabicValue(ch(m.end)) < 0 {
                return nil
            }
            if ch(e) == 0x20 { return nil }
            // 300EUR: a currency code after the amount (the unit reading checks no letter follows it).
            if Self.currencyCodes.contains(where: { at(e, $0) }), !FigureCharacters.isLatin(ch(e + 3)) { return nil }
            return skipCode(from: i)
        }
        return nil
    }

    /// The end of a list marker of one or two digits and a point (1. ２．) before a date, which the parser
    /// took for a decimal: 1.5月17日, 比热拉２．５月１９日 (a quiz's items run on), 3.2023年 (no one writes
    /// 1.5月 for a month and a half, nor a year's four digits as decimals before 年); a month without its
    /// day only where the marker opens a line or clause (1.5月份); nil otherwise.
    func listMarkerBeforeDate(_ num: ParsedNumber) -> Int? {
        let i = num.start
        guard num.hasDecimal, let head = digitRun(at: i, limit: 3), head.count <= 2, isAny(head.end, ".．"),
              let tail = digitRun(at: head.end + 1, limit: 5) else { return nil }
        let opens = i == 0 || isAny(i - 1, "\n\r \t\u{3000}。；;：:")
        let month = tail.count <= 2 && tail.value >= 1 && tail.value <= 12 && ch(tail.end) == 0x6708   // 月
        let dayAfter = month && digitRun(at: tail.end + 1, limit: 3).map { isAny($0.end, "日号") } == true
        let year = tail.count == 4 && tail.value >= 1900 && tail.value <= 2099 && ch(tail.end) == 0x5E74  // 年
        return (month && (opens || dayAfter)) || (year && opens) ? head.end + 1 : nil
    }

    /// The end of a code made of letters, digits and -, ., /, _.
    /// How many groups of Arabic digits joined by single dashes start at `i` (2023-12-05-01 → 4), counting at
    /// most four.
    func dashedGroups(from i: Int) -> Int {
        var groups = 0
        var k = i
        while groups < 4, let run = digitRun(at: k, limit: 9) {
            groups += 1
            guard isAny(run.end, "-－"), FigureCharacters.isArabic(ch(run.end + 1)) else { break }
            k = run.end + 1
        }
        return groups
    }

    func skipCode(from i: Int) -> Int {
        var k = i
        while k < n, FigureCharacters.isLatin(s[k]) || FigureCharacters.isArabic(s[k]) || isAny(k, "-/_.－·") {
            k += 1
        }
        return max(k, i + 1)
    }
}
