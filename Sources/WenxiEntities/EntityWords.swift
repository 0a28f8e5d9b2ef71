import Foundation
import WenxiText

/// The closed word lists the entity rules consult: titles, speech verbs, suffixes, rejects.
///
/// Loaded from `Dictionaries/entities/context-words.txt`, where each list is a section with a
/// line saying what it holds. These are general facts of Chinese news style (how people, places
/// and bodies are named and introduced), written out by hand.
struct EntityWords: Sendable {
    /// Titles and roles that stand right before or after a personal name (书记王强, 王强书记).
    var titles: [String] = []
    /// Words after a name that show a person speaks or acts.
    var speech: [String] = []
    /// Words after a name that are strong evidence on their own.
    var strongAfter: [String] = []
    /// Ordinary words that look like names (surname + given characters) and are not.
    var notNames: [String] = []
    /// Common nouns for kinds of bodies, which jieba tags as organization names.
    var genericOrganizations: [String] = []
    /// Division names that are also ordinary words (城区): places only after another place.
    var ordinaryPlaceNames: [String] = []
    /// Place names mostly used as modifiers (中华民族).
    var attributivePlaceNames: [String] = []
    /// Words for the land itself after an attributive place name (中华大地).
    var landWords: [String] = []
    /// Characters after 十五大 that show it counts things (十五大类).
    var afterCountedBig: ScalarSet = []
    /// Suffixes of the bodies of a level of government (县纪委).
    var governmentSuffixes: [String] = []
    /// Suffixes that close an organization name.
    var organizationSuffixes: [String] = []
    /// Suffixes that close a natural or urban feature name.
    var featureSuffixes: [String] = []
    /// Words that open an organization name without a place or name before them.
    var organizationHeads: [String] = []
    /// Words that, right before a transliterated run, make it a foreign person's name.
    var foreignTitles: [String] = []
    /// Characters common in transliterations of foreign names.
    var transliteration: ScalarSet = []
    /// Characters that never begin or continue a given name.
    var notGiven: ScalarSet = []
    /// Surnames that are far more often function words or the start of ordinary words.
    var weakSurnames: ScalarSet = []
    /// Last characters that make a two-character word read as a place name.
    var placeEndings: ScalarSet = []
    /// Single-character abbreviations of countries and regions (中美关系).
    var abbreviations: ScalarSet = []
    /// Single-character abbreviations of provinces and cities, taken only in runs (京津地区).
    var regionAbbreviations: ScalarSet = []
    /// Words after a run of abbreviations (中美关系, 港澳同胞).
    var relationWords: Set<String> = []
    /// Generic words that follow a place without being part of its name.
    var placeTails: [[UInt32]] = []
    /// Words after a single abbreviation that make it a place (中方, 美籍).
    var singleRelationWords: Set<String> = []
    /// Single characters before an abbreviation that make it a place (访华, 抵京).
    var towardPlace: ScalarSet = []
    /// Abbreviations that follow ``towardPlace``.
    var towardAbbreviations: ScalarSet = []
    /// Pairs of a toward character and an abbreviation that are ordinary words (来日, 在台).
    var towardIdioms: Set<String> = []
    /// Chinese numerals of ordinals (第十五次).
    var numerals: ScalarSet = []
    /// Digits after 十 in a congress number (十五大).
    var congressDigits: ScalarSet = []
    /// What follows 第N次 or 第N届 in a congress name.
    var conferenceSuffixes: [[UInt32]] = []

    /// Surnames that are far more often a conjunction, preposition or greeting (和, 向, 贺).
    var conjunctionSurnames: ScalarSet = []
    /// Titles that make a bare surname before them a person (江主席, 王老).
    var surnameTitles: [String] = []

    /// Characters of being or going right before a place (在合肥, 赴开封).
    var placeVerbs: ScalarSet = []

    /// Words after a quoted name that make it a group (“…”成员).
    var memberWords: [String] = []
    /// Verbs before a quoted name that make it a body (成立“…”).
    var foundingVerbs: [String] = []

    /// Suffixes that name a body on their own after a word (人事部, 市政局).
    var standaloneSuffixes: [String] = []

