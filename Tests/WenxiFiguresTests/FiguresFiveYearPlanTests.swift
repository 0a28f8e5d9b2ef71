import Testing
@testable import WenxiFigures
import WenxiText

/// Five-year plans as the years they cover, from `Dictionaries/figures/five-year-plans.txt`
/// (十四五 2021–2025, 十三五 2016–2020, 九五 1996–2000, 十五 2001–2005: the plans' published spans).
@Suite struct FiguresFiveYearPlanTests {
    @Test func tableHasEveryPlan() throws {
        let plans = try FiveYearPlans.loaded.get()
        #expect(plans.count == 15)
        #expect(plans.first.map { [$0.first, $0.last] } == [1953, 1957])
        #expect(FiveYearPlans.byNumber[3]?.first == 1966)    // after the readjustment years 1963–1965
        #expect(FiveYearPlans.byNumber[14].map { [$0.first, $0.last] } == [2021, 2025])
    }

    @Test func malformedRowNamesItsLine() {
        #expect(throws: DataFileError.self) { try FiveYearPlans.plans(parsing: "十四五 2021\n") }
        #expect(throws: DataFileError.self) { try FiveYearPlans.plans(parsing: "十四五 2025 2021\n") }
    }

    static let cases: [FigureCase] = [
        FigureCase("“十四五”时期，我国将加快建设现代化产业体系。", ["十四五 date 2021 ..2025"]),
        FigureCase("十三五期间，全国脱贫攻坚取得胜利。", ["十三五 date 2016 ..2020"]),
        FigureCase("“十二五”末，粮食产量再创新高。", ["十二五 date 2011 ..2015"]),
        FigureCase("第十四个五年规划和二〇三五年远景目标纲要。", ["第十四个五年 date 2021 ..2025", "二〇三五年 date 2035"]),
        // Two-character names need a word of a plan or quotes with no Han character after them.
        FigureCase("“九五”计划顺利完成。", ["九五 date 1996 ..2000"]),
        FigureCase("“十五”以来，城乡面貌一新。", ["十五 date 2001 ..2005"]),
        FigureCase("九五之尊，他已十五岁。", ["十五岁 age 15"]),
        FigureCase("十三五期间，“十四五”规划，十四五时期。", ["十三五 date 2016 ..2020", "十四五 date 2021 ..2025", "十四五 date 2021 ..2025"]),
        FigureCase("第十三个五年计划。", ["第十三个五年 date 2016 ..2020"]),
    ]

    @Test(arguments: cases)
    func plan(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
