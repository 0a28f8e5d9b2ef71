import Foundation
import WenxiSegmentation
import WenxiText

/// Finds the people, places and organizations a Chinese text names, by rules and lists.
///
/// No trained model: every mention comes from an explainable source.
/// - A user list (``UserEntity``) always wins.
/// - A gazetteer: every administrative division of China with and without its suffix (the short
///   form only where it is no ordinary word and does not cut a word), Hong Kong, Macao and Taiwan,
///   countries (ISO 3166), world cities and regions; well-known bodies with their short forms,
///   reported under one canonical name (发改委 → 国家发展和改革委员会).
/// - Person rules: surname + one or two given characters scored by how much likelier the
///   characters are in names than in words, confirmed by titles, roles and speech verbs around
///   them (书记, 记者, 说, 表示); transliterated foreign names (with · or after 总统 ...).
/// - Place rules: features by suffix (河, 湖, 山, 路, 村, 街道 ...) after a plausible stem.
/// - Organization rules: a place, name or known body, nouns, and an organization suffix
///   (部, 局, 委员会, 大学, 公司, 区委 ...); the places inside are kept as ``EntityMention/nested``.
///
/// Overlapping candidates are resolved by the best-scoring set of non-overlapping spans, so
/// ``mentions(in:)`` returns top-level mentions in order, never overlapping.
public struct EntityRecognizer: Sendable {
    /// What the recognizer looks for.
    public struct Options: Sendable, Hashable {
        /// The types to report.
        public var types: Set<EntityType>
        /// Read Traditional characters as Simplified.
        public var simplify: Bool
        /// How sure a person rule must be; higher finds fewer, surer names.
        public var personThreshold: Float

        public init(types: Set<EntityType> = Set(EntityType.allCases), simplify: Bool = false,
                    personThreshold: Float = 1.0) {
            self.types = types
            self.simplify = simplify
            self.personThreshold = personThreshold
        }
    }

    public let options: Options
    let data: EntityData
    /// The segmenter whose words and tags the rules read: the caller's, so that its user
    /// dictionary reaches entity recognition.
    public let segmenter: Segmenter
    /// The class of each of the lexicon's tags (``Segmenter/lexiconTags``), worked out once.
    let tagClasses: [RecognitionPass.Tag]

    /// A recognizer over the shared entity lists that reads `segmenter`'s words, with the user's
    /// own entities. Texts are folded as `segmenter` folds them (its `simplify` option).
    public init(segmenter: Segmenter, options: Options = Options(), userEntities: [UserEntity] = []) throws(DataFileError) {
        var data = try EntityData.shared()
        for entity in userEntities where !entity.name.isEmpty {
            data.gazetteer.insert(entity.name, EntityData.Entry(type: entity.type, short: false,
                                                                canonical: entity.canonical, user: true))
        }
        self.data = data
        self.options = options
        self.segmenter = segmenter
        tagClasses = segmenter.lexiconTags.map(RecognitionPass.Tag.init(jieba:))
    }

    /// A recognizer over the shared lexicon with no user dictionary.
    public init(options: Options = Options(), userEntities: [UserEntity] = []) throws(DataFileError) {
        try self.init(segmenter: try Segmenter(options: .init(simplify: options.simplify)), options: options,
                      userEntities: userEntities)
    }

    /// The top-level mentions in `text`, in order, never overlapping.
    ///
    /// - Complexity: O(*n* · *m*), *m* the longest list entry.
    public func mentions(in text: String) -> [EntityMention] {
        mentions(in: text, segmentation: Segmenter.Session(segmenter).segmentation(of: text.unicodeScalars.map(\.value)))
    }

    /// The top-level mentions in `text`, read from `segmentation`: `text` segmented by a session of
    /// this recognizer's ``segmenter`` (so that the caller can reuse it, see ``Segmentation``).
    public func mentions(in text: String, segmentation: Segmentation) -> [EntityMention] {
        let original = Array(text.unicodeScalars)
        let raw = original.map(\.value)
        let spans = segmentation.spans
        // The segmentation's folded text is this text folded (``Segmentation/folded``).
        let folded = segmentation.folded.count == raw.count ? segmentation.folded : segmenter.fold(raw)
        let chosen: [RecognitionPass.Candidate] = folded.withUnsafeBufferPointer { buffer in
            var pass = RecognitionPass(recognizer: self, text: buffer, spans: spans)
            return pass.run()
        }
        func mention(_ c: RecognitionPass.Candidate) -> EntityMention {
            func text(_ range: Range<Int>) -> String { UTF8Writing.string(count: range.count) { original[range.lowerBound + $0] } }
            let canonical = c.antecedent.map(text) ?? c.canonical
            return EntityMention(text: text(c.start..<c.end), type: c.type,
                                 start: c.start, end: c.end, canonical: canonical,
                                 nested: c.nested.isEmpty ? nil : c.nested.map(mention))
        }
        return chosen.filter { options.types.contains($0.type) }.map(mention)
    }

    /// The distinct entities of `mentions`, in order of first mention.
    ///
    /// - Complexity: O(*n*).
    public func summary(of mentions: [EntityMention]) -> [EntitySummary] {
        Self.summary(of: mentions)
    }

    /// The distinct entities of `mentions`, in order of first mention.
    public static func summary(of mentions: [EntityMention]) -> [EntitySummary] {
        struct Key: Hashable { var name: String; var type: EntityType }
        var index: [Key: Int] = [:]
        var result: [EntitySummary] = []
        var forms: [[String]] = []
        for m in mentions {
            let key = Key(name: m.name, type: m.type)
            if let k = index[key] {
                result[k].count += 1
                result[k].first = min(result[k].first, m.start)
                if !forms[k].contains(m.text) { forms[k].append(m.text) }
            } else {
                index[key] = result.count
                result.append(EntitySummary(name: m.name, type: m.type, count: 1, first: m.start))
                forms.append([m.text])
            }
        }
        for k in result.indices where forms[k] != [result[k].name] { result[k].forms = forms[k] }
        return result
    }
}
