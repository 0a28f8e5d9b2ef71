import WenxiSegmentation
import WenxiText

/// Finds the terms of a text: the words that can name what an article is about.
///
/// A token is a term when it is
/// - an entity the caller gives (one term however many words it spans), unless it is a stopword
///   such as 新华社;
/// - a compound from the given ``CompoundSet`` (see ``TermDiscovery``);
/// - a word of two or more characters tagged as a noun (n, nr, ns, nt, nz ...), a verbal or
///   adjectival noun (vn, an), an abbreviation (j), or untagged (user-dictionary words); a set
///   phrase (l) when it ends in such a noun (粮食安全 yes, 也就是说 no);
/// - a single character tagged as a noun only when it stands alone (its neighbours are not single
///   characters, which would make it a piece of a word the lexicon lacks) and is specific enough:
///   its background IDF is at least ``Options/minimumSingleCharacterIDF`` (水, 粮, 碳 pass; 人 does not),
///   and it is not a character that closes names of organizations and places (厅, 局, 委, 省, 市 ...),
///   which alone is the tail of a name the segmenter cut;
/// - a Latin word or acronym of two or more characters (AI, GDP), not an English stopword.
///
/// Figures, punctuation, links and symbols are never terms; nor is a four-character predicate of the
/// lexicon (建立健全, 依法依规, 幸福美好: see ``PredicatePhrase``), nor an attributive X型 word of three or
/// more characters (技能型, 创新型); nor is any stopword, nor a reduplicated
/// word: ABAB or AABB (家家户户, 方方面面, 研究研究) always, AA (人人, 事事, 处处, 妈妈) unless rare
/// in the background (IDF at least ``Options/minimumReduplicatedIDF``, default 10: 猩猩, 蝈蝈 name
/// things; the common AA words mean "every X" or are family words, never an article's subject).
public struct TermExtractor: Sendable {
    /// How terms are chosen.
    public struct Options: Sendable, Hashable {
        /// Compounds to join into one term each.
        public var compounds: CompoundSet
        /// The least background IDF of a single-character term.
        public var minimumSingleCharacterIDF: Double

        /// The least background IDF of a reduplicated two-character word (AA) to be a term.
        public var minimumReduplicatedIDF: Double

        public init(compounds: CompoundSet = CompoundSet(), minimumSingleCharacterIDF: Double = 5.0,
                    minimumReduplicatedIDF: Double = 10.0) {
            self.compounds = compounds
            self.minimumSingleCharacterIDF = minimumSingleCharacterIDF
            self.minimumReduplicatedIDF = minimumReduplicatedIDF
        }
    }

    public let segmenter: Segmenter
    public let stopwords: Stopwords
    public let background: BackgroundIDF
    public var options: Options

    /// Tags of words of two or more characters that can be terms (besides every tag starting with n).
    static let termTags: Set<String> = ["vn", "an", "j", "eng"]
    /// Tags of single characters that can be terms.
    static let singleCharacterTags: Set<String> = ["n", "ns", "nz", "nt"]
    /// Last characters that make a word of three or more characters attributive only, a
    /// distinguishing word like 新型 and 大型 (tag b) though the lexicon tags it a noun: 创新型,
    /// 技能型, 服务型 always qualify a noun that follows (技能型人才), so they name nothing alone.
    static let attributiveSuffixes: Set<Unicode.Scalar> = ["型"]
    /// Characters that end names of organizations and places: alone, they are pieces of a name.
    static let nameSuffixCharacters: Set<String> = Set(
        "部 厅 局 委 办 署 院 所 处 科 室 站 队 会 社 校 司 馆 团 组 省 市 县 区 镇 乡 村 州 盟 旗 街 路 港"
            .split(separator: " ").map(String.init))

    public init(segmenter: Segmenter, stopwords: Stopwords, background: BackgroundIDF, options: Options = Options()) {
        self.segmenter = segmenter
        self.stopwords = stopwords
        self.background = background
        self.options = options
    }

    /// An extractor over the shared lexicon, stopwords and background IDF.
    public init(options: Options = Options()) throws(DataFileError) {
        self.init(segmenter: try Segmenter(), stopwords: try Stopwords.shared(),
                  background: try BackgroundIDF.shared(), options: options)
    }

