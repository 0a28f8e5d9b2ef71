import WenxiArticles
import WenxiTerms
import WenxiText

// The report values an article holds by the dozen fill the encoders' trees themselves
// (``TreeEncodable``): the members in the order of their coding keys (the order of the
// properties), a nil one left out, as the synthesized `encode(to:)` adds them; and they read
// themselves back from the compact form (``CompactDecodable``) as the synthesized `init(from:)`.

extension ReportFigure: TreeEncodable {
    package func encode(into tree: EncodedTree, at index: Int) {
        tree.makeObject(index)
        tree.add("text", .string(text), to: index)
        tree.add("kind", .string(kind), to: index)
        tree.add("value", ifPresent: value, to: index)
        tree.add("unit", ifPresent: unit, to: index)
        tree.add("approximate", ifPresent: approximate, to: index)
        tree.add("sentence", .string(sentence), to: index)
    }
}

extension ReportEntity: TreeEncodable {
    package func encode(into tree: EncodedTree, at index: Int) {
        tree.makeObject(index)
        tree.add("name", .string(name), to: index)
        tree.add("type", .string(type), to: index)
        tree.add("count", .integer(Int64(count)), to: index)
        tree.add("forms", strings: forms, to: index)
    }
}

extension ReportFigure: CompactDecodable {
    package init(compact members: CompactMembers) throws {
        self.init(text: try members.string("text"), kind: try members.string("kind"),
                  value: try members.stringIfPresent("value"), unit: try members.stringIfPresent("unit"),
                  approximate: try members.stringIfPresent("approximate"), sentence: try members.string("sentence"))
    }
}

extension ReportEntity: CompactDecodable {
    package init(compact members: CompactMembers) throws {
        self.init(name: try members.string("name"), type: try members.string("type"), count: try members.int("count"),
                  forms: try members.strings("forms"))
    }
}

extension KeynessTerm: TreeEncodable, CompactDecodable {
    package func encode(into tree: EncodedTree, at index: Int) {
        tree.makeObject(index)
        tree.add("term", .string(term), to: index)
        tree.add("count", .integer(Int64(count)), to: index)
        tree.add("other_count", .integer(Int64(otherCount)), to: index)
        tree.add("log_likelihood", .double(logLikelihood), to: index)
        tree.add("p", .double(p), to: index)
        tree.add("log_ratio", .double(logRatio), to: index)
    }

    package init(compact members: CompactMembers) throws {
        self.init(term: try members.string("term"), count: try members.int("count"), otherCount: try members.int("other_count"),
                  logLikelihood: try members.double("log_likelihood"), p: try members.double("p"),
                  logRatio: try members.double("log_ratio"))
    }
}

extension ArticleReport: TreeEncodable, CompactDecodable {
    package func encode(into tree: EncodedTree, at node: Int) {
        tree.makeObject(node)
        tree.add("index", .integer(Int64(index)), to: node)
        tree.add("slug", .string(slug), to: node)
        tree.add("title", ifPresent: title, to: node)
        tree.add("subtitle", ifPresent: subtitle, to: node)
        if let dateline { dateline.encode(into: tree, at: tree.add("dateline", .null, to: node)) }
        tree.add("byline", strings: byline, to: node)
        let range = tree.add("source", .object, to: node)
        // SourceRange writes its path as null for standard input, not leaving it out.
        tree.add("path", source.path.map { .string($0) } ?? .null, to: range)
        tree.add("first_line", .integer(Int64(source.firstLine)), to: range)
        tree.add("last_line", .integer(Int64(source.lastLine)), to: range)
        statistics.encode(into: tree, at: tree.add("statistics", .null, to: node))
        keywords.encode(into: tree, at: tree.add("keywords", .null, to: node))
        entities.encode(into: tree, at: tree.add("entities", .null, to: node))
        figures.encode(into: tree, at: tree.add("figures", .null, to: node))
        tree.add("repairs", strings: repairs, to: node)
        tree.add("warnings", strings: warnings, to: node)
        tree.add("paragraphs", strings: paragraphs, to: node)
    }

    package init(compact members: CompactMembers) throws {
        let range = try members.object("source")
        self.init(index: try members.int("index"), slug: try members.string("slug"),
                  title: try members.stringIfPresent("title"), subtitle: try members.stringIfPresent("subtitle"),
                  dateline: try members.objectIfPresent("dateline").map(ReportDateline.init(compact:)),
                  byline: try members.strings("byline"),
                  source: SourceRange(path: try range.stringIfPresent("path"), firstLine: try range.int("first_line"),
                                      lastLine: try range.int("last_line")),
                  statistics: try ArticleStatistics(compact: members.object("statistics")),
                  keywords: try members.list(Keyword.self, "keywords"), entities: try members.list(ReportEntity.self, "entities"),
                  figures: try members.list(ReportFigure.self, "figures"), repairs: try members.strings("repairs"),
                  warnings: try members.strings("warnings"), paragraphs: try members.strings("paragraphs"))
    }
}

extension ReportDateline: TreeEncodable, CompactDecodable {
    package func encode(into tree: EncodedTree, at node: Int) {
        tree.makeObject(node)
        tree.add("text", .string(text), to: node)
        tree.add("agency", ifPresent: agency, to: node)
        tree.add("place", ifPresent: place, to: node)
        tree.add("date", ifPresent: date, to: node)
    }

    package init(compact members: CompactMembers) throws {
        self.init(text: try members.string("text"), agency: try members.stringIfPresent("agency"),
                  place: try members.stringIfPresent("place"), date: try members.stringIfPresent("date"))
    }
}

extension ArticleStatistics: TreeEncodable, CompactDecodable {
    package func encode(into tree: EncodedTree, at node: Int) {
        tree.makeObject(node)
        tree.add("characters", .integer(Int64(characters)), to: node)
        tree.add("sentences", .integer(Int64(sentences)), to: node)
        tree.add("words", .integer(Int64(words)), to: node)
        tree.add("distinct_terms", .integer(Int64(distinctTerms)), to: node)
        tree.add("reading_minutes", .integer(Int64(readingMinutes)), to: node)
    }

    package init(compact members: CompactMembers) throws {
        self.init(characters: try members.int("characters"), sentences: try members.int("sentences"),
                  words: try members.int("words"), distinctTerms: try members.int("distinct_terms"),
                  readingMinutes: try members.int("reading_minutes"))
    }
}
