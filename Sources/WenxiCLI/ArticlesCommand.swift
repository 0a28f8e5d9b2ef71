import ArgumentParser
import Foundation
import Wenxi

struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "Splits pages into articles: titles, datelines, bylines, repaired paragraphs."
    )

    @OptionGroup var input: InputOptions

    /// The output formats `articles` writes.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case json, text
    }

    @Option(help: "The output format.")
    var format: Format = .json

    func run() throws {
        let lexicon = try Lexicon.shared()
        let splitter = ArticleSplitter(isWord: { lexicon.contains($0) })
        var all: [Article] = []
        let bad = try input.readEachInput { file, text in
            let articles = splitter.articles(in: text, path: file.path)
            if format == .text { Output.write(ArticlesCommand.text(of: articles)) }
            all += articles
        }
        if format == .json { Output.write(try JSONOutput.pretty(all) + "\n") }
        try bad.check()
    }

    /// A plain-text view: title, subtitle, dateline, paragraphs, warnings.
    static func text(of articles: [Article]) -> String {
        var out = ""
        for article in articles {
            out += "# \(article.index) \(article.title ?? "(untitled)")\n"
            if let subtitle = article.subtitle { out += "## \(subtitle)\n" }
            if let dateline = article.dateline { out += "[\(dateline.raw)]\n" }
            if let byline = article.byline, !byline.raw.isEmpty { out += "[\(byline.raw)]\n" }
            out += "(\(article.source.path ?? "<stdin>") lines \(article.source.firstLine)–\(article.source.lastLine))\n\n"
            out += article.paragraphs.joined(separator: "\n\n") + "\n"
            for warning in article.warnings { out += "! \(warning)\n" }
            for repair in article.repairs { out += "~ \(repair.description)\n" }
            out += "\n"
        }
        return out
    }
}
