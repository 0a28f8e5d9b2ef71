import Foundation
import Testing
@testable import WenxiSegmentation
@testable import WenxiTerms
@testable import WenxiText

@Suite struct KeywordsTests {
    /// Subject terms an editor would pick for each of the test articles, written with them.
    static let subjects: [[String]] = [
        ["数字经济", "新质生产力", "人工智能", "浙江", "芯片"],
        ["小麦", "高标准农田", "乡村振兴", "农民", "河南"],
        ["新能源", "光伏", "碳达峰", "储能", "风电", "国家能源局"],
        ["数据安全", "个人信息", "条例"],
    ]
    /// Pieces of compounds and names in the articles, and boilerplate, that must not be keywords.
    static let fragments: Set<String> = ["新质", "质", "质生产力", "达峰", "碳", "峰", "高标准", "标准农田", "厅",
                                         "记者", "新华社", "日电", "表示", "发展", "工作", "加强"]

    let analysis: TermAnalyzer.Analysis

    init() throws {
        analysis = try TermAnalyzer().analyze(TermsTestArticles.all)
    }

    @Test(arguments: KeywordExtractor.Method.allCases)
    func subjectTermsRankInTheTopTen(method: KeywordExtractor.Method) throws {
        let lists = try KeywordExtractor(options: .init(method: method, top: 10)).keywords(for: analysis.documents)
        let stopwords = try Stopwords.shared()
        #expect(lists.count == 4)
        for (list, subjects) in zip(lists, KeywordsTests.subjects) {
            let terms = list.map(\.term)
            #expect(terms.count == 10)
            for subject in subjects { #expect(terms.contains(subject), "\(method): \(subject) not in \(terms)") }
            for term in terms {
                #expect(!KeywordsTests.fragments.contains(term), "\(method): fragment \(term)")
                #expect(!stopwords.contains(term), "\(method): stopword \(term)")
                #expect(!term.unicodeScalars.contains { $0.properties.numericType != nil }, "\(method): number \(term)")
            }
            #expect(list == list.sorted { $0.score != $1.score ? $0.score > $1.score : $0.term < $1.term })
        }
    }

    @Test func singleArticleTopThree() throws {
        // One article alone: background IDF only, compounds discovered in the article itself.
        let single = try TermAnalyzer().analyze([TermsTestArticles.newEnergy])
        let list = try KeywordExtractor(options: .init(top: 3)).keywords(for: single.documents)[0]
        #expect(Set(list.map(\.term)) == ["国家能源局", "碳达峰", "光伏"])
        #expect(list.first { $0.term == "光伏" }?.count == 4)
    }

    @Test(arguments: KeywordExtractor.Method.allCases)
    func givenScoresGiveTheSameKeywords(method: KeywordExtractor.Method) throws {
        // The corpus stage computes each document's TF-IDF once, for its keywords and its vector:
        // the keywords must be those computed without the scores, and the scores the vector.
        let extractor = try KeywordExtractor(options: .init(method: method, top: 10))
        let weights = extractor.weights(for: analysis.documents)
        for document in analysis.documents {
            let scores = extractor.tfidf(document, weights: weights)
            #expect(!scores.isEmpty)
            #expect(scores == Similarity.tfidfVector(document, weights: weights))
            #expect(extractor.keywords(for: document, weights: weights, tfidf: scores)
                    == extractor.keywords(for: document, weights: weights))
        }
    }

    @Test func deterministic() throws {
        for method in KeywordExtractor.Method.allCases {
            let a = try KeywordExtractor(options: .init(method: method)).keywords(for: analysis.documents)
            let again = try TermAnalyzer().analyze(TermsTestArticles.all)
            let b = try KeywordExtractor(options: .init(method: method)).keywords(for: again.documents)
            #expect(a == b)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let data = try encoder.encode(a), other = try encoder.encode(b)
            #expect(data == other)
        }
    }

