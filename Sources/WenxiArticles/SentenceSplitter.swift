import WenxiText

/// One sentence of a text, with code point offsets into it (end exclusive).
public struct Sentence: Sendable, Hashable, Codable {
    /// The sentence, without surrounding white space.
    public var text: String
    /// Offset of the first code point.
    public var start: Int
    /// Offset after the last code point.
    public var end: Int

    /// Creates a sentence.
    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}

/// Splits text into sentences at 。！？ and …… (also ! ? and ⋯).
///
/// - Closing quotes and brackets right after a sentence end stay with that sentence
///   (他说：“好。” | 随后…).
/// - A quotation spanning several sentences stays one sentence: inside “…” ‘…’ 「…」 『…』 (and
///   straight "…") a sentence end does not split; the sentence ends after the closing quote when
///   the quotation itself ended with a sentence mark.
/// - A line break always ends a sentence and resets the quotation depth, so an unbalanced quote
///   cannot swallow more than its paragraph.
/// - White space around sentences is left out; empty sentences are not reported.
///
/// - Complexity: O(n).
public struct SentenceSplitter: Sendable {
    /// Creates a splitter.
    public init() {}

    /// The sentences of `text`, with code point offsets into `text`.
    public func sentences(in text: String) -> [Sentence] {
        let scalars = Array(text.unicodeScalars)
        return ranges(in: scalars).map { Sentence(text: scalars.string($0), start: $0.lowerBound, end: $0.upperBound) }
    }

    /// The sentence ranges of `scalars`, as code point offsets.
    public func ranges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var depth = 0
        var straightOpen = false
        var k = 0
        let n = scalars.count

        func emit(_ end: Int) {
            var lo = start
            var hi = end
            while lo < hi, CharacterClasses.isSpace(scalars[lo]) || CharacterClasses.isNewline(scalars[lo]) { lo += 1 }
            while hi > lo, CharacterClasses.isSpace(scalars[hi - 1]) || CharacterClasses.isNewline(scalars[hi - 1]) { hi -= 1 }
            if lo < hi { result.append(lo..<hi) }
            start = end
        }
        /// Consumes sentence marks and closers after position `k`; returns the end of the sentence.
        func tail(from k: Int) -> Int {
            var e = k
            while e < n {
                let c = scalars[e]
                if CharacterClasses.isSentenceTerminator(c) {
                    e += 1
                } else if CharacterClasses.isCloser(c) {
                    if CharacterClasses.isClosingQuote(c) { depth = max(0, depth - 1) }
                    e += 1
                } else if c == "\"", straightOpen {
                    straightOpen = false
                    e += 1
                } else {
                    break
                }
            }
            return e
        }

        while k < n {
            let c = scalars[k]
            if CharacterClasses.isNewline(c) {
                emit(k)
                depth = 0
                straightOpen = false
                k += 1
                continue
            }
            if CharacterClasses.isOpeningQuote(c) {
                depth += 1
            } else if CharacterClasses.isClosingQuote(c) {
                if depth > 0 {
                    depth -= 1
                    if depth == 0, !straightOpen, k > 0, CharacterClasses.isSentenceTerminator(scalars[k - 1]) {
                        let e = tail(from: k + 1)
                        emit(e)
                        k = e
                        continue
                    }
                }
            } else if c == "\"" {
                straightOpen.toggle()
                if !straightOpen, depth == 0, k > 0, CharacterClasses.isSentenceTerminator(scalars[k - 1]) {
                    let e = tail(from: k + 1)
                    emit(e)
                    k = e
                    continue
                }
            } else if CharacterClasses.isSentenceTerminator(c), depth == 0, !straightOpen {
                let e = tail(from: k + 1)
                emit(e)
                k = e
                continue
            }
            k += 1
        }
        emit(n)
        return result
    }
}
