/// Cuts page text into trimmed non-empty lines and classifies them.
enum PageReader {
    /// The classified non-empty lines of `text`, with 1-based line numbers and blank-line gaps.
    ///
    /// Lines end at LF, CR LF, CR, NEL, LS or PS. Leading and trailing white space (ideographic
    /// indentation included) is trimmed.
    ///
    /// - Complexity: O(n).
    static func blocks(in text: String, classifier: BlockClassifier) -> [PageBlock] {
        let scalars = Array(text.unicodeScalars)
        var blocks: [PageBlock] = []
        var line = 1
        var blanks = 0
        var start = 0
        var k = 0
        func flush(_ end: Int) {
            var lo = start
            var hi = end
            while lo < hi, CharacterClasses.isSpace(scalars[lo]) { lo += 1 }
            while hi > lo, CharacterClasses.isSpace(scalars[hi - 1]) { hi -= 1 }
            if lo == hi {
                blanks += 1
            } else {
                let gap = blocks.isEmpty ? 0 : blanks
                blocks.append(classifier.classify(Array(scalars[lo..<hi]), line: line, blanksBefore: gap))
                blanks = 0
            }
        }
        while k < scalars.count {
            let c = scalars[k]
            if CharacterClasses.isNewline(c) {
                flush(k)
                if c == "\r", k + 1 < scalars.count, scalars[k + 1] == "\n" { k += 1 }
                line += 1
                start = k + 1
            }
            k += 1
        }
        if start < scalars.count { flush(scalars.count) }
        return blocks
    }
}
