import Testing
@testable import WenxiFigures
@testable import WenxiText

/// Parts of periods, two-digit and spelled years, weekdays and double relatives, date ranges that
/// carry the year over. The reference date 2024-11-04 is a Monday.
@Suite struct FiguresPeriodTests {
    static let cases: [FigureCase] = [
        // Years of the Republic of China: 民国 N年 is 1911 + N.
        FigureCase("该校创办于民国三十八年，民国38年10月1日正式开学。", ["民国三十八年 date 1949", "民国38年10月1日 date 1949-10-01"]),
        FigureCase("本案於民國113年3月判決。", ["民國113年3月 date 2024-03"]),
        // A Chinese month with a part after it, which jieba lists as words (九月底, 三月初).
        FigureCase("项目九月底前完成验收。", ["九月底前 date 2024-09-25 ..2024-09-30"], reference: "2024-11-04"),
        // A leading zero makes two digits with 年 a year even alone; 月中 is the middle third.
        FigureCase("他09年来到深圳。", ["09年 date 2009"], reference: "2024-11-04"),
        FigureCase("00年出生的运动员。", ["00年 date 2000"], reference: "2024-11-04"),
        FigureCase("工程月中完工。", ["月中 date 2024-11-11 ..2024-11-20"], reference: "2024-11-04"),
        FigureCase("3月中将召开年会。", ["3月中 date 2024-03-11 ..2024-03-20"], reference: "2024-11-04"),
        FigureCase("3月中国制造业回暖。", ["3月 date 2024-03"], reference: "2024-11-04"),
        FigureCase("在艰苦的岁月中相互支持。", [], reference: "2024-11-04"),
        FigureCase("预计9月中下旬发布。", ["9月中下旬 date 2024-09-11 ..2024-09-30"], reference: "2024-11-04"),
        FigureCase("4月上中旬气温偏高。", ["4月上中旬 date 2024-04-01 ..2024-04-20"], reference: "2024-11-04"),
        // Parts of months, years and quarters
        FigureCase("水稻收割集中在9月下旬。", ["9月下旬 date 2024-09-21 ..2024-09-30"], reference: "2024-11-04"),
        // 初 the first five days, 底/末 from the 25th; 月 may be said again (七月月初).
        FigureCase("今明两年是攻坚期。", ["今明两年 date 2024 ..2025 rel=P0Y"], reference: "2024-11-04"),
        FigureCase("明后两年将迎来交付高峰，新馆明后年完工。", ["明后两年 date 2025 ..2026 rel=+P1Y", "明后年 date 2025 ..2026 rel=+P1Y"],
                   reference: "2024-11-04"),
        FigureCase("首批货物7月初运抵。", ["7月初 date 2024-07-01 ..2024-07-05"], reference: "2024-11-04"),
        FigureCase("合同于2022年6月末到期。", ["2022年6月末 date 2022-06-25 ..2022-06-30"]),
        FigureCase("十一月月底前完成验收。", ["十一月月底前 date 2024-11-25 ..2024-11-30"], reference: "2024-11-04"),
        // A day in digits after a month without 日, where the clause or a range ends after it.
        FigureCase("报名截至5月20，逾期不候。", ["5月20 date 2024-05-20"], reference: "2024-11-04"),
        FigureCase("展期为3月8至4月15。", ["3月8至4月15 date 2024-03-08 ..2024-04-15"], reference: "2024-11-04"),
        FigureCase("3月5人参加培训。", ["3月 date 2024-03", "5人 number 5 u=人"], reference: "2024-11-04"),
        FigureCase("工程将于2025年3月上旬完工。", ["2025年3月上旬 date 2025-03-01 ..2025-03-10"]),
        FigureCase("2月中旬以来气温回升。", ["2月中旬以来 date 2024-02-11 ..2024-02-20"], reference: "2024-11-04"),
        FigureCase("新规从2023年2月底起施行。", ["2023年2月底起 date 2023-02-25 ..2023-02-28"]),
        FigureCase("项目计划今年底投产。", ["今年底 date 2024-11 ..2024-12 rel=P0Y"], reference: "2024-11-04"),
        FigureCase("到2030年末，产能将翻番。", ["2030年末 date 2030-11 ..2030-12", "翻番 number 2 u=倍"]),
        FigureCase("明年初将启动招标。", ["明年初 date 2025-01 ..2025-02 rel=+P1Y"], reference: "2024-11-04"),
        FigureCase("截至今年三季度末，贷款余额增长。", ["今年三季度末 date 2024-09 rel=P0Y"], reference: "2024-11-04"),
        FigureCase("上季度末，库存有所下降。", ["上季度末 date 2024-09 rel=-P3M"], reference: "2024-11-04"),
        FigureCase("月底前完成整改。", ["月底前 date 2024-11-25 ..2024-11-30"], reference: "2024-11-04"),
        FigureCase("会议初步确定了方案。", []),
        FigureCase("明年年初将开工建设。", ["明年年初 date 2025-01 ..2025-02 rel=+P1Y"], reference: "2024-11-04"),
        FigureCase("去年年底，项目通过验收。", ["去年年底 date 2023-11 ..2023-12 rel=-P1Y"], reference: "2024-11-04"),
        FigureCase("岁末年初，各地年货市场人头攒动。", ["岁末 date 2024-11 ..2024-12", "年初 date 2024-01 ..2024-02"], reference: "2024-11-04"),
        FigureCase("今年暑假，博物馆接待游客创新高。", ["今年暑假 date 2024-07 ..2024-08 rel=P0Y"], reference: "2024-11-04"),
        FigureCase("2023年寒假期间，滑雪场爆满。", ["2023年寒假 date 2023-01 ..2023-02"]),
        // Relative dates: fractions of years in months, weeks as weeks, ranges of amounts as ranges
        FigureCase("一年半前，这里还是一片荒地。", ["一年半前 date 2023-05 rel=-P1.5Y"], reference: "2024-11-04"),
        FigureCase("两年半后，新馆将对外开放。", ["两年半后 date 2027-05 rel=+P2.5Y"], reference: "2024-11-04"),
        FigureCase("3周后，首批货物将运抵。", ["3周后 date 2024-W48 rel=+P3W"], reference: "2024-11-04"),
        FigureCase("三十几年前，这里只有一条土路。", ["三十几年前 date 1984 ..1994 ~more rel=-P30Y"], reference: "2024-11-04"),
        FigureCase("五六天后，水位开始回落。", ["五六天后 date 2024-11-09 ..2024-11-10 rel=+P5D"], reference: "2024-11-04"),
        // 过 or 再过 opening a clause before a duration: that far after the anchor, as 两天后.
        FigureCase("过两天，气温将明显回升。", ["过两天 date 2024-11-06 rel=+P2D"], reference: "2024-11-04"),
        FigureCase("再过十周，大桥就将合龙。", ["再过十周 date 2025-W03 rel=+P10W"], reference: "2024-11-04"),
        FigureCase("他再过两年就退休了。", ["再过两年 date 2026 rel=+P2Y"], reference: "2024-11-04"),
        FigureCase("据介绍，再过三个月新馆将开放。", ["再过三个月 date 2025-02 rel=+P3M"], reference: "2024-11-04"),
        FigureCase("过两三天，水位将回落。", ["过两三天 date 2024-11-06 ..2024-11-07 rel=+P2D"], reference: "2024-11-04"),
        FigureCase("过两天再说。", ["过两天 date null rel=+P2D"]),
        // 过 ending another word, or 过了 (a time passed in the story), is no such lead.
        FigureCase("经过两年的努力，村里通了公路。", ["两年 duration P2Y"], reference: "2024-11-04"),
        FigureCase("他们一起度过三天难忘的时光。", ["三天 duration P3D"], reference: "2024-11-04"),
        FigureCase("过了两天，他又来到工地。", ["两天 duration P2D"], reference: "2024-11-04"),
        FigureCase("门票不过两天就售罄。", ["两天 duration P2D"], reference: "2024-11-04"),
        // Periods from the anchor: 过去/最近/未来/今后 before a duration, 来/以来 after it
        FigureCase("过去两年，全市新增绿地300公顷。", ["过去两年 date 2022-11-05 ..2024-11-04 rel=-P2Y", "300公顷 number 300 u=公顷"], reference: "2024-11-04"),
        FigureCase("近十年来，村里通了公路。", ["近十年来 date 2014-11-05 ..2024-11-04 rel=-P10Y"], reference: "2024-11-04"),
        FigureCase("一年多以来，物价总体平稳。", ["一年多以来 date 2023-11-05 ..2024-11-04 ~more rel=-P1Y"], reference: "2024-11-04"),
        FigureCase("未来两周，气温持续偏低。", ["未来两周 date 2024-11-04 ..2024-11-17 rel=+P2W"], reference: "2024-11-04"),
        FigureCase("今后三个月是施工关键期。", ["今后三个月 date 2024-11-04 ..2025-02-03 rel=+P3M"], reference: "2024-11-04"),
        // A period of P holds P days, the anchor's day one of them (its first or its last).
        FigureCase("气象台预计，未来7天全省以晴为主。", ["未来7天 date 2024-11-28 ..2024-12-04 rel=+P7D"], reference: "2024-11-28"),
        FigureCase("未来两个月，订单已经排满。", ["未来两个月 date 2021-07-01 ..2021-08-31 rel=+P2M"], reference: "2021-07-01"),
        // 内 alone stays out of the span (as in 三天内); the period is the same.
        FigureCase("今后5年内，全省将新建一批学校。", ["今后5年 date 2024-11-04 ..2029-11-03 rel=+P5Y"], reference: "2024-11-04"),
        FigureCase("过去一个月，菜价明显回落。", ["过去一个月 date 2024-03-01 ..2024-03-31 rel=-P1M"], reference: "2024-03-31"),
        FigureCase("最近三天，气温骤降。", ["最近三天 date 2024-10-30 ..2024-11-01 rel=-P3D"], reference: "2024-11-01"),
        FigureCase("大雨持续近20天。", ["近20天 duration P20D ~about"], reference: "2024-11-04"),
        // Hours and minutes from now: the anchor has no hour, so a time with `relative` and no value;
        // whole days of hours are the day that many days away.
        FigureCase("四个小时前，警方接到群众报警。", ["四个小时前 time null rel=-PT4H"], reference: "2024-11-04"),
        FigureCase("3小时后，救援队抵达现场。", ["3小时后 time null rel=+PT3H"], reference: "2024-11-04"),
        FigureCase("3小时后，救援队抵达现场。", ["3小时后 time null rel=+PT3H"]),
        FigureCase("半小时后，雨渐渐停了。", ["半小时后 time null rel=+PT0.5H"], reference: "2024-11-04"),
        FigureCase("一刻钟后，列车缓缓驶出车站。", ["一刻钟后 time null rel=+PT15M"], reference: "2024-11-04"),
        FigureCase("两个半小时以前，大坝水位还在上涨。", ["两个半小时以前 time null rel=-PT2.5H"], reference: "2024-11-04"),
        FigureCase("再过半小时，航班就将起飞。", ["再过半小时 time null rel=+PT0.5H"], reference: "2024-11-04"),
        FigureCase("约3小时后，飞机安全降落。", ["约3小时后 time null ~about rel=+PT3H"], reference: "2024-11-04"),
        FigureCase("24小时前，他还在上海出差。", ["24小时前 date 2024-11-03 rel=-PT24H"], reference: "2024-11-04"),
        FigureCase("48小时后，检测结果将对外公布。", ["48小时后 date 2024-11-06 rel=+PT48H"], reference: "2024-11-04"),
        // Periods of hours: whole days as 未来两天, other lengths durations placed by `relative`.
        FigureCase("过去三小时，全市降雨量达50毫米。", ["过去三小时 duration PT3H rel=-PT3H", "50毫米 number 50 u=毫米"], reference: "2024-11-04"),
        // A bare 百 or 千 of years with a period's lead or tail is that period; alone it stays a word (百年老店).
        FigureCase("近百年来，这座城市面貌巨变；过去百年，这家百年老店几经沉浮。", ["近百年来 date 1924-11-05 ..2024-11-04 rel=-P100Y",
                   "过去百年 date 1924-11-05 ..2024-11-04 rel=-P100Y"], reference: "2024-11-04"),
        FigureCase("最近10分钟，大盘快速拉升。", ["最近10分钟 duration PT10M rel=-PT10M"], reference: "2024-11-04"),
        FigureCase("过去的50分钟里，双方互有攻守。", ["过去的50分钟 duration PT50M rel=-PT50M"], reference: "2024-11-04"),
        FigureCase("未来48小时，沿海将有大风。", ["未来48小时 date 2024-11-04 ..2024-11-05 rel=+PT48H"], reference: "2024-11-04"),
        FigureCase("未来七十二小时内，台风将登陆。", ["未来七十二小时 date 2024-11-04 ..2024-11-06 rel=+PT72H"], reference: "2024-11-04"),
        FigureCase("未来48小时，沿海将有大风。", ["48小时 duration PT48H"]),
        // An event's length, or a time after an event in the story: no offset from now.
        FigureCase("会议持续了四个小时后才结束。", ["四个小时 duration PT4H"], reference: "2024-11-04"),
        FigureCase("师傅用了三小时后终于修好了水管。", ["三小时 duration PT3H"], reference: "2024-11-04"),
        FigureCase("每隔2小时检测一次水质。", ["2小时 duration PT2H"], reference: "2024-11-04"),
        FigureCase("工人连续工作8小时后才休息。", ["8小时 duration PT8H"], reference: "2024-11-04"),
        // Two-digit and spelled years
        FigureCase("他09年3月进入公司。", ["09年3月 date 2009-03"], reference: "2024-11-04"),
        FigureCase("这座桥98年底建成。", ["98年底 date 1998-11 ..1998-12"], reference: "2024-11-04"),
        FigureCase("该厂一九九八年投产。", ["一九九八年 date 1998"]),
        FigureCase("学校创办于两千零七年。", ["两千零七年 date 2007"]),
        FigureCase("他在九零年代末出国。", ["九零年代末 date 1997 ..1999"]),
        // Two spelled digits that are no approximate pair (八九年 is "eight or nine years") are a year.
        FigureCase("他是九八年参加工作的。", ["九八年 date 1998"], reference: "2024-11-04"),
        FigureCase("这座大桥五五年建成通车。", ["五五年 date 1955"], reference: "2024-11-04"),
        FigureCase("这项工程还要八九年才能完工。", ["八九年 duration P8Y ..P9Y"]),
        FigureCase("这项技术已有一千五百年历史。", ["一千五百年 duration P1500Y"]),
        FigureCase("他连续15年获评先进。", ["15年 duration P15Y"], reference: "2024-11-04"),
        // The window: 20yy when at most 10 years after the anchor's year, else 19yy.
        FigureCase("新线计划34年6月通车。", ["34年6月 date 2034-06"], reference: "2024-11-04"),
        FigureCase("他45年8月随部队进城。", ["45年8月 date 1945-08"], reference: "2024-11-04"),
        FigureCase("他三七年冬天参加了八路军。", ["三七年冬天 date 1937-12 ..1938-02"], reference: "2024-11-04"),
        FigureCase("三三年，他随家人迁往上海；26年3月起新规实施。", ["三三年 date 1933", "26年3月起 date 2026-03"], reference: "2021-06-15"),
        FigureCase("老厂房31年底拆除。", ["31年底 date 2031-11 ..2031-12"], reference: "2021-06-15"),
        // 八几年, 九几年: a year of that decade; 十几年 counts years.
        FigureCase("他八几年去了深圳，九几年回到家乡，十几年过去了。", ["八几年 date 1980 ..1989", "九几年 date 1990 ..1999",
                   "十几年 duration P10Y ..P20Y ~more"], reference: "2024-11-04"),
        // 于 after a verb of an event's time (出生于, 成立于, 建于) places it in the year; 等于 counts.
        FigureCase("他出生于88年，这家厂建于03年。", ["88年 date 1988", "03年 date 2003"], reference: "2024-11-04"),
        FigureCase("他的工龄等于25年。", ["25年 duration P25Y"], reference: "2024-11-04"),
        FigureCase("他09年3月出国，九零年5月回国。", ["09年3月 date 1909-03", "九零年5月 date 1990-05"], reference: "1973-06-19"),
        FigureCase("他九二年3月去了深圳。", ["九二年3月 date 1992-03"], reference: "1978-05-01"),
        // Weekdays and double relatives
        FigureCase("下周六将举行开幕式。", ["下周六 date 2024-11-16 rel=+P1W"], reference: "2024-11-04"),
        // The second weekday of a range is in the first one's week.
        FigureCase("下周一至周三将有大风，上周五到周日客流激增。", ["下周一至周三 date 2024-11-11 ..2024-11-13 rel=+P1W",
                   "上周五到周日 date 2024-11-01 ..2024-11-03 rel=-P1W"], reference: "2024-11-04"),
        // 上个周五, 这个周末 as 上周五, 这周末; 本周期, 上周期 are cycles, not weeks.
        FigureCase("上个周五签约，这个周末开工。", ["上个周五 date 2024-11-01 rel=-P1W", "这个周末 date 2024-11-09 ..2024-11-10 rel=P0W"], reference: "2024-11-04"),
        FigureCase("本周期内价格高于上周期。", [], reference: "2024-11-04"),
        FigureCase("今年以来，全市新增就业岗位明显增加。", ["今年以来 date 2024 rel=P0Y"], reference: "2024-11-04"),
        FigureCase("新规定将从明年起施行。", ["明年起 date 2025 rel=+P1Y"], reference: "2024-11-04"),
        FigureCase("2025年元月1日起实行新标准，元月中旬开始申报。", ["2025年元月1日起 date 2025-01-01",
                   "元月中旬 date 2024-01-11 ..2024-01-20"], reference: "2024-11-04"),
        FigureCase("本周末气温将明显下降，下周末回升。", ["本周末 date 2024-11-09 ..2024-11-10 rel=P0W",
                   "下周末 date 2024-11-16 ..2024-11-17 rel=+P1W"], reference: "2024-11-04"),
        FigureCase("上上周，市场价格波动。", ["上上周 date 2024-W43 rel=-P2W"], reference: "2024-11-04"),
        FigureCase("发布会定于周三举行。", ["周三 date 2024-11-06"], reference: "2024-11-04"),
        FigureCase("大前天的降雨导致道路积水。", ["大前天 date 2024-11-01 rel=-P3D"], reference: "2024-11-04"),
        FigureCase("大后天起气温回落。", ["大后天起 date 2024-11-07 rel=+P3D"], reference: "2024-11-04"),
        // 明后天: tomorrow or the day after, both days.
        FigureCase("明后天将有一次降温过程。", ["明后天 date 2024-11-05 ..2024-11-06 rel=+P1D"], reference: "2024-11-04"),
        FigureCase("展览每周一闭馆。", []),
        // Ranges that carry the year and month over
        FigureCase("活动于2024年3月至6月举行。", ["2024年3月至6月 date 2024-03 ..2024-06"]),
        FigureCase("比赛在2022年9月3日—10日进行。", ["2022年9月3日—10日 date 2022-09-03 ..2022-09-10"]),
        FigureCase("展会时间为2023年8月11日至9月2日。", ["2023年8月11日至9月2日 date 2023-08-11 ..2023-09-02"]),
        FigureCase("2017年5月至2018年4月，全市新增就业。", ["2017年5月至2018年4月 date 2017-05 ..2018-04"]),
        FigureCase("数据覆盖前年11月到去年3月。", ["前年11月到去年3月 date 2022-11 ..2023-03 rel=-P2Y"], reference: "2024-11-04"),
        FigureCase("2023年至2019年的数据倒序排列。", ["2023年 date 2023", "2019年 date 2019"]),
        // Seasons (meteorological) and first periods
        FigureCase("今年夏天，降雨偏多。", ["今年夏天 date 2024-06 ..2024-08 rel=P0Y"], reference: "2024-11-04"),
        FigureCase("2023年冬季供暖提前。", ["2023年冬季 date 2023-12 ..2024-02"]),
        FigureCase("2021年春播面积扩大。", ["2021年 date 2021"]),
        FigureCase("2022年首季度实现开门红。", ["2022年首季度 date 2022-Q1"]),
        // Weeks of a month, nth weekdays
        FigureCase("培训安排在2025年3月第三周。", ["2025年3月第三周 date 2025-W12"]),
        FigureCase("评选结果于2024年6月的第二个星期日公布。", ["2024年6月的第二个星期日 date 2024-06-09"]),
        // Compound durations and duration ranges
        FigureCase("他服刑四年六个月。", ["四年六个月 duration P4Y6M"]),
        FigureCase("比赛历时2小时15分。", ["2小时15分 duration PT2H15M"]),
        FigureCase("工期为1年零3个月。", ["1年零3个月 duration P1Y3M"]),
        FigureCase("治疗周期为3天——8天。", ["3天——8天 duration P3D ..P8D"]),
        FigureCase("会期两日。", ["两日 duration P2D"]),
        FigureCase("报名时间为5月12-19日。", ["5月12-19日 date 2024-05-12 ..2024-05-19"], reference: "2024-11-04"),
        // 前 opening a clause before weeks or days: the period that ends at the anchor, like 过去两周.
        FigureCase("前两周，全市新增就业岗位1200个。", ["前两周 date 2024-10-22 ..2024-11-04 rel=-P2W", "1200个 number 1200 u=个"], reference: "2024-11-04"),
        FigureCase("据统计，前十天景区共接待游客。", ["前十天 date 2024-10-26 ..2024-11-04 rel=-P10D"], reference: "2024-11-04"),
        FigureCase("此前两周，他一直在外地。", ["两周 duration P2W"], reference: "2024-11-04"),
        FigureCase("前一天，这位旅客已经办好了手续。", ["一天 duration P1D"], reference: "2024-11-04"),
        // 头 opening a clause before months: the year's first months, as 前两个月.
        FigureCase("头两个月，全省出口增长5%。", ["头两个月 date 2024-01 ..2024-02", "5% percentage 5"], reference: "2024-11-04"),
        FigureCase("这组镜头两个月后播出。", ["两个月后 date 2025-01 rel=+P2M"], reference: "2024-11-04"),
        // A date run up to now (至今, 到现在, 以来至今): the period from it to the anchor's day.
        FigureCase("2015年至今，项目累计投资8亿元。", ["2015年至今 date 2015 ..2024-11-04", "8亿元 money 800000000 u=CNY"], reference: "2024-11-04"),
        FigureCase("自2018年以来至今，他一直坚守岗位。", ["2018年以来至今 date 2018 ..2024-11-04"], reference: "2024-11-04"),
        FigureCase("去年到现在，房价持续下跌。", ["去年到现在 date 2023 ..2024-11-04 rel=-P1Y"], reference: "2024-11-04"),
        FigureCase("截至目前，全市共有3家。", ["3家 number 3 u=家"], reference: "2024-11-04"),
        // 季度末, 季初 alone: that part of the anchor's quarter (not 每季度末, 赛季末).
        FigureCase("季度末，银行资金面趋紧。", ["季度末 date 2024-12 rel=P0M"], reference: "2024-11-04"),
        FigureCase("季初，订单开始回升。", ["季初 date 2024-10 rel=P0M"], reference: "2024-11-04"),
        FigureCase("数据每季度末公布一次。", [], reference: "2024-11-04"),
        FigureCase("赛季末，球队状态下滑。", [], reference: "2024-11-04"),
        // Two digits with 年 after a preposition of time or before a word of a moment are a year.
        FigureCase("98年的时候，这里还是一片农田。", ["98年 date 1998"], reference: "2024-11-04"),
        FigureCase("在98年，洪水肆虐长江流域。", ["98年 date 1998"], reference: "2024-11-04"),
        FigureCase("从98年开始，他就在这里工作。", ["98年 date 1998"], reference: "2024-11-04"),
        FigureCase("在25年里，他走遍了全国。", ["25年 duration P25Y"], reference: "2024-11-04"),
        FigureCase("他用了25年时间修复古籍。", ["25年 duration P25Y"], reference: "2024-11-04"),
        FigureCase("现在25年过去了。", ["25年 duration P25Y"], reference: "2024-11-04"),
        FigureCase("他在这里工作了三年。", ["三年 duration P3Y"], reference: "2024-11-04"),
        // Working and trading days are durations of days, never that many calendar days away.
        FigureCase("该股连续3个交易日涨停。", ["3个交易日 duration P3D"], reference: "2024-11-04"),
        // Sports times: hundredths after 秒.
        FigureCase("他以9秒83的成绩夺得冠军。", ["9秒83 duration PT9.83S"]),
        FigureCase("用时3秒，10个目标全部命中。", ["3秒 duration PT3S", "10个 number 10 u=个"]),
        FigureCase("公司将在五个工作日后答复。", ["五个工作日 duration P5D"], reference: "2024-11-04"),
        FigureCase("半个钟头后，救援人员赶到现场。", ["半个钟头后 time null rel=+PT0.5H"], reference: "2024-11-04"),
        FigureCase("半个多世纪过去了。", ["半个多世纪 duration P50Y ~more"]),
        // 即日 is the anchor's day (自即日起).
        FigureCase("本办法自即日起施行。", ["即日起 date 2024-11-04 rel=P0D"], reference: "2024-11-04"),
    ]

