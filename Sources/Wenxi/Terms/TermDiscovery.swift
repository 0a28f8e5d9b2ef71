import Foundation

/// Finds multi-word terms (新质生产力, 数字经济, 碳达峰) in the input from how its words keep company.
///
/// A sequence of 2 to ``Options/maximumTokens`` adjacent words becomes a ``Compound`` when, over
/// all documents given together:
/// 1. it occurs at least ``Options/minimumCount`` times;
/// 2. its words stick together: for every way of cutting it in two, the pointwise mutual
///    information ln(p(xy) / (p(x)·p(y))) of the halves, with probabilities from the input's own
///    word counts, is at least ``Options/minimumCohesion`` (default 3: the halves meet about 20
///    times more often than chance);
/// 3. it is free on both sides: the entropy of the words just before it and of those just after
///    it are both at least ``Options/minimumBoundaryEntropy`` (default 0.5 nats). A text edge,
///    punctuation, figure or entity next to it counts as a new neighbour each time. A piece of a
///    longer term fails here: 质生产力 is always preceded by 新.
///
/// Words that can be parts: Chinese words that are not entities nor particles (tag u*). A run of
/// two or more single characters inside a sequence is taken as one unit, a word the lexicon
/// lacks (碳 中 和), whose end characters must only not be numerals, measure words, prepositions,
/// direction or time words, adverbs or pronouns (一看, 三大, 上仍); every other part must not be a stopword, and the first and
/// last parts not a preposition, conjunction, adverb, pronoun, numeral, direction or time word.
/// At least one part must be a noun, verbal or adjectival noun, abbreviation or set phrase
/// (没有得到 is no term), and the last part no adjective (规模最大 is a predicate).
///
/// Identical text repeated across documents (the same article filed twice) counts as evidence
/// each time: remove duplicates before discovery.
///
/// The same thresholds serve a single article and a corpus: in one article a term must recur three
/// times; a corpus gives more evidence and steadier probabilities.
public struct TermDiscovery: Sendable {
    /// The thresholds.
    public struct Options: Sendable, Hashable {
        public var minimumCount: Int
        public var minimumCohesion: Double
        public var minimumBoundaryEntropy: Double
        /// The most words in a compound.
        public var maximumTokens: Int
        /// The most characters in a compound.
        public var maximumLength: Int

        public init(minimumCount: Int = 3, minimumCohesion: Double = 3.0, minimumBoundaryEntropy: Double = 0.5,
                    maximumTokens: Int = 4, maximumLength: Int = 10) {
            self.minimumCount = minimumCount
            self.minimumCohesion = minimumCohesion
            self.minimumBoundaryEntropy = minimumBoundaryEntropy
            self.maximumTokens = min(max(maximumTokens, 2), 4)
            self.maximumLength = maximumLength
        }
    }

    public var options: Options
    public let stopwords: Stopwords

    public init(stopwords: Stopwords, options: Options = Options()) {
        self.stopwords = stopwords
        self.options = options
    }

    /// Discovery with the shared stopword list.
    public init(options: Options = Options()) throws(DataFileError) {
        self.init(stopwords: try Stopwords.shared(), options: options)
    }

    /// Tags a part at either end of a compound must not have.
    static let edgeExcludedTags: Set<String> = ["p", "c", "d", "ad", "df", "dg", "r", "rr", "rz", "rg", "f", "t", "tg",
                                               "m", "mq", "q", "y", "e", "o", "k", "h"]

    /// Tags a single character at either end of a compound must not have, when it is part of a
    /// run of single characters.
    static let runEdgeExcludedTags: Set<String> = ["p", "d", "f", "t", "tg", "zg", "ad", "df", "dg", "r", "rr", "rz", "rg",
                                                  "m", "mq", "q", "y", "e", "o", "k", "h"]

    /// Tags of parts that make a sequence name a thing: a compound needs one of them.
    static let nounLikeTags: Set<String> = ["vn", "an", "j", "l", "s", "eng", ""]
    /// Tags the last part must not have: a sequence ending in an adjective is a predicate (规模最大).
    static let lastExcludedTags: Set<String> = ["a", "ad", "zg", "z"]

