import WenxiArticles
import WenxiTerms
import WenxiText

extension Analyzer {
    /// Every article as the corpus tools read it: the term stage's tokens with entities whole and the
    /// compounds discovered across these articles joined, exactly as ``analyzeCorpus(_:options:phase:)``
    /// counts terms for keywords and keyness.
    ///
    /// - Complexity: O(*n*) in the total length, on `jobs` threads, beyond segmentation.
    public func corpusDocuments(_ articles: [Article], jobs: Int = 1) -> [CorpusDocument] {
        let tokens = ParallelWork.map(articles, jobs: jobs, batch: 1) { article -> [TermToken] in
            let entities = recognizer.mentions(in: article.text)
            return termExtractor.tokens(
                in: article.text, entities: entities.map { TermEntity(range: $0.start..<$0.end, type: $0.type.rawValue) })
        }
        var extractor = termExtractor
        if let discovery = try? TermDiscovery() {
            let compounds = discovery.compounds(in: tokens)
            let known = extractor.options.compounds.byFirstPart.values.flatMap { $0 }
            extractor.options.compounds = CompoundSet(parts: known + compounds.map(\.parts))
        }
        return ParallelWork.map(Array(zip(articles, tokens)), jobs: jobs, batch: 4) { [extractor] article, tokens in
            CorpusDocument(path: article.source.path, article: article.index, title: article.title,
                           date: article.dateline?.date(reference: options.referenceDate)?.description, text: article.text,
                           words: extractor.corpusWords(from: tokens))
        }
    }
}
