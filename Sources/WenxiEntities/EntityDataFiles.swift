import WenxiText

/// The prebuilt files of the entity lists: the gazetteer and the name lists, read in place.
public enum EntityDataFiles {
    /// Places and organizations: `places.tsv` and `organizations.txt` as one phrase table.
    public static let gazetteer = PrebuiltFile(
        name: "entities/gazetteer.bin", sources: ["entities/places.tsv", "entities/organizations.txt"]
    ) { () throws(DataFileError) in
        try EntityData.readGazetteer(EntityData.reader).fileBytes()
    }

    /// Listed names and name parts as ``EntityData/NameKind`` bits; the extra words are the first
    /// characters of the Japanese family names, in order.
    public static let names = PrebuiltFile(
        name: "entities/names.bin",
        sources: ["entities/names/person-names.txt", "entities/names/transliterated-names.txt",
                  "entities/names/japanese-names.txt"]
    ) { () throws(DataFileError) in
        let lists = try EntityData.readNameLists(EntityData.reader)
        return lists.names.fileBytes(extra: lists.japaneseFamilyStarts.sorted())
    }

    /// The name model's score of each given-name character (``NameModel/givenRatios(_:)``) as
    /// one-character phrases whose values are `Float` bits.
    public static let givenCharacters = PrebuiltFile(
        name: "entities/given-chars.bin", sources: ["entities/given-chars.tsv"]
    ) { () throws(DataFileError) in
        var builder = PhraseFileBuilder(prefixes: false)
        for (c, ratio) in NameModel.givenRatios(try EntityData.readGivenCharacters(EntityData.reader)) {
            builder.set([c], ratio.bitPattern)
        }
        return builder.bytes()
    }

    /// Every prebuilt file of the stage.
    public static let all = [gazetteer, names, givenCharacters]
}

extension EntityData.Entry: PhraseValue {
    /// Bits 0–1 the type, bit 2 `short`, bit 3 `word`, bit 4 `user`, bits 8– the canonical name's
    /// index in the string table + 1 (0: none).
    func encode(into builder: inout PhraseFileBuilder) -> UInt32 {
        let type: UInt32 = switch self.type { case .person: 0; case .place: 1; case .organization: 2 }
        let canonical = canonical.map { builder.string($0) + 1 } ?? 0
        return type | (short ? 4 : 0) | (word ? 8 : 0) | (user ? 16 : 0) | canonical << 8
    }

    static func decode(_ raw: UInt32, in file: PhraseFile) -> EntityData.Entry {
        let type: EntityType = switch raw & 3 { case 0: .person; case 1: .place; default: .organization }
        let canonical = raw >> 8 == 0 ? nil : file.string(Int(raw >> 8) - 1)
        return EntityData.Entry(type: type, short: raw & 4 != 0, canonical: canonical, user: raw & 16 != 0,
                                word: raw & 8 != 0)
    }
}