    /// Bodies named by their kind alone (参议院, 书记处).
    var institutions: [String] = []
    /// Suffixes of facilities (机场, 火车站, 广场, 书城): a name ending with one is a place.
    var facilitySuffixes: [String] = []
    /// Last words of newspaper and magazine titles (报, 时报, 周刊): 《环球时报》 is a body.
    var mediaSuffixes: [String] = []
    /// Generic nouns for kinds of place (城市, 地区, 都市).
    var genericPlaceNouns: [String] = []

    init() {}

    /// Reads the sections of a word-list file; `name` is for errors.
    init(text: String, name: String) throws(DataFileError) {
        let sections = try Self.sections(of: text, name: name)
        func words(_ key: String) throws(DataFileError) -> [String] {
            guard let list = sections[key] else { throw DataFileError(name: name, reason: "no section [\(key)]") }
            return list.words
        }
        func characters(_ key: String) throws(DataFileError) -> ScalarSet {
            guard let list = sections[key], list.characters else {
                throw DataFileError(name: name, reason: "no section [\(key) chars]")
            }
            return ScalarSet(list.words.joined().unicodeScalars.filter { NameModel.isHan($0.value) }.map(\.value))
        }
        func scalars(_ list: [String]) -> [[UInt32]] { list.map { $0.unicodeScalars.map(\.value) } }
        titles = try words("titles")
        speech = try words("speech")
        strongAfter = try words("strong-after")
        notNames = try words("not-names")
        genericOrganizations = try words("generic-organizations")
        ordinaryPlaceNames = try words("ordinary-place-names")
        attributivePlaceNames = try words("attributive-place-names")
        landWords = try words("land-words")
        afterCountedBig = try characters("after-counted-big")
        governmentSuffixes = try words("government-suffixes")
        organizationSuffixes = try words("organization-suffixes")
        featureSuffixes = try words("feature-suffixes")
        organizationHeads = try words("organization-heads")
        foreignTitles = try words("foreign-titles")
        transliteration = try characters("transliteration")
        notGiven = try characters("not-given")
        weakSurnames = try characters("weak-surnames")
        placeEndings = try characters("place-endings")
        abbreviations = try characters("abbreviations")
        regionAbbreviations = try characters("region-abbreviations")
        relationWords = Set(try words("relation-words"))
        placeTails = scalars(try words("place-tails"))
        singleRelationWords = Set(try words("single-relation-words"))
        towardPlace = try characters("toward-place")
        towardAbbreviations = try characters("toward-abbreviations")
        towardIdioms = Set(try words("toward-idioms"))
        numerals = try characters("numerals")
        congressDigits = try characters("congress-digits")
        conferenceSuffixes = scalars(try words("conference-suffixes"))
        conjunctionSurnames = try characters("conjunction-surnames")
        surnameTitles = try words("surname-titles")
        placeVerbs = try characters("place-verbs")
        memberWords = try words("member-words")
        foundingVerbs = try words("founding-verbs")
        standaloneSuffixes = try words("standalone-suffixes")
        institutions = try words("institutions")
        facilitySuffixes = try words("facility-suffixes")
        mediaSuffixes = try words("media-suffixes")
        genericPlaceNouns = try words("generic-place-nouns")
    }

    /// One section of a word-list file.
    struct Section: Hashable {
        var characters: Bool
        var words: [String]
    }

    /// The sections of `text`: `[name]` or `[name chars]` headers, then words separated by white
    /// space; `#` lines are comments.
    ///
    /// - Complexity: O(*n*).
    static func sections(of text: String, name: String) throws(DataFileError) -> [String: Section] {
        var result: [String: Section] = [:]
        var current: String?
        var number = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else { throw DataFileError(name: name, reason: "line \(number): unclosed section header") }
                let header = line.dropFirst().dropLast().split(separator: " ")
                guard let key = header.first.map(String.init), header.count <= 2,
                      header.count == 1 || header[1] == "chars" else {
                    throw DataFileError(name: name, reason: "line \(number): bad section header")
                }
                guard result[key] == nil else { throw DataFileError(name: name, reason: "line \(number): section [\(key)] twice") }
                result[key] = Section(characters: header.count == 2, words: [])
                current = key
                continue
            }
            guard let key = current else { throw DataFileError(name: name, reason: "line \(number): words before any section") }
            result[key]?.words += line.split(whereSeparator: \.isWhitespace).map(String.init)
        }
        return result
    }
}
