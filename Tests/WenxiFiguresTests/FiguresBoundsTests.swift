import Testing
@testable import WenxiFigures
import WenxiText

/// Comparatives and open dates as `mod`, and numerals inside names left out.
@Suite struct FiguresBoundsTests {
    func mods(_ text: String) -> [String] {
        FigureExtractor().figures(in: text, referenceDate: CalendarDate("2024-11-04")).map { "\($0.text) \($0.mod?.rawValue ?? "-")" }
    }

    @Test func comparativesBoundNumbers() {
        #expect(mods("参会人数超过600人。") == ["超过600人 more_than"])
        #expect(mods("每组至少三个人。") == ["至少三个 equal_or_more"])
        #expect(mods("合格率不到5成。") == ["不到5成 less_than"])
        #expect(mods("年产值逾百万。") == ["逾百万 more_than"])
        #expect(mods("60岁以上老人免费。") == ["60岁以上 equal_or_more"])
        #expect(mods("误差小于0.5毫米。") == ["小于0.5毫米 less_than"])
        #expect(mods("共有3000多人。") == ["3000多人 -"])
        // 及以上, 及以下: the bound includes the number, as 以上 and 以下 do.
        #expect(mods("全市65岁及以上老人免费乘车。") == ["65岁及以上 equal_or_more"])
        #expect(mods("3岁及以下儿童无需购票。") == ["3岁及以下 equal_or_less"])
        // 不止 "more than", 不下, 起码, 最少 "at least"; 差不多, 大致, 约莫 "about" put no bound
        #expect(mods("他先后献血不下200次，每次最少300毫升。") == ["不下200次 equal_or_more", "最少300毫升 equal_or_more"])
        #expect(mods("受益群众不止10万人，起码5000户。") == ["不止10万人 more_than", "起码5000户 equal_or_more"])
        #expect(mods("他差不多五十岁，村里大致300户，约莫两百人。") == ["差不多五十岁 -", "大致300户 -", "约莫两百人 -"])
        // before a currency word the comparative still bounds the amount; + after a count is "more than"
        #expect(mods("项目总投资超过人民币5亿元，阅读量10万+。") == ["超过人民币5亿元 more_than", "10万+ more_than"])
        // 过 and 破 before a round magnitude say "past" it; before other counts they are verbs
        #expect(mods("该企业年营收过亿，新片票房破10亿，他打破3项纪录。") == ["过亿 more_than", "破10亿 more_than", "3项 -"])
        #expect(mods("船队破万顷波涛，合同额过亿元。") == ["过亿元 more_than"])
        // 起 after a price: the price it starts from; 起来 is another word
        #expect(mods("新机售价199美元起，套餐每人50元起步，他把100元拿起来。") == ["199美元起 equal_or_more", "50元起 equal_or_more", "100元 -"])
    }

