import Foundation
import WenxiText

/// Words that are never terms: function words, generic verbs and nouns, news boilerplate.
///
/// The shared list joins `Dictionaries/stopwords/zh-stopwords-iso.txt` and
/// `en-stopwords-iso.txt` (Stopwords ISO, MIT) with the hand-written
/// `news-supplement.txt`. English stopwords apply only to Latin words that are not all capitals,
/// so that acronyms such as AI, UN or WHO stay terms.
public struct Stopwords: Sendable, Hashable {
    /// The Chinese (and other non-Latin) words, compared after width folding.
    public private(set) var words: Set<String>
    /// The English words, lower case.
    public private(set) var englishWords: Set<String>
    /// `words` by their bytes, for ``contains(_:)`` (see ``ExactString``).
    private let exactWords: Set<ExactString>

    public init(words: Set<String> = [], englishWords: Set<String> = []) {
        self.words = words
        self.exactWords = Set(words.map(ExactString.init))
        self.englishWords = Set(englishWords.map { $0.lowercased() })
    }

    /// Whether `term` (already width-folded) is a stopword.
    public func contains(_ term: String) -> Bool {
        if exactWords.contains(ExactString(term)) { return true }
        guard term.unicodeScalars.allSatisfy({ $0.isASCII }) else { return false }
        let hasLower = term.unicodeScalars.contains { $0.properties.isLowercase }
        return hasLower && englishWords.contains(term.lowercased())
    }

    /// Parses a word list: words separated by white space, `#` to the end of a line is a comment.
    ///
    /// Reads code points, not characters (splitting the lists into characters cost about 6 ms at
    /// every start): line breaks are those of `Character.isNewline`, white space is Unicode's.
    /// - Complexity: O(*n*).
    public static func parse(_ text: String) -> Set<String> {
        var result = Set<String>()
        var word = String.UnicodeScalarView()
        var comment = false
        func flush() {
            if !word.isEmpty { result.insert(String(word)) }
            word = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029:
                flush()
                comment = false
            case _ where comment: continue
            case 0x23:
                flush()
                comment = true
            case 0x20, 0x09: flush()
            case _ where scalar.value > 0x7F && scalar.properties.isWhitespace: flush()
            default: word.append(scalar)
            }
        }
        flush()
        return result
    }

    /// The shared list from the data folder, loaded once.
    public static func shared() throws(DataFileError) -> Stopwords {
        switch sharedResult {
        case .success(let value): return value
        case .failure(let error): throw error
        }
    }

    static let fileNames = (chinese: ["stopwords/zh-stopwords-iso.txt", "stopwords/news-supplement.txt"],
                            english: ["stopwords/en-stopwords-iso.txt"])

    private static let sharedResult: Result<Stopwords, DataFileError> = {
        func read(_ name: String) throws(DataFileError) -> Set<String> {
            let url = try DataDirectory.file(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw DataFileError(name: name, reason: "cannot read (run Dictionaries/stopwords/fetch-stopwords.sh)")
            }
            return parse(text)
        }
        do {
            var chinese = Set<String>(), english = Set<String>()
            for name in fileNames.chinese { chinese.formUnion(try read(name)) }
            for name in fileNames.english { english.formUnion(try read(name)) }
            return .success(Stopwords(words: chinese, englishWords: english))
        } catch let error as DataFileError {
            return .failure(error)
        } catch {
            return .failure(DataFileError(name: "stopwords", reason: "\(error)"))
        }
    }()
}
