extension TermEntity {
    /// Entity types whose names are found again wherever they recur in the same text.
    static let repeatedTypes: Set<String> = ["organization"]
    /// The least length of a name found again: long organization names (工业和信息化部) are
    /// unambiguous strings, while short names and places sit inside other words (北京 in 北京大学).
    static let minimumRepeatedLength = 4

    /// `entities` with every further verbatim occurrence, in `text` (code points), of an
    /// organization name among them that no entity covers: a name recognized once is the same name
    /// where it recurs, even where the recognizer missed it because the next word ran into it
    /// (工业和信息化部将 read as 信息化 + 部将). Sorted by start.
    ///
    /// - Complexity: O(*n* · *k*) for a text of *n* code points and *k* distinct names.
    public static func addingRepeats(of entities: [TermEntity], in text: [UInt32]) -> [TermEntity] {
        var covered = [Bool](repeating: false, count: text.count)
        for entity in entities where entity.range.lowerBound >= 0 && entity.range.upperBound <= text.count {
            for i in entity.range { covered[i] = true }
        }
        var names: [[UInt32]: String] = [:]
        for entity in entities where repeatedTypes.contains(entity.type) && entity.range.count >= minimumRepeatedLength
            && entity.range.lowerBound >= 0 && entity.range.upperBound <= text.count {
            names[Array(text[entity.range]), default: entity.type] = entity.type
        }
        var result = entities
        for (name, type) in names.sorted(by: { $0.key.count != $1.key.count ? $0.key.count > $1.key.count : $0.key.lexicographicallyPrecedes($1.key) }) {
            var i = 0
            while i + name.count <= text.count {
                if text[i] == name[0], !covered[i], text[i..<(i + name.count)].elementsEqual(name),
                   !covered[i..<(i + name.count)].contains(true) {
                    result.append(TermEntity(range: i..<(i + name.count), type: type))
                    for j in i..<(i + name.count) { covered[j] = true }
                    i += name.count
                } else {
                    i += 1
                }
            }
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
