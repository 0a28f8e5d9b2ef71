/// Where corpus.json finds the entries of the articles past the compared ones that the corpus
/// report leaves on the shelf (``CorpusReport/figuresElsewhere``, ``CorpusReport/keynessElsewhere``):
/// for 20,000 articles their keyness alone would hold some 18 MB while the files are written.
public struct ShelvedEntries: Sendable {
    /// Article `i`'s bare figures (``ReportFigure/bare``).
    public var figures: @Sendable (Int) -> Result<[ReportFigure], ShelfError>
    /// Article `i`'s keyness.
    public var keyness: @Sendable (Int) -> Result<ArticleKeyness, ShelfError>

    public init(figures: @escaping @Sendable (Int) -> Result<[ReportFigure], ShelfError>,
                keyness: @escaping @Sendable (Int) -> Result<ArticleKeyness, ShelfError>) {
        self.figures = figures
        self.keyness = keyness
    }

    /// Nothing on the shelf: for a corpus report that holds every entry (asking is a fault).
    public static let none = ShelvedEntries(
        figures: { _ in .failure(ShelfError(reason: "no figures were shelved")) },
        keyness: { _ in .failure(ShelfError(reason: "no keyness was shelved")) })
}
