import Testing
import Foundation
import WenxiTerms
import WenxiText
@testable import WenxiPipeline

/// Documents kept by the first corpus pass come back with the counts they had, and the sums over
/// every document added are those of the documents (terms written for these tests).
@Suite struct CountedDocumentsTests {
    /// A document of `terms` (one occurrence each, in order) whose compounds are `parts`.
    static func document(_ terms: [String], tokens: Int, parts: [String: [String]] = [:]) -> DocumentTerms {
        let occurrences = terms.enumerated().map { i, term in
            TermOccurrence(term: term, start: i * 2, end: i * 2 + 2, kind: parts[term] == nil ? .word : .compound, position: i)
        }
        return DocumentTerms(occurrences: occurrences, tokenCount: tokens, compoundParts: parts)
    }

    static let documents = [
        document(["粮食", "安全", "粮食", "耕地保护", "粮食"], tokens: 12, parts: ["耕地保护": ["耕地", "保护"]]),
        document(["港口", "航运", "粮食"], tokens: 7),
        // A count past 127 takes two bytes; a term number past 127 too.
        document(Array(repeating: "海关", count: 300) + (0..<200).map { "词\($0)" }, tokens: 900),
        document([], tokens: 3),
    ]

    @Test(arguments: [false, true])
    func keptDocumentsComeBackWithTheirCounts(inScratchFile: Bool) throws {
        let scratch = inScratchFile ? ScratchFile(folder: FileManager.default.temporaryDirectory.path) : nil
        #expect(inScratchFile == (scratch != nil))
        var kept = CountedDocuments(scratch: scratch)
        for document in Self.documents { kept.add(document, keep: true) }
        _ = kept.finish()
        #expect(kept.count == Self.documents.count)
        for (i, original) in Self.documents.enumerated() {
            let back = try #require(kept.document(i))
            #expect(back.counts == original.counts)
            #expect(back.tokenCount == original.tokenCount)
            #expect(back.compoundParts == original.compoundParts)
            #expect(back.occurrences.isEmpty)
        }
        #expect(kept.document(2)?.counts["海关"] == 300)
    }

    @Test func sumsCountEveryDocumentAddedKeptOrNot() {
        var kept = CountedDocuments()
        for (i, document) in Self.documents.enumerated() { kept.add(document, keep: i >= 2) }
        let sums = kept.finish()
        let frequency = Dictionary(uniqueKeysWithValues: zip(kept.terms, sums.documentFrequency))
        let totals = Dictionary(uniqueKeysWithValues: zip(kept.terms, sums.totals))
        #expect(frequency["粮食"] == 2)
        #expect(totals["粮食"] == 4)
        #expect(frequency["海关"] == 1 && totals["海关"] == 300)
        #expect(kept.count == 2)
        #expect(kept.document(0)?.counts == Self.documents[2].counts)
        #expect(kept.terms.count == Set(Self.documents.flatMap { $0.counts.counts.keys }).count)
    }
}
