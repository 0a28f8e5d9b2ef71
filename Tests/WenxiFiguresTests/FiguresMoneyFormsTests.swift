import Testing
@testable import WenxiFigures

/// Money as people write it: 元角分, 块 and 毛, financial numerals, the currency named before the
/// amount or after 元, 个亿, and ranges whose first number takes the second's magnitude.
@Suite struct FiguresMoneyFormsTests {
    static let cases: [FigureCase] = [
        // 毛钱 and 角钱 are tenths of a yuan; 一毛钱关系 ("nothing to do with it") is a word.
        FigureCase("每度电降价5毛钱，这事却跟他一毛钱关系都没有。", ["5毛钱 money 0.5 u=CNY"]),
        FigureCase("每度电便宜了8分钱，他却不花一分钱。", ["8分钱 money 0.08 u=CNY"]),
        FigureCase("一支铅笔一块二毛五。", ["一块二毛五 money 1.25 u=CNY"]),
        // 二元 before a word is "dual"
        FigureCase("打破城乡二元结构，二元经济逐步消失。", []),
        FigureCase("车票二元钱，门票二元。", ["二元钱 money 2 u=CNY", "二元 money 2 u=CNY"]),
        FigureCase("中标金额为64，318.50元。", ["64，318.50元 money 64318.5 u=CNY"]),
        // One digit after 块 or 元 with nothing going on after it is its 角, as said (两块五, 三元五的票).
        FigureCase("白菜卖两块五。", ["两块五 money 2.5 u=CNY"]),
        FigureCase("票价1块5，很便宜。", ["1块5 money 1.5 u=CNY"]),
        FigureCase("买了三块五花肉。", ["三块 number 3 u=块"]),
        FigureCase("合同总价1,205，600,000元。", ["1,205，600,000元 money 1205600000 u=CNY"]),
        FigureCase("比分为3，120名观众到场。", ["3 number 3", "120名 number 120 u=名"]),
        // Vague numerals: from the lower bound to the bound the vague digit stays below.
        FigureCase("这把伞才卖十几块钱。", ["十几块钱 money 10 ..20 u=CNY ~more"]),
        FigureCase("项目耗资数十亿元人民币。", ["数十亿元人民币 money 1000000000 ..10000000000 u=CNY ~more"]),
        FigureCase("他一次捐了几十万元。", ["几十万元 money 100000 ..1000000 u=CNY ~more"]),
        // （含） in notices: the bound it marks is inclusive
        FigureCase("单笔捐赠20万元（含）以上的须公示。", ["20万元（含）以上 money 200000 u=CNY ~more"]),
        FigureCase("奖励标准为2万(含)-8万元。", ["2万(含)-8万元 money 20000 ..80000 u=CNY"]),
        // Web text spaces digits off from the words around them
        FigureCase("营收达港币 52.3 亿元。", ["港币 52.3 亿元 money 5230000000 u=HKD"]),
        FigureCase("现场有 120 名志愿者。", ["120 名 number 120 u=名"]),
        FigureCase("每张票价56元3角2分。", ["56元3角2分 money 56.32 u=CNY"]),
        FigureCase("一斤白菜卖两块五毛。", ["一斤 number 1 u=斤", "两块五毛 money 2.5 u=CNY"]),
        FigureCase("奖金共计叁万伍仟圆整。", ["叁万伍仟圆整 money 35000 u=CNY"]),
        FigureCase("合同金额为壹佰贰拾万。", ["壹佰贰拾万 money 1200000 u=CNY"]),
        FigureCase("募得善款港币三千二百元。", ["港币三千二百元 money 3200 u=HKD"]),
        FigureCase("该片票房突破三个亿。", ["突破三个亿 number 300000000 ~more"]),
        FigureCase("项目总投资十二至十五万元。", ["十二至十五万元 money 120000 ..150000 u=CNY"]),
        FigureCase("年薪3万—6万元不等。", ["3万—6万元 money 30000 ..60000 u=CNY"]),
        FigureCase("补贴标准为两到三千元。", ["两到三千元 money 2000 ..3000 u=CNY"]),
        FigureCase("他搬来三块石头。", ["三块 number 3 u=块"]),
        FigureCase("价格下降-2.7%。", ["-2.7% percentage -2.7"]),
        FigureCase("增速为负2.7%，胜负3场。", ["负2.7% percentage -2.7", "3场 number 3 u=场"]),
        FigureCase("账户余额−4500。", ["−4500 number -4500"]),
        // ± is a tolerance: from minus to plus the number.
        FigureCase("测量误差控制在±0.5%，室温保持在±2℃。", ["±0.5% percentage -0.5 ..0.5", "±2℃ number -2 ..2 u=℃"]),
        // After the value it bounds, the range around it.
        FigureCase("室温保持在25℃±2℃，含量为3.5±0.5%。", ["25℃±2℃ number 23 ..27 u=℃", "3.5±0.5% percentage 3 ..4"]),
        // The second end of a range keeps its own sign after a separator that is no dash
        FigureCase("最低气温-10℃至-5℃。", ["-10℃至-5℃ number -10 ..-5 u=℃"]),
        FigureCase("夜间气温零下8到零下3摄氏度。", ["零下8到零下3摄氏度 number -8 ..-3 u=摄氏度"]),
        FigureCase("增速从负5%到负3%。", ["负5%到负3% percentage -5 ..-3"]),
        FigureCase("气温-3℃至5℃。", ["-3℃至5℃ number -3 ..5 u=℃"]),
        FigureCase("气温零下3至5摄氏度，湖面-10至-5℃。", ["零下3至5摄氏度 number -3 ..5 u=摄氏度", "-10至-5℃ number -10 ..-5 u=℃"]),
        FigureCase("面积扩大到二又三分之一倍的规模，收获两吨半粮食，挖了三米半深。", ["二又三分之一 number 2.3333333333333335", "两吨半 number 2.5 u=吨", "三米半 number 3.5 u=米"]),
    ]

    @Test(arguments: cases)
    func money(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
