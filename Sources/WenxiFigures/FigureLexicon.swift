/// What a word after a number makes of it.
enum UnitClass: Sendable, Equatable {
    /// A measure word or unit: the figure is a number with this unit.
    case measure
    /// A currency: money with this ISO 4217 code.
    case money(String)
    /// %, ％: a percentage as written.
    case percent
    /// ‰: per mille, reported in percent (5‰ → 0.5).
    case permille
    /// 个百分点, 百分点: a number with unit 百分点.
    case percentPoint
    /// 成: tenths, reported in percent (三成 → 30).
    case cheng
    /// 折: a price share in tenths (八折 → 80), reported in percent.
    case zhe
    /// 岁, 周岁: an age.
    case age
    /// A duration unit with its ISO 8601 designator ("Y", "M", "W", "D", "TH", "TM", "TS")
    /// and how many of that unit one counts (个季度 = 3 months).
    case duration(String, Double)
    /// 年: a year or a number of years, decided by the number.
    case year
    /// 月: a month of the year.
    case month
    /// 日, 号: a day of the month (or a number of days above 31).
    case day
    /// 时, 点: an hour of the day.
    case hour
    /// 季度: a quarter of a year (三季度 = Q3).
    case quarter
    /// 年代: a decade (80年代 → "198").
    case decade
    /// 世纪: a century (21世纪 → "20").
    case century
    /// 旬: ten years of age (九旬 → 90).
    case xun
}

/// A unit as matched: its class and the label reported in `unit`.
struct UnitInfo: Sendable {
    var unitClass: UnitClass
    var label: String
}

/// How a word before a number bears on it.
enum PrefixKind: Sendable, Equatable {
    case approximate(Figure.Approximation)
    /// 上万, 上百: only before a bare multiplier; "more".
    case upward
    /// 第: an ordinal follows.
    case ordinal
    /// 前 in 前三季度, 前10个月: a period from the start of the year.
    case leading
    /// 年逾, 年近, 年过, 年满: an age follows (with its approximation).
    case agePrefix(Figure.Approximation?)
    /// 上午, 下午 ...: a time of day follows; the hour offset to add for afternoon words.
    case dayPart(Int)
    /// 零下: a negative number follows.
    case belowZero
    /// 公元前: a year before the common era follows.
    case beforeCommonEra
    /// 公元: a year of the common era of any length follows.
    case commonEra
    /// 人民币, 美元 ... before an amount: money in that currency when no unit follows.
    case currency(String)
    /// $, ￥, €: a currency symbol written before the amount (part of the span).
    case currencySymbol(String)
}

/// Date words the scanner matches by themselves.
enum DateWord: Sendable, Equatable {
    /// 去年 -1, 今年 0, 明年 +1, 前年 -2.
    case year(Int)
    /// 本月 0, 上月 -1, 下月 +1.
    case month(Int)
    /// 本周 0, 上周 -1, 下周 +1.
    case week(Int)
    /// 今天 0, 昨天 -1, 明天 +1, 前天 -2.
    case day(Int)
    /// 近日, 日前, 近期: a recent date with no value.
    case vague
    /// 上半年 1, 下半年 2.
    case half(Int)
    /// 半年, 半个月, 半小时 ...: half of a unit, as a duration.
    case halfDuration(String)
}

