import WenxiText

/// The terms of a whole input: compounds discovered across all its texts, then each text's terms.
public struct TermAnalyzer: Sendable {
    /// What an analysis finds.
    public struct Analysis: Sendable, Hashable, Codable {
        /// Each text's terms, in the texts' order.
        public var documents: [DocumentTerms]
        /// The compounds discovered across the input, sorted by text.
        public var compounds: [Compound]
    }

    public var extractor: TermExtractor
    /// Compound discovery, or nil to use only the extractor's own compounds.
    public var discovery: TermDiscovery?

    public init(extractor: TermExtractor, discovery: TermDiscovery?) {
        self.extractor = extractor
        self.discovery = discovery
    }

    /// An analyzer over the shared data, with default thresholds.
    public init() throws(DataFileError) {
        self.init(extractor: try TermExtractor(), discovery: try TermDiscovery())
    }

    /// Analyzes `texts` (one article's text each) as one input.
    ///
    /// - Parameter entities: for each text, its entity spans (may be shorter than `texts`).
    /// - Complexity: O(*n*) in the total length beyond segmentation.
    public func analyze(_ texts: [String], entities: [[TermEntity]] = []) -> Analysis {
        var extractor = self.extractor
        let tokens = texts.indices.map { i in
            extractor.tokens(in: texts[i], entities: i < entities.count ? entities[i] : [])
        }
        var compounds: [Compound] = []
        if let discovery {
            compounds = discovery.compounds(in: tokens)
            let known = extractor.options.compounds.byFirstPart.values.flatMap { $0 }
            extractor.options.compounds = CompoundSet(parts: known + compounds.map(\.parts))
        }
        return Analysis(documents: tokens.map { extractor.document(from: $0) }, compounds: compounds)
    }
}
