import WenxiText

/// The documents of a ``TermDiscovery`` run as streams of word ids, with what is known of each word.
///
/// In a stream, -1 is a boundary (punctuation, figure, entity, particle, repeated clause, text
/// edge); every stream starts and ends with one. `boundaries[d][i]` is the text of the boundary at
/// position `i` of stream `d`, absent at a document edge.
struct WordStreams: Sendable {
    let stopwords: Stopwords
    /// Clauses this long or longer count once, however often they repeat.
    let minimumRepeatedClauseLength: Int

    /// Each word's id.
    private(set) var ids: [ExactString: Int32] = [:]
    /// By id: the word, its tag, and the tests ``TermDiscovery`` makes of it.
    private(set) var words: [String] = []
    private(set) var tags: [String] = []
    private(set) var single: [Bool] = []
    private(set) var edgeOK: [Bool] = []
    private(set) var runEdgeOK: [Bool] = []
    private(set) var nounLike: [Bool] = []
    private(set) var lastOK: [Bool] = []
    private(set) var stop: [Bool] = []
    /// Every stream, one after another, each id as a variable-length number (``StreamCoding``):
    /// frequent words are seen early and have small ids, so most take one or two bytes where an
    /// `Int32` takes four, and a large corpus's streams are held in well under half the memory.
    private var coded: [UInt8] = []
    /// Where each stream starts in `coded`; one more entry, its end.
    private var codedStarts: [Int] = [0]
    /// Positions in all streams together.
    private(set) var positions = 0

    /// The number of streams, one a document.
    var count: Int { codedStarts.count - 1 }

    /// Every stream decoded (for tests and small inputs: ``forEachStream(_:)`` holds one at a time).
    var streams: [[Int32]] {
        var all: [[Int32]] = []
        forEachStream { _, stream in all.append(stream) }
        return all
    }

    /// Calls `body` with each document's number and stream, in order, one decoded at a time.
    ///
    /// - Complexity: O(*n*) for *n* positions.
    func forEachStream(_ body: (Int, [Int32]) -> Void) {
        var stream: [Int32] = []
        for d in 0..<count {
            stream.removeAll(keepingCapacity: true)
            StreamCoding.decode(coded[codedStarts[d]..<codedStarts[d + 1]], into: &stream)
            body(d, stream)
        }
    }
    /// The boundaries that have a text, every document's in turn, each by position in its stream
    /// (ascending) and the text's id: eight bytes a boundary, where a dictionary a document took
    /// three times as much. Discovery only asks whether two boundaries have the same text, so the
    /// texts are not kept: each distinct one has an id, found by its ``StableHash`` (two texts
    /// sharing a 64-bit hash in one run is a chance below 10⁻⁷ for a million texts).
    private var boundaryPositions: [Int32] = []
    private var boundaryTextIDs: [Int32] = []
    /// Where each document's boundaries start in those two lists; one more entry, their end.
    private var boundaryStarts: [Int] = [0]
    /// Each boundary text's id, by the text's hash.
    private var boundaryIDs: [UInt64: Int32] = [:]

    /// `boundaries[d][i]`: the text id of the boundary at position `i` of stream `d`, if it has a text.
    var boundaries: [[Int: Int32]] {
        (0..<count).map { d in
            Dictionary(uniqueKeysWithValues: (boundaryStarts[d]..<boundaryStarts[d + 1]).map {
                (Int(boundaryPositions[$0]), boundaryTextIDs[$0])
            })
        }
    }

    /// The id of a boundary text seen before, nil for one never seen.
    func boundaryTextID(_ text: String) -> Int32? { boundaryIDs[StableHash.fnv1a(text)] }

    /// The text id of the boundary at `position` of stream `document`, if it has a text: the same
    /// id for the same text.
    ///
    /// - Complexity: O(log *b*) for *b* boundaries with a text in the document.
    func boundary(_ document: Int, at position: Int) -> Int32? {
        let end = boundaryStarts[document + 1], target = Int32(position)
        let low = boundaryPositions[boundaryStarts[document]..<end].partitioningIndex { $0 >= target }
        guard low < end, boundaryPositions[low] == target else { return nil }
        return boundaryTextIDs[low]
    }

    /// The long clauses seen so far, across documents, by a fixed 64-bit hash of their text
    /// (``StableHash``): eight bytes a clause, not its text, and the same in every run. Two
    /// different clauses sharing a hash in one run is a chance below 10⁻⁷ for a million clauses.
    private var seenClauses = Set<UInt64>()

    init(stopwords: Stopwords, minimumRepeatedClauseLength: Int) {
        self.stopwords = stopwords
        self.minimumRepeatedClauseLength = minimumRepeatedClauseLength
    }