    @Test func tfidfIsTermFrequencyTimesIDF() throws {
        let background = BackgroundIDF(["甲乙": 2, "丙丁": 4, "戊己": 6])
        let occurrences = ["甲乙", "甲乙", "丙丁", "庚辛"].enumerated().map {
            TermOccurrence(term: $0.element, start: $0.offset * 2, end: $0.offset * 2 + 2, kind: .word, position: $0.offset)
        }
        let document = DocumentTerms(occurrences: occurrences, tokenCount: 4)
        let list = KeywordExtractor(background: background, options: .init(method: .tfidf)).keywords(for: [document])[0]
        // 甲乙 2/4 · 2 = 1; 丙丁 1/4 · 4 = 1; 庚辛 (unknown: median 4) 1/4 · 4 = 1. Ties by term.
        #expect(list == [Keyword(term: "丙丁", score: 1, count: 1), Keyword(term: "庚辛", score: 1, count: 1),
                         Keyword(term: "甲乙", score: 1, count: 2)])
    }

    @Test func unknownTermsGetTheMedianOrTheirRarestPart() throws {
        let background = BackgroundIDF(["甲乙": 2, "丙丁": 4, "戊己": 6])
        #expect(background.unknownIDF == 4 && background.maximumIDF == 6)
        #expect(background.idf(of: "戊己") == 6)
        #expect(background.idf(of: "未知") == 4)
        #expect(background.idf(of: "甲乙丙丁", parts: ["甲乙", "丙丁"]) == 4)
        #expect(background.idf(of: "甲乙戊己", parts: ["甲乙", "戊己"]) == 6)

        let jieba = try BackgroundIDF.shared()
        #expect(jieba.count > 260_000)
        #expect(abs(jieba.unknownIDF - 11.9547675029) < 1e-5)
        #expect(abs(try #require(jieba.knownIDF(of: "生产力")) - 7.13103567512) < 1e-5)
        let unknown = jieba.idf(of: "新质生产力", parts: ["新", "质", "生产力"])
        #expect(unknown == jieba.unknownIDF && unknown.isFinite && unknown > 0)
    }

    @Test func corpusDocumentFrequencyMixesInFromFiveDocuments() throws {
        let background = BackgroundIDF(["甲乙": 2, "丙丁": 4, "戊己": 6])
        func document(_ terms: [String]) -> DocumentTerms {
            DocumentTerms(occurrences: terms.enumerated().map {
                TermOccurrence(term: $0.element, start: $0.offset, end: $0.offset + 1, kind: .word, position: $0.offset)
            }, tokenCount: terms.count)
        }
        let four = (0..<4).map { _ in document(["甲乙"]) }
        #expect(IDFWeights(documents: four, background: background).idf(of: "甲乙") == 2)
        let six = (0..<5).map { _ in document(["甲乙"]) } + [document(["丙丁"])]
        let weights = IDFWeights(documents: six, background: background)
        let lambda = 6.0 / 56.0
        #expect(weights.corpusWeight == lambda)
        #expect(abs(weights.idf(of: "甲乙") - ((1 - lambda) * 2 + lambda * log(6.0 / 5.0))) < 1e-12)
        #expect(abs(weights.idf(of: "丙丁") - ((1 - lambda) * 4 + lambda * log(6.0))) < 1e-12)
    }

    @Test func redundantTermsAreDropped() {
        let filter = RedundancyFilter()
        func k(_ term: String, _ score: Double, _ count: Int) -> Keyword { Keyword(term: term, score: score, count: count) }
        // The longer term is rare: dropped.
        #expect(filter.filter([k("数据安全", 1, 6), k("数据安全领域", 0.9, 1), k("条例", 0.8, 2)], limit: 10).map(\.term)
                == ["数据安全", "条例"])
        // The longer term is frequent too: both earn their place.
        #expect(filter.filter([k("数据安全", 1, 6), k("数据安全领域", 0.9, 3)], limit: 10).map(\.term)
                == ["数据安全", "数据安全领域"])
        // The shorter term after the longer: kept only when it occurs on its own as often.
        #expect(filter.filter([k("数据安全领域", 1, 5), k("数据安全", 0.9, 2)], limit: 10).map(\.term) == ["数据安全领域"])
        #expect(filter.filter([k("数据安全领域", 1, 5), k("数据安全", 0.9, 5)], limit: 10).count == 2)
        #expect(filter.filter([k("甲", 3, 1), k("乙", 2, 1), k("丙", 1, 1)], limit: 2).map(\.term) == ["甲", "乙"])
    }

    @Test func textRankOnAPath() {
        // a – b – c with window 1: b has two neighbours. The fixed point of
        // s_a = 0.15 + 0.85 · s_b / 2, s_b = 0.15 + 0.85 · (s_a + s_c), s_a = s_c.
        let scores = TextRank(window: 1, iterations: 300).scores(["a", "b", "c"])
        let a = 0.21375 / 0.2775, b = 0.15 + 1.7 * a
        #expect(abs(scores["a"]! - a) < 1e-9 && abs(scores["c"]! - a) < 1e-9 && abs(scores["b"]! - b) < 1e-9)
        #expect(TextRank().scores([]).isEmpty)
    }
}