    /// Up to four word ids; unused slots are -1.
    struct Gram: Hashable {
        var a: Int32, b: Int32, c: Int32, d: Int32
        var length: Int { d >= 0 ? 4 : c >= 0 ? 3 : 2 }
        subscript(i: Int) -> Int32 { i == 0 ? a : i == 1 ? b : i == 2 ? c : d }
        init(_ ids: ArraySlice<Int32>) {
            let base = ids.startIndex
            a = ids[base]
            b = ids[base + 1]
            c = ids.count > 2 ? ids[base + 2] : -1
            d = ids.count > 3 ? ids[base + 3] : -1
        }
        func slice(_ from: Int, _ to: Int) -> [Int32] { (from..<to).map { self[$0] } }
    }

    struct Neighbours {
        var left: [Int32: Int] = [:]
        var right: [Int32: Int] = [:]
        var leftEdges = 0
        var rightEdges = 0
        var documents = Set<Int>()
    }

    /// The compounds of `documents` (each a token list from ``TermExtractor/tokens(in:entities:)``),
    /// sorted by text.
    ///
    /// - Complexity: O(*n*) hash operations for *n* tokens; longer sequences are counted only
    ///   where their shorter pieces are frequent enough.
    public func compounds(in documents: [[TermToken]]) -> [Compound] {
        // Word ids; -1 is a boundary (punctuation, figure, entity, particle, text edge).
        var ids: [String: Int32] = [:]
        var words: [String] = []
        var single: [Bool] = []
        var edgeOK: [Bool] = []
        var runEdgeOK: [Bool] = []
        var nounLike: [Bool] = []
        var lastOK: [Bool] = []
        var stop: [Bool] = []
        var streams: [[Int32]] = []
        for document in documents {
            var stream: [Int32] = [-1]
            stream.reserveCapacity(document.count + 2)
            for token in document {
                guard token.kind == .word, token.entityType == nil, !(token.tag?.hasPrefix("u") ?? false) else {
                    if stream.last != -1 { stream.append(-1) }
                    continue
                }
                if let id = ids[token.text] {
                    stream.append(id)
                } else {
                    let id = Int32(words.count)
                    ids[token.text] = id
                    words.append(token.text)
                    single.append(token.length == 1)
                    stop.append(stopwords.contains(token.text))
                    edgeOK.append(!TermDiscovery.edgeExcludedTags.contains(token.tag ?? ""))
                    runEdgeOK.append(!TermDiscovery.runEdgeExcludedTags.contains(token.tag ?? ""))
                    let tag = token.tag ?? ""
                    nounLike.append(tag.hasPrefix("n") || TermDiscovery.nounLikeTags.contains(tag))
                    lastOK.append(!TermDiscovery.lastExcludedTags.contains(tag))
                    stream.append(id)
                }
            }
            if stream.last != -1 { stream.append(-1) }
            streams.append(stream)
        }
        var unigram = [Int](repeating: 0, count: words.count)
        var total = 0
        for stream in streams { for id in stream where id >= 0 { unigram[Int(id)] += 1; total += 1 } }
        guard total > 0 else { return [] }
        let minimum = options.minimumCount

        // Counts by length, each level only where both shorter pieces are frequent.
        var counts: [Gram: Int] = [:]
        func count(_ ids: [Int32]) -> Int {
            ids.count == 1 ? unigram[Int(ids[0])] : counts[Gram(ids[...])] ?? 0
        }
        for length in 2...options.maximumTokens {
            var level: [Gram: Int] = [:]
            for stream in streams where stream.count > length {
                for start in 1..<(stream.count - length) {
                    let window = stream[start..<(start + length)]
                    if window.contains(-1) { continue }
                    if length == 2 {
                        if unigram[Int(window.first!)] < minimum || unigram[Int(window.last!)] < minimum { continue }
                    } else if (counts[Gram(window.dropLast())] ?? 0) < minimum || (counts[Gram(window.dropFirst())] ?? 0) < minimum {
                        continue
                    }
                    level[Gram(window), default: 0] += 1
                }
            }
            for (gram, n) in level where n >= minimum { counts[gram] = n }
        }

        // Structure and cohesion.
        let n = Double(total)
        var candidates: [Gram: Double] = [:]
        for (gram, c) in counts {
            let parts = gram.slice(0, gram.length)
            guard structureAllows(parts, single: single, stop: stop, edgeOK: edgeOK, runEdgeOK: runEdgeOK),
                  parts.contains(where: { nounLike[Int($0)] }), lastOK[Int(parts[parts.count - 1])] else { continue }
            let length = parts.reduce(0) { $0 + words[Int($1)].unicodeScalars.count }
            guard length <= options.maximumLength else { continue }
            var cohesion = Double.infinity
            for cut in 1..<parts.count {
                let left = Double(count(Array(parts[..<cut]))), right = Double(count(Array(parts[cut...])))
                cohesion = min(cohesion, log(Double(c) * n / (left * right)))
            }
            if cohesion >= options.minimumCohesion { candidates[gram] = cohesion }
        }
        guard !candidates.isEmpty else { return [] }

        // Neighbours of the candidates.
        var neighbours: [Gram: Neighbours] = [:]
        for (d, stream) in streams.enumerated() {
            for start in 1..<max(1, stream.count - 1) where stream[start] >= 0 {
                for length in 2...options.maximumTokens where start + length < stream.count {
                    let window = stream[start..<(start + length)]
                    if window.contains(-1) { break }
                    let gram = Gram(window)
                    guard candidates[gram] != nil else { continue }
                    var entry = neighbours[gram] ?? Neighbours()
                    let before = stream[start - 1], after = stream[start + length]
                    if before < 0 { entry.leftEdges += 1 } else { entry.left[before, default: 0] += 1 }
                    if after < 0 { entry.rightEdges += 1 } else { entry.right[after, default: 0] += 1 }
                    entry.documents.insert(d)
                    neighbours[gram] = entry
                }
            }
        }

        var result: [Compound] = []
        for (gram, cohesion) in candidates {
            guard let entry = neighbours[gram] else { continue }
            let left = TermDiscovery.entropy(entry.left, edges: entry.leftEdges)
            let right = TermDiscovery.entropy(entry.right, edges: entry.rightEdges)
            guard left >= options.minimumBoundaryEntropy, right >= options.minimumBoundaryEntropy else { continue }
            let parts = gram.slice(0, gram.length).map { words[Int($0)] }
            result.append(Compound(text: parts.joined(), parts: parts, count: counts[gram] ?? 0,
                                   documentCount: entry.documents.count, cohesion: cohesion,
                                   leftEntropy: left, rightEntropy: right))
        }
        return result.sorted { $0.text != $1.text ? $0.text < $1.text : $0.parts.count < $1.parts.count }
    }

