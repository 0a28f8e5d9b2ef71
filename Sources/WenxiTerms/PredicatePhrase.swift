import WenxiSegmentation

/// Four-character words the lexicon lists (often tagged as nouns) that are predicates: they say
/// what is done or how, and never name what an article is about. An editor would not pick
/// 建立健全 ("set up and improve"), 依法依规 ("by law and by rule") or 幸福美好 ("happy and fine"),
/// half of the slogan 共创幸福美好生活.
///
/// A word is judged by its shape, never by a list of words:
/// - A-B-A-C, the first character repeated in third place with different second and fourth
///   (依法依规, 分级分类, 有声有色, 全心全意): a parallel set phrase of manner, unless its halves
///   are two nouns (农业农村, two subjects side by side);
/// - two two-character lexicon words whose tags make a predicate, by the rules of ``rules``.
///   A noun as the second word always makes a noun phrase (美好生活, 创新平台), so no rule
///   has a noun there.
public enum PredicatePhrase {
    /// Tags of verbs.
    static let verbTags: Set<String> = ["v", "vd", "vi", "vg", "vq"]
    /// Tags of adjectives (not adjectival nouns, an).
    static let adjectiveTags: Set<String> = ["a", "ad", "ag", "z"]
    /// Tags of adverbs.
    static let adverbTags: Set<String> = ["d", "ad", "dg"]

    /// Whether `text` is four Chinese characters A-B-A-C (依法依规, 分级分类) whose halves are not two
    /// nouns; `halves` are the tags of its two two-character halves when it is made of exactly those
    /// (nil entries, or fewer, when it is cut otherwise or a half is unknown).
    public static func isParallel(_ text: String, halves: [String?]) -> Bool {
        guard let c = fourScalars(text), isParallelShape(c), allIdeographs(c) else { return false }
        return !twoNouns(halves)
    }

    /// Four code points, read from a word without an array of them (most words have other lengths).
    typealias Four = (UInt32, UInt32, UInt32, UInt32)

    /// The code points of `text` when it has exactly four.
    static func fourScalars(_ text: String) -> Four? {
        var c: Four = (0, 0, 0, 0)
        var count = 0
        for scalar in text.unicodeScalars {
            switch count {
            case 0: c.0 = scalar.value
            case 1: c.1 = scalar.value
            case 2: c.2 = scalar.value
            case 3: c.3 = scalar.value
            default: return nil
            }
            count += 1
        }
        return count == 4 ? c : nil
    }

    /// A-B-A-C: the first repeated in third place, the second and fourth different.
    static func isParallelShape(_ c: Four) -> Bool { c.0 == c.2 && c.1 != c.3 && c.0 != c.1 }

    static func allIdeographs(_ c: Four) -> Bool {
        [c.0, c.1, c.2, c.3].allSatisfy { Unicode.Scalar($0)?.properties.isIdeographic == true }
    }

    /// Whether both halves are known and nouns.
    static func twoNouns(_ halves: [String?]) -> Bool {
        halves.count == 2 && halves.allSatisfy { $0.map(isNounTag) ?? false }
    }

    /// Noun tags: n, nr, ns, nt, nz ... (not ng, a bound morpheme).
    static func isNounTag(_ tag: String) -> Bool { tag.hasPrefix("n") && tag != "ng" }

    /// One shape of predicate: the tags of the first and second word, and why it is no term.
    struct Rule: Sendable {
        var first: Set<String>
        var second: Set<String>
        var reason: String
    }

    /// The predicate shapes of two two-character words.
    static let rules: [Rule] = [
        Rule(first: verbTags, second: verbTags.union(adjectiveTags).union(["vn"]),
             reason: "a verb and its object or a second verb (建立健全, 开展调查, 加强管理): a verb phrase"),
        Rule(first: adjectiveTags.union(adverbTags), second: verbTags.union(adjectiveTags),
             reason: "an adjective or adverb before a verb or adjective (幸福美好, 认真学习): a predicate"),
    ]

    /// Whether `text`, a four-character word, is a predicate by its shape; `lexicon` gives the tags
    /// of its halves.
    public static func isPredicate(_ text: String, lexicon: Lexicon) -> Bool {
        guard let c = fourScalars(text), allIdeographs(c) else { return false }
        // Four ideographs are four characters: the halves are slices of the string itself (made
        // from scalars, they cost a tenth of the term pass).
        let middle = text.unicodeScalars.index(text.startIndex, offsetBy: 2)
        let first = String(text[..<middle]), second = String(text[middle...])
        let tags = [lexicon.entry(for: first)?.tag, lexicon.entry(for: second)?.tag]
        if isParallelShape(c) && !twoNouns(tags) { return true }
        guard let a = tags[0], let b = tags[1] else { return false }
        return rules.contains { $0.first.contains(a) && $0.second.contains(b) }
    }
}
