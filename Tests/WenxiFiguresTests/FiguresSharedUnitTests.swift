import Testing
@testable import WenxiFigures

/// Bare numbers listed before a number with a unit take that unit (分别提高0.5和0.3个百分点), each a
/// figure of its own, and the last one's 万 or 亿 when they have none; dates, durations and designations
/// are not such lists.
@Suite struct FiguresSharedUnitTests {
    static let cases: [FigureCase] = [
        FigureCase("两项指标分别提高0.5和0.3个百分点。", ["两项 number 2 u=项", "0.5 number 0.5 u=百分点", "0.3个百分点 number 0.3 u=百分点"]),
        FigureCase("两地分别有12、15和20家企业。", ["12 number 12 u=家", "15 number 15 u=家", "20家 number 20 u=家"]),
        FigureCase("出口和进口分别增长8和15%。", ["8 percentage 8", "15% percentage 15"]),
        FigureCase("奖金分别为10、20和30万元。", ["10 money 100000 u=CNY", "20 money 200000 u=CNY", "30万元 money 300000 u=CNY"]),
        FigureCase("两队分别有1.2万和8000人。", ["两队 number 2 u=队", "1.2万 number 12000 u=人", "8000人 number 8000 u=人"]),
        FigureCase("两个孩子分别为12和15岁。", ["两个 number 2 u=个", "12 age 12", "15岁 age 15"]),
        // Not lists that share a unit
        FigureCase("他和3个人同行。", ["3个 number 3 u=个"]),
        FigureCase("第1和第2名。", ["第1 ordinal 1", "第2名 ordinal 2 u=名"]),
    ]

    @Test(arguments: cases)
    func sharedUnits(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
