import Testing
@testable import WenxiFigures
@testable import WenxiText

/// Percentages (%, 百分之, 成, 折, ‰) and money (元, foreign currencies, symbols).
@Suite struct FiguresPercentMoneyTests {
    static let cases: [FigureCase] = [
        // Percentages
        FigureCase("城镇化率达到65%。", ["65% percentage 65"]),
        FigureCase("同比增长5.2%。", ["5.2% percentage 5.2"]),
        FigureCase("增长百分之三点五。", ["百分之三点五 percentage 3.5"]),
        FigureCase("覆盖率达百分之百。", ["百分之百 percentage 100"]),
        FigureCase("占百分之六十五。", ["百分之六十五 percentage 65"]),
        FigureCase("三成企业实现盈利。", ["三成 percentage 30"]),
        FigureCase("近七成受访者表示满意。", ["近七成 percentage 70 ~about"]),
        FigureCase("不到三成的人参加。", ["不到三成 percentage 30 ~less"]),
        // 多 or 余 after 成: more than that many tenths.
        FigureCase("八成多的受访者支持这项政策。", ["八成多 percentage 80 ~more"]),
        // 约 after 损失 is "about" (损失约), not 失约.
        FigureCase("火灾造成直接经济损失约3.2亿元。", ["约3.2亿元 money 320000000 u=CNY ~about"]),
        FigureCase("出口增幅回落三成余。", ["三成余 percentage 30 ~more"]),
        FigureCase("较常年偏多5成。", ["5成 percentage 50"]),
        FigureCase("七成以上的村庄通了公交。", ["七成以上 percentage 70 ~more"]),
        FigureCase("三成半的份额。", ["三成半 percentage 35"]),
        FigureCase("商品打八折出售。", ["八折 percentage 80"]),
        FigureCase("全场七五折。", ["七五折 percentage 75"]),
        FigureCase("出生率为5‰。", ["5‰ percentage 0.5"]),
        FigureCase("误差控制在千分之五以内。", ["千分之五以内 percentage 0.5 ~less"]),
        FigureCase("发生率为万分之三。", ["万分之三 percentage 0.03"]),
        // Parts per million are percentages too; 负增长 before a rate gives it its sign.
        FigureCase("水中铅含量低于百万分之五。", ["低于百万分之五 percentage 0.0005 ~less"]),
        // So are parts per ten million, per hundred million and per billion (a ten-millionth is 0.00001 %).
        FigureCase("测量误差小于千万分之一。", ["小于千万分之一 percentage \(1.0 / 100_000) ~less"]),
        FigureCase("空气中该物质浓度为亿分之五。", ["亿分之五 percentage \(5.0 / 1_000_000)"]),
        FigureCase("十分之一的样本不合格。", ["十分之一 number 0.1"]),
        FigureCase("当季出口负增长3.2%，降幅收窄。", ["负增长3.2% percentage -3.2"]),
        // A plus sign is part of the span; between a range separator and the second number it is read through.
        FigureCase("净利润同比+12.3%，波动区间为-5%~+5%。", ["+12.3% percentage 12.3", "-5%~+5% percentage -5 ..5"]),
        // A digit after 成 is its hundredths (三成五 is 35 %), not where it starts a count of its own.
        FigureCase("受访者中七成五的人表示满意，九成九的订单按时交付。", ["七成五 percentage 75", "九成九 percentage 99"]),
        FigureCase("有三成五年以上的老员工。", ["三成 percentage 30", "五年以上 duration P5Y ~more"]),
        FigureCase("失业率为5.0％。", ["5.0％ percentage 5"]),
        FigureCase("增速在20%—30%之间。", ["20%—30% percentage 20 ..30"]),
        FigureCase("增速在20—30%之间。", ["20—30% percentage 20 ..30"]),
        FigureCase("利润增长10%至15%。", ["10%至15% percentage 10 ..15"]),
        FigureCase("增长6.5%左右。", ["6.5%左右 percentage 6.5 ~about"]),
        FigureCase("约60%的企业。", ["约60% percentage 60 ~about"]),
        FigureCase("超过90%的家庭。", ["超过90% percentage 90 ~more"]),
        FigureCase("增长10%以上。", ["10%以上 percentage 10 ~more"]),
        FigureCase("占比达到1/4%。", ["1/4% percentage 0.25"]),
        FigureCase("一成不变的做法。", []),
        FigureCase("他已成为骨干。", []),
        FigureCase("打折出售。", []),
        // Money
        FigureCase("投资8亿元建设新区。", ["8亿元 money 800000000 u=CNY"]),
        FigureCase("人均收入3.9万元。", ["3.9万元 money 39000 u=CNY"]),
        FigureCase("进出口总值35.02万亿元人民币。", ["35.02万亿元人民币 money 35020000000000 u=CNY"]),
        FigureCase("人民币5000亿元。", ["5000亿元 money 500000000000 u=CNY"]),
        FigureCase("融资人民币30亿。", ["30亿 money 3000000000 u=CNY"]),
        FigureCase("援助100万美元。", ["100万美元 money 1000000 u=USD"]),
        FigureCase("贸易额达5000亿美元。", ["5000亿美元 money 500000000000 u=USD"]),
        FigureCase("合同金额1.2万亿欧元。", ["1.2万亿欧元 money 1200000000000 u=EUR"]),
        FigureCase("投资30亿日元。", ["30亿日元 money 3000000000 u=JPY"]),
        FigureCase("筹集50万港元。", ["50万港元 money 500000 u=HKD"]),
        FigureCase("捐款20万港币。", ["20万港币 money 200000 u=HKD"]),
        FigureCase("售价1000英镑。", ["1000英镑 money 1000 u=GBP"]),
        FigureCase("价值500亿卢布。", ["500亿卢布 money 50000000000 u=RUB"]),
        FigureCase("报价2万韩元。", ["2万韩元 money 20000 u=KRW"]),
        FigureCase("投入60亿澳元。", ["60亿澳元 money 6000000000 u=AUD"]),
        FigureCase("每股0.5元。", ["0.5元 money 0.5 u=CNY"]),
        FigureCase("票价为$100。", ["$100 money 100 u=USD"]),
        FigureCase("售价￥200。", ["￥200 money 200 u=CNY"]),
        FigureCase("市值约3000亿元。", ["约3000亿元 money 300000000000 u=CNY ~about"]),
        FigureCase("每户补贴2000至3000元。", ["2000至3000元 money 2000 ..3000 u=CNY"]),
        FigureCase("罚款5万元以上10万元以下。", ["5万元以上10万元以下 money 50000 ..100000 u=CNY"]),
        FigureCase("花了30块钱。", ["30块钱 money 30 u=CNY"]),
        FigureCase("两千元奖金。", ["两千元 money 2000 u=CNY"]),
        FigureCase("发放十万元。", ["十万元 money 100000 u=CNY"]),
        FigureCase("100元/吨。", ["100元 money 100 u=CNY"]),
        FigureCase("2024元旦晚会。", ["2024元旦 date 2024-01-01"]),
        FigureCase("价格为每斤12.5元左右。", ["12.5元左右 money 12.5 u=CNY ~about"]),
        FigureCase("万元户越来越多。", []),
        FigureCase("亿万人民。", []),
        FigureCase("千万不要放弃。", []),
        FigureCase("失业率上升到百分之十几。", ["百分之十几 percentage 10 ..20 ~more"]),
        FigureCase("一千万元专项资金。", ["一千万元 money 10000000 u=CNY"]),
        FigureCase("GDP突破100万亿元。", ["突破100万亿元 money 100000000000000 u=CNY ~more"]),
    ]

    @Test(arguments: cases)
    func percentAndMoney(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
