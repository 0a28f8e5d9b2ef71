import WenxiText

/// What the corpus stage counts before it knows its compounds, fed one text at a time in one pass:
/// the word streams of ``TermDiscovery``, the neighbours of ``BoundWords`` and the list items of
/// ``SloganLists``. Each text's tokens are read once for all three, and only the counts (and the
/// discovery's word-id streams) are kept, not the tokens.
public struct CorpusTallies: Sendable {
    var streams: WordStreams
    var bound = BoundWords.Tally()
    var slogans = SloganLists.Tally()
    /// The discovery the compounds are found with.
    public let discovery: TermDiscovery

    public init(discovery: TermDiscovery) {
        self.discovery = discovery
        streams = WordStreams(stopwords: discovery.stopwords,
                              minimumRepeatedClauseLength: discovery.options.minimumRepeatedClauseLength)
    }

    /// Adds the next text's tokens (from ``TermExtractor/tokens(in:entities:)``), in input order.
    public mutating func add(_ tokens: [TermToken]) {
        streams.add(tokens)
        bound.add(tokens)
        slogans.add(tokens)
    }

    /// Adds texts `0..<count`, `tokens(i)` giving text `i`'s tokens, in input order: what
    /// ``add(_:)`` does for each. With `jobs` > 1 the word streams are tallied on one thread and
    /// the bound words and slogan lists on another (they share nothing, and each still sees the
    /// texts in input order, so the counts are the ones one thread makes); each side asks
    /// `tokens` for every text, `chunk` texts at a time.
    ///
    /// - Complexity: O(the tokens), in about the time of the word streams alone on two threads.
    public mutating func add(count: Int, chunk: Int, jobs: Int, tokens: @Sendable (Int) -> [TermToken]) {
        guard jobs > 1 else {
            ParallelWork.inChunks(count: count, chunk: chunk, jobs: 1, tokens) { _, list in add(list) }
            return
        }
        let start = (streams, bound, slogans)
        let sides = ParallelWork.map(0..<2, jobs: 2) { side -> Side in
            var (streams, bound, slogans) = start
            ParallelWork.inChunks(count: count, chunk: chunk, jobs: 1, tokens) { _, list in
                if side == 0 { streams.add(list) } else { bound.add(list); slogans.add(list) }
            }
            return side == 0 ? .streams(streams) : .lists(bound, slogans)
        }
        for case .streams(let s) in sides { streams = s }
        for case .lists(let b, let l) in sides { (bound, slogans) = (b, l) }
    }

    /// What one side of ``add(count:chunk:jobs:tokens:)`` tallied.
    private enum Side: Sendable {
        case streams(WordStreams)
        case lists(BoundWords.Tally, SloganLists.Tally)
    }

    /// The compounds of the texts added: ``TermDiscovery/compounds(in:)`` over them.
    public func compounds() -> [Compound] { discovery.compounds(in: streams) }

    /// The bound words and slogan-list items of the texts added: ``BoundWords/find(in:)`` and
    /// ``SloganLists/find(in:)`` over them, together.
    public func fragments() -> Set<String> { bound.bound().union(slogans.words()) }
}
