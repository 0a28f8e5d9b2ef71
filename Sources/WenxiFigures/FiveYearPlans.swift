import WenxiText

/// China's five-year plans and the years each covers, read from `Dictionaries/figures/five-year-plans.txt`
/// (十四五 → 2021…2025). The plans do not follow one rule: the third began in 1966, after 1963–1965.
enum FiveYearPlans {
    /// The data file, relative to the data folder.
    static let fileName = "figures/five-year-plans.txt"

    /// One plan: its short name (十四五), its number, and its first and last year.
    struct Plan: Sendable {
        var name: String
        var number: Int
        var first: Int
        var last: Int
    }

    /// Parses the file's rows (`name first last`); a malformed row is an error naming its line.
    static func plans(parsing text: String) throws(DataFileError) -> [Plan] {
        var plans: [Plan] = []
        var lineNumber = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let fields = line.prefix { $0 != "#" }.split(whereSeparator: \.isWhitespace).map(String.init)
            if fields.isEmpty { continue }
            guard fields.count == 3, let first = Int(fields[1]), let last = Int(fields[2]), first <= last else {
                throw DataFileError(name: fileName, reason: "line \(lineNumber): expected `name first last`")
            }
            plans.append(Plan(name: fields[0], number: plans.count + 1, first: first, last: last))
        }
        return plans
    }

    /// The plans from the data folder, or the error that kept them from loading; read once, on first use.
    static let loaded: Result<[Plan], DataFileError> = {
        do throws(DataFileError) {
            let url = try DataDirectory.file(fileName)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                return .failure(DataFileError(name: fileName, reason: "cannot read"))
            }
            return .success(try plans(parsing: text))
        } catch {
            return .failure(error)
        }
    }()

    /// The plans by short name (empty when the file could not be read: `loadData()` reports it).
    static let byName: ScalarTrie<Plan> = ScalarTrie(((try? loaded.get()) ?? []).map { ($0.name, $0) })

    /// The plans by number (第十四个五年规划).
    static let byNumber: [Int: Plan] = Dictionary(((try? loaded.get()) ?? []).map { ($0.number, $0) }) { a, _ in a }
}
