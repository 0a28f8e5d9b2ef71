import Foundation
import Testing
import WenxiArticles
@testable import WenxiPipeline
import WenxiText

@Suite struct ArticleRecordTests {
    static let analyzer: Analyzer? = try? Analyzer(options: .init(referenceDate: CalendarDate("2024-05-01")))

    /// A page with fractional figures, a full-width comma, Latin and a long link token.
    static let page = """
    统计局发布一季度数据

    本报北京4月16日电（记者 张伟）一季度国内生产总值同比增长5.3%，居民人均可支配收入增长6.2%，约合1.25万元；\
    ＣＰＩ上涨0.1个百分点，三分之一的城市房价持平。详见https://www.stats.gov.cn/sj/zxfb/202404/t20240416_1954556.html。
    """

    /// Every article of the seeds and of the page, through a record line and back, is what it was.
    @Test func recordsRoundTrip() throws {
        let analyzer = try #require(Self.analyzer)
        let seed = try String(contentsOfFile: "seeds/000_d12699ffdacbae51.txt", encoding: .utf8)
        let records = analyzer.records(path: "seeds/a.txt", text: seed) + analyzer.records(path: nil, text: Self.page)
        #expect(records.count > 4)
        var fractions = 0
        for record in records {
            let back = try RecordReader.record(from: Array(record.line().utf8))
            #expect(back == record)
            if case .article(let analysis, let date) = back {
                #expect(date == CalendarDate("2024-05-01"))
                fractions += analysis.figures.filter { ($0.value?.number).map { $0 != $0.rounded() } ?? false }.count
            }
        }
        #expect(fractions >= 3, "the page's 5.3%, 6.2% and 1.25万 are not whole numbers")
    }

    @Test func lineIsOneSortedObjectWithTheVersion() throws {
        let line = Record.input(path: "b/a.txt", articles: 2).line()
        #expect(line == #"{"articles":2,"format":"wenxi-record","id":"b/a.txt","kind":"input","path":"b/a.txt","version":1}"#)
        #expect(!Record.failure(path: nil, problem: "<stdin>: not text\n").line().contains("\n"))
    }

    /// Keys order by path (standard input first), then by article number as a number.
    @Test func keysOrderByPathThenNumber() {
        let keys = [RecordKey(path: "a.txt", article: 10), RecordKey(path: "a.txt", article: 9),
                    RecordKey(path: "a.txt!", article: 1), RecordKey(path: nil, article: 2), RecordKey(path: "a.txt", article: 0)]
        #expect(keys.sorted() == [keys[3], keys[4], keys[1], keys[0], keys[2]])
        #expect(keys[0].id == "a.txt#000010" && keys[4].id == "a.txt" && keys[3].id == "<stdin>#000002")
    }
}
