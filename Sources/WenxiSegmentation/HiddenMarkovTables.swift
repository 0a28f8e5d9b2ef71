/// jieba's character-level hidden Markov model (states B, M, E, S) for words the lexicon lacks.
///
/// The tables come from jieba's `finalseg` (MIT) and are stored in `lexicon.bin`.
struct HiddenMarkovTables: Sendable {
    /// Emission log-probabilities, four per BMP code point (B, M, E, S); `impossible` where unseen.
    let emission: [Float]
    let start: [Float]
    /// Transition log-probabilities, `from * 4 + to`.
    let transition: [Float]

    static let impossible: Float = -1.0e30

    init(_ raw: UnsafeRawBufferPointer, at offset: Int, count: Int) {
        func f32(_ at: Int) -> Float {
            Float(bitPattern: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self).littleEndian)
        }
        var emission = [Float](repeating: HiddenMarkovTables.impossible, count: 65_536 * 4)
        for row in 0..<count {
            let base = offset + row * 20
            let scalar = Int(raw.loadUnaligned(fromByteOffset: base, as: UInt16.self).littleEndian)
            for state in 0..<4 { emission[scalar * 4 + state] = f32(base + 4 + state * 4) }
        }
        let tail = offset + count * 20
        self.emission = emission
        self.start = (0..<4).map { f32(tail + $0 * 4) }
        self.transition = (0..<16).map { f32(tail + 16 + $0 * 4) }
    }

    /// Cuts `text[range]` into words by Viterbi decoding; returns the end offsets of the words.
    ///
    /// - Complexity: O(*n*) in the length of the range.
    func cut(_ text: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> [Int] {
        let n = range.count
        guard n > 1 else { return [range.upperBound] }
        // States: 0 B, 1 M, 2 E, 3 S. Allowed predecessors as in jieba.
        let previous: [[Int]] = [[2, 3], [1, 0], [0, 1], [3, 2]]
        var score = [Float](repeating: 0, count: n * 4)
        var back = [UInt8](repeating: 0, count: n * 4)
        func emit(_ i: Int, _ state: Int) -> Float {
            let scalar = Int(text[range.lowerBound + i])
            return scalar < 65_536 ? emission[scalar * 4 + state] : HiddenMarkovTables.impossible
        }
        for state in 0..<4 { score[state] = start[state] + emit(0, state) }
        for i in 1..<n {
            for state in 0..<4 {
                let e = emit(i, state)
                var best = -Float.infinity
                var bestFrom = 0
                for from in previous[state] {
                    let value = score[(i - 1) * 4 + from] + transition[from * 4 + state] + e
                    if value > best { best = value; bestFrom = from }
                }
                score[i * 4 + state] = best
                back[i * 4 + state] = UInt8(bestFrom)
            }
        }
        var state = score[(n - 1) * 4 + 2] >= score[(n - 1) * 4 + 3] ? 2 : 3
        var states = [Int](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            states[i] = state
            state = Int(back[i * 4 + state])
        }
        var ends: [Int] = []
        for i in 0..<n where states[i] == 2 || states[i] == 3 || i == n - 1 {
            ends.append(range.lowerBound + i + 1)
        }
        return ends
    }
}
