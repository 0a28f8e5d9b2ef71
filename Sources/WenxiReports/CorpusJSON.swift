import WenxiText

/// corpus.json written a piece at a time: the same bytes as ``ReportWriter/json(_:)`` gives the
/// whole ``CorpusReport``, but each article's entry, each row of the term table and each shared
/// entity is encoded on its own and handed to the sink at once.
///
/// The JSON encoder builds a tree of the whole value before it prints it; for the corpus report
/// that tree grows with the corpus (its articles' figures, keyness and neighbours: 19 MB of JSON
/// for 2,088 articles, a tree several times that), and the file's text with it. Piece by piece,
/// neither is held: memory holds one entry's tree.
enum CorpusJSON {
    /// Hands the file's text to `sink` in pieces, in order; their concatenation is the file. The
    /// figures and keyness of articles past the compared ones come from `shelved` when the report
    /// does not hold them (``CorpusReport/figuresElsewhere``, ``CorpusReport/keynessElsewhere``);
    /// the first that cannot be had is returned (its article then lists none).
    @discardableResult
    static func write(_ corpus: CorpusReport, shelved: ShelvedEntries = .none, to sink: (String) -> Void) -> ShelfError? {
        var failure: ShelfError?
        func shelf<Entry>(_ entry: Result<Entry, ShelfError>, else empty: Entry) -> Entry {
            switch entry {
            case .success(let value): return value
            case .failure(let error):
                if failure == nil { failure = error }
                return empty
            }
        }
        func article(_ i: Int) -> CorpusArticle {
            var article = corpus.articles[i]
            guard corpus.figuresElsewhere, i >= CorpusReport.comparisonLimit else { return article }
            article.figures = shelf(shelved.figures(i), else: [])
            return article
        }
        func keyness(_ i: Int) -> ArticleKeyness {
            guard corpus.keynessElsewhere, i >= CorpusReport.comparisonLimit else { return corpus.keyness[i] }
            return shelf(shelved.keyness(i), else: ArticleKeyness(slug: corpus.articles[i].slug, terms: []))
        }
        var first = true
        // Members in the encoder's order (keys by UTF-8 bytes); nil ones are left out, as it does.
        func member(_ key: String, _ write: () -> Void) {
            sink((first ? "{\n  " : ",\n  ") + "\"\(key)\" : ")
            first = false
            write()
        }
        let keynessCount = corpus.keynessElsewhere ? corpus.articles.count : corpus.keyness.count
        member("articles") { array(count: corpus.articles.count, article, level: 1, to: sink) }
        if let dispersion = corpus.dispersion { member("dispersion") { value(dispersion, level: 1, to: sink) } }
        member("generator") { value(corpus.generator, level: 1, to: sink) }
        member("inputs") { array(corpus.inputs, level: 1, to: sink) }
        member("keyness") { array(count: keynessCount, keyness, level: 1, to: sink) }
        member("nearest") { array(corpus.nearest, level: 1, to: sink) }
        member("shared_entities") { array(corpus.sharedEntities, level: 1, to: sink) }
        member("similarity") { array(corpus.similarity, level: 1, to: sink) }
        member("skipped") { array(corpus.skipped, level: 1, to: sink) }
        member("terms") { termTable(corpus.terms, level: 1, to: sink) }
        if let trends = corpus.trends { member("trends") { value(trends, level: 1, to: sink) } }
        sink("\n}\n")
        return failure
    }

    /// The term table, row by row (``TermTable``'s keys: counts, per_10k, terms).
    static func termTable(_ table: TermTable, level: Int, to sink: (String) -> Void) {
        let indent = String(repeating: "  ", count: level + 1)
        sink("{\n\(indent)\"counts\" : ")
        array(table.counts, level: level + 1, to: sink)
        sink(",\n\(indent)\"per_10k\" : ")
        array(table.perTenThousand, level: level + 1, to: sink)
        sink(",\n\(indent)\"terms\" : ")
        array(table.terms, level: level + 1, to: sink)
        sink("\n" + String(repeating: "  ", count: level) + "}")
    }

    /// An array whose opening bracket stands at nesting `level`, one element at a time.
    static func array<T: Encodable>(_ items: [T], level: Int, to sink: (String) -> Void) {
        array(count: items.count, { items[$0] }, level: level, to: sink)
    }

    /// The same for `count` elements made one at a time by `item`.
    static func array<T: Encodable>(count: Int, _ item: (Int) -> T, level: Int, to sink: (String) -> Void) {
        guard count > 0 else { return sink("[]") }
        let indent = String(repeating: "  ", count: level + 1)
        for k in 0..<count {
            sink((k == 0 ? "[\n" : ",\n") + indent)
            value(item(k), level: level + 1, to: sink)
        }
        sink("\n" + String(repeating: "  ", count: level) + "]")
    }

    /// One value at nesting `level`: the encoder's text, each line after the first indented by
    /// the level.
    static func value<T: Encodable>(_ item: T, level: Int, to sink: (String) -> Void) {
        // Encoding the report's plain values cannot fail (see ReportWriter.json).
        sink((try? JSONWriter.string(item, indent: level)) ?? "{}")
    }

    /// The whole file as one string, the entries left on the shelf from `shelved` (see
    /// ``write(_:shelved:to:)``).
    static func string(_ corpus: CorpusReport, shelved: ShelvedEntries = .none) -> String {
        var text = ""
        write(corpus, shelved: shelved) { text += $0 }
        return text
    }
}
