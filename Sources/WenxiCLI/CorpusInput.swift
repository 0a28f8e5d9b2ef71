import Foundation
import Wenxi

/// The corpus tools' common start: read the inputs, report the bad ones, and turn the articles into
/// the term stage's words.
struct CorpusInput {
    var documents: [CorpusDocument]
    /// The number of inputs that could not be read (each reported on standard error already).
    var failures: Int

    init(_ input: InputOptions, _ analysis: AnalysisOptions) throws {
        let analyzer = try analysis.makeAnalyzer(input)
        let collection = analyzer.collectArticles(from: input.paths, decoder: input.decoder, jobs: analysis.jobs)
        for failure in collection.failures { Diagnostics.report(failure) }
        documents = analyzer.corpusDocuments(collection.articles, jobs: analysis.jobs)
        failures = collection.failures.count
    }

    /// `term` in the words' normalized form (width-folded, and simplified with --simplify).
    static func normalized(_ term: String, simplify: Bool) -> String {
        let folded = TextNormalizer(simplify: simplify).fold(term.unicodeScalars.map(\.value))
        var view = String.UnicodeScalarView()
        for value in folded { if let scalar = Unicode.Scalar(value) { view.append(scalar) } }
        return String(view)
    }

    /// Throws ``BadInput`` when some input could not be read: call after printing the results.
    func finish() throws {
        if failures > 0 { throw BadInput(count: failures) }
    }
}

