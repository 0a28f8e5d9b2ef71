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
        var files: [InputFile] = []
        for item in InputFile.expand(paths) {
            switch item {
            case .success(let file): files.append(file)
            case .failure(let error): collection.failures.append(error)
            }
        }
        let results = ParallelWork.map(files, jobs: jobs, batch: 1) { file -> Result<[Article], InputError> in
            do throws(InputError) {
                return .success(self.articles(in: try file.read(with: decoder), path: file.path))
            } catch {
                return .failure(error)
            }
        }
        for (file, result) in zip(files, results) {
            switch result {
            case .success(let articles):
                collection.inputs.append(file.displayName)
                collection.articles += articles
            case .failure(let error):
                collection.failures.append(error)
            }
        }
        return collection
    }
}
