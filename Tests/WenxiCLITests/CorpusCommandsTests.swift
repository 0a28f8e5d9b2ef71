import Foundation
import Testing

/// The corpus tools through the built `wenxi`: freq, kwic, collocates, ngrams.
@Suite(.enabled(if: WenxiRun.available)) struct CorpusCommandsTests {
    /// Two short news items written for these tests.
    static let page = """
        城市更新让老城区焕发新活力

        本报讯 今年以来，本市推进城市更新，完善城市功能，老旧小区改造惠及群众。城市群建设同步推进，城市化进程加快。

        乡村振兴产业兴旺

        本报讯 各地发展乡村产业，城市与乡村的联系更加紧密，农民收入稳步增长。

        """

    @Test func kwicHasOneLinePerWordOfFreq() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("page.txt", Array(CorpusCommandsTests.page.utf8))
        let freq = try WenxiRun(["freq", "--format", "tsv", path])
        #expect(freq.status == 0)
        let rows = freq.output.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.first?.prefix(4) == ["term", "count", "per_10k", "articles"])
        let counts = Dictionary(rows.dropFirst().map { (String($0[0]), Int($0[1]) ?? -1) }, uniquingKeysWith: +)
        for term in ["城市", "乡村", "推进"] {
            let kwic = try WenxiRun(["kwic", term, path, "--format", "jsonl"])
            #expect(kwic.status == 0)
            let lines = kwic.output.split(separator: "\n").count
            #expect(lines == counts[term], "\(term)")
        }
        // Tokens, not substrings: the page writes 城市 six times, twice inside 城市群 and 城市化.
        #expect((counts["城市"] ?? 0) < CorpusCommandsTests.page.components(separatedBy: "城市").count - 1)
    }

    @Test func badOptionValuesExitWithTwo() throws {
        #expect(try WenxiRun(["freq", "--format", "xml"]).status == 2)
        #expect(try WenxiRun(["kwic", "城市", "--sort", "middle"]).status == 2)
        #expect(try WenxiRun(["kwic", "--regex", "(", "x.txt"]).status == 2)
        #expect(try WenxiRun(["collocates", "城市", "--window", "5"]).status == 2)
        #expect(try WenxiRun(["ngrams", "--n", "5..2"]).status == 2)
    }

    @Test func ngramsAndCollocatesReadStandardInput() throws {
        let ngrams = try WenxiRun(["ngrams", "--n", "2", "--min-count", "1", "--format", "csv"], input: Data(CorpusCommandsTests.page.utf8))
        #expect(ngrams.status == 0)
        #expect(ngrams.output.hasPrefix("ngram,n,count,articles\n"))
        let collocates = try WenxiRun(["collocates", "城市", "--min-count", "1", "--format", "json"], input: Data(CorpusCommandsTests.page.utf8))
        #expect(collocates.status == 0)
        #expect(collocates.output.contains("\"log_dice\""))
    }

    @Test func compareTermCountsWordsAndReferenceKeynessRuns() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("page.txt", Array(CorpusCommandsTests.page.utf8))
        let reference = try scratch.write("ref.txt", Array("""
            粮食生产再获丰收

            本报讯 今年全国粮食生产再获丰收，农民种粮收益稳定，耕地保护和种业振兴持续推进。

            """.utf8))
        let term = try WenxiRun(["compare", "--term", "城市", path])
        let kwic = try WenxiRun(["kwic", "城市", path, "--format", "jsonl"])
        #expect(term.status == 0)
        let counts = term.output.components(separatedBy: "\"count\" : ").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        #expect(counts.reduce(0, +) == kwic.output.split(separator: "\n").count)
        let keyness = try WenxiRun(["compare", path, "--reference", reference, "--format", "json"])
        #expect(keyness.status == 0)
        #expect(keyness.output.contains("\"reference_words\"") && keyness.output.contains("\"keyness\""))
        #expect(try WenxiRun(["compare", path, "--reference", reference, "--term", "城市"]).status == 2)
    }
}
