import Foundation
import WenxiText

/// The lists the entity recognizer works from, loaded once from `Dictionaries/entities/`.
///
/// - `places.tsv`: divisions (full and short forms), countries, world places (build-gazetteer.py).
/// - `organizations.txt`: well-known bodies with their short forms (hand-compiled).
/// - `surnames.txt`, `surname-counts.tsv`, `given-chars.tsv`: the personal-name model.
/// - `context-words.txt`: titles, speech verbs, suffixes and the other word lists of the rules.
struct EntityData: Sendable {
    /// One name the gazetteer knows.
    struct Entry: Sendable, Hashable {
        var type: EntityType
        /// A short form (绍兴 for 绍兴市): only taken where it does not cut a word.
        var short: Bool
        /// The canonical name, when it differs from the phrase.
        var canonical: String?
        /// From the user's list: always wins.
        var user: Bool = false
        /// A short form that is also an ordinary word (合肥, 开封): a place only in an address chain
        /// or after a verb of place.
        var word: Bool = false
    }

    /// Places and organizations (`gazetteer.bin`, built from `places.tsv` and `organizations.txt`).
    var gazetteer: ListedPhrases<Entry>
    var names: NameModel
    /// The word lists of the rules (`context-words.txt`).
    var lists: EntityWords
    /// Listed names and name parts (`names/`), as ``NameKind`` bits: evidence for a name, never a
    /// name on its own.
    var nameList: ListedPhrases<UInt8>
    /// First characters of the Japanese family names, to skip the name list elsewhere.
    var japaneseFamilyStarts: ScalarSet = []
    /// The name each one-character abbreviation stands for (京 → 北京市), from `abbreviations.tsv`.
    var abbreviationNames: [UInt32: String] = [:]

    /// Bits of `nameList`.
    enum NameKind {
        /// A Chinese person's full name (`person-names.txt`, nr).
        static let chinese: UInt8 = 1 << 0
        /// A foreign full name or name part (`person-names.txt` nrf, `transliterated-names.txt`).
        static let foreign: UInt8 = 1 << 1
        /// A Japanese full name (`person-names.txt`, nrj).
        static let japanese: UInt8 = 1 << 2
        /// A Japanese family name (`japanese-names.txt`, x).
        static let japaneseFamily: UInt8 = 1 << 3
        /// A Japanese given name (`japanese-names.txt`, m).
        static let japaneseGiven: UInt8 = 1 << 4
    }
    /// Context and suffix words, as bit flags (see ``Flag``).
    var words = PhraseTable<UInt32>()

    /// Bits of `words`.
    enum Flag {
        static let title: UInt32 = 1 << 0
        static let speech: UInt32 = 1 << 1
        static let strongAfter: UInt32 = 1 << 2
        static let notName: UInt32 = 1 << 3
        static let organizationSuffix: UInt32 = 1 << 4
        static let featureSuffix: UInt32 = 1 << 5
        static let organizationHead: UInt32 = 1 << 6
        static let foreignTitle: UInt32 = 1 << 7
        static let genericOrganization: UInt32 = 1 << 8
        /// Division names that are also ordinary words (城区, 郊区): places only in an address chain.
        static let ordinaryPlaceName: UInt32 = 1 << 9
        /// Place names mostly used as modifiers (中华民族): places only when they modify nothing.
        static let attributivePlaceName: UInt32 = 1 << 10
        /// Words for land after an attributive place name (中华大地).
        static let landWord: UInt32 = 1 << 11
        /// Suffixes of bodies of a level of government (县纪委).
        static let governmentSuffix: UInt32 = 1 << 12
        /// Titles after a bare surname (江主席).
        static let surnameTitle: UInt32 = 1 << 13
        /// Words after a quoted name that make it a group (成员).
        static let memberWord: UInt32 = 1 << 14
        /// Verbs before a quoted name that make it a body (成立).
        static let foundingVerb: UInt32 = 1 << 15
        /// Suffixes that name a body on their own after a word (人事部).
        static let standaloneSuffix: UInt32 = 1 << 16
        /// Bodies named by their kind alone (参议院).
        static let institution: UInt32 = 1 << 17
        /// Suffixes of facilities, which are places whatever the lexicon tags them (首都国际机场).
        static let facilitySuffix: UInt32 = 1 << 18
        /// Last words of the titles of newspapers and magazines (时报, 周刊): 《纽约时报》 names a body.
        static let mediaSuffix: UInt32 = 1 << 19
        /// Generic nouns for kinds of place (城市, 地区): after a common word, a kind, not a name.
        static let genericPlaceNoun: UInt32 = 1 << 20
    }

