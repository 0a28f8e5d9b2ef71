import ArgumentParser
import Wenxi

/// `--encoding`: the names `TextEncoding(name:)` reads; `--help` lists the canonical ones.
extension TextEncoding: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}

/// `--method` of `keywords`.
extension KeywordExtractor.Method: ExpressibleByArgument {}
