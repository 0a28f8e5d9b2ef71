import Testing
@testable import WenxiReports
@testable import WenxiTerms

/// The number of cell separators in a Markdown table line: `|` not escaped by a backslash.
private func unescapedPipes(_ line: String) -> Int {
    var count = 0
    var escaped = false
    for c in line {
        if escaped {
            escaped = false
        } else if c == "\\" {
            escaped = true
        } else if c == "|" {
            count += 1
        }
    }
    return count
}

/// Every run of table lines in `markdown`, as the separator counts of its lines.
private func tableShapes(_ markdown: String) -> [[Int]] {
    var tables: [[Int]] = []
    var current: [Int] = []
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("|") {
            current.append(unescapedPipes(String(line)))
        } else if !current.isEmpty {
            tables.append(current)
            current = []
        }
    }
    if !current.isEmpty { tables.append(current) }
    return tables
}

@Suite struct RenderMarkdownTests {
    let economy = MarkdownRenderer.article(RenderFixtures.economy)
    let volunteers = MarkdownRenderer.article(RenderFixtures.volunteers)
    let research = MarkdownRenderer.article(RenderFixtures.research)
    let corpus = MarkdownRenderer.corpus(RenderFixtures.corpus, articles: RenderFixtures.articles)

    @Test func articleHeadingAndMetadata() {
        #expect(economy.hasPrefix("# 前三季度规模以上工业增加值同比增长5.8%\n\n- 副题 (Subtitle)：高技术制造业增势良好，设备更新带动投资回升\n"))
        #expect(economy.contains("- 电头 (Dateline)：新华社北京10月18日电（新华社 · 北京 · 2024-10-18）\n"))
        #expect(economy.contains("- 作者 (Byline)：记者 王明、李华\n"))
        #expect(economy.contains("- 来源 (Source)：samples/economy.txt，第 1–24 行 (lines 1–24)\n"))
        #expect(!volunteers.contains("副题"))
        #expect(research.hasPrefix("# 研发（R\\&D）经费投入强度首次突破2.6%\n"))
    }

    @Test func countsTable() {
        #expect(economy.contains("""
            | 项目 (Measure) | 数值 (Value) |
            | --- | ---: |
            | 字数 (Characters) | 1,862 |
            | 句数 (Sentences) | 41 |
            | 词数 (Words) | 1,120 |
            | 不同词语 (Distinct terms) | 512 |
            | 阅读时间 (Reading time) | 5 分钟 (min) |
            """))
    }

    @Test func keywordsWithThreeDecimals() {
        #expect(economy.contains("| 1 | 工业增加值 | 0.412 | 9 |\n| 2 | 高技术制造业 | 0.356 | 6 |\n"))
        #expect(economy.contains("| 8 | 制造业 | 0.120 | 8 |\n"))
        #expect(research.contains("| 1 | R\\&D | 0.388 | 5 |\n"))
    }

    @Test func entitiesGroupedByTypeInOrder() throws {
        let people = try #require(economy.range(of: "### 人物 (People)"))
        let places = try #require(economy.range(of: "### 地点 (Places)"))
        let organizations = try #require(economy.range(of: "### 机构 (Organizations)"))
        #expect(people.lowerBound < places.lowerBound && places.lowerBound < organizations.lowerBound)
        #expect(economy.contains("| 国家统计局 | 5 | 统计局 |\n"))
        #expect(economy.contains("| 付凌晖 | 3 |  |\n"))
        #expect(!volunteers.contains("### 人物"))
    }

    @Test func figuresTable() {
        #expect(economy.contains("| 4 | 超过800万辆 | 数量 (number) | 8,000,000 | 辆 | 多于 (more) | 新能源汽车产量超过800万辆，集成电路产量增长两成以上。 |\n"))
        #expect(economy.contains("| 2 | 5.8% | 百分比 (percentage) | 5.8 |  |  | "))
        #expect(research.contains("| 基础研究经费占比 \\<7%，企业经费贡献近六成。 |\n"))
    }

    @Test func repairsAndWarnings() {
        #expect(economy.contains("## 修复 (Repairs)\n\n- 合并第7行与第8行之间断开的句子\n- 删除页眉“经济日报 2024年10月19日 第2版”\n\n"))
        #expect(economy.contains("## 警告 (Warnings)\n\n无 (none)\n"))
        #expect(volunteers.contains("- 第3行疑似表格残留：\\| 项目 \\| 人数 \\|\n"))
        #expect(research.contains("- 第9行含有无法识别的字符 \\<U+FFFD\\> \\& 已删除\n"))
    }

    @Test func everyTableKeepsItsColumns() {
        for markdown in [economy, volunteers, research, corpus] {
            let shapes = tableShapes(markdown)
            #expect(!shapes.isEmpty)
            for shape in shapes {
                #expect(shape.count >= 3)
                #expect(Set(shape).count == 1, "a row has a different number of cells: \(shape)")
            }
        }
    }

    @Test func corpusLinksEveryArticle() {
        for a in RenderFixtures.articles {
            #expect(corpus.contains("](\(a.slug).md)"))
        }
        #expect(corpus.contains("| 3 | [研发（R\\&D）经费投入强度首次突破2.6%](03-yanfa-touru.md) | XXXX-09-25 | 1,395 | R\\&D、研发经费、投入强度、基础研究、企业 |\n"))
    }

    @Test func corpusTablesHoldTheNumbers() {
        // 8 / 1862 × 10,000 = 42.96…; 2 / 1395 × 10,000 = 14.33…
        #expect(corpus.contains("| 制造业 | 8 (43.0) | 0 (0.0) | 2 (14.3) |\n"))
        #expect(corpus.contains("| R\\&D | 0 (0.0) | 0 (0.0) | 5 (35.8) |\n"))
        #expect(corpus.contains("| #1 | 1.00 | 0.18 | 0.31 |\n"))
        #expect(corpus.contains("| 志愿者 | 14 | 0 | 33.02 | \\< 0.0001 | 5.11 |\n"))
        #expect(corpus.contains("| 制造业 | 8 | 2 | 9.12 | 0.0025 | 2.05 |\n"))
        #expect(corpus.contains("| 国家统计局 | 机构 | 5 | 0 | 2 |\n"))
        #expect(corpus.contains("- 超过2.37亿人 — 数量 237,000,000 人（多于）\n"))
        #expect(corpus.contains("- samples/broken.txt：无法解码：第 1,024 字节不是有效的 UTF-8 \\<0xFF\\>\n"))
    }

    @Test func deterministic() {
        #expect(MarkdownRenderer.article(RenderFixtures.economy) == economy)
        #expect(MarkdownRenderer.corpus(RenderFixtures.corpus, articles: RenderFixtures.articles) == corpus)
        #expect(economy.hasSuffix("。\n") && !economy.hasSuffix("\n\n"))
    }
}
