/// The closed word lists the entity rules consult: titles, speech verbs, suffixes, rejects.
///
/// These are general facts of Chinese news style (how people, places and bodies are named and
/// introduced), written out by hand.
enum EntityWords {
    /// Titles and roles that stand right before or after a personal name (书记王强, 王强书记).
    /// A title is never part of the name.
    static let titles = """
        书记 总书记 副书记 第一书记 主任 副主任 部长 副部长 局长 副局长 厅长 副厅长 处长 科长 省长 副省长 \
        市长 副市长 县长 副县长 区长 镇长 乡长 村长 主席 副主席 总理 副总理 委员长 副委员长 常委 委员 秘书长 \
        副秘书长 总统 副总统 首相 外长 外交部长 国务卿 大使 总领事 参赞 总裁 副总裁 董事长 总经理 副总经理 经理 \
        主编 总编辑 院长 副院长 校长 副校长 教授 副教授 研究员 博士 医生 工程师 记者 通讯员 同志 先生 女士 小姐 \
        老师 师傅 司令员 副司令员 司令 政委 将军 上将 中将 少将 军长 师长 团长 营长 连长 队长 代表 议员 议长 \
        总干事 组长 会长 副会长 理事长 行长 厂长 社长 院士 法官 检察长 律师 教练 主教练 运动员 选手 作家 画家 \
        诗人 导演 演员 歌手 夫人 大夫 主任委员 总指挥 指挥长 站长 所长 馆长 台长 总监 董事 监事 主管 特使 \
        首席执行官 发言人 新闻发言人 国王 女王 王子 公主 亲王 总督 州长 党首 领导人 主持人 编辑 摄影 摄
        """
    /// Words after a name that show a person speaks or acts.
    static let speech = """
        说 表示 指出 介绍 认为 强调 称 告诉 透露 宣布 谈到 提出 要求 希望 说道 回答 回忆 主持 会见 会晤 \
        出席 访问 讲话 致辞 签署 率领 率 一行 等人 同志 先生 女士 夫妇 告诫 承认 坦言 笑着说 解释 补充 \
        呼吁 建议 发表 致电 致函 接见 看望 视察 考察 参加 在 和 是 等 等同志
        """
    /// Words after a name that are strong evidence on their own.
    static let strongAfter: Set<String> = ["说", "表示", "指出", "介绍", "认为", "强调", "同志", "先生", "女士", "等人",
                                           "一行", "会见", "会晤", "说道", "透露", "主持", "致辞", "夫妇", "告诉", "坦言"]
    /// Ordinary words that look like names (surname + given characters) and are not.
    static let notNames = """
        文明 智慧 金融 高峰 常委 黄金 石油 方向 马上 于是 高兴 周到 王国 安全 华侨 江山 钱财 万一 万分 \
        白天 白色 黄色 方面 方法 方式 关系 关于 高度 高速 高级 高层 高新 高科技 向前 向上 向下 全国 全面 \
        全体 全部 全力 全球 全省 全市 全县 全党 全军 平均 平方 平时 和平 和谐 明确 明显 明年 明天 时间 时期 \
        时候 时代 时刻 成为 成功 成果 成绩 成立 成本 程度 任务 任何 任命 管理 金额 金牌 温度 温暖 应该 应当 \
        应用 牛奶 常常 常年 常务 常规 路线 包括 连续 连接 单位 单纯 宁可 柏林 令人 宋体 武器 武装 武警 刘海 \
        杨柳 严重 严格 严肃 苗头 苏醒 古代 古老 古今 华人 华裔 华南 龙头 毛病 向往 司机 司令 司法 曾经 \
        简单 简直 史料 邱陵 房屋 房子 房地产 车辆 车间 费用 景色 景象 景观 党委 党员 党组 党中央 宫殿 师生 \
        师范 商品 商业 商店 商场 商务 沙漠 荣誉 荣获 国家 国际 国内 国外 国务 原因 原则 原来 燕山 楚国 \
        强调 强烈 强大 雷达 支持 支援 邢台 齐心 齐全 齐声 云南 海关 海洋 海外 海上 公司 公安 公开 公共 \
        公民 公平 公园 信息 信心 展览 展开 展示 元旦 元首 于今 于此 初步 初期 初中 和睦 易于 易懂 左右 \
        左边 尚未 计划 计算 索取 晋升 门口 门户 都市 来自 来源 危机 危险 危害 干部 干扰 干脆 但是 利用 利益 \
        利润 居民 居住 衣服 阴影 宿舍 国民 文化 文件 文学 文艺 江南 龙江 包装 包含 陆续 陆地 钟表 毕业 \
        宣传 宣布 宣言 谷物 成都 甘肃 东方 上官 夏天 秦朝 魏晋 安排 安置 安徽 安定 于是乎 欧洲 欧元 段落
        """
    /// Common nouns for kinds of bodies, which jieba tags as organization names.
    static let genericOrganizations = """
        参政党 执政党 在野党 妇联 人民军队 人民法院 人民检察院 人民政府 共产党 党政机关 党组织 国际组织 \
        国家机关 民间组织 政府机关 政府部门 司法机关 行政机关 领导机关 基层组织 群众组织 社会团体 人民团体 \
        国有企业 民营企业 外资企业 乡镇企业 中小企业 高等院校 高校 大专院校 科研院所 中小学 医疗机构 \
        金融机构 新闻媒体 公安机关 检察机关 审判机关 党委 政府 法院 联防队 居委会 村委会 农民协会 人民公社 \
        解放区 国民政府 工会 学生会 董事会 理事会 常委会 人大常委会 全国法院
        """
    /// Names of divisions that are also ordinary words for a kind of area (the 城区 of a city): a
    /// place only right after another place (长治市城区).
    static let ordinaryPlaceNames = "城区 郊区 矿区 东区 西区 南区 北区 中区 新区 市区 山区 林区"
    /// Place names mostly used as modifiers of a people, culture or nation (中华民族, 华夏文明).
    static let attributivePlaceNames = "中华 华夏 神州"
    /// Words for the land itself after an attributive place name: 中华大地, 神州各地.
    static let landWords = "大地 各地 全境 境内 上下 山河 热土 故土 沃土"
    /// Characters after 十五大 that show it counts things (十五大类, 十二大项), not a congress.
    static let afterCountedBig: Set<UInt32> = characters("类项件种批个块片门步洲洋城事")
    /// Suffixes of the bodies of a level of government, named after a lone 省, 市 or 县 (县纪委,
    /// 省社会治安综合治理委员会). Not 政府: 县政府, like 中国政府, is the place acting.
    static let governmentSuffixes = "委 委员会 纪委 党委 团委 教委 工委 人大 政协 厅 局 法院 检察院 办公室"
    /// Suffixes that close an organization name (longest tried first).
    static let organizationSuffixes = """
        委员会 常务委员会 常委会 办公厅 办公室 领导小组 工作组 小组 部 局 委 厅 司 院 署 办 处 大学 学院 \
        中学 小学 学校 协会 商会 学会 研究会 基金会 联合会 总会 工会 集团 公司 总公司 分公司 有限公司 \
        中心 社 报社 出版社 通讯社 杂志社 合作社 党委 党组 人民政府 法院 检察院 人民法院 人民检察院 \
        银行 医院 研究所 研究院 研究中心 科学院 设计院 酒店 宾馆 饭店 大厦 书店 商场 商店 电视台 广播电台 电台 日报 晚报 党 军 军区 舰队 \
        部队 支队 大队 代表团 代表处 使馆 大使馆 领事馆 组织 联盟 俱乐部 队 厂 总厂 交易所 博物馆 图书馆 \
        纪念馆 体育馆 剧院 剧团 乐团 艺术团 实验室 公安局 派出所 监狱 联社 总社 分社 支部 党支部 总支 \
        工委 市委 省委 县委 区委 镇委 乡委 村委 村委会 居委会 纪委 政协 人大 人大常委会 党校 团委 妇联 \
        理事会 分会 筹委会 联委会 中央委员会 全国委员会
        """
    /// Suffixes that close a natural or urban feature name (longest tried first).
    static let featureSuffixes = """
        河 江 湖 山 岛 峰 湾 高原 街道 社区 村 路 街 大街 胡同 滨江 镇 乡 港 大桥 广场 公园 半岛 盆地 平原 \
        沙漠 水库 海峡 群岛 山脉 草原 峡谷 机场 码头 新村 开发区 工业园 林场 农场 煤矿 矿区 景区
        """
    /// Words that open an organization name without a place or name before them.
    static let organizationHeads: Set<String> = ["全国", "国家", "中央", "国际", "世界", "中华", "中华人民共和国",
                                                 "中共", "中国共产党", "中国人民", "亚洲", "欧洲", "非洲", "美洲"]
    /// Words that, right before a transliterated run, make it a foreign person's name.
    static let foreignTitles: Set<String> = ["总统", "副总统", "总理", "首相", "外长", "外交部长", "国务卿", "国王",
                                             "女王", "王子", "主席", "秘书长", "大使", "国防部长", "部长", "议长",
                                             "总书记", "领导人", "教练", "球星", "先生", "女士", "博士", "教授", "总督"]
    /// Characters common in transliterations of foreign names.
    static let transliteration = """
        阿埃艾爱安昂奥巴拜班邦贝本比彼毕波伯勃博布查达戴丹道德登迪蒂丁东杜顿多厄恩尔法菲费芬丰弗福伏甘冈戈\
        格贡古圭哈海汉豪赫亨胡华霍基吉加贾杰捷金卡凯坎康考柯科克肯库奎拉莱赖兰朗劳勒雷蕾里理利莉丽连列林琳\
        隆卢鲁路伦罗洛马玛迈麦曼梅门蒙米密敏明莫姆穆纳娜奈南内尼妮纽努诺帕潘佩彭皮珀普奇齐恰乔切钦琼丘萨\
        塞桑瑟森沙莎山尚绍舍什施史斯松苏索塔泰坦汤唐特提图托瓦旺威韦维温沃乌西希锡谢辛休雅亚扬耶伊因英尤\
        于约泽扎詹
        """
    /// Characters that never begin or continue a given name (function words and measure words).
    static let notGiven = """
        的了是在和与说等及也都把被从向对为以于就又而并或但却之这那其个们年月日时上下中内外后前里不没有要会\
        能将已曾再还很最更各每该此某省市县区镇乡村州啊吗呢吧着过给让使由自至到来去地得所者你我他她它您咱第几多少些两同跟与
        """

