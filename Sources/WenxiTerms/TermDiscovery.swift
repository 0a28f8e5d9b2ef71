import Foundation
import WenxiText

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
///    it are both at least ``Options/minimumBoundaryEntropy`` (default 0.5 nats: at least two
///    different neighbours on each side). A piece of a longer term fails here: 质生产力 is always
///    preceded by 新. A boundary next to it (punctuation or white space, all one mark; a particle,
///    entity or figure, by its text) is taken together with the word beyond it, so 口号，X and
///    口号。X are the same neighbour and a clause quoted again brings no new one. Only a
///    document's start or end is a new neighbour each time;
/// 4. it occurs in at least ``Options/minimumContexts`` distinct contexts (default 3), a context
///    being the pair of neighbours as in 3 (one at a document edge is new each time): the same
///    words around it are one piece of evidence, however often they repeat.
///
/// Before counting, a clause (between punctuation or white space) of at least
/// ``Options/minimumRepeatedClauseLength`` characters (default 8) that appeared verbatim earlier in
/// the input is dropped: a slogan or quotation repeated three times is one piece of evidence, not
/// three. Shorter clauses (数字经济, 推进乡村振兴) are ordinary usage and count each time.
///
/// Words that can be parts: Chinese words that are not entities nor particles (tag u*). A run of
/// two or more single characters inside a sequence is taken as one unit, a word the lexicon
/// lacks (碳 中 和), whose end characters must only not be numerals, measure words, prepositions,
/// direction or time words, adverbs or pronouns (一看, 三大, 上仍); every other part must not be a stopword, and the first and
/// last parts not a preposition, conjunction, adverb, pronoun, numeral, direction or time word.
/// At least one part must be a noun, verbal or adjectival noun, abbreviation or set phrase
/// (没有得到 is no term), and the last part no adjective (规模最大 is a predicate). Verb phrases
/// are no terms (``isVerbPhrase(_:)``): a verb followed by an adjective or complement (讲好身边,
/// 共享美好生活), a verb with a place word as object, or a sequence ending in a verb that does not
/// start with a noun (乡村振兴 and 数据共享 start with theirs).
///
/// Identical articles given twice share their long clauses, which then count once; remove
/// duplicate articles before discovery all the same.
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

        /// The fewest distinct contexts (pairs of left and right neighbours) a compound needs.
        public var minimumContexts: Int
        /// The fewest characters of a clause whose verbatim repetitions count once.
        public var minimumRepeatedClauseLength: Int

        public init(minimumCount: Int = 3, minimumCohesion: Double = 3.0, minimumBoundaryEntropy: Double = 0.5,
                    maximumTokens: Int = 4, maximumLength: Int = 10, minimumContexts: Int = 3,
                    minimumRepeatedClauseLength: Int = 8) {
            self.minimumCount = minimumCount
            self.minimumContexts = minimumContexts
            self.minimumRepeatedClauseLength = minimumRepeatedClauseLength
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
        /// A left and a right neighbour, held inline (a two-element array took a heap block each).
        struct Context: Hashable { var left: Int64, right: Int64 }

        var left: [Int64: Int] = [:]
        var right: [Int64: Int] = [:]
        var leftEdges = 0
        var rightEdges = 0
        /// Distinct (left, right) neighbour pairs away from document edges.
        var contexts = Set<Context>()
        /// Occurrences at a document's start or end: each a context of its own.
        var edgeContexts = 0
        /// The documents it occurs in, counted as they come in order: a set of them grew with the
        /// corpus for every candidate.
        var documentCount = 0
        private var lastDocument = -1

        /// One occurrence with these neighbours; `nil` is a document edge. Documents come in
        /// ascending order.
        mutating func add(left leftKey: Int64?, right rightKey: Int64?, document: Int) {
            if let key = leftKey { left[key, default: 0] += 1 } else { leftEdges += 1 }
            if let key = rightKey { right[key, default: 0] += 1 } else { rightEdges += 1 }
            // A context with a document edge is new each time.
            if let l = leftKey, let r = rightKey { contexts.insert(Context(left: l, right: r)) } else { edgeContexts += 1 }
            if document != lastDocument {
                documentCount += 1
                lastDocument = document
            }
        }
    }

    /// The compounds of `documents` (each a token list from ``TermExtractor/tokens(in:entities:)``),
    /// sorted by text.
    ///
    /// The steps: the documents as word-id streams (``WordStreams``), word counts, sequence counts
    /// by length, candidates by structure and cohesion, their neighbours, and the boundary tests.
    ///
    /// - Complexity: O(*n*) hash operations for *n* tokens; longer sequences are counted only
    ///   where their shorter pieces are frequent enough.
    public func compounds(in documents: [[TermToken]]) -> [Compound] {
        var streams = WordStreams(stopwords: stopwords, minimumRepeatedClauseLength: options.minimumRepeatedClauseLength)
        for document in documents { streams.add(document) }
        return compounds(in: streams)
    }

    /// The compounds of the documents added to `streams`, sorted by text.
    func compounds(in streams: WordStreams) -> [Compound] {
        let unigram = streams.wordCounts()
        let total = unigram.reduce(0, +)
        guard total > 0 else { return [] }
        let counts = sequenceCounts(streams, unigram: unigram)
        let candidates = cohesiveCandidates(counts, streams: streams, unigram: unigram, total: total)
        guard !candidates.isEmpty else { return [] }
        let neighbours = neighbours(of: candidates, in: streams)
        var result: [Compound] = []
        for (gram, cohesion) in candidates {
            guard let entry = neighbours[gram], entry.contexts.count + entry.edgeContexts >= options.minimumContexts else { continue }
            let left = TermDiscovery.entropy(entry.left, edges: entry.leftEdges)
            let right = TermDiscovery.entropy(entry.right, edges: entry.rightEdges)
            guard left >= options.minimumBoundaryEntropy, right >= options.minimumBoundaryEntropy else { continue }
            let parts = gram.slice(0, gram.length).map { streams.words[Int($0)] }
            // 依法依规, 分级分类: a parallel phrase of manner, never a term (see PredicatePhrase).
            let halves: [String?] = parts.count == 2 && parts.allSatisfy({ $0.unicodeScalars.count == 2 })
                ? gram.slice(0, gram.length).map { streams.tags[Int($0)] } : []
            if PredicatePhrase.isParallel(parts.joined(), halves: halves) { continue }
            result.append(Compound(text: parts.joined(), parts: parts, count: counts[gram] ?? 0,
                                   documentCount: entry.documentCount, cohesion: cohesion,
                                   leftEntropy: left, rightEntropy: right))
        }
        return result.sorted { $0.text != $1.text ? $0.text < $1.text : $0.parts.count < $1.parts.count }
    }

    /// Counts of the sequences of 2 to ``Options/maximumTokens`` words that occur at least
    /// ``Options/minimumCount`` times; each length is counted only where both its shorter pieces
    /// are frequent enough.
    ///
    /// From `sketchedFrom` stream positions on, each length takes two passes: a ``GramSketch``
    /// bounds every sequence's count, then only the sequences whose bound reaches the minimum are
    /// counted exactly. The counts are those of one exact pass; what is held is the sketch and the
    /// sequences that may be frequent, not every sequence seen. Below, one exact pass.
    func sequenceCounts(_ streams: WordStreams, unigram: [Int],
                        sketchedFrom: Int = TermDiscovery.sketchedPositions) -> [Gram: Int] {
        let minimum = options.minimumCount
        var counts: [Gram: Int] = [:]
        let sketched = streams.positions >= sketchedFrom
        for length in 2...options.maximumTokens {
            /// Calls `body` with each window of this length whose pieces are frequent enough.
            func windows(_ body: (Gram) -> Void) {
                streams.forEachStream { _, stream in
                    guard stream.count > length else { return }
                    for start in 1..<(stream.count - length) {
                        let window = stream[start..<(start + length)]
                        if window.contains(-1) { continue }
                        if length == 2 {
                            if unigram[Int(window[start])] < minimum || unigram[Int(window[start + 1])] < minimum { continue }
                        } else if (counts[Gram(window.dropLast())] ?? 0) < minimum || (counts[Gram(window.dropFirst())] ?? 0) < minimum {
                            continue
                        }
                        body(Gram(window))
                    }
                }
            }
            var level: [Gram: Int] = [:]
            if sketched {
                var sketch = GramSketch(expected: streams.positions)
                windows { sketch.add($0) }
                windows { gram in
                    if sketch.bound(gram) >= minimum { level[gram, default: 0] += 1 }
                }
            } else {
                windows { level[$0, default: 0] += 1 }
            }
            for (gram, n) in level where n >= minimum { counts[gram] = n }
        }
        return counts
    }

    /// Stream positions from which sequence counts go through a ``GramSketch``: 8 Mi, about
    /// 40 MB of text. Below, every sequence seen takes less memory than the sketch's rows would and
    /// the second pass would only cost time; above, the sequences seen once or twice outgrow them.
    public static let sketchedPositions = 1 << 23

    /// The counted sequences whose parts may form a term (see the type's documentation) and stick
    /// together: the least pointwise mutual information over the cuts, by sequence.
    func cohesiveCandidates(_ counts: [Gram: Int], streams: WordStreams, unigram: [Int], total: Int) -> [Gram: Double] {
        func count(_ ids: [Int32]) -> Int {
            ids.count == 1 ? unigram[Int(ids[0])] : counts[Gram(ids[...])] ?? 0
        }
        let n = Double(total)
        var candidates: [Gram: Double] = [:]
        for (gram, c) in counts {
            let parts = gram.slice(0, gram.length)
            guard structureAllows(parts, single: streams.single, stop: streams.stop, edgeOK: streams.edgeOK,
                                  runEdgeOK: streams.runEdgeOK),
                  parts.contains(where: { streams.nounLike[Int($0)] }), streams.lastOK[Int(parts[parts.count - 1])],
                  !TermDiscovery.isVerbPhrase(parts.map { streams.tags[Int($0)] }) else { continue }
            let length = parts.reduce(0) { $0 + streams.words[Int($1)].unicodeScalars.count }
            guard length <= options.maximumLength else { continue }
            var cohesion = Double.infinity
            for cut in 1..<parts.count {
                let left = Double(count(Array(parts[..<cut]))), right = Double(count(Array(parts[cut...])))
                cohesion = min(cohesion, log(Double(c) * n / (left * right)))
            }
            if cohesion >= options.minimumCohesion { candidates[gram] = cohesion }
        }
        return candidates
    }

    /// The neighbours of each candidate. A word next to the sequence is its neighbour; a boundary
    /// (punctuation, particle, entity, figure, repeated clause) is taken together with the word
    /// beyond it, so the same clause quoted again brings the same neighbour; a document's start or
    /// end is a new neighbour each time.
    func neighbours(of candidates: [Gram: Double], in streams: WordStreams) -> [Gram: Neighbours] {
        // A boundary with its text and the word beyond it, on its side: one negative key each.
        struct BoundaryNeighbour: Hashable { var word: Int32; var text: Int32; var left: Bool }
        var boundaryKeys: [BoundaryNeighbour: Int64] = [:]
        func boundaryKey(_ neighbour: BoundaryNeighbour) -> Int64 {
            if let key = boundaryKeys[neighbour] { return key }
            let key = -Int64(boundaryKeys.count) - 1
            boundaryKeys[neighbour] = key
            return key
        }
        var neighbours: [Gram: Neighbours] = [:]
        streams.forEachStream { d, stream in
            for start in 1..<max(1, stream.count - 1) where stream[start] >= 0 {
                for length in 2...options.maximumTokens where start + length < stream.count {
                    let window = stream[start..<(start + length)]
                    if window.contains(-1) { break }
                    let gram = Gram(window)
                    guard candidates[gram] != nil else { continue }
                    let before = start - 1, after = start + length
                    var leftKey: Int64?, rightKey: Int64?
                    if stream[before] >= 0 {
                        leftKey = Int64(stream[before])
                    } else if let text = streams.boundary(d, at: before) {
                        leftKey = boundaryKey(BoundaryNeighbour(word: stream[before - 1], text: text, left: true))
                    }
                    if stream[after] >= 0 {
                        rightKey = Int64(stream[after])
                    } else if let text = streams.boundary(d, at: after) {
                        rightKey = boundaryKey(BoundaryNeighbour(word: stream[after + 1], text: text, left: false))
                    }
                    neighbours[gram, default: Neighbours()].add(left: leftKey, right: rightKey, document: d)
                }
            }
        }
        return neighbours
    }

    /// Verb tags (jieba): a plain verb, not a verbal noun (vn).
    static let verbTags: Set<String> = ["v", "vd", "vg", "vi"]
    /// Adjective tags: an adjective or a resultative complement (好, 实, 牢).
    static let adjectiveTags: Set<String> = ["a", "ad", "ag", "z"]
    /// Tags of place and direction words (身边, 周边, 上).
    static let placeTags: Set<String> = ["s", "f"]

    /// Whether a sequence with these part tags is a verb phrase rather than a term: a verb followed
    /// by an adjective or complement (讲好身边, 共享美好生活: verb + modified object or resultative
    /// verb), a verb whose object is a place word (走进身边), or a sequence that ends in a verb
    /// without starting with a noun-like part (a subject-predicate term such as 乡村振兴 starts with
    /// its noun).
    static func isVerbPhrase(_ tags: [String]) -> Bool {
        guard let first = tags.first, let last = tags.last, tags.count >= 2 else { return false }
        if verbTags.contains(first) {
            if adjectiveTags.contains(tags[1]) || placeTags.contains(last) { return true }
        }
        if verbTags.contains(last) {
            let nounStart = first.hasPrefix("n") || nounLikeTags.contains(first)
            if !nounStart { return true }
        }
        return false
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
    static func entropy(_ counts: [Int64: Int], edges: Int) -> Double {
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