    /// Whether the parts may form a compound: see the type's documentation.
    func structureAllows(_ parts: [Int32], single: [Bool], stop: [Bool], edgeOK: [Bool], runEdgeOK: [Bool]) -> Bool {
        var i = 0
        while i < parts.count {
            var j = i
            while j < parts.count && single[Int(parts[j])] { j += 1 }
            if j - i >= 2 {
                // A run of single characters: one unknown word. Its ends must not be a numeral,
                // measure word, preposition, adverb or pronoun (一看, 三大, 上仍), but may be any other
                // character, stopword or not (碳中和).
                if i == 0 && !runEdgeOK[Int(parts[i])] { return false }
                if j == parts.count && !runEdgeOK[Int(parts[j - 1])] { return false }
                i = j
                continue
            }
            let id = Int(parts[i])
            if stop[id] { return false }
            if (i == 0 || i == parts.count - 1) && !edgeOK[id] { return false }
            i += 1
        }
        return true
    }

    /// Entropy in nats of a neighbour distribution; each edge is a neighbour of its own.
    static func entropy(_ counts: [Int32: Int], edges: Int) -> Double {
        let total = Double(counts.values.reduce(edges, +))
        guard total > 0 else { return 0 }
        var h = Double(edges) * (1 / total) * log(total)
        for c in counts.values.sorted() {
            let p = Double(c) / total
            h -= p * log(p)
        }
        return h
    }
}