/// The word lists of the figure stage: units, currencies, approximations, date words.
///
/// Built once (immutable `static let`s) from the literals below.
enum FigureLexicon {
    /// Measure words and units reported as `unit` of a number (longest match wins).
    static let measureWords: [String] = """
        人 名 位 个 家 项 支 次 件 条 只 头 辆 架 艘 台 套 座 所 栋 幢 间 处 户 种 类 批 场 届 期 轮 部 本 册 篇 份 \
        张 块 片 根 株 棵 朵 枚 颗 粒 双 对 组 队 省 市 县 区 乡 镇 村 国 例 起 宗 笔 单 票 股 手 首 集 页 字 层 级 分 \
        点 倍 番 度 门 节 章 款 段 关 步 声 句 口 匹 尾 道 卷 幅 封 盏 箱 袋 包 瓶 杯 碗 桶 罐 滴 员 代 圈 局 任 站 课 \
        版 遍 回 发 班 营 连 排 席 强 胎 窝 亩 人次 架次 车次 航次 班次 批次 场次 户次 辆次 件次 周年 \
        阶段 部分 个体 \
        米 公里 千米 厘米 毫米 微米 纳米 海里 英里 英尺 英寸 公分 里 丈 尺 寸 \
        平方米 平方公里 平方千米 平方厘米 平方英里 公顷 亩地 \
        立方米 立方厘米 立方千米 升 毫升 加仑 桶 \
        吨 公斤 千克 克 毫克 斤 公吨 吨标准煤 标准煤 \
        瓦 千瓦 兆瓦 吉瓦 太瓦 千瓦时 度电 兆瓦时 伏 千伏 安 安培 毫安 毫安时 赫兹 兆赫 千赫 \
        焦耳 千焦 卡 千卡 大卡 帕 千帕 兆帕 分贝 马力 摄氏度 华氏度 ℃ ℉ 度 \
        光年 天文单位 标准箱 吨公里 人公里 车公里 床 张床位 床位 个床位 帧 像素 比特 字节 \
        兆字节 千字节 核 倍速 米每秒 公里每小时 节
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// Units written in Latin letters after Arabic numbers (case-sensitive).
    static let latinUnits: [String] = [
        "km", "m", "cm", "mm", "nm", "μm", "kg", "g", "mg", "t", "kt", "Mt", "L", "ml", "mL",
        "kW", "MW", "GW", "TW", "kWh", "MWh", "GWh", "TWh", "kV", "V", "W", "Hz", "kHz", "MHz", "GHz",
        "KB", "MB", "GB", "TB", "PB", "Gbps", "Mbps", "km²", "m²", "m³", "km/h", "℃", "°C", "dB", "TEU", "mAh", "Pa", "kPa", "MPa",
    ]

    /// Currencies after the amount, with ISO 4217 codes.
    static let currencies: [(String, String)] = [
        ("元", "CNY"), ("元人民币", "CNY"), ("人民币", "CNY"), ("块钱", "CNY"), ("元钱", "CNY"),
        ("美元", "USD"), ("美金", "USD"), ("欧元", "EUR"), ("日元", "JPY"), ("英镑", "GBP"),
        ("港元", "HKD"), ("港币", "HKD"), ("澳元", "AUD"), ("加元", "CAD"), ("加拿大元", "CAD"),
        ("新加坡元", "SGD"), ("新元", "SGD"), ("韩元", "KRW"), ("卢布", "RUB"), ("印度卢比", "INR"),
        ("卢比", "INR"), ("瑞士法郎", "CHF"), ("泰铢", "THB"), ("越南盾", "VND"), ("新台币", "TWD"),
        ("台币", "TWD"), ("澳门元", "MOP"), ("澳门币", "MOP"), ("林吉特", "MYR"), ("兰特", "ZAR"),
        ("雷亚尔", "BRL"), ("里拉", "TRY"), ("印尼盾", "IDR"), ("新西兰元", "NZD"), ("挪威克朗", "NOK"),
        ("瑞典克朗", "SEK"), ("丹麦克朗", "DKK"), ("迪拉姆", "AED"), ("沙特里亚尔", "SAR"),
        ("里亚尔", "SAR"), ("坚戈", "KZT"), ("比索", "MXN"), ("墨西哥比索", "MXN"), ("菲律宾比索", "PHP"),
        ("阿根廷比索", "ARS"), ("欧", "EUR"),
    ]

    /// Units and classes of every word that may follow a number.
    static let units: ScalarTrie<UnitInfo> = {
        var trie = ScalarTrie<UnitInfo>()
        for word in measureWords { trie.insert(word, UnitInfo(unitClass: .measure, label: word)) }
        for (word, code) in currencies where word != "欧" {
            trie.insert(word, UnitInfo(unitClass: .money(code), label: code))
        }
        let special: [(String, UnitClass, String)] = [
            ("%", .percent, "%"), ("％", .percent, "%"), ("‰", .permille, "%"),
            ("百分点", .percentPoint, "百分点"), ("个百分点", .percentPoint, "百分点"),
            ("成", .cheng, "%"), ("折", .zhe, "%"),
            ("岁", .age, "岁"), ("周岁", .age, "岁"), ("岁龄", .age, "岁"),
            ("年", .year, "年"), ("月", .month, "月"), ("日", .day, "日"), ("号", .day, "号"),
            ("时", .hour, "时"), ("点", .hour, "点"),
            ("季度", .quarter, "季度"), ("旬", .xun, "岁"), ("年代", .decade, "年代"), ("世纪", .century, "世纪"),
            ("个月", .duration("M", 1), "月"), ("周", .duration("W", 1), "周"),
            ("星期", .duration("W", 1), "周"), ("个星期", .duration("W", 1), "周"),
            ("礼拜", .duration("W", 1), "周"), ("个礼拜", .duration("W", 1), "周"),
            ("天", .duration("D", 1), "天"), ("个工作日", .duration("D", 1), "工作日"),
            ("工作日", .duration("D", 1), "工作日"), ("昼夜", .duration("D", 1), "天"),
            ("小时", .duration("TH", 1), "小时"), ("个小时", .duration("TH", 1), "小时"),
            ("钟头", .duration("TH", 1), "小时"), ("个钟头", .duration("TH", 1), "小时"),
            ("分钟", .duration("TM", 1), "分钟"), ("秒", .duration("TS", 1), "秒"),
            ("秒钟", .duration("TS", 1), "秒"), ("个季度", .duration("M", 3), "季度"),
            ("个年头", .duration("Y", 1), "年"), ("年头", .duration("Y", 1), "年"),
            ("个世纪", .duration("Y", 100), "世纪"), ("载", .duration("Y", 1), "年"),
        ]
        for (word, unitClass, label) in special { trie.insert(word, UnitInfo(unitClass: unitClass, label: label)) }
        return trie
    }()

    /// Latin units, matched only right after Arabic digits (or one space).
    static let latinUnitTrie: ScalarTrie<String> = ScalarTrie(latinUnits.map { ($0, $0) })

    /// Words before a number, stored reversed for matching backwards from the number.
    static let prefixes: ScalarTrie<PrefixKind> = {
        var entries: [(String, PrefixKind)] = [
            ("约", .approximate(.about)), ("大约", .approximate(.about)), ("约为", .approximate(.about)), ("约有", .approximate(.about)), ("约占", .approximate(.about)),
            ("约合", .approximate(.about)), ("大约有", .approximate(.about)),
            ("大概", .approximate(.about)), ("近", .approximate(.about)), ("将近", .approximate(.about)),
            ("接近", .approximate(.about)), ("近乎", .approximate(.about)),
            ("逾", .approximate(.more)), ("超", .approximate(.more)), ("超过", .approximate(.more)),
            ("至少", .approximate(.more)), ("不少于", .approximate(.more)), ("不低于", .approximate(.more)),
            ("多于", .approximate(.more)), ("高于", .approximate(.more)), ("突破", .approximate(.more)),
            ("不到", .approximate(.less)), ("不足", .approximate(.less)), ("未满", .approximate(.less)),
            ("不超过", .approximate(.less)), ("至多", .approximate(.less)), ("最多", .approximate(.less)),
            ("低于", .approximate(.less)), ("少于", .approximate(.less)), ("不及", .approximate(.less)),
            ("上", .upward), ("第", .ordinal), ("前", .leading),
            ("年逾", .agePrefix(.more)), ("年过", .agePrefix(.more)), ("年近", .agePrefix(.about)),
            ("年满", .agePrefix(nil)), ("年届", .agePrefix(nil)), ("年已", .agePrefix(nil)),
            ("上午", .dayPart(0)), ("早上", .dayPart(0)), ("清晨", .dayPart(0)), ("凌晨", .dayPart(0)),
            ("早晨", .dayPart(0)), ("早", .dayPart(0)), ("中午", .dayPart(12)), ("下午", .dayPart(12)),
            ("傍晚", .dayPart(12)), ("晚上", .dayPart(12)), ("晚间", .dayPart(12)), ("夜里", .dayPart(12)),
            ("夜间", .dayPart(12)), ("深夜", .dayPart(12)), ("晚", .dayPart(12)), ("午后", .dayPart(12)),
            ("零下", .belowZero), ("公元前", .beforeCommonEra), ("公元", .commonEra),
            ("人民币", .currency("CNY")), ("美元", .currency("USD")), ("欧元", .currency("EUR")),
            ("港币", .currency("HKD")), ("日元", .currency("JPY")), ("英镑", .currency("GBP")),
            ("$", .currencySymbol("USD")), ("US$", .currencySymbol("USD")), ("＄", .currencySymbol("USD")),
            ("￥", .currencySymbol("CNY")), ("¥", .currencySymbol("CNY")), ("RMB", .currencySymbol("CNY")),
            ("€", .currencySymbol("EUR")), ("£", .currencySymbol("GBP")), ("HK$", .currencySymbol("HKD")),
        ]
        entries = entries.map { (String($0.0.reversed()), $0.1) }
        return ScalarTrie(entries)
    }()

    /// Approximation words after a number or its unit.
    static let approximationSuffixes: ScalarTrie<Figure.Approximation> = ScalarTrie([
        ("多", .more), ("余", .more), ("以上", .more), ("有余", .more), ("开外", .more), ("出头", .more),
        ("左右", .about), ("上下", .about), ("许", .about), ("前后", .about),
        ("以下", .less), ("以内", .less), ("之内", .less),
    ])

    /// Date words matched by themselves.
    static let dateWords: [(String, DateWord)] = [
        ("去年", .year(-1)), ("今年", .year(0)), ("明年", .year(1)), ("前年", .year(-2)), ("本年", .year(0)),
        ("本月", .month(0)), ("上月", .month(-1)), ("下月", .month(1)), ("上个月", .month(-1)),
        ("下个月", .month(1)), ("本周", .week(0)), ("上周", .week(-1)), ("下周", .week(1)),
        ("今天", .day(0)), ("今日", .day(0)), ("昨天", .day(-1)), ("昨日", .day(-1)), ("明天", .day(1)),
        ("明日", .day(1)), ("前天", .day(-2)),
        ("近日", .vague), ("日前", .vague), ("近期", .vague),
        ("上半年", .half(1)), ("下半年", .half(2)),
        ("半年", .halfDuration("Y")), ("半个月", .halfDuration("M")), ("半个多月", .halfDuration("M")), ("半个多小时", .halfDuration("TH")), ("半小时", .halfDuration("TH")),
        ("半个小时", .halfDuration("TH")), ("半天", .halfDuration("D")), ("半个世纪", .halfDuration("C")),
    ]

    static let dateWordTrie: ScalarTrie<DateWord> = ScalarTrie(dateWords)

    /// First words of everything the scanner matches without a numeral.
    static var wordTriggers: [String] { dateWords.map(\.0) + ["零下"] }
}
