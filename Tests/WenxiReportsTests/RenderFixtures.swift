@testable import WenxiReports
@testable import WenxiTerms

/// A small made-up corpus of three news-style articles for the renderer tests and the sample pages
/// of Benchmarks/render-check.sh. Written for these tests (not taken from seeds/ or any data set);
/// some values carry `<`, `&` and `|` to exercise escaping.
enum RenderFixtures {
    static let economy = ArticleReport(
        index: 1, slug: "01-gongye-zengzhang",
        title: "前三季度规模以上工业增加值同比增长5.8%",
        subtitle: "高技术制造业增势良好，设备更新带动投资回升",
        dateline: ReportDateline(text: "新华社北京10月18日电", agency: "新华社", place: "北京", date: "2024-10-18"),
        byline: ["记者 王明", "李华"],
        source: ReportSource(path: "samples/economy.txt", firstLine: 1, lastLine: 24),
        statistics: ArticleStatistics(characters: 1862, sentences: 41, words: 1120, distinctTerms: 512, readingMinutes: 5),
        keywords: [
            Keyword(term: "工业增加值", score: 0.412, count: 9),
            Keyword(term: "高技术制造业", score: 0.356, count: 6),
            Keyword(term: "同比增长", score: 0.301, count: 11),
            Keyword(term: "设备更新", score: 0.244, count: 4),
            Keyword(term: "国家统计局", score: 0.198, count: 5),
            Keyword(term: "新能源汽车", score: 0.171, count: 3),
            Keyword(term: "集成电路", score: 0.133, count: 2),
            Keyword(term: "制造业", score: 0.120, count: 8),
        ],
        entities: [
            ReportEntity(name: "付凌晖", type: "person", count: 3),
            ReportEntity(name: "长三角", type: "place", count: 2),
            ReportEntity(name: "北京", type: "place", count: 1),
            ReportEntity(name: "国家统计局", type: "organization", count: 5, forms: ["统计局"]),
            ReportEntity(name: "国务院新闻办公室", type: "organization", count: 1, forms: ["国新办"]),
        ],
        figures: [
            ReportFigure(text: "10月18日", kind: "date", value: "2024-10-18", sentence: "新华社北京10月18日电"),
            ReportFigure(text: "5.8%", kind: "percentage", value: "5.8",
                         sentence: "前三季度，全国规模以上工业增加值同比增长5.8%，比上半年加快0.1个百分点。"),
            ReportFigure(text: "0.1个百分点", kind: "number", value: "0.1", unit: "百分点",
                         sentence: "前三季度，全国规模以上工业增加值同比增长5.8%，比上半年加快0.1个百分点。"),
            ReportFigure(text: "超过800万辆", kind: "number", value: "8000000", unit: "辆", approximate: "more",
                         sentence: "新能源汽车产量超过800万辆，集成电路产量增长两成以上。"),
            ReportFigure(text: "1.2万亿元", kind: "money", value: "1200000000000", unit: "CNY", approximate: "about",
                         sentence: "设备工器具购置投资约1.2万亿元。"),
        ],
        repairs: ["合并第7行与第8行之间断开的句子", "删除页眉“经济日报 2024年10月19日 第2版”"],
        warnings: [],
        paragraphs: [
            "新华社北京10月18日电（记者王明、李华）国家统计局18日发布数据，前三季度，全国规模以上工业增加值同比增长5.8%。",
            "国家统计局新闻发言人付凌晖在国新办新闻发布会上介绍，高技术制造业增加值增长9.1%，设备更新带动相关投资回升。",
        ])

    static let volunteers = ArticleReport(
        index: 2, slug: "02-zhiyuan-fuwu",
        title: "全国注册志愿者超过2.37亿人",
        dateline: ReportDateline(text: "本报北京12月5日电", agency: "本报", place: "北京", date: "2024-12-05"),
        byline: ["记者 张丽"],
        source: ReportSource(path: "samples/society.txt", firstLine: 1, lastLine: 18),
        statistics: ArticleStatistics(characters: 1540, sentences: 33, words: 968, distinctTerms: 430, readingMinutes: 4),
        keywords: [
            Keyword(term: "志愿服务", score: 0.498, count: 12),
            Keyword(term: "志愿者", score: 0.455, count: 14),
            Keyword(term: "社区", score: 0.231, count: 6),
            Keyword(term: "注册", score: 0.187, count: 4),
            Keyword(term: "文明实践", score: 0.160, count: 3),
        ],
        entities: [
            ReportEntity(name: "北京", type: "place", count: 2),
            ReportEntity(name: "上海", type: "place", count: 1),
            ReportEntity(name: "中央精神文明建设指导委员会办公室", type: "organization", count: 3, forms: ["中央文明办"]),
            ReportEntity(name: "民政部", type: "organization", count: 2),
        ],
        figures: [
            ReportFigure(text: "12月5日", kind: "date", value: "2024-12-05", sentence: "本报北京12月5日电"),
            ReportFigure(text: "超过2.37亿人", kind: "number", value: "237000000", unit: "人", approximate: "more",
                         sentence: "截至目前，全国注册志愿者超过2.37亿人，志愿服务组织135万个。"),
            ReportFigure(text: "135万个", kind: "number", value: "1350000", unit: "个",
                         sentence: "截至目前，全国注册志愿者超过2.37亿人，志愿服务组织135万个。"),
            ReportFigure(text: "65%", kind: "percentage", value: "65",
                         sentence: "参与社区志愿服务的居民中，65%为青年。"),
        ],
        repairs: [],
        warnings: ["第3行疑似表格残留：| 项目 | 人数 |"],
        paragraphs: ["本报北京12月5日电（记者张丽）记者从中央文明办获悉，截至目前，全国注册志愿者超过2.37亿人。"])

