import WenxiText

/// Decides whether a paragraph break falls inside a sentence or a word.
///
/// The lexicon is asked (through `isWord`) only about strings of 2–4 Han characters around the
/// break, so a join decision costs at most a dozen lookups.
struct BreakJudge: Sendable {
    /// How a paragraph ends.
    enum End: Equatable {
        /// 。！？… possibly followed by closing quotes or brackets.
        case sentence
        /// ：；—— : the paragraph introduces what follows.
        case leadIn
        /// ，、 or an opening quote or bracket: the sentence obviously goes on.
        case continuing
        /// A character, digit or closing quote without a sentence end before it.
        case open
    }

    let isWord: @Sendable (String) -> Bool

    func end(of s: [Unicode.Scalar]) -> End {
        guard !s.isEmpty else { return .sentence }
        var k = s.count - 1
        while k > 0, CharacterClasses.isCloser(s[k]) { k -= 1 }
        let c = s[k]
        if CharacterClasses.isSentenceTerminator(c) { return .sentence }
        if CharacterClasses.isLeadInPunctuation(c) { return .leadIn }
        if k == s.count - 1, CharacterClasses.isContinuingPunctuation(c) { return .continuing }
        return .open
    }

    /// A lexicon word of 2–4 Han characters that spans the break between `a` and `b`, shortest first.
    func spanningWord(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> String? {
        let left = trailingHan(a, max: 3)
        let right = leadingHan(b, max: 3)
        guard !left.isEmpty, !right.isEmpty else { return nil }
        for length in 2...4 {
            for i in stride(from: min(left.count, length - 1), through: 1, by: -1) {
                let j = length - i
                guard j >= 1, j <= right.count else { continue }
                let candidate = Array(left.suffix(i)) + Array(right.prefix(j))
                let word = candidate.string
                if isWord(word) { return word }
            }
        }
        return nil
    }

    /// No lexicon word of 2–4 characters ends exactly at the end of `a` (its last character is
    /// left over, like 推 in …切实推).
    func danglingEnd(_ a: [Unicode.Scalar]) -> Bool {
        let left = trailingHan(a, max: 4)
        guard !left.isEmpty else { return false }
        if left.count == 1 { return true }
        for n in 2...left.count where isWord(Array(left.suffix(n)).string) { return false }
        return true
    }

    /// No lexicon word of 2–4 characters starts exactly at the start of `b` (进 in 进专委会…).
    func danglingStart(_ b: [Unicode.Scalar]) -> Bool {
        let right = leadingHan(b, max: 4)
        guard !right.isEmpty else { return false }
        if right.count == 1 { return true }
        for n in 2...right.count where isWord(Array(right.prefix(n)).string) { return false }
        return true
    }

    /// Whether to join `a` and `b`, and why. `aIsRunning`: `a` is running text (too long for a
    /// title, or with a sentence end inside); `bIsTitleLike`: `b` could be a title or heading.
    func joinReason(_ a: [Unicode.Scalar], aIsRunning: Bool, _ b: [Unicode.Scalar], bIsTitleLike: Bool)
        -> (Repair.JoinReason, String?)?
    {
        guard let first = b.first, !CharacterClasses.isSpace(first) else { return nil }
        switch end(of: a) {
        case .sentence, .leadIn:
            return nil
        case .continuing:
            return (.punctuation, nil)
        case .open:
            let word = spanningWord(a, b)
            if aIsRunning {
                if let word { return (.word, word) }
                return bIsTitleLike ? nil : (.sentence, nil)
            }
            if let word, danglingEnd(a) || danglingStart(b) { return (.word, word) }
            return nil
        }
    }

    private func trailingHan(_ a: [Unicode.Scalar], max n: Int) -> [Unicode.Scalar] {
        var k = a.count
        while k > 0, a.count - k < n, CharacterClasses.isHan(a[k - 1]) { k -= 1 }
        return Array(a[k...])
    }

    private func leadingHan(_ b: [Unicode.Scalar], max n: Int) -> [Unicode.Scalar] {
        var k = 0
        while k < b.count, k < n, CharacterClasses.isHan(b[k]) { k += 1 }
        return Array(b[..<k])
    }
}