    @Test(arguments: cases)
    func period(_ c: FigureCase) {
        #expect(figures(of: c) == c.expected)
    }

    @Test func theOtherDayIsNoPeriod() {
        // 前两天, 前几天 say "the other day": no period ending at the anchor.
        let figures = FigureExtractor().figures(in: "前两天，记者来到工地。", referenceDate: CalendarDate("2024-11-04"))
        #expect(figures.allSatisfy { $0.kind != .date })
    }

    @Test func periodsUpToNowStayOpenWithoutAnAnchor() {
        let figures = FigureExtractor().figures(in: "2015年至今，项目累计投资。")
        #expect(figures.map { "\($0.text) \($0.mod?.rawValue ?? "-")" } == ["2015年至今 on_or_after"])
        #expect(FigureExtractor().figures(in: "季度末，资金面趋紧。").isEmpty)
    }

    @Test func relativeWordsOpenAsDatesDo() {
        let reference = CalendarDate("2024-11-04")
        let since = FigureExtractor().figures(in: "今年以来，出口稳步增长。", referenceDate: reference)
        #expect(since.map { $0.mod } == [Figure.Mod.onOrAfter])
        // A bare 前 after a relative word stays out: 今年前三季度 is a part of the year.
        let part = FigureExtractor().figures(in: "今年前三季度经济平稳。", referenceDate: reference)
        #expect(part.allSatisfy { $0.mod == nil })
        // Parts of a period and months take a bare 前 as "before" (明年底前, 月底前); 前往 is no bound.
        let before = FigureExtractor().figures(in: "项目明年底前完工，月底前完成验收，2030年前往火星。", referenceDate: reference)
        #expect(before.map(\.text) == ["明年底前", "月底前", "2030年"])
        #expect(before.map(\.mod) == [.before, .before, nil])
    }
}
