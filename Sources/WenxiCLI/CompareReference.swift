import Foundation
import Wenxi

/// `wenxi compare --reference`: the keyness of the corpus, and of each article, against a reference
/// corpus the user names.
struct CompareReference: Encodable {
    /// One side of the comparison: its size and its key terms.
    struct Side: Encodable {
        var path: String?
        var article: Int?
        var title: String?
        var words: Int
        var keyness: [ReferenceKeyness]
    }

    var referenceInputs: [String]
    var referenceWords: Int
    var corpus: Side
    var articles: [Side]

    enum CodingKeys: String, CodingKey {
        case referenceInputs = "reference_inputs", referenceWords = "reference_words", corpus, articles
    }

    /// Compares `target` with `reference` (the two analysed together, so that both join the same
    /// compounds), keeping the `top` terms of each list.
    init(target: [CorpusDocument], reference: [CorpusDocument], referenceInputs: [String], top: Int, underused: Bool) {
        func cut(_ list: [ReferenceKeyness]) -> [ReferenceKeyness] { top > 0 ? Array(list.prefix(top)) : list }
        self.referenceInputs = referenceInputs
        referenceWords = reference.reduce(0) { $0 + $1.wordCount }
        corpus = Side(words: target.reduce(0) { $0 + $1.wordCount },
                      keyness: cut(ReferenceKeyness.compare(target, against: reference, underused: underused)))
        articles = target.map { document in
            Side(path: document.path, article: document.article, title: document.title, words: document.wordCount,
                 keyness: cut(ReferenceKeyness.compare([document], against: reference, underused: underused)))
        }
    }

    /// Markdown: one table for the corpus, one for each article.
    func markdown() -> String {
        var out = "# Keyness against the reference\n\nReference: \(referenceInputs.joined(separator: ", ")) (\(referenceWords) words).\n"
        out += "Significant: p < 0.05 after Bonferroni's correction over the terms tested.\n\n"
        out += "## The corpus (\(corpus.words) words)\n\n" + CompareReference.table(corpus.keyness)
        for side in articles {
            out += "\n## \(side.path ?? "-") \(side.article ?? 0) \(MarkdownEscape.inline(side.title ?? "")) (\(side.words) words)\n\n"
            out += CompareReference.table(side.keyness)
        }
        return out
    }

    static func table(_ rows: [ReferenceKeyness]) -> String {
        var out = "| term | count | reference | G² | p | Log Ratio | %DIFF | significant |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n"
        for row in rows {
            let k = row.keyness
            out += "| \(MarkdownEscape.cell(k.term)) | \(k.targetCount) | \(k.referenceCount) | \(FixedFormat.fixed(k.logLikelihood, 2)) "
            out += "| \(String(format: "%.2g", k.pValue)) | \(FixedFormat.fixed(k.logRatio, 2)) "
            out += "| \(row.percentDiff.map { FixedFormat.fixed($0, 1) } ?? "∞") | \(row.significant ? "yes" : "no") |\n"
        }
        return out
    }
}
