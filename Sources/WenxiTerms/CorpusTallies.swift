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

    /// The compounds of the texts added: ``TermDiscovery/compounds(in:)`` over them.
    public func compounds() -> [Compound] { discovery.compounds(in: streams) }

    /// The bound words and slogan-list items of the texts added: ``BoundWords/find(in:)`` and
    /// ``SloganLists/find(in:)`` over them, together.
    public func fragments() -> Set<String> { bound.bound().union(slogans.words()) }
}
