import Foundation
import WenxiText

/// Words a user adds; they always win over the base lexicon.
///
/// A file holds one word a line, optionally followed by a frequency and a part-of-speech tag,
/// separated by spaces (`人工智能`, `人工智能 3 n`, `人工智能 n`) or by tabs; only with tabs may a
/// word hold spaces (`Wi-Fi 6\t5\tnz`). Blank lines and lines starting with `#` are skipped.
/// A line that does not read so (too many fields, a frequency that is no whole number, a tag
/// that is not letters, a word longer than ``maximumWordLength``) is skipped and listed in
/// ``problems`` with its line number. Words are matched after width folding (and Traditional →
/// Simplified when the segmenter simplifies).
public struct UserDictionary: Sendable, Hashable {
    /// One user word.
    public struct Word: Sendable, Hashable, Codable {
        public var text: String
        public var frequency: Int?
        public var tag: String?

        public init(_ text: String, frequency: Int? = nil, tag: String? = nil) {
            self.text = text
            self.frequency = frequency
            self.tag = tag
        }
    }

    /// A line of a user dictionary file that was skipped, and why.
    public struct Problem: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The line number, from 1.
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// The longest user word, in code points: longer lines are skipped, so that matching stays
    /// cheap at every position.
    public static let maximumWordLength = 256

    /// The words, in the order given.
    public private(set) var words: [Word]
    /// The lines skipped when parsing, in order.
    public private(set) var problems: [Problem] = []

    public init(words: [Word] = []) {
        self.words = words.filter { !$0.text.isEmpty && $0.text.unicodeScalars.count <= UserDictionary.maximumWordLength }
    }

    /// Reads a user dictionary file.
    public init(contentsOf url: URL) throws(InputError) {
        let text = try TextDecoder().decode(contentsOf: url)
        self.init(parsing: text)
    }

    /// Parses the lines of a user dictionary (lines end as ``TextLines`` says).
    public init(parsing text: String) {
        var words: [Word] = []
        var problems: [Problem] = []
        for (index, raw) in TextLines.split(text).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            switch UserDictionary.parse(line) {
            case .success(let word): words.append(word)
            case .failure(let problem): problems.append(Problem(line: index + 1, message: problem.message))
            }
        }
        self.init(words: words)
        self.problems = problems
    }

    private struct LineProblem: Error { var message: String }

    /// One line's word, or why it is no word.
    private static func parse(_ line: String) -> Result<Word, LineProblem> {
        let fields: [String]
        if line.contains("\t") {
            fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        } else {
            fields = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        }
        guard fields.count <= 3 else {
            return .failure(LineProblem(message: "\(fields.count) fields; a line is: word [frequency] [tag] (a word with spaces needs tabs between the fields)"))
        }
        let word = fields[0]
        guard !word.isEmpty else { return .failure(LineProblem(message: "no word before the tab")) }
        guard word.unicodeScalars.count <= maximumWordLength else {
            return .failure(LineProblem(message: "a word of \(word.unicodeScalars.count) characters; at most \(maximumWordLength)"))
        }
        var frequency: Int?
        var tag: String?
        for field in fields.dropFirst() where !field.isEmpty {
            if frequency == nil, tag == nil, let value = Int(field), value >= 0 {
                frequency = value
            } else if tag == nil, field.allSatisfy({ $0.isASCII && $0.isLetter }) {
                tag = field
            } else {
                return .failure(LineProblem(message: "'\(field)' is neither a frequency (a whole number) nor a tag (letters)"
                                            + (fields.count == 2 && !line.contains("\t") ? "; a word with spaces needs tabs between the fields" : "")))
            }
        }
        return .success(Word(word, frequency: frequency, tag: tag))
    }

    /// A matcher over folded code points.
    func matcher(normalizer: TextNormalizer) -> Matcher { Matcher(words: words, normalizer: normalizer) }

    /// Finds user words in folded text, leftmost-longest, by walking a trie of the words.
    struct Matcher: Sendable {
        /// The trie: the children of each node by code point; node 0 is the root.
        private var children: [[UInt32: Int32]] = [[:]]
        /// The word index ending at each node, or -1.
        private var wordAt: [Int32] = [-1]
        let tags: [String?]
        /// Some word holds white space or 。, so lines may not be cut there.
        let hasWordWithSpace: Bool

        init(words: [Word], normalizer: TextNormalizer) {
            var tags: [String?] = []
            var spaced = false
            for word in words {
                let key = normalizer.fold(word.text.unicodeScalars.map(\.value))
                guard !key.isEmpty else { continue }
                var node = 0
                for c in key {
                    if let child = children[node][c] {
                        node = Int(child)
                    } else {
                        children[node][c] = Int32(children.count)
                        node = children.count
                        children.append([:])
                        wordAt.append(-1)
                    }
                }
                wordAt[node] = Int32(tags.count)
                tags.append(word.tag)
                spaced = spaced || key.contains { CharacterClass.of($0) == .space || $0 == 0x3002 }
            }
            self.tags = tags
            self.hasWordWithSpace = spaced
        }

        var isEmpty: Bool { tags.isEmpty }

        /// Non-overlapping matches in `text`, leftmost-longest, as (range, word index).
        ///
        /// - Complexity: O(*n* · *d*), *d* the depth the text follows the trie from each position
        ///   (at most ``UserDictionary/maximumWordLength``, and the length of the text's longest
        ///   run that is a prefix of some word).
        func matches(in text: UnsafeBufferPointer<UInt32>) -> [(Range<Int>, Int)] {
            guard !tags.isEmpty else { return [] }
            var result: [(Range<Int>, Int)] = []
            var i = 0
            let n = text.count
            let root = children[0]
            while i < n {
                guard var node = root[text[i]].map(Int.init) else {
                    i += 1
                    continue
                }
                var found: (end: Int, word: Int)?
                var k = i + 1
                while true {
                    if wordAt[node] >= 0 { found = (k, Int(wordAt[node])) }
                    guard k < n, let child = children[node][text[k]] else { break }
                    node = Int(child)
                    k += 1
                }
                if let found {
                    result.append((i..<found.end, found.word))
                    i = found.end
                } else {
                    i += 1
                }
            }
            return result
        }
    }
}
