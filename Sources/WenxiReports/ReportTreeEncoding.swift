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
