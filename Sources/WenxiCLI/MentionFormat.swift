import ArgumentParser

/// The output formats of the commands that list mentions, `figures` and `entities`.
enum MentionFormat: String, CaseIterable, ExpressibleByArgument {
    /// One JSON document: an array of articles.
    case json
    /// One JSON object a line: an article, or an input line with `--lines`.
    case jsonl
    /// Tab-separated rows, one a mention.
    case table
}