    @Test func openDatesCarryTheirDirection() {
        #expect(mods("2016年以来，全省新增企业。") == ["2016年以来 on_or_after"])
        #expect(mods("力争2030年前实现碳达峰。") == ["2030年前 before"])
        #expect(mods("新规自5月起施行。") == ["5月起 on_or_after"])
        #expect(mods("年初以来，新增就业岗位。") == ["年初以来 on_or_after"])
        #expect(mods("月底前完成整改。") == ["月底前 before"])   // a part of a period takes a bare 前 (not 今年前三季度)
        #expect(mods("2024年前三季度增长5%。") == ["2024年前三季度 -", "5% -"])
        #expect(mods("5年以来，他坚持不懈。") == ["5年以来 -"])   // a period ending at the anchor
        // Halves and quarters of the anchor's year open as its months do (上半年以来 was 上半年 alone).
        #expect(mods("上半年以来，全省外贸回暖。") == ["上半年以来 on_or_after"])
        #expect(mods("一季度以来，工业用电量回升。") == ["一季度以来 on_or_after"])
        #expect(mods("新标准下季度起执行。") == ["下季度起 on_or_after"])
        #expect(mods("三季度末以来，库存下降。") == ["三季度末以来 on_or_after"])
        #expect(mods("三季度以后，订单增多。") == ["三季度以后 after"])
        #expect(mods("二季度起步平稳。") == ["二季度 -"])   // 起步 is no bound
        #expect(mods("上半年前完成招标。") == ["上半年 -"])  // a bare 前 only after a part of a period or a month
        // 过后 after a date or a time is 以后 (春节过后 was 春节 alone); not after a duration.
        #expect(mods("春节过后，务工人员陆续返城。") == ["春节过后 after"])
        #expect(mods("晚上八点过后，街道渐渐安静。") == ["晚上八点过后 after"])
        #expect(mods("三年过后，他回到家乡。") == ["三年 -"])
        // Decades and centuries open as years do (80年代以来 was 80年代 alone).
        #expect(mods("80年代以来，特区建设突飞猛进。") == ["80年代以来 on_or_after"])
        #expect(mods("九十年代起，他开始写作。") == ["九十年代起 on_or_after"])
        #expect(mods("早在19世纪40年代前，这里已有码头。") == ["19世纪40年代前 before"])
        #expect(mods("进入21世纪以后，产业加速转型。") == ["21世纪以后 after"])
        #expect(mods("上世纪以来，城市人口持续增长。") == ["上世纪以来 on_or_after"])
        #expect(mods("70年代前往美国留学。") == ["70年代 -"])   // 前往 is a verb
        #expect(mods("上世纪90年代前后，工厂多次改制。") == ["上世纪90年代 -"])
        // 截至, 截止到 before a date: up to and including it; the preposition stays out of the span.
        #expect(mods("截至10月末，存款余额增加。") == ["10月末 on_or_before"])
        #expect(mods("截止到2023年底，共建成5座。") == ["2023年底 on_or_before", "5座 -"])
        #expect(mods("截至今天，已有三人报名。") == ["今天 on_or_before", "三人 -"])
    }

    @Test func numeralsInPlaceNamesAreNotFigures() {
        #expect(mods("他住在三里屯附近，常去五道口和六尺巷。").isEmpty)
        #expect(mods("新修了两道水渠，走了五里路。") == ["两道 -", "五里 -"])
        #expect(mods("他家住三里屯附近，每天走过六尺巷。").isEmpty)
        // Districts and counties named so (二道区, 九里区); 区域 and 区别 after a count are no district.
        #expect(mods("游客从长春市二道区来到徐州市九里区。").isEmpty)
        #expect(mods("园区划出三道区域。") == ["三道 -"])
        // After 里 also 河, 铺, 店, 桥, 营 end a place name; 河道 after a distance is a river.
        #expect(mods("他从三里河出发，经五里店到十里铺。").isEmpty)
        #expect(mods("沿着十里河道走了三里路。") == ["十里 -", "三里 -"])
        // A small Chinese numeral with 元 before 里, 桥, 区 names a place; money otherwise.
        #expect(mods("他从三元桥出发，途经三元里，来到三明市三元区。").isEmpty)
        #expect(mods("车票三元，这三元里面有一元是补贴。") == ["三元 -", "三元 -", "一元 -"])
    }

    @Test func countsInQuotedSlogansAreNotFigures() {
        #expect(mods("提出抓好“两个覆盖”，落实“四下基层”。").isEmpty)
        #expect(mods("他说“三个人就够了，其余的人先回去”。") == ["三个 -"])
    }

    @Test func countsOpeningSlogansAreNotFigures() {
        // A count with 个 before an adverb or a modal names a slogan; so do the listed slogans.
        #expect(mods("全党要牢记两个务必，坚持两个毫不动摇。").isEmpty)
        #expect(mods("要坚持三个有利于的标准。").isEmpty)
        #expect(mods("落实两个覆盖，统筹两个大局。").isEmpty)
        #expect(mods("专家提出三个不同的方案，两个负责人到场。") == ["三个 -", "两个 -"])
    }
}