    /// The terms of `text`, in order.
    ///
    /// - Parameter entities: entity spans (code points, end exclusive) that become one term each.
    public func terms(in text: String, entities: [TermEntity] = []) -> [TermOccurrence] {
        terms(from: tokens(in: text, entities: entities))
    }

    /// The terms of `text` with their counts.
    public func document(_ text: String, entities: [TermEntity] = []) -> DocumentTerms {
        document(from: tokens(in: text, entities: entities))
    }

    /// The normalized tokens of `text`, entities marked: the input of ``TermDiscovery``.
    ///
    /// - Complexity: O(*n*) beyond segmentation.
    public func tokens(in text: String, entities: [TermEntity] = []) -> [TermToken] {
        tokens(in: text, entities: entities, reusing: nil)
    }

    /// The normalized tokens of `text`, entities marked, cutting again only what the entities change
    /// in `segmentation` (`text` segmented, nothing protected, by `session`, a session of this
    /// extractor's ``segmenter``); the same tokens as ``tokens(in:entities:)``.
    public func tokens(in text: String, entities: [TermEntity], reusing segmentation: Segmentation?,
                       session: Segmenter.Session? = nil) -> [TermToken] {
        let scalars = Array(text.unicodeScalars)
        // A segmentation of this text holds it folded already.
        let folded = segmentation.map(\.folded).flatMap { $0.count == scalars.count ? $0 : nil }
            ?? segmenter.normalizer.fold(scalars.map(\.value))
        let given = entities.filter { $0.range.lowerBound >= 0 && $0.range.upperBound <= scalars.count && !$0.range.isEmpty }
        let valid = TermEntity.addingRepeats(of: given, in: folded)
        var entityAt: [Int: TermEntity] = [:]
        for entity in valid where entityAt[entity.range.lowerBound] == nil { entityAt[entity.range.lowerBound] = entity }
        let session = session ?? Segmenter.Session(segmenter)
        let spans = segmentation.map { session.spans(protecting: valid.map(\.range), reusing: $0) }
            ?? session.spans(of: scalars.map(\.value), protecting: valid.map(\.range))
        return spans.map { span in
            let range = span.range
            let first = range.lowerBound
            let text = UTF8Writing.string(count: range.count) { k in Unicode.Scalar(folded[first + k]) ?? scalars[first + k] }
            let entity = entityAt[range.lowerBound].flatMap { $0.range == range ? $0 : nil }
            return TermToken(text: text, start: range.lowerBound, end: range.upperBound,
                             kind: span.kind, tag: segmenter.tag(of: span), entityType: entity?.type)
        }
    }