    /// Surnames that are far more often function words or the start of ordinary words.
    static let weakSurnames = "和于向应都全常史时安成文国明高平万方连党信来元初干利门展云海公司"
    /// Last characters that make a two-character word read as a place name.
    static let placeEndings: Set<UInt32> = characters("州山江河湖岛海湾港城县镇乡村峰岭关口庄屯洲滩坝溪泉谷原省市区")
    /// Single-character abbreviations of countries and regions, as in 中美关系, 港澳同胞.
    static let abbreviations: Set<UInt32> = characters("中美日俄英法德韩朝印巴越欧港澳台苏意泰蒙以")
    /// Single-character abbreviations of provinces and cities, taken only in runs: 京津地区, 苏浙沪.
    static let regionAbbreviations: Set<UInt32> = characters("京津沪渝冀晋辽吉黑浙皖闽赣鲁豫鄂湘粤桂琼川黔滇陕甘青宁藏")
    /// Words that follow a run of abbreviations in 中美关系, 中日两国, 港澳同胞.
    static let relationWords: Set<String> = ["两国", "关系", "双方", "之间", "友好", "合作", "贸易", "建交", "联合", "边界",
                                             "边境", "会谈", "首脑", "领导人", "人民", "两岸", "三国", "四国", "同胞",
                                             "地区", "经贸", "战略", "伙伴", "友谊", "外长", "两党", "两军", "三方",
                                             "双边", "联合声明", "联合公报", "协定", "条约", "交往", "交流", "大使",
                                             "和平", "会议", "邦交", "战争", "五国", "六国", "边区", "首都"]
    /// Generic words that follow a place without being part of its name.
    static let placeTails = ["地区", "一带", "地方", "境内", "沿海", "各地", "城乡", "人民"]
    /// Words after a single abbreviation that make it a place: 中方, 美籍.
    static let singleRelationWords: Set<String> = ["方", "籍", "两国", "关系", "大使"]
    /// Single characters before an abbreviation that make it a place: 访华, 抵京, 驻港, 赴美.
    static let towardPlace: Set<UInt32> = characters("访来驻旅对抵赴离返在援侵反亲留居")
    /// Abbreviations that follow ``towardPlace``.
    static let towardAbbreviations: Set<UInt32> = characters("华京港澳台美日俄英法德韩朝沪津渝")

    static func words(_ list: String) -> [String] {
        list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init).filter { !$0.isEmpty }
    }

    static func characters(_ list: String) -> Set<UInt32> {
        Set(list.unicodeScalars.filter { $0.value >= 0x3400 }.map(\.value))
    }
}
