import Testing
@testable import WenxiFigures

/// Counts and amounts with 多 or 余 (their upper bound), k and w for 千 and 万 in web amounts, amounts
/// of pay (月薪15k, 年薪30w左右: money in yuan), + as "or more" (10万+), and ranges joined by a tilde or
/// 至 across Arabic and Chinese numerals.
@Suite struct FiguresWebAmountTests {
    static let cases: [FigureCase] = [
        // 多 and 余 stay below the next step of the lowest written place.
        FigureCase("展会吸引了3500多名采购商。", ["3500多名 number 3500 ..3600 u=名 ~more"]),
        FigureCase("一张门票卖到三百多欧元。", ["三百多欧元 money 300 ..400 u=EUR ~more"]),
        FigureCase("村里还有一百二十余户贫困户。", ["一百二十余户 number 120 ..130 u=户 ~more"]),
        FigureCase("两地相距四十多万米。", ["四十多万米 number 400000 ..500000 u=米 ~more"]),
        // Durations, ages and fractions keep "more" alone.
        FigureCase("他在海外工作了二十多年。", ["二十多年 duration P20Y ~more"]),
        FigureCase("老人已经八十多岁。", ["八十多岁 age 80 ~more"]),
        FigureCase("新增1.5万多个岗位。", ["1.5万多个 number 15000 u=个 ~more"]),
        // k and w after digits before a currency word.
        FigureCase("这款手机在二手平台标价3k元。", ["3k元 money 3000 u=CNY"]),
        FigureCase("家长为暑期夏令营花了2w元。", ["2w元 money 20000 u=CNY"]),
        FigureCase("招聘启事写明月薪8~12K元。", ["8~12K元 money 8000 ..12000 u=CNY"]),
        FigureCase("新款充电器功率达到100W。", ["100W number 100 u=W"]),
        // Lower-case k and w are 千 and 万 wherever no letter follows; upper-case only in pay or before +.
        FigureCase("直播间粉丝已有2w，打赏超过3k。", ["2w number 20000", "超过3k number 3000 ~more"]),
        FigureCase("这款背包重15kg，空调功率3kW，新款显卡支持4K输出。", ["15kg number 15 u=kg", "3kW number 3 u=kW"]),
        FigureCase("商场里4k电视热销，市民报名参加5k跑。", []),   // a resolution and a race, not thousands
        // Words of pay make a number with no unit an amount in yuan.
        FigureCase("这家公司开出月薪15k的待遇。", ["15k money 15000 u=CNY"]),
        FigureCase("应届生年薪30w左右，月薪在3.5K上下。", ["30w左右 money 300000 u=CNY ~about", "3.5K上下 money 3500 u=CNY ~about"]),
        FigureCase("招聘启事写明月薪8~12K，税后工资涨到6000。", ["8~12K money 8000 ..12000 u=CNY", "6000 money 6000 u=CNY"]),
        FigureCase("普工月薪4500-6000，包吃住。", ["4500-6000 money 4500 ..6000 u=CNY"]),
        // A bare magnitude after a word of pay is the amount; before 不要 千万 is "by all means".
        FigureCase("这位年薪千万的球星月薪八千起步时，工资千万不要拖欠。", ["千万 money 10000000 u=CNY", "八千 money 8000 u=CNY"]),
        // + after a count is "or more"; not a sum.
        FigureCase("这篇文章阅读量10万+，点赞1w+。", ["10万+ number 100000 ~more", "1w+ number 10000 ~more"]),
        FigureCase("10万+的文章不多，岗位待遇为底薪3000+提成。", ["10万+ number 100000 ~more", "3000 money 3000 u=CNY"]),
        // An approximation before the currency word bears on the amount.
        FigureCase("这笔款项约合人民币300万元。", ["约合人民币300万元 money 3000000 u=CNY ~about"]),
        // A tilde or 至 joins a Chinese and an Arabic numeral; a dash does not.
        FigureCase("夜市小吃每份五~8元。", ["五~8元 money 5 ..8 u=CNY"]),
        FigureCase("门票价格为两至3百港元。", ["两至3百港元 money 200 ..300 u=HKD"]),
    ]

    @Test(arguments: cases)
    func webAmounts(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
