import Foundation
import Testing
@testable import WenxiEntities
@testable import WenxiSegmentation
@testable import WenxiText

@Suite struct UserEntityTests {
    @Test func parsesTabsSpacesCommentsAndSpellings() throws {
        let users = try UserEntity.parse("# list\n\n星火书苑\tnt\t星火书苑读书会\r\n李娜 per\n云栖小镇 LOC\n")
        #expect(users == [
            UserEntity(name: "星火书苑", type: .organization, canonical: "星火书苑读书会"),
            UserEntity(name: "李娜", type: .person),
            UserEntity(name: "云栖小镇", type: .place),
        ])
        #expect(try UserEntity.parse("") == [])
    }

    @Test func errorsNameTheLine() {
        do {
            _ = try UserEntity.parse("李娜 person\n\n王强 thing\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 3)
            #expect(error.description.contains("thing"))
        }
    }

    @Test func loadErrorsNameTheFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wenxi-user-entities-\(UUID()).txt")
        try "王强 person extra words\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: UserEntityError.self) { try UserEntity.load(contentsOf: url) }
        do { _ = try UserEntity.load(contentsOf: url) } catch let error as UserEntityError {
            #expect(error.file == url.path)
        }
    }
}
