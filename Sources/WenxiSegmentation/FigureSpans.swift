import WenxiText

/// Finds the stretches of folded text that the segmenter keeps whole as figures.
///
/// A figure span is an optional 第 or sign, a numeral (Arabic digits with decimal point and
/// thousands separators, or Chinese numerals in any form, with 点 for a decimal point and 分之 for
/// fractions) extended by magnitudes (万, 亿, 5万4千6百), 几, an approximation (多, 余), and closed
/// by at most one unit: %, ‰, a measure word (个, 家, 项, 支, 条, 名, 元, 岁 ...), a
/// multi-character unit (平方米, 公里, 美元 ...), or a date or time unit. Date and time units
/// chain (1995年10月, 11月4日, 15时30分, 15:30). 百分之 joins the numeral after it. Nouns
/// such as 人 are not units here: 5000多人 is 5000多 + 人.
///
/// Chinese numerals are also ordinary word parts (一些, 统一, 万一, 一直), so a span made only of
/// Chinese numerals must hold two numeral characters, or a unit, magnitude or approximation; and
/// where the lexicon has a longer word starting at the same place (十八大, 一个人), the lexicon
/// decides instead. Runs of —— and …… are also returned, so they stay whole.
enum FigureSpans {
    /// The figure spans of `text`, in order, not overlapping.
    ///
    /// - Complexity: O(*n* · *m*), *m* the longest unit or lexicon word, only at numerals.
    static func spans(in text: UnsafeBufferPointer<UInt32>, lexicon: Lexicon.Storage) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let n = text.count
        var i = 0
        while i < n {
            let c = text[i]
            if c == 0x2014 || c == 0x2026 {  // — …
                var j = i + 1
                while j < n, text[j] == c { j += 1 }
                if j - i >= 2 { result.append(i..<j) }
                i = j
                continue
            }
            if isStart(c), let end = figure(at: i, in: text, lexicon: lexicon) {
                result.append(i..<end)
                i = end
                continue
            }
            i += 1
        }
        return result
    }

    @inline(__always) static func isArabic(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) static func isLatin(_ c: UInt32) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

    @inline(__always) private static func isStart(_ c: UInt32) -> Bool {
        isArabic(c) || ChineseNumeral.isDigit(c) || c == 0x5341 || c == 0x7B2C || c == 0x2D || c == 0x2B || c == 0x767E
        // digits, 十, 第, -, +, 百(分之)
    }

    private static let measureWords: Set<UInt32> = Set(
        "个位名家项支条件台辆架艘座所栋套间张本册部篇份封批种类次回轮场届期例宗户头匹只棵株块片根枚颗粒双对副群队组层级倍岁周天元角吨斤亩米克升度款首"
            .unicodeScalars.map(\.value))
    private static let units: [[UInt32]] = [
        "平方公里", "平方千米", "立方米", "平方米", "万千瓦", "千瓦时", "公里", "千米", "厘米", "毫米", "公斤", "千克",
        "公顷", "千瓦", "兆瓦", "美元", "欧元", "港元", "日元", "英镑", "卢布", "澳元", "人民币", "周年", "小时",
        "分钟", "个月", "多个", "余个", "亿元", "万元",
    ].map { $0.unicodeScalars.map(\.value) }.sorted { $0.count > $1.count }

    private static let year: UInt32 = 0x5E74, month: UInt32 = 0x6708, day: UInt32 = 0x65E5, dayNumber: UInt32 = 0x53F7
    private static let hour: UInt32 = 0x65F6, minute: UInt32 = 0x5206, second: UInt32 = 0x79D2
    private static let point: UInt32 = 0x70B9, ji: UInt32 = 0x51E0, duo: UInt32 = 0x591A, yu: UInt32 = 0x4F59
    private static let di: UInt32 = 0x7B2C, zhi: UInt32 = 0x4E4B, bai: UInt32 = 0x767E

    /// The end of the figure starting at `start`, or `nil`.
    private static func figure(at start: Int, in text: UnsafeBufferPointer<UInt32>, lexicon: Lexicon.Storage) -> Int? {
        let n = text.count
        var i = start
        var chinese = 0, arabic = 0, extras = 0
        if start > 0, isLatin(text[start - 1]) || isArabic(text[start - 1]) { return nil }
        // Prefixes.
        if text[i] == di { i += 1 }
        else if text[i] == 0x2D || text[i] == 0x2B {
            guard i + 1 < n, isArabic(text[i + 1]) else { return nil }
            if start > 0, CharacterClass.of(text[start - 1]) == .digit { return nil }
            i += 1
        } else if text[i] == bai {
            guard i + 3 < n, text[i + 1] == minute, text[i + 2] == zhi else { return nil }
            i += 3
            extras += 1
        }
        // The numeral with its magnitudes.
        func numeral(_ k: inout Int) -> Bool {
            let begin = k
            while k < n {
                let c = text[k]
                if isArabic(c) {
                    k += 1
                    arabic += 1
                    while k + 1 < n, (text[k] == 0x2E || text[k] == 0x2C), isArabic(text[k + 1]), isArabic(text[k - 1]) {
                        k += 1
                    }
                } else if ChineseNumeral.isDigit(c) {
                    k += 1
                    chinese += 1
                } else if ChineseNumeral.isMagnitude(c), k > begin || c == 0x5341 {
                    k += 1
                    chinese += 1
                } else if c == ji, k > begin {
                    k += 1
                    extras += 1
                } else if c == point, k > begin, k + 1 < n, ChineseNumeral.isDigit(text[k + 1]), ChineseNumeral.isNumeral(text[k - 1]) {
                    k += 1
                } else if c == minute, k > begin, k + 2 < n, text[k + 1] == zhi, ChineseNumeral.isNumeral(text[k + 2]) || isArabic(text[k + 2]) {
                    k += 2
                    extras += 1
                } else {
                    break
                }
            }
            return k > begin
        }
        guard numeral(&i) else { return nil }
        if i < n, isLatin(text[i]) { return nil }  // 5G, 3D: a model name, ICU keeps it
        // Approximation, then one unit, with date and time chains.
        if i < n, text[i] == duo || text[i] == yu { i += 1; extras += 1 }
        if i < n {
            let c = text[i]
            if c == 0x25 || c == 0x2030 {
                i += 1; extras += 1
            } else if c == year || c == month || c == hour {
                i += 1; extras += 1
                var unit = c
                while true {
                    let nextUnits: [UInt32] = unit == year ? [month] : unit == month ? [day, dayNumber] : unit == hour ? [minute] : unit == minute ? [second] : []
                    guard !nextUnits.isEmpty else { break }
                    var k = i
                    guard numeral(&k), k < n, nextUnits.contains(text[k]) else { break }
                    unit = text[k]
                    i = k + 1
                }
            } else if c == 0x3A, arabic > 0, i + 2 < n, isArabic(text[i + 1]), isArabic(text[i + 2]), i + 3 >= n || !isArabic(text[i + 3]) {
                i += 3; extras += 1  // 15:30
            } else if let unit = units.first(where: { matches($0, text, i) }) {
                i += unit.count; extras += 1
            } else if measureWords.contains(c) || c == day || c == dayNumber || c == minute || c == second {
                i += 1; extras += 1
            }
        }
        if arabic == 0 {
            guard chinese >= 2 || extras > 0 else { return nil }
            // A longer lexicon word at the same place decides instead (十八大, 一个人).
            if longestWord(at: start, in: text, lexicon: lexicon) > i - start { return nil }
        }
        return i
    }

    private static func matches(_ unit: [UInt32], _ text: UnsafeBufferPointer<UInt32>, _ at: Int) -> Bool {
        guard at + unit.count <= text.count else { return false }
        for k in 0..<unit.count where text[at + k] != unit[k] { return false }
        return true
    }

    private static func longestWord(at start: Int, in text: UnsafeBufferPointer<UInt32>, lexicon: Lexicon.Storage) -> Int {
        var hash = Lexicon.Storage.basis
        var longest = 0
        var e = start
        while e < text.count, e - start < lexicon.maximumWordLength {
            hash = Lexicon.Storage.step(hash, text[e])
            guard let index = lexicon.find(text, start, e + 1, hash: hash) else { break }
            if lexicon.frequency(index) > 0 { longest = e + 1 - start }
            e += 1
        }
        return longest
    }
}
