import WenxiText

/// Finds a paragraph printed out of place: the last paragraph of an article that in fact
/// continues the next article, which ends in the middle of a sentence (a layout that ran the end of
/// one story into the column before it). The paragraph is moved to the end of the article it
/// continues, and both articles record the move in their repairs.
///
/// Two signs must agree, its broken ends and its topic:
/// - the next article's last paragraph ends mid-sentence (，、 or no closing punctuation);
/// - the paragraph's vocabulary is that of the next article: the cosine of its Han character
///   bigrams with the next article's text is at least ``minimumSimilarity`` and at least
///   ``minimumAdvantage`` times its cosine with the rest of its own article.
///
/// Bigrams need no segmentation and carry topic well in Chinese news (知识/产权/信用/失信 …).
struct StrayParagraphs: Sendable {
    /// The least cosine with the article it would join: below, the shared words are chance.
    static let minimumSimilarity = 0.15
    /// How many times closer to the next article than to its own the paragraph must be: a
    /// paragraph that belongs where it is shares its own article's words.
    static let minimumAdvantage = 2.0

    let judge: BreakJudge

    /// `articles` with each stray paragraph moved to the article it continues.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    func relocate(_ articles: [Article]) -> [Article] {
        var result = articles
        for i in result.indices.dropLast() {
            let next = i + 1
            guard result[i].paragraphs.count >= 2, let stray = result[i].paragraphs.last,
                  let end = result[next].paragraphs.last,
                  [.open, .continuing].contains(judge.end(of: Array(end.unicodeScalars))) else { continue }
            let own = StrayParagraphs.bigrams(result[i].paragraphs.dropLast().joined())
            let other = StrayParagraphs.bigrams(result[next].text)
            let words = StrayParagraphs.bigrams(stray)
            let toOther = StrayParagraphs.cosine(words, other), toOwn = StrayParagraphs.cosine(words, own)
            guard toOther >= StrayParagraphs.minimumSimilarity, toOther >= StrayParagraphs.minimumAdvantage * toOwn else { continue }
            move(&result, from: i, to: next, similarity: (toOther, toOwn))
        }
        return result
    }

    /// Moves the last paragraph of `result[from]` onto the end of `result[to]`'s last paragraph.
    func move(_ result: inout [Article], from: Int, to: Int, similarity: (Double, Double)) {
        guard let stray = result[from].paragraphs.popLast(), !result[to].paragraphs.isEmpty else { return }
        let line = result[from].source.lastLine
        let last = result[to].paragraphs.count - 1
        result[to].paragraphs[last] += stray
        let description = "line \(line): the last paragraph of article \(result[from].index) continues article "
            + "\(result[to].index), which ended mid-sentence; moved there (bigram cosine "
            + FixedDecimal.text(similarity.0) + " with it, " + FixedDecimal.text(similarity.1) + " with its own article)"
        let repair = Repair(kind: .movedStrayParagraph, firstLine: line, lastLine: line, description: description,
                            left: String(String.UnicodeScalarView(stray.unicodeScalars.prefix(8))))
        result[from].repairs.append(repair)
        result[to].repairs.append(repair)
        if judge.end(of: Array(result[to].paragraphs[last].unicodeScalars)) == .sentence {
            result[to].warnings.removeAll { $0.hasPrefix("ends in the middle of a sentence") }
        }
    }

    /// Counts of adjacent Han character pairs.
    static func bigrams(_ text: String) -> [UInt64: Int] {
        var counts: [UInt64: Int] = [:]
        var previous: UInt32?
        for scalar in text.unicodeScalars {
            guard scalar.properties.isIdeographic else {
                previous = nil
                continue
            }
            if let previous { counts[UInt64(previous) << 32 | UInt64(scalar.value), default: 0] += 1 }
            previous = scalar.value
        }
        return counts
    }

    /// The cosine of two count vectors (0 when either is empty).
    static func cosine(_ a: [UInt64: Int], _ b: [UInt64: Int]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var dot = 0.0
        for (key, x) in a { if let y = b[key] { dot += Double(x * y) } }
        let na = a.values.reduce(0.0) { $0 + Double($1 * $1) }, nb = b.values.reduce(0.0) { $0 + Double($1 * $1) }
        return dot / (na.squareRoot() * nb.squareRoot())
    }
}

/// Two decimals, without Foundation.
enum FixedDecimal {
    static func text(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
