import Testing
@testable import WenxiSegmentation
@testable import WenxiText

/// The lexicon is loaded once for all segmentation tests.
let sharedSegmenter: Segmenter = try! Segmenter()

func words(_ text: String, _ segmenter: Segmenter = sharedSegmenter) -> [String] {
    segmenter.tokens(in: text).map(\.text)
}

@Suite struct SegmenterTests {
    @Test func emptyAndBlankInputGiveNoTokens() {
        #expect(sharedSegmenter.tokens(in: "").isEmpty)
        #expect(sharedSegmenter.tokens(in: " \u{3000}\t\n ").isEmpty)
    }

    @Test func lexiconPathPicksTheLikelierSplit() {
        #expect(words("研究生命起源") == ["研究", "生命", "起源"])
        #expect(words("结婚的和尚未结婚的") == ["结婚", "的", "和", "尚未", "结婚", "的"])
    }

    /// Every "keep as one token" rule of the segmenter, one case each.
    @Test(arguments: [
        ("金额为3,000.5元", ["金额", "为", "3,000.5元"]),
        ("气温-2.5度左右", ["气温", "-2.5度", "左右"]),
        ("成立于１９９８年", ["成立", "于", "１９９８年"]),
        ("2001年12月", ["2001年12月"]),
        ("11月4日下午", ["11月4日", "下午"]),
        ("增长17%", ["增长", "17%"]),
        ("增长１７％。", ["增长", "１７％", "。"]),
        ("共有2.37亿注册志愿者", ["共有", "2.37亿", "注册", "志愿者"]),
        ("吸引了5000多人", ["吸引", "了", "5000多", "人"]),
        ("二○○一年", ["二○○一年"]),
        ("二〇二四年", ["二〇二四年"]),
        ("三千零五十", ["三千零五十"]),
        ("百分之三点五", ["百分之三点五"]),
        ("5万4千6百", ["5万4千6百"]),
        ("15:30开始", ["15:30", "开始"]),
        ("1.5万多个", ["1.5万多个"]),
        ("第六届会议", ["第六届", "会议"]),
        ("他说——", ["他", "说", "——"]),
        ("还有……", ["还有", "……"]),
        ("访问https://www.news.cn/politics/a.htm。", ["访问", "https://www.news.cn/politics/a.htm", "。"]),
        ("意见请发送至editor@xinhua.org，谢谢", ["意见", "请", "发送至", "editor@xinhua.org", "，", "谢谢"]),
        ("使用ChatGPT和5G网络", ["使用", "ChatGPT", "和", "5G", "网络"]),
    ] as [(String, [String])])
    func keepsAsOneToken(text: String, expected: [String]) {
        #expect(words(text) == expected)
    }

    /// Ordinary words that hold numerals are not figures.
    @Test(arguments: [
        ("一些", ["一些"]), ("统一", ["统一"]), ("一直", ["一直"]), ("万一", ["万一"]),
    ] as [(String, [String])])
    func numeralWordsStayWords(text: String, expected: [String]) {
        let tokens = sharedSegmenter.tokens(in: text)
        #expect(tokens.map(\.text) == expected)
        #expect(tokens.allSatisfy { $0.kind == .word })
    }

    @Test func kindsAreSet() {
        let tokens = sharedSegmenter.tokens(in: "2024年GDP增长5%，见www.stats.gov.cn。")
        #expect(tokens.map(\.kind) == [.number, .latin, .word, .number, .punctuation, .word, .link, .punctuation])
    }

    @Test func offsetsPointIntoTheOriginalFullWidthText() {
        let text = "ＡＢＣ公司２０２４年营业收入１２３亿元。"
        let scalars = Array(text.unicodeScalars)
        let tokens = sharedSegmenter.tokens(in: text)
        #expect(tokens.map(\.text) == ["ＡＢＣ", "公司", "２０２４年", "营业", "收入", "１２３亿元", "。"])
        for token in tokens {
            #expect(String(String.UnicodeScalarView(scalars[token.start..<token.end])) == token.text)
        }
    }

    @Test func traditionalInputIsReadAsSimplifiedButKeptAsWritten() throws {
        let segmenter = try Segmenter(options: .init(simplify: true))
        let text = "經濟發展與環境保護"
        let tokens = segmenter.tokens(in: text)
        #expect(tokens.map(\.text) == ["經濟", "發展", "與", "環境保護"])
        #expect(tokens.map(\.start) == [0, 2, 4, 5])
        // Without simplification the Traditional text is not in the lexicon and falls apart.
        #expect(words(text).count > tokens.count)
    }

    @Test func userWordsWin() {
        let plain = words("新质生产力是发展的关键")
        #expect(plain.first != "新质生产力")
        let user = UserDictionary(parsing: "新质生产力 10 n\n# a comment\n\n质生\n")
        let segmenter = Segmenter(lexicon: sharedSegmenter.lexicon, userDictionary: user)
        let tokens = segmenter.tokens(in: "新质生产力是发展的关键")
        #expect(tokens.first?.text == "新质生产力")
        #expect(tokens.first?.tag == "n")
    }

    @Test func userWordsMayHoldSpacesAndSymbols() {
        let user = UserDictionary(parsing: "Wi-Fi 6\t5\tnz\nC++\n")
        #expect(user.words.map(\.text) == ["Wi-Fi 6", "C++"])
        let segmenter = Segmenter(lexicon: sharedSegmenter.lexicon, userDictionary: user)
        #expect(words("支持Wi-Fi 6和C++编程", segmenter) == ["支持", "Wi-Fi 6", "和", "C++", "编程"])
    }

    @Test func userWordsBeatFigures() {
        let user = UserDictionary(words: [.init("12345热线")])
        let segmenter = Segmenter(lexicon: sharedSegmenter.lexicon, userDictionary: user)
        #expect(words("拨打12345热线反映", segmenter) == ["拨打", "12345热线", "反映"])
    }

    @Test func protectedSpansStayWhole() {
        let tokens = sharedSegmenter.tokens(in: "李晓红表示同意", protecting: [0..<3])
        #expect(tokens.first?.text == "李晓红")
    }

    @Test func linesKeepTheirPlaceAndEmptyLinesStay() {
        let output = sharedSegmenter.segmentLines(of: "研究生命起源\n\n增长17%\r\n", separator: "/")
        #expect(output == "研究/生命/起源\n\n增长/17%\n")
    }

    @Test func longLinesAreCutAndJoinedAgain() {
        let line = String(repeating: "研究生命起源，", count: 50)
        let whole = sharedSegmenter.segmentLines(of: line)
        let pieces = sharedSegmenter.segmentLines(of: line, pieceLength: 64)
        #expect(pieces == whole)
        #expect(pieces.split(separator: "\n").count == 1)
    }

    @Test func parallelOutputEqualsSerialOutput() {
        let text = (0..<2_000).map { "第\($0)行：研究生命起源，增长\($0)%。" }.joined(separator: "\n")
        #expect(sharedSegmenter.segmentLines(of: text, jobs: 2) == sharedSegmenter.segmentLines(of: text, jobs: 1))
    }
}
