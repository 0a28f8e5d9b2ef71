import Testing
@testable import WenxiFigures

/// Measure words and units of news counts beyond the common ones (桌, 具, 把, 剂, 磅, 克拉 …): the
/// number takes the word as its unit, in Chinese numerals and in digits; the words they make with a
/// numeral (一连串, 三五成群, 二把手, 二锅头) and 则, 副, 群 (一半则, 第一副总理, 数万群众) are none.
@Suite struct FiguresMeasureWordTests {
    static let cases: [FigureCase] = [
        FigureCase("村里办了十二桌酒席。", ["十二桌 number 12 u=桌"]),
        FigureCase("婚宴共摆了30桌。", ["30桌 number 30 u=桌"]),
        FigureCase("搜救人员发现三具遇难者遗体。", ["三具 number 3 u=具"]),
        FigureCase("民警收缴管制刀具50把。", ["50把 number 50 u=把"]),
        FigureCase("已有2000余人接种了第3剂疫苗，每人两剂。", ["2000余人 number 2000 ..3000 u=人 ~more", "第3剂 ordinal 3 u=剂", "两剂 number 2 u=剂"]),
        FigureCase("这枚钻石重3克拉，金条重四十盎司，行李重五磅。", ["3克拉 number 3 u=克拉", "四十盎司 number 40 u=盎司", "五磅 number 5 u=磅"]),
        FigureCase("他每天跑三趟，吃三顿饭。", ["三趟 number 3 u=趟", "三顿 number 3 u=顿"]),
        FigureCase("全年产棉3000万担。", ["3000万担 number 30000000 u=担"]),
        FigureCase("警方破获两桩命案，缴获五盒弹药。", ["两桩 number 2 u=桩", "五盒 number 5 u=盒"]),
        FigureCase("家禽饲养量达1500万羽。", ["1500万羽 number 15000000 u=羽"]),
        // Longer words win over the count inside them (课时 not 课, 人份 not 人)
        FigureCase("培训共计32课时，修满4学分，备餐200人份。", ["32课时 number 32 u=课时", "4学分 number 4 u=学分", "200人份 number 200 u=人份"]),
        FigureCase("晚间八点档电视剧，分为三档。", ["三档 number 3 u=档"]),
        // Areas and volumes as news and web text write them
        FigureCase("这套住房面积120平米，每平米3万元。", ["120平米 number 120 u=平米", "3万元 money 30000 u=CNY"]),
        FigureCase("户型为90平方，车库120㎡，清运渣土3000立方。", ["90平方 number 90 u=平方", "120㎡ number 120 u=㎡", "3000立方 number 3000 u=立方"]),
        // Words, not counts
        FigureCase("他提出了一连串问题。", []),
        FigureCase("游客三五成群地拍照。", []),
        FigureCase("他是厂里的二把手，爱喝二锅头。", []),
        FigureCase("其余一半则用于扶贫。", []),
        FigureCase("第一副总理会见了代表。", []),
        FigureCase("数万群众聚集在江边。", ["数万 number 10000 ..100000 ~more"]),
    ]

    @Test(arguments: cases)
    func measureWords(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }
}
