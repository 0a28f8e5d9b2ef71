import WenxiArticles
import WenxiText

/// The articles of every input, with the inputs that could not be read.
public struct ArticleCollection: Sendable {
    /// The articles, in input order, numbered from 1 within each input.
    public var articles: [Article]
    /// The inputs read, in order.
    public var inputs: [String]
    /// The inputs that could not be read, and why.
    public var failures: [InputError]

    public init(articles: [Article] = [], inputs: [String] = [], failures: [InputError] = []) {
        self.articles = articles
        self.inputs = inputs
        self.failures = failures
    }
}

extension Analyzer {
    /// Reads every input the paths name (files, folders of `.txt`, or standard input) and splits
    /// each into articles, on `jobs` threads. Bad inputs are collected, not thrown: the rest is
    /// still read.
    public func collectArticles(from paths: [String], decoder: TextDecoder, jobs: Int = 1) -> ArticleCollection {
        var collection = ArticleCollection()
        InputFile.readEach(paths, decoder: decoder, jobs: jobs, transform: { file, text in
            self.articles(in: text, path: file.path)
        }, deliver: { result in
            switch result {
            case .success(let (file, articles)):
                collection.inputs.append(file.displayName)
                collection.articles += articles
            case .failure(let error):
                collection.failures.append(error)
            }
        })
        return collection
    }
}
