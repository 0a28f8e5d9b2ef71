/// Decides which copy of a duplicated passage to drop.
///
/// Duplicates come from `DuplicateFinder`. Consecutive duplicated paragraphs that repeat
/// consecutive paragraphs form a run and are decided together. The copy that fits its place is
/// kept (see `ArticleSplitter` for the scores); ties keep the longer copy, then the earlier one.
struct DuplicateResolver {
    let options: ArticleSplitter.Options
    let judge: BreakJudge
    let classifier: BlockClassifier
    let layout: PageLayout

    private struct Pair { var original: Int; var copy: Int; var similarity: Double; var exact: Bool }

    /// The dropped blocks, each with its repair record.
    func resolve(_ blocks: inout [PageBlock]) -> [Int: Repair] {
        let texts: [[Unicode.Scalar]?] = blocks.map { b in
            switch b.kind {
            case .body, .caption: return b.text
            case .datelineLead: return Array(b.text[b.datelineLength...])
            default: return nil
            }
        }
        let finder = DuplicateFinder(
            minimumExactLength: options.minimumExactDuplicateLength,
            minimumNearLength: options.minimumNearDuplicateLength, threshold: options.nearDuplicateThreshold)
        let matches = finder.matches(texts)
        guard !matches.isEmpty else { return [:] }

        func next(_ i: Int) -> Int {
            var k = i + 1
            while k < blocks.count, blocks[k].kind == .furniture { k += 1 }
            return k
        }
        // Group into runs.
        var runs: [[Pair]] = []
        for m in matches.sorted(by: { $0.copy < $1.copy }) {
            let pair = Pair(original: m.original, copy: m.copy, similarity: m.similarity, exact: m.exact)
            if let last = runs.last?.last, next(last.copy) == pair.copy, next(last.original) == pair.original,
                pair.original != last.copy
            {
                runs[runs.count - 1].append(pair)
            } else {
                runs.append([pair])
            }
        }
        var dropped: [Int: Repair] = [:]
        for run in runs {
            let pairs = run.filter { dropped[$0.original] == nil && dropped[$0.copy] == nil }
            guard let first = pairs.first else { continue }
            let fitOriginal = fit(first.original, blocks)
            let fitCopy = fit(first.copy, blocks)
            let lengthOriginal = pairs.reduce(0) { $0 + (texts[$1.original]?.count ?? 0) }
            let lengthCopy = pairs.reduce(0) { $0 + (texts[$1.copy]?.count ?? 0) }
            let dropOriginals = fitCopy > fitOriginal || (fitCopy == fitOriginal && lengthCopy > lengthOriginal)
            for p in pairs {
                let (gone, kept) = dropOriginals ? (p.original, p.copy) : (p.copy, p.original)
                let goneLine = blocks[gone].line
                let keptLine = blocks[kept].line
                let how = p.exact ? "an exact" : "a near (\(Int((p.similarity * 100).rounded())) % shingle overlap)"
                dropped[gone] = Repair(
                    kind: .droppedDuplicate, firstLine: goneLine, lastLine: goneLine,
                    description: "dropped line \(goneLine), \(how) duplicate of line \(keptLine)",
                    removed: blocks[gone].text.string, keptFirstLine: keptLine, keptLastLine: keptLine,
                    similarity: p.similarity)
            }
        }
        return dropped
    }

    /// How well block `x` fits its place: 3 after a 上接 mark, 2 when it completes a word broken at
    /// the end of the block before it, 0 right after an article ended (credit, （完）), else 1.
    private func fit(_ x: Int, _ blocks: [PageBlock]) -> Int {
        if blocks[x].continuesFrom != nil { return 3 }
        var p = x - 1
        while p >= 0, blocks[p].kind == .furniture { p -= 1 }
        guard p >= 0 else { return 1 }
        let prev = blocks[p]
        switch prev.kind {
        case .credit, .endMark:
            return 0
        case .body, .caption, .datelineLead, .titleLike:
            if prev.continuesTo != nil { return 0 }
            let a = prev.kind == .datelineLead ? Array(prev.text[prev.datelineLength...]) : prev.text
            let b = blocks[x].text
            // The same test the line joiner applies (stricter after a short line).
            let brokenWord = prev.kind == .titleLike
                ? judge.danglingEnd(a) && judge.danglingStart(b) : judge.danglingEnd(a) || judge.danglingStart(b)
            if judge.end(of: a) == .open, brokenWord, judge.spanningWord(a, b) != nil { return 2 }
            return 1
        default:
            return 1
        }
    }
}
