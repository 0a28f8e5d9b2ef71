import Testing
@testable import WenxiArticles
@testable import WenxiSegmentation
@testable import WenxiText

@Suite struct ArticlesDatelineTests {
    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var raw: String
        var agency: String?
        var place: String?
        var year: Int?
        var month: Int?
        var day: Int?
        var reporters: [String] = []
        var contributors: [String] = []
        var description: String { text }
    }

    static let cases: [Case] = [
        Case(text: "新华社北京11月4日电", raw: "新华社北京11月4日电", agency: "新华社", place: "北京", month: 11, day: 4),
        Case(text: "新华社上海3月2日电（记者 王明 李华）记者从市政府获悉，", raw: "新华社上海3月2日电（记者 王明 李华）",
             agency: "新华社", place: "上海", month: 3, day: 2, reporters: ["王明", "李华"]),
        Case(text: "本报讯（记者 陈立）近日，", raw: "本报讯（记者 陈立）", agency: "本报", reporters: ["陈立"]),
        Case(text: "本报北京11月4日讯（记者王明、通讯员李华）日前，", raw: "本报北京11月4日讯（记者王明、通讯员李华）",
             agency: "本报", place: "北京", month: 11, day: 4, reporters: ["王明"], contributors: ["李华"]),
        Case(text: "中新网5日电 据报道，", raw: "中新网5日电", agency: "中新网", day: 5),
        Case(text: "新华社联合国11月4日电 联合国秘书长", raw: "新华社联合国11月4日电", agency: "新华社", place: "联合国", month: 11, day: 4),
        Case(text: "新华社华盛顿2024年11月4日电", raw: "新华社华盛顿2024年11月4日电", agency: "新华社", place: "华盛顿",
             year: 2024, month: 11, day: 4),
        Case(text: "据新华社北京十一月二十三日电", raw: "据新华社北京十一月二十三日电", agency: "新华社", place: "北京", month: 11, day: 23),
        Case(text: "新华社三亚1月5日电", raw: "新华社三亚1月5日电", agency: "新华社", place: "三亚", month: 1, day: 5),
        Case(text: "新华社电 国家统计局今天发布", raw: "新华社电", agency: "新华社"),
        Case(text: "潇湘晨报长沙6月1日讯 当天，", raw: "潇湘晨报长沙6月1日讯", agency: "潇湘晨报", place: "长沙", month: 6, day: 1),
    ]

    @Test(arguments: cases) func parses(_ c: Case) throws {
        let d = try #require(Dateline.parse(c.text))
        #expect(d.raw == c.raw)
        #expect(d.agency == c.agency)
        #expect(d.place == c.place)
        #expect(d.year == c.year)
        #expect(d.month == c.month)
        #expect(d.day == c.day)
        #expect(d.reporters == c.reporters)
        #expect(d.contributors == c.contributors)
    }

    @Test(arguments: [
        "新华社记者 刘洋摄", "新华社是国家通讯社。", "记者11月5日从工业和信息化部了解到", "北京11月4日电", "本报记者 王明",
        "新华社北京13月4日电", "人民日报评论员文章",
    ])
    func rejects(_ text: String) {
        #expect(Dateline.parse(text) == nil)
    }

    @Test func timexDate() {
        #expect(Dateline(raw: "", year: 2024, month: 11, day: 4).date == "2024-11-04")
        #expect(Dateline(raw: "", month: 3, day: 12).date == "XXXX-03-12")
        #expect(Dateline(raw: "", day: 5).date == "XXXX-XX-05")
        #expect(Dateline(raw: "").date == nil)
    }

    struct CreditCase: Sendable, CustomStringConvertible {
        var text: String
        var reporters: [String]
        var contributors: [String] = []
        var photographers: [String] = []
        var description: String { text }
    }

    static let credits: [CreditCase] = [
        CreditCase(text: "记者 陈立", reporters: ["陈立"]),
        CreditCase(text: "本报记者 王明 李华", reporters: ["王明", "李华"]),
        CreditCase(text: "新华社记者 刘洋摄", reporters: [], photographers: ["刘洋"]),
        CreditCase(text: "新华社记者 王明 摄", reporters: [], photographers: ["王明"]),
        CreditCase(text: "新华社发（张三摄）", reporters: [], photographers: ["张三"]),
        CreditCase(text: "（记者 王明 通讯员 李华）", reporters: ["王明"], contributors: ["李华"]),
        CreditCase(text: "记者王明、实习生赵丽", reporters: ["王明"], contributors: ["赵丽"]),
        CreditCase(text: "文/本报记者 周强", reporters: ["周强"]),
        CreditCase(text: "记者 阿依古丽·买买提", reporters: ["阿依古丽·买买提"]),
    ]

    @Test(arguments: credits) func credit(_ c: CreditCase) throws {
        let b = try #require(CreditParser.parse(Array(c.text.unicodeScalars)))
        #expect(b.reporters == c.reporters)
        #expect(b.contributors == c.contributors)
        #expect(b.photographers == c.photographers)
    }

    @Test(arguments: ["记者了解到，工业和信息化部将积极稳妥发展低空产业", "王明 李华", "（完）", "记者从会上获悉", "图为新建成的大桥"])
    func notACredit(_ text: String) {
        #expect(CreditParser.parse(Array(text.unicodeScalars)) == nil)
    }

    struct MarkCase: Sendable, CustomStringConvertible {
        var text: String
        var marks: [String]
        var rest: String
        var description: String { text }
    }

    static let marks: [MarkCase] = [
        MarkCase(text: "（上接第一版）探索更加灵活的方式。", marks: ["（上接第一版）"], rest: "探索更加灵活的方式。"),
        MarkCase(text: "确保农民售粮顺畅。（下转第二版）", marks: ["（下转第二版）"], rest: "确保农民售粮顺畅。"),
        MarkCase(text: "转第3版", marks: ["转第3版"], rest: ""),
        MarkCase(text: "（转A2版）", marks: ["（转A2版）"], rest: ""),
        MarkCase(text: "文字（紧接第十二版）后文", marks: ["（紧接第十二版）"], rest: "文字后文"),
        MarkCase(text: "他把工作重心转第二版块", marks: [], rest: "他把工作重心转第二版块"),
    ]

    @Test(arguments: marks) func continuationMarks(_ c: MarkCase) {
        let s = Array(c.text.unicodeScalars)
        let found = ContinuationMarks.find(in: s)
        #expect(found.map(\.text) == c.marks)
        #expect(ContinuationMarks.remove(found, from: s).string == c.rest)
    }

    @Test func continuationDirections() {
        let found = ContinuationMarks.find(in: Array("（上接第一版）中间（下转第二版）".unicodeScalars))
        #expect(found.map(\.direction) == [.from, .to])
    }
}
