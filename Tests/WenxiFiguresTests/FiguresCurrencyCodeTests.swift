import Testing
@testable import WenxiFigures

/// ISO 4217 codes (USD, EUR, CNY, HKD, JPY, GBP) and RMB before an amount, glued or with one space,
/// or after it, name its currency as 美元 or $ do; not inside a longer Latin word (USDT, a token; XUSD)
/// and not model names (C919, USB 3.0).
@Suite struct FiguresCurrencyCodeTests {
    static let cases: [FigureCase] = [
        FigureCase("这款手机国内售价RMB 2999。", ["RMB 2999 money 2999 u=CNY"]),
        FigureCase("海外版定价USD 499，欧洲版EUR549。", ["USD 499 money 499 u=USD", "EUR549 money 549 u=EUR"]),
        FigureCase("该笔订单折合1200 USD。", ["1200 USD money 1200 u=USD"]),
        FigureCase("门票约80EUR。", ["约80EUR money 80 u=EUR ~about"]),
        FigureCase("融资规模达HKD 3.5亿。", ["HKD 3.5亿 money 350000000 u=HKD"]),
        FigureCase("旧版标价RMB2999元。", ["RMB2999元 money 2999 u=CNY"]),
        // Other letters: tokens, longer words and model names.
        FigureCase("钱包里存有500USDT。", []),
        FigureCase("XUSD 500型号已停产。", []),
        FigureCase("接口为USB 3.0标准，机型为C919。", []),
    ]

    @Test(arguments: cases)
    func currencyCodes(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
