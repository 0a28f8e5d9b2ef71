import Foundation
import WenxiText

/// Words a user adds; they always win over the base lexicon.
///
/// A file holds one word a line, optionally followed by a frequency and a part-of-speech tag.
/// Fields are separated by a tab, or else by the last spaces of the line, so that words may
/// contain spaces and symbols: `人工智能`, `人工智能 3 n`, `Wi-Fi 6\t5\tnz`. Blank lines and lines
/// starting with `#` are skipped. Words are matched after width folding (and Traditional →
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

    /// The words, in the order given.
    public private(set) var words: [Word]

    public init(words: [Word] = []) {
        self.words = words.filter { !$0.text.isEmpty }
    }

    /// Reads a user dictionary file.
    public init(contentsOf url: URL) throws(InputError) {
        let text = try TextDecoder().decode(contentsOf: url)
        self.init(parsing: text)
    }

    /// Parses the lines of a user dictionary.
    public init(parsing text: String) {
        var words: [Word] = []
        for raw in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            var fields: [Substring]
            if line.contains("\t") {
                fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces)[...] }
            } else {
                fields = line.split(separator: " ", omittingEmptySubsequences: true)
                // Peel a trailing tag and frequency off; the rest is the word.
                var tail: [Substring] = []
                if fields.count >= 2, let last = fields.last, last.allSatisfy({ $0.isASCII && $0.isLetter }),
                   fields.count >= 3, Int(fields[fields.count - 2]) != nil {
                    tail = Array(fields.suffix(2))
                    fields.removeLast(2)
                } else if fields.count >= 2, let last = fields.last, Int(last) != nil {
                    tail = [last]
                    fields.removeLast()
                }
                fields = [fields.joined(separator: " ")[...]] + tail
            }
            guard let word = fields.first, !word.isEmpty else { continue }
            let frequency = fields.count > 1 ? Int(fields[1]) : nil
            let tag = fields.count > 2 && !fields[2].isEmpty ? String(fields[2]) : nil
            words.append(Word(String(word), frequency: frequency, tag: tag))
        }
        self.init(words: words)
    }

    /// A matcher over folded code points.
    func matcher(normalizer: TextNormalizer) -> Matcher { Matcher(words: words, normalizer: normalizer) }

    /// Finds user words in folded text, leftmost-longest.
    struct Matcher: Sendable {
        private var table: [[UInt32]: Int] = [:]
        private var firsts: Set<UInt32> = []
        private var longest = 0
        let tags: [String?]

        init(words: [Word], normalizer: TextNormalizer) {
            var tags: [String?] = []
            for word in words {
                let key = normalizer.fold(word.text.unicodeScalars.map(\.value))
                guard let first = key.first else { continue }
                table[key] = tags.count
                tags.append(word.tag)
                firsts.insert(first)
                longest = max(longest, key.count)
            }
            self.tags = tags
        }

        var isEmpty: Bool { table.isEmpty }

        /// Non-overlapping matches in `text`, leftmost-longest, as (range, word index).
        ///
        /// - Complexity: O(*n* · *m*) where *m* is the longest word, only at positions where a word could start.
        func matches(in text: UnsafeBufferPointer<UInt32>) -> [(Range<Int>, Int)] {
            guard !table.isEmpty else { return [] }
            var result: [(Range<Int>, Int)] = []
            var i = 0
            let n = text.count
            while i < n {
                if firsts.contains(text[i]) {
                    var length = min(longest, n - i)
                    var found: (Int, Int)?
                    while length > 0 {
                        if let index = table[Array(text[i..<(i + length)])] {
                            found = (length, index)
                            break
                        }
                        length -= 1
                    }
                    if let (length, index) = found {
                        result.append((i..<(i + length), index))
                        i += length
                        continue
                    }
                }
                i += 1
            }
            return result
        }
    }
}