    static let research = ArticleReport(
        index: 3, slug: "03-yanfa-touru",
        title: "研发（R&D）经费投入强度首次突破2.6%",
        dateline: ReportDateline(text: "新华社北京9月25日电", agency: "新华社", place: "北京", date: "XXXX-09-25"),
        source: ReportSource(path: "samples/science.txt", firstLine: 2, lastLine: 20),
        statistics: ArticleStatistics(characters: 1395, sentences: 29, words: 870, distinctTerms: 401, readingMinutes: 4),
        keywords: [
            Keyword(term: "R&D", score: 0.388, count: 5),
            Keyword(term: "研发经费", score: 0.350, count: 7),
            Keyword(term: "投入强度", score: 0.290, count: 4),
            Keyword(term: "基础研究", score: 0.210, count: 3),
            Keyword(term: "企业", score: 0.150, count: 6),
        ],
        entities: [
            ReportEntity(name: "广东", type: "place", count: 1),
            ReportEntity(name: "江苏", type: "place", count: 1),
            ReportEntity(name: "国家统计局", type: "organization", count: 2),
            ReportEntity(name: "科学技术部", type: "organization", count: 2, forms: ["科技部"]),
        ],
        figures: [
            ReportFigure(text: "3.6万亿元", kind: "money", value: "3600000000000", unit: "CNY",
                         sentence: "全国共投入研究与试验发展（R&D）经费3.6万亿元，比上年增长8.9%。"),
            ReportFigure(text: "8.9%", kind: "percentage", value: "8.9",
                         sentence: "全国共投入研究与试验发展（R&D）经费3.6万亿元，比上年增长8.9%。"),
            ReportFigure(text: "2.65%", kind: "percentage", value: "2.65",
                         sentence: "R&D经费投入强度为2.65%，首次突破2.6%。"),
            ReportFigure(text: "近六成", kind: "percentage", value: "60", approximate: "about",
                         sentence: "基础研究经费占比 <7%，企业经费贡献近六成。"),
        ],
        repairs: [],
        warnings: ["第9行含有无法识别的字符 <U+FFFD> & 已删除"],
        paragraphs: ["新华社北京9月25日电 国家统计局、科技部和财政部25日联合发布公报。"])

    static let articles = [economy, volunteers, research]

    static let terms = ["制造业", "同比增长", "志愿者", "志愿服务", "研发经费", "R&D", "国家统计局", "社区"]
    static let counts: [[Int]] = [
        [8, 0, 2], [11, 1, 3], [0, 14, 0], [0, 12, 0], [1, 0, 7], [0, 0, 5], [5, 0, 2], [0, 6, 1],
    ]

    static var corpus: CorpusReport {
        let characters = articles.map(\.statistics.characters)
        return CorpusReport(
            generator: "wenxi 0.1.0",
            inputs: ["samples/"],
            articles: articles.map { a in
                CorpusArticle(index: a.index, slug: a.slug, title: a.title, date: a.dateline?.date,
                              characters: a.statistics.characters, figures: a.figures)
            },
            terms: TermTable(
                terms: terms, counts: counts,
                perTenThousand: counts.map { row in row.indices.map { Double(row[$0]) * 10_000 / Double(characters[$0]) } }),
            keyness: [
                ArticleKeyness(slug: "01-gongye-zengzhang", terms: [
                    KeynessTerm(term: "工业增加值", count: 9, otherCount: 0, logLikelihood: 19.84, p: 0.0000084, logRatio: 4.31),
                    KeynessTerm(term: "制造业", count: 8, otherCount: 2, logLikelihood: 9.12, p: 0.0025, logRatio: 2.05),
                    KeynessTerm(term: "同比增长", count: 11, otherCount: 4, logLikelihood: 7.46, p: 0.0063, logRatio: 1.62),
                ]),
                ArticleKeyness(slug: "02-zhiyuan-fuwu", terms: [
                    KeynessTerm(term: "志愿者", count: 14, otherCount: 0, logLikelihood: 33.02, p: 0.00000001, logRatio: 5.11),
                    KeynessTerm(term: "志愿服务", count: 12, otherCount: 0, logLikelihood: 28.29, p: 0.0000001, logRatio: 4.89),
                    KeynessTerm(term: "社区", count: 6, otherCount: 1, logLikelihood: 8.64, p: 0.0033, logRatio: 3.02),
                ]),
                ArticleKeyness(slug: "03-yanfa-touru", terms: [
                    KeynessTerm(term: "R&D", count: 5, otherCount: 0, logLikelihood: 12.77, p: 0.00035, logRatio: 3.84),
                    KeynessTerm(term: "研发经费", count: 7, otherCount: 1, logLikelihood: 11.93, p: 0.00055, logRatio: 3.35),
                ]),
            ],
            similarity: [[1, 0.18, 0.312], [0.18, 1, 0.07], [0.312, 0.07, 1]],
            sharedEntities: [
                SharedEntity(name: "国家统计局", type: "organization", counts: [5, 0, 2]),
                SharedEntity(name: "北京", type: "place", counts: [1, 2, 0]),
            ],
            skipped: [SkippedInput(path: "samples/broken.txt", problem: "无法解码：第 1,024 字节不是有效的 UTF-8 <0xFF>")])
    }
}
