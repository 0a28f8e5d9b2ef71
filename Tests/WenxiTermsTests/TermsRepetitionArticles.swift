/// Hand-written news-style pages for the repetition tests, written for them (not taken from the
/// seeds or any evaluation set).
enum TermsRepetitionArticles {
    /// Body sentences with no repeated material, to give the pages some length (cohesion needs it).
    static let riverBody = "三年前，这里的河岸垃圾成堆，污水直排入江。如今，河岸建起了生态步道和湿地公园，江水重新变得清澈，白鹭又回到了滩涂。附近学校的学生利用周末参加公益劳动，退休教师给孩子们讲授水生植物知识。街道投入专项资金改造老旧管网，新建两座污水处理站，雨季积水问题明显缓解。商户主动承担门前责任区保洁，夜市摊位统一配置垃圾桶。"

    /// A slogan in the title (space between its halves) and quoted twice more in the body.
    static let sloganInTitle = "守护碧水蓝天 共享美好未来\n社区开展巡河活动，居民说：“守护碧水蓝天，共享美好未来。”如今河水清了，志愿者挂出横幅“守护碧水蓝天，共享美好未来”。护河队员每周巡河两次，清理河道垃圾，劝阻违规排污。" + riverBody

    /// A short slogan that is a clause of its own, three times.
    static let shortSlogan = "绿水绕城，共享幸福生活。社区开展巡河活动，居民说：“绿水绕城，共享幸福生活。”如今河水清了，志愿者在河边挂出横幅“绿水绕城，共享幸福生活”，孩子们也学会了这句话。护河队员每周巡河两次，清理河道垃圾，劝阻违规排污。" + riverBody

    /// A verb + complement + object phrase repeated in a school story.
    static let verbPhrase = "在乡村小学，老师带着学生讲好身边故事。她说，讲好身边故事要从观察开始。学校开设写作课，鼓励学生讲好身边故事，一学期下来，不少作文获奖，学生们的写作兴趣越来越浓。" + riverBody

    /// A long sentence quoted three times (the same words each time), with a real compound
    /// (雨污分流) used in three different sentences.
    static let quotedClauseAndCompound = "街道负责人说，“老旧小区改造要让居民看得见摸得着”。改造先从雨污分流做起，施工队沿街铺设新管道。居民代表也说“老旧小区改造要让居民看得见摸得着”，大家愿意配合施工。完成雨污分流以后，路面不再返臭水。区里的文件同样写着“老旧小区改造要让居民看得见摸得着”，今年还将推进雨污分流改造。" + riverBody

    /// Three short articles where two real compounds recur in different sentences.
    static let corpus = [
        "新华社合肥4月8日电（记者孙洁）记者从安徽省统计部门获悉，一季度全省数字经济核心产业营业收入同比增长12.1%。合肥一家显示面板企业负责人说，新质生产力来自持续不断的技术攻关。",
        "新华社成都4月9日电（记者马骏）发展数字经济，四川把算力设施作为突破口。当地高校联合企业开设人工智能课程，为新质生产力储备人才，毕业生供不应求。",
        "新华社西安4月10日电（记者杜鹃）秦创原平台上，一批科研成果走出实验室。专家认为，数字经济正在重塑制造业，科技创新是形成新质生产力的关键。",
    ]
}
