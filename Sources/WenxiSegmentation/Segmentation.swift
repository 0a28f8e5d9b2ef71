/// One text's segmentation with what a second pass over the same text needs: the folded text,
/// the fixed-span candidates (user words, links, figures) and the spans of every run cut.
///
/// The entity stage segments a text, and the term stage needs the same text segmented again with
/// the entities kept whole. Protecting a span changes only the runs it touches (a run is a stretch
/// of ideographs, or of other characters, between fixed spans): ``Segmenter/Session/spans(protecting:reusing:)``
/// copies every other run's spans from here and cuts only those, with a result equal to
/// ``Segmenter/Session/spans(of:protecting:)``'s.
public struct Segmentation: Sendable {
    /// One run cut: code points `start..<end`, its spans `spans` in ``raw``.
    struct Run: Sendable {
        var start: Int
        var end: Int
        var spans: Range<Int>
    }

    /// The folded code points.
    public let folded: [UInt32]
    /// The spans, as ``Segmenter/Session/spans(of:protecting:)`` gives them with nothing protected.
    public let spans: [TokenSpan]
    let raw: [TokenSpan]
    let runs: [Run]
    let candidates: FixedCandidates
}

/// A text's candidates for fixed spans, before the protected spans are placed among them.
struct FixedCandidates: Sendable {
    var user: [(Range<Int>, Int)]
    var links: [Range<Int>]
    var figures: [Range<Int>]
}

extension Segmenter.Session {
    /// `scalars` (original code points) segmented, kept for a second pass.
    ///
    /// - Complexity: as ``spans(of:protecting:)``, and O(*n*) more memory.
    public func segmentation(of scalars: [UInt32]) -> Segmentation {
        let folded = fold(scalars)
        return folded.withUnsafeBufferPointer { text in
            var builder = SpanBuilder(segmenter: segmenter, text: text, breaker: breaker, scratch: scratch)
            builder.record = true
            builder.run(protected: [])
            return Segmentation(folded: folded, spans: builder.spans, raw: builder.raw, runs: builder.runs,
                                candidates: builder.candidates!)
        }
    }

    /// The spans of `base`'s text with `protected` kept whole: equal to
    /// ``spans(of:protecting:)`` of the same text, with only the runs the protected spans change cut
    /// again. `base` must come from a session of the same segmenter.
    ///
    /// - Complexity: O(*n*) plus the cutting of the changed runs.
    public func spans(protecting protected: [Range<Int>], reusing base: Segmentation) -> [TokenSpan] {
        guard !protected.isEmpty else { return base.spans }
        return base.folded.withUnsafeBufferPointer { text in
            var builder = SpanBuilder(segmenter: segmenter, text: text, breaker: breaker, scratch: scratch)
            builder.candidates = base.candidates
            builder.reuse = base
            builder.run(protected: protected)
            return builder.spans
        }
    }
}