    /// The terms among `tokens`, in order.
    public func terms(from tokens: [TermToken]) -> [TermOccurrence] {
        var result: [TermOccurrence] = []
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if let type = token.entityType {
                if !stopwords.contains(token.text) {
                    result.append(TermOccurrence(term: token.text, start: token.start, end: token.end,
                                                 kind: .entity, entityType: type, position: i))
                }
                i += 1
                continue
            }
            if token.kind == .word, let parts = options.compounds.match(tokens, at: i) {
                let last = tokens[i + parts.count - 1]
                result.append(TermOccurrence(term: parts.joined(), start: token.start, end: last.end,
                                             kind: .compound, position: i))
                i += parts.count
                continue
            }
            if let kind = termKind(tokens, i) {
                result.append(TermOccurrence(term: token.text, start: token.start, end: token.end, kind: kind, position: i))
            }
            i += 1
        }
        return result
    }

    /// The document of `tokens`: its terms, counts and compound parts.
    public func document(from tokens: [TermToken]) -> DocumentTerms {
        let occurrences = terms(from: tokens)
        var parts: [String: [String]] = [:]
        for occurrence in occurrences where occurrence.kind == .compound && parts[occurrence.term] == nil {
            parts[occurrence.term] = tokens[occurrence.position...].prefix { $0.end <= occurrence.end }.map(\.text)
        }
        return DocumentTerms(occurrences: occurrences, tokenCount: tokens.count, compoundParts: parts)
    }

    /// Whether a set phrase (tag l: 粮食安全, 计划生育, but also 也就是说, 没想到) ends in a noun
    /// word of two characters, which makes it a noun phrase.
    func endsInNoun(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 3 else { return false }
        let tail = UTF8Writing.string(count: 2) { scalars[scalars.count - 2 + $0] }
        guard let tag = segmenter.lexicon.entry(for: tail)?.tag, !tag.isEmpty else { return false }
        return (tag.hasPrefix("n") && tag != "ng") || TermExtractor.termTags.contains(tag)
    }

    /// Whether `text` is a reduplicated word that is no term: AABB or ABAB, or a common AA (see the
    /// type's documentation).
    func isReduplicated(_ text: String) -> Bool {
        // The first five code points, read without an array (most words are none of these shapes).
        var c: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
        var count = 0
        for scalar in text.unicodeScalars {
            switch count {
            case 0: c.0 = scalar.value
            case 1: c.1 = scalar.value
            case 2: c.2 = scalar.value
            case 3: c.3 = scalar.value
            default: return false
            }
            count += 1
        }
        switch count {
        case 2:
            guard c.0 == c.1 else { return false }
            return (background.knownIDF(of: text) ?? 0) < options.minimumReduplicatedIDF
        case 4:
            return (c.0 == c.1 && c.2 == c.3 && c.0 != c.2) || (c.0 == c.2 && c.1 == c.3 && c.0 != c.1)
        default:
            return false
        }
    }

    /// Whether `tokens[i]` is part of four adjacent characters A-B-A-C however the segmenter cut
    /// them (依法 依 规): a parallel phrase of manner, no piece of which is a term.
    func insideParallelPhrase(_ tokens: [TermToken], _ i: Int) -> Bool {
        guard tokens[i].length < 4 else { return false }
        for j in max(0, i - 3)...i {
            // The first and third characters of the words from j on, without joining them: A-B-A-C
            // needs them alike, which most runs are not.
            var length = 0, k = j
            var a: Unicode.Scalar?, c: Unicode.Scalar?
            while k < tokens.count, length < 4, tokens[k].kind == .word, tokens[k].entityType == nil,
                  k == j || tokens[k].start == tokens[k - 1].end {
                var at = length
                for scalar in tokens[k].text.unicodeScalars where at <= 2 {
                    if at == 0 { a = scalar } else if at == 2 { c = scalar }
                    at += 1
                }
                length += tokens[k].length
                k += 1
            }
            guard length == 4, k > i, let a, a == c else { continue }
            let text = tokens[j..<k].map(\.text).joined()
            let halves: [String?] = k - j == 2 && tokens[j].length == 2 ? [tokens[j].tag, tokens[j + 1].tag] : []
            if PredicatePhrase.isParallel(text, halves: halves) { return true }
        }
        return false
    }

    /// Whether `tokens[i]` is a term by itself, and of which kind.
    func termKind(_ tokens: [TermToken], _ i: Int) -> TermOccurrence.Kind? {
        let token = tokens[i]
        switch token.kind {
        case .latin:
            guard token.length >= 2, token.text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }),
                  !stopwords.contains(token.text) else { return nil }
            return .latin
        case .word:
            guard !stopwords.contains(token.text) else { return nil }
            if token.length == 1 {
                guard let tag = token.tag, TermExtractor.singleCharacterTags.contains(tag),
                      !TermExtractor.nameSuffixCharacters.contains(token.text) else { return nil }
                if i > 0 && tokens[i - 1].isSingleCharacter { return nil }
                if i + 1 < tokens.count && tokens[i + 1].isSingleCharacter { return nil }
                guard let idf = background.knownIDF(of: token.text), idf >= options.minimumSingleCharacterIDF else { return nil }
                return .word
            }
            if isReduplicated(token.text) || insideParallelPhrase(tokens, i) { return nil }
            guard let tag = token.tag else { return .word }
            if token.length == 4 && PredicatePhrase.isPredicate(token.text, lexicon: segmenter.lexicon) { return nil }
            if token.length >= 3, let last = token.text.unicodeScalars.last, TermExtractor.attributiveSuffixes.contains(last) {
                return nil
            }
            if tag.hasPrefix("n") && tag != "ng" { return .word }
            if tag == "l" { return endsInNoun(token.text) ? .word : nil }
            return TermExtractor.termTags.contains(tag) ? .word : nil
        case .number, .link, .punctuation, .symbol:
            return nil
        }
    }
}
