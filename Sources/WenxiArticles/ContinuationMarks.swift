import WenxiText

/// Finds and removes continuation marks: （上接第一版） （下转第二版） （转A2版） 转第3版 …
///
/// Shape: `[（(] [上|下|紧|回]? (接|转) 第? PAGE 版 [。]? [）)]`, where PAGE is 1–4 digits, Chinese
/// numerals or a Latin letter with digits (A2). A bracketed mark is removed wherever it stands; an
/// unbracketed one only at the very start or end of a line, so that running text that happens to
/// contain 转…版 is left alone.
///
/// - Complexity: O(n) in the line length: each 版 is checked against a bounded window.
enum ContinuationMarks {
    /// One mark found in a line.
    struct Mark: Equatable {
        enum Direction: Equatable {
            /// 上接 / 接 / 紧接 / 回接: the text after the mark continues an article begun elsewhere.
            case from
            /// 下转 / 转: the article continues elsewhere.
            case to
        }
        var range: Range<Int>
        var direction: Direction
        var text: String
    }

    /// The marks in `s`, in order, not overlapping.
    static func find(in s: [Unicode.Scalar]) -> [Mark] {
        var marks: [Mark] = []
        var k = 0
        while k < s.count {
            defer { k += 1 }
            guard s[k] == "版" else { continue }
            // Page token before 版.
            var p = k - 1
            while p >= 0, k - p <= 4, isPageCharacter(s[p]) { p -= 1 }
            guard p < k - 1 else { continue }
            if p >= 0, s[p] == "第" { p -= 1 }
            guard p >= 0, s[p] == "接" || s[p] == "转" else { continue }
            var start = p
            if p >= 1, s[p - 1] == "上" || s[p - 1] == "下" || s[p - 1] == "紧" || s[p - 1] == "回" { start = p - 1 }
            let direction: Mark.Direction = s[p] == "接" ? .from : (start < p && s[start] == "上" ? .from : .to)
            var end = k + 1
            if end < s.count, s[end] == "。" || s[end] == "." { end += 1 }
            let bracketed = start >= 1 && (s[start - 1] == "（" || s[start - 1] == "(")
                && end < s.count && (s[end] == "）" || s[end] == ")")
            if bracketed {
                start -= 1
                end += 1
            } else {
                let atStart = s[..<start].allSatisfy { CharacterClasses.isSpace($0) }
                let atEnd = s[end...].allSatisfy { CharacterClasses.isSpace($0) }
                guard atStart || atEnd else { continue }
            }
            if let last = marks.last, last.range.upperBound > start { continue }
            marks.append(Mark(range: start..<end, direction: direction, text: s.string(start..<end)))
            k = end - 1
        }
        return marks
    }

    /// `s` without the given marks, with the white space around each removed mark trimmed at the
    /// ends of the line.
    static func remove(_ marks: [Mark], from s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard !marks.isEmpty else { return s }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        for m in marks {
            out.append(contentsOf: s[i..<m.range.lowerBound])
            i = m.range.upperBound
        }
        out.append(contentsOf: s[i...])
        var lo = 0
        var hi = out.count
        while lo < hi, CharacterClasses.isSpace(out[lo]) { lo += 1 }
        while hi > lo, CharacterClasses.isSpace(out[hi - 1]) { hi -= 1 }
        return Array(out[lo..<hi])
    }

    private static func isPageCharacter(_ c: Unicode.Scalar) -> Bool {
        CharacterClasses.digitValue(c) != nil || CharacterClasses.chineseDigitValue(c) != nil
            || ("A"..."Z").contains(c) || ("a"..."z").contains(c)
    }
}