    /// The shared data, loaded once.
    static func shared() throws(DataFileError) -> EntityData {
        switch sharedResult {
        case .success(let data): return data
        case .failure(let error): throw error
        }
    }

    private static let sharedResult: Result<EntityData, DataFileError> = {
        do throws(DataFileError) { return .success(try EntityData()) } catch { return .failure(error) }
    }()

    /// The shared lists: the gazetteer and the name lists mapped from their prebuilt files (read in
    /// place, page by page, as lookups touch them), the small word lists parsed from their text.
    init() throws(DataFileError) {
        let read = Self.reader
        let gazetteerFile = try EntityDataFiles.gazetteer.open()
        gazetteer = ListedPhrases(file: gazetteerFile)
        let namesFile = try EntityDataFiles.names.open()
        nameList = ListedPhrases(file: namesFile)
        japaneseFamilyStarts = ScalarSet(namesFile.extra)
        var surnames: [String] = []
        for line in try read("surnames.txt") { surnames += line.split(separator: " ").map(String.init) }
        var surnameCounts: [String: Int] = [:]
        for line in try read("surname-counts.tsv") {
            let f = line.split(separator: "\t")
            if f.count == 2 { surnameCounts[String(f[0])] = Int(f[1]) ?? 0 }
        }
        let given = try EntityDataFiles.givenCharacters.open()
        let listURL = try DataDirectory.file("entities/context-words.txt")
        guard let listText = try? String(contentsOf: listURL, encoding: .utf8) else {
            throw DataFileError(name: listURL.path, reason: "cannot read")
        }
        lists = try EntityWords(text: listText, name: listURL.path)
        names = NameModel(surnames: surnames, surnameCounts: surnameCounts, given: given, lists: lists)

        func flag(_ list: [String], _ bit: UInt32) {
            for word in list {
                let current = words.index(of: word).map { words.values[$0] } ?? 0
                words.insert(word, current | bit, replace: true)
            }
        }
        flag(lists.titles, Flag.title)
        flag(lists.speech, Flag.speech)
        flag(lists.strongAfter, Flag.strongAfter)
        flag(lists.notNames, Flag.notName)
        flag(lists.organizationSuffixes, Flag.organizationSuffix)
        flag(lists.featureSuffixes, Flag.featureSuffix)
        flag(lists.organizationHeads, Flag.organizationHead)
        flag(lists.foreignTitles, Flag.foreignTitle)
        flag(lists.genericOrganizations, Flag.genericOrganization)
        flag(lists.ordinaryPlaceNames, Flag.ordinaryPlaceName)
        flag(lists.attributivePlaceNames, Flag.attributivePlaceName)
        flag(lists.landWords, Flag.landWord)
        flag(lists.governmentSuffixes, Flag.governmentSuffix)
        flag(lists.surnameTitles, Flag.surnameTitle)
        flag(lists.memberWords, Flag.memberWord)
        flag(lists.foundingVerbs, Flag.foundingVerb)
        flag(lists.standaloneSuffixes, Flag.standaloneSuffix)
        flag(lists.institutions, Flag.institution)
        flag(lists.facilitySuffixes, Flag.facilitySuffix)
        flag(lists.mediaSuffixes, Flag.mediaSuffix)
        flag(lists.genericPlaceNouns, Flag.genericPlaceNoun)
        for line in try read("abbreviations.tsv") {
            let f = line.split(separator: "\t")
            guard f.count == 2, let c = f[0].unicodeScalars.first, f[0].unicodeScalars.count == 1 else { continue }
            abbreviationNames[c.value] = String(f[1])
        }
    }
}

