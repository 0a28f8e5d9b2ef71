import Testing
@testable import WenxiEntities
@testable import WenxiSegmentation
@testable import WenxiText

@Suite struct NameModelTests {
    static let model = try! EntityData.shared().names

    func surnames(_ text: String) -> [Int] {
        let scalars = text.unicodeScalars.map(\.value)
        return scalars.withUnsafeBufferPointer { Self.model.surname(in: $0, at: 0).map(\.length) }
    }

    @Test func compoundSurnamesComeFirst() {
        #expect(surnames("欧阳修") == [2, 1])
        #expect(surnames("王强") == [1])
        #expect(surnames("的") == [])
        #expect(surnames("") == [])
    }

    @Test func givenCharactersScoreAboveFunctionWords() {
        let name = Self.model.givenScore(0x5F3A)  // 强
        #expect(name > Self.model.givenScore(0x7684))  // 的
        #expect(Self.model.givenScore(0x7684) == PersonEvidence.neverGiven)
        #expect(Self.model.givenScore(0x41) == PersonEvidence.neverGiven)  // not Han
    }

    @Test func hanRanges() {
        #expect(NameModel.isHan(0x4E00) && NameModel.isHan(0x9FFF) && NameModel.isHan(0x3400) && NameModel.isHan(0x20000))
        #expect(!NameModel.isHan(0x3001) && !NameModel.isHan(0x41) && !NameModel.isHan(0x4DC0))
    }
}
