/// Recognizes a credit: a byline (记者 陈立, 本报记者 王明 李华), a photo credit (新华社记者 刘洋摄,
/// 新华社发（王明 摄））, or the bracket of a dateline (记者 张晓洁 张欣欣; 记者王明、通讯员李华).
///
/// A credit is a sequence of role words and personal names. Every token must be a role word, a
/// name (2–4 Han characters, or up to 12 with a middle dot for transliterated names), a name with
/// 摄/摄影/报道 attached, or a distribution word (发, 报道). At least one role word or 摄 is
/// required, and at least one name, so ordinary sentences (记者了解到，…) are not credits.
public enum CreditParser {
    enum Role { case reporter, contributor, photographer, writerAndPhotographer }

    /// Role words, longest first. General newsroom vocabulary.
    static let roles: [([Unicode.Scalar], Role)] = [
        ("特约通讯员", Role.contributor), ("本报通讯员", .contributor), ("通讯员", .contributor),
        ("实习生", .contributor), ("特约撰稿人", .contributor), ("撰稿人", .contributor), ("撰稿", .contributor),
        ("编译", .contributor), ("见习记者", .reporter), ("实习记者", .reporter), ("特约记者", .reporter),
        ("首席记者", .reporter), ("驻外记者", .reporter), ("摄影记者", .photographer), ("记者", .reporter),
        ("评论员", .reporter), ("摄影", .photographer), ("文图", .writerAndPhotographer),
        ("图文", .writerAndPhotographer), ("文", .reporter), ("图", .photographer), ("摄", .photographer),
    ].map { (Array(($0.0 as String).unicodeScalars), $0.1) }.sorted { $0.0.count > $1.0.count }

    /// Characters that do not occur in personal names but are common in running text.
    static let nonNameCharacters: Set<Unicode.Scalar> = [
        "的", "了", "是", "在", "从", "到", "说", "这", "那", "们", "将", "被", "把", "对", "及", "等",
        "电", "讯", "也", "都", "就", "表", "示", "获", "悉", "据", "称",
    ]

    /// Parses `s` as a credit; nil when it is not one.
    public static func parse(_ s: [Unicode.Scalar]) -> Byline? {
        var body = s[...]
        while let f = body.first, CharacterClasses.isSpace(f) { body = body.dropFirst() }
        while let l = body.last, CharacterClasses.isSpace(l) { body = body.dropLast() }
        if let f = body.first, let l = body.last, f == "（" || f == "(", l == "）" || l == ")" {
            body = body.dropFirst().dropLast()
        }
        guard !body.isEmpty, body.count <= 60 else { return nil }

        // Tokens separated by spaces and list punctuation; brackets also separate (新华社发（王明摄）).
        var tokens: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for c in body {
            switch c {
            case "、", "，", ",", "；", ";", "/", "／", "：", ":", "（", "）", "(", ")", "|", "｜":
                if !current.isEmpty { tokens.append(current); current = [] }
            default:
                if CharacterClasses.isSpace(c) {
                    if !current.isEmpty { tokens.append(current); current = [] }
                } else {
                    current.append(c)
                }
            }
        }
        if !current.isEmpty { tokens.append(current) }

        var role: Role?
        var sawMarker = false
        var reporters: [String] = []
        var contributors: [String] = []
        var photographers: [String] = []
        var pending: [String] = []  // names since the last role word, moved to photographers by a lone 摄

        func add(_ name: String, as r: Role?) {
            switch r {
            case .photographer: if !photographers.contains(name) { photographers.append(name) }
            case .contributor: if !contributors.contains(name) { contributors.append(name) }
            case .reporter, .writerAndPhotographer, nil: if !reporters.contains(name) { reporters.append(name) }
            }
            if r == .writerAndPhotographer, !photographers.contains(name) { photographers.append(name) }
        }

        for var t in tokens {
            // A lone 摄 / 摄影 after names: those names are photographers.
            if t == ["摄"] || t == Array("摄影".unicodeScalars) {
                guard !pending.isEmpty else { sawMarker = true; role = .photographer; continue }
                for name in pending {
                    reporters.removeAll { $0 == name }
                    contributors.removeAll { $0 == name }
                    if !photographers.contains(name) { photographers.append(name) }
                }
                pending = []
                sawMarker = true
                continue
            }
            // Agency prefix (新华社记者, 本报记者, 新华社发).
            if let end = agencyPrefixEnd(t) {
                let rest = Array(t[end...])
                if rest.isEmpty || rest == ["发"] || roleAt(rest) != nil {
                    if rest == ["发"] { sawMarker = true; role = .photographer; pending = []; continue }
                    t = rest
                    if t.isEmpty { continue }
                }
            }
            if t == ["发"] || t == Array("报道".unicodeScalars) { continue }
            if let (r, len) = roleAt(t) {
                // A role word must leave a name or nothing (文 / 图 alone are roles only as whole tokens).
                let rest = Array(t[len...])
                if len == 1, !rest.isEmpty, r != .photographer || t[0] != "摄" {
                    // 文X / 图X: single-character roles only count as whole tokens.
                } else {
                    role = r
                    sawMarker = true
                    pending = []
                    t = rest
                    if t.isEmpty { continue }
                }
            }
            var tokenRole = role
            if t.count > 2, t.hasSuffix(Array("摄影".unicodeScalars), before: t.count) {
                t.removeLast(2); tokenRole = .photographer; sawMarker = true
            } else if t.count > 1, t.last == "摄" {
                t.removeLast(); tokenRole = .photographer; sawMarker = true
            } else if t.count > 2, t.hasSuffix(Array("报道".unicodeScalars), before: t.count) {
                t.removeLast(2)
            }
            guard isName(t) else { return nil }
            let name = t.string
            add(name, as: tokenRole)
            if tokenRole != .photographer { pending.append(name) }
        }
        guard sawMarker, !(reporters.isEmpty && contributors.isEmpty && photographers.isEmpty) else { return nil }
        return Byline(raw: Array(body).string, reporters: reporters, contributors: contributors, photographers: photographers)
    }

    private static func roleAt(_ t: [Unicode.Scalar]) -> (Role, Int)? {
        for (word, r) in roles where t.hasPrefix(word) { return (r, word.count) }
        return nil
    }

    /// End of an agency prefix (新华社, 本报, 人民日报 …) at the start of a token.
    private static func agencyPrefixEnd(_ t: [Unicode.Scalar]) -> Int? {
        for a in DatelineParser.agencies where t.hasPrefix(a) && t.count > a.count { return a.count }
        return nil
    }

    /// A personal name: 2–4 Han characters, or a transliterated name with a middle dot (≤ 12).
    static func isName(_ t: [Unicode.Scalar]) -> Bool {
        let hasDot = t.contains { $0 == "·" || $0 == "•" || $0 == "・" }
        guard t.count >= 2, t.count <= (hasDot ? 12 : 4) else { return false }
        for c in t {
            if c == "·" || c == "•" || c == "・" { continue }
            guard CharacterClasses.isHan(c), !nonNameCharacters.contains(c) else { return false }
        }
        return true
    }
}
