import WenxiSegmentation
import WenxiText

extension EntityRecognizer {
    /// The entities of an article's credits, which are not part of its text: the reporters,
    /// contributors and photographers that the article stage parsed from the dateline's bracket and
    /// the byline (`（记者 张晓洁 张欣欣）`, `新华社记者 赵子硕摄`) as persons, and the names in the
    /// dateline itself (`新华社北京11月5日电`: the agency as an organization, the place as a place).
    ///
    /// Each mention's ``EntityMention/field`` says which credit it is in, and its offsets count code
    /// points of that credit's `raw` text. 本报 (this paper) names no organization.
    ///
    /// - Complexity: O(*n* · *m*) in the length of the credits.
    public func creditMentions(dateline: Dateline?, byline: Byline?) -> [EntityMention] {
        creditMentions(dateline: dateline, byline: byline, session: Segmenter.Session(segmenter))
    }

    /// ``creditMentions(dateline:byline:)``, segmenting with `session` (a session of ``segmenter``).
    public func creditMentions(dateline: Dateline?, byline: Byline?, session: Segmenter.Session) -> [EntityMention] {
        var result: [EntityMention] = []
        if let dateline {
            let names = dateline.reporters + dateline.contributors
            let head = dateline.raw.unicodeScalars.firstIndex(where: { $0 == "（" || $0 == "(" })
                .map { dateline.raw.unicodeScalars.distance(from: dateline.raw.unicodeScalars.startIndex, to: $0) }
            // The dateline's own names, before any reporters' bracket.
            let prefix = String(String.UnicodeScalarView(dateline.raw.unicodeScalars.prefix(head ?? Int.max)))
            let segmentation = session.segmentation(of: prefix.unicodeScalars.map(\.value))
            for m in mentions(in: prefix, segmentation: segmentation) where m.type != .person {
                var m = m
                m.field = .dateline
                result.append(m)
            }
            result += Self.persons(names, in: dateline.raw, field: .dateline)
        }
        if let byline {
            result += Self.persons(byline.reporters + byline.contributors + byline.photographers, in: byline.raw, field: .byline)
        }
        return result
    }

    /// Person mentions of `names` at their first place in `raw`, in that order; names not found in
    /// `raw` are left out.
    static func persons(_ names: [String], in raw: String, field: EntityMention.Field) -> [EntityMention] {
        let scalars = Array(raw.unicodeScalars)
        var result: [EntityMention] = []
        var from = 0
        for name in names where !name.isEmpty {
            let target = Array(name.unicodeScalars)
            guard let start = firstIndex(of: target, in: scalars, from: from) ?? firstIndex(of: target, in: scalars, from: 0)
            else { continue }
            result.append(EntityMention(text: name, type: .person, start: start, end: start + target.count, field: field))
            from = start + target.count
        }
        return result.sorted { $0.start < $1.start }
    }

    /// The first offset at or after `from` where `target` occurs in `scalars`.
    static func firstIndex(of target: [Unicode.Scalar], in scalars: [Unicode.Scalar], from: Int) -> Int? {
        guard !target.isEmpty, scalars.count >= target.count, from <= scalars.count - target.count else { return nil }
        return (from...(scalars.count - target.count)).first { i in
            target.indices.allSatisfy { scalars[i + $0] == target[$0] }
        }
    }
}