    /// How often each word occurs, by id.
    func wordCounts() -> [Int] {
        var counts = [Int](repeating: 0, count: words.count)
        forEachStream { _, stream in for id in stream where id >= 0 { counts[Int(id)] += 1 } }
        return counts
    }

    /// Adds one document, clause by clause: a clause runs between punctuation marks or white space.
    mutating func add(_ document: [TermToken]) {
        var stream: [Int32] = [-1]
        var boundary: [Int: String] = [:]
        stream.reserveCapacity(document.count + 2)
        var i = 0
        while i < document.count {
            if document[i].kind == .punctuation {
                Self.addBoundary("|", to: &stream, &boundary)
                i += 1
                continue
            }
            var j = i + 1
            while j < document.count && document[j].kind != .punctuation && document[j].start == document[j - 1].end {
                j += 1
            }
            let clause = document[i..<j]
            if clause.reduce(0, { $0 + $1.length }) >= minimumRepeatedClauseLength {
                // The hash of the clause's text, token by token: the text itself is only made for
                // a clause seen before.
                let hash = clause.reduce(StableHash.basis) { hash, token in
                    token.text.utf8.reduce(hash) { StableHash.step($0, UInt64($1)) }
                }
                if !seenClauses.insert(hash).inserted {
                    // The same long clause again (a slogan, a quotation): no new evidence.
                    Self.addBoundary("\u{1F}" + clause.map(\.text).joined(), to: &stream, &boundary)
                    i = j
                    continue
                }
            }
            if i > 0 && document[i].start != document[i - 1].end && document[i - 1].kind != .punctuation {
                Self.addBoundary("|", to: &stream, &boundary)
            }
            for token in clause {
                if token.kind == .word, token.entityType == nil, !(token.tag?.hasPrefix("u") ?? false) {
                    stream.append(id(of: token))
                } else {
                    Self.addBoundary(token.text, to: &stream, &boundary)
                }
            }
            i = j
        }
        if stream.last != -1 { stream.append(-1) }
        boundary[stream.count - 1] = nil  // the document's end: an edge
        StreamCoding.encode(stream, into: &coded)
        codedStarts.append(coded.count)
        positions += stream.count
        for (position, text) in boundary.sorted(by: { $0.key < $1.key }) {
            let hash = StableHash.fnv1a(text)
            let id = boundaryIDs[hash] ?? {
                let id = Int32(boundaryIDs.count)
                boundaryIDs[hash] = id
                return id
            }()
            boundaryPositions.append(Int32(position))
            boundaryTextIDs.append(id)
        }
        boundaryStarts.append(boundaryPositions.count)
    }

    /// Ends the current run of words with a boundary whose text is `text`.
    private static func addBoundary(_ text: String, to stream: inout [Int32], _ boundary: inout [Int: String]) {
        if stream.last != -1 { stream.append(-1) }
        let at = stream.count - 1
        if at == 0 { return }  // still the document's start: an edge
        // Punctuation and white space are one mark, whichever they are: 口号，X and 口号。X have the
        // same neighbour X.
        if text == "|" && boundary[at]?.hasSuffix("|") == true { return }
        boundary[at, default: ""] += text
    }

    /// The id of the token's word, a new one the first time.
    private mutating func id(of token: TermToken) -> Int32 {
        let word = ExactString(token.text)
        if let id = ids[word] { return id }
        let id = Int32(words.count)
        ids[word] = id
        words.append(token.text)
        let tag = token.tag ?? ""
        tags.append(tag)
        single.append(token.length == 1)
        stop.append(stopwords.contains(token.text))
        edgeOK.append(!TermDiscovery.edgeExcludedTags.contains(tag))
        runEdgeOK.append(!TermDiscovery.runEdgeExcludedTags.contains(tag))
        nounLike.append(tag.hasPrefix("n") || TermDiscovery.nounLikeTags.contains(tag))
        lastOK.append(!TermDiscovery.lastExcludedTags.contains(tag))
        return id
    }
}

/// Word ids as variable-length numbers: an id *i* (−1 for a boundary) is *i* + 1 in base 128,
/// low digits first, each byte's high bit set when more follow (LEB128).
enum StreamCoding {
    /// Appends `stream`'s ids to `bytes`.
    static func encode(_ stream: [Int32], into bytes: inout [UInt8]) {
        for id in stream { VarInt.append(UInt64(UInt32(bitPattern: id &+ 1)), to: &bytes) }
    }

    /// Appends the ids `bytes` holds to `stream`.
    static func decode(_ bytes: ArraySlice<UInt8>, into stream: inout [Int32]) {
        bytes.withUnsafeBufferPointer { bytes in
            var at = 0
            while let value = VarInt.read(bytes, at: &at) { stream.append(Int32(bitPattern: UInt32(truncatingIfNeeded: value)) &- 1) }
        }
    }
}