extension EntityData {
    /// The non-empty lines of `entities/<name>` that are not `#` comments.
    static func reader(_ name: String) throws(DataFileError) -> [Substring] {
        let url = try DataDirectory.file("entities/" + name)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw DataFileError(name: url.path, reason: "cannot read")
        }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
    }

    /// The rows of `given-chars.tsv` (what `given-chars.bin` is built from): a character, its
    /// count in given names, its frequency in other words.
    static func readGivenCharacters(_ read: (String) throws(DataFileError) -> [Substring]) throws(DataFileError)
        -> [(UInt32, Int, Int)] {
        var rows: [(UInt32, Int, Int)] = []
        for line in try read("given-chars.tsv") {
            let f = line.split(separator: "\t")
            guard f.count == 3, let c = f[0].unicodeScalars.first else { continue }
            rows.append((c.value, Int(f[1]) ?? 0, Int(f[2]) ?? 0))
        }
        return rows
    }

    /// Reads `places.tsv` and `organizations.txt` (what `gazetteer.bin` is built from).
    static func readGazetteer(_ read: (String) throws(DataFileError) -> [Substring]) throws(DataFileError) -> PhraseTable<Entry> {
        var gazetteer = PhraseTable<Entry>()
        for line in try read("places.tsv") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 3 else { continue }
            let name = String(f[0])
            gazetteer.insert(name, Entry(type: .place, short: f[1] != "full", canonical: f[2] == f[0] ? nil : String(f[2]),
                                         word: f[1] == "shortword"))
        }
        for line in try read("organizations.txt") {
            let forms = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard let canonical = forms.first else { continue }
            for (k, form) in forms.enumerated() {
                gazetteer.insert(form, Entry(type: .organization, short: false, canonical: k == 0 ? nil : canonical),
                                 replace: true)
            }
        }
        return gazetteer
    }

    /// Reads the name lists of `names/` (what `names.bin` is built from): the listed names as
    /// ``NameKind`` bits, and the first characters of the Japanese family names.
    static func readNameLists(_ read: (String) throws(DataFileError) -> [Substring]) throws(DataFileError)
        -> (names: PhraseTable<UInt8>, japaneseFamilyStarts: Set<UInt32>) {
        var nameList = PhraseTable<UInt8>()
        var japaneseFamilyStarts = Set<UInt32>()
        func mark(_ name: Substring, _ bit: UInt8) {
            let scalars = name.unicodeScalars.map(\.value)
            guard scalars.count >= 2 else { return }
            let current = scalars.withUnsafeBufferPointer { nameList.index(of: $0, 0, $0.count) }.map { nameList.values[$0] } ?? 0
            nameList.insert(scalars, current | bit, replace: true)
        }
        for line in try read("names/person-names.txt") {
            let f = line.split(separator: " ")
            guard f.count >= 2 else { continue }
            switch f[1] {
            case "nr": mark(f[0], NameKind.chinese)
            case "nrf": mark(f[0], NameKind.foreign)
            case "nrj": mark(f[0], NameKind.japanese)
            default: break
            }
        }
        for line in try read("names/transliterated-names.txt") { mark(line, NameKind.foreign) }
        for line in try read("names/japanese-names.txt") {
            let f = line.split(separator: " ")
            guard f.count == 2 else { continue }
            if f[1] == "x" {
                mark(f[0], NameKind.japaneseFamily)
                if f[0].unicodeScalars.count >= 2, let first = f[0].unicodeScalars.first { japaneseFamilyStarts.insert(first.value) }
            }
            if f[1] == "m" { mark(f[0], NameKind.japaneseGiven) }
        }
        return (nameList, japaneseFamilyStarts)
    }

    /// The ``NameKind`` bits of `text[start..<end]`, 0 when it is no listed name.
    func listedName(_ text: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> UInt8 {
        guard start >= 0, end <= text.count, start < end else { return 0 }
        return nameList.value(text, start, end) ?? 0
    }
}
