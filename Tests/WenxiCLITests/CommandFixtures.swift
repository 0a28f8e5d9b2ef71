import Foundation

/// A small page written for the command tests: a title, a 本报讯 dateline, three figures, a person
/// and a place.
enum CommandFixtures {
    static let page = """
    全市召开安全生产工作会议

    本报讯 3月2日，市政府召开安全生产工作会议。市长李明在会上要求，全年事故起数下降10%以上。

    会议指出，今年1至2月，杭州全市安全生产形势总体平稳，共排查整改隐患1200多处。

    """

    /// JSON output parsed, or nil.
    static func json(_ text: String) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    /// A scratch folder with the page as `page.txt` and undecodable bytes as `bad.txt`; removed
    /// when the value goes.
    final class Folder {
        let scratch: ScratchFolder
        let page: String
        let bad: String

        init() throws {
            scratch = try ScratchFolder()
            page = try scratch.write("page.txt", Array(CommandFixtures.page.utf8))
            bad = try scratch.write("bad.txt", Array("会议".utf8) + [0xFF, 0xFE, 0x0A])
        }
    }
}
