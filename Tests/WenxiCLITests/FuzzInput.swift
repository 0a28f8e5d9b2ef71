import Foundation
import WenxiTestSupport

/// Random news-like and hostile text: CJK, digits, Chinese numerals, units, punctuation, line
/// ends, emoji and odd code points, in random mixes and lengths.
enum FuzzInput {
    /// The pieces text is made of, by class; each class is as likely as the others.
    static let classes: [[String]] = [
        // Common Han characters and words, Simplified and Traditional.
        ["新华社", "北京", "国务院", "会议", "经济", "增长", "记者", "电", "日", "年", "月", "的", "是", "在", "人民",
         "發展", "臺灣", "經濟", "記者", "電", "后", "後", "发", "髮", "中", "国", "市", "省", "公司", "研究"],
        // Digits, ASCII and full-width, and long runs.
        ["0", "1", "7", "9", "12", "2024", "3.5", "0.001", "１２", "９", "99999999999", "9223372036854775807",
         "18446744073709551616", "1,234", "1.2.3", "00", "-", "+", "."],
        // Chinese numerals and magnitudes.
        ["零", "一", "二", "两", "三", "十", "百", "千", "万", "亿", "兆", "廿", "卅", "〇", "几", "多", "余", "半",
         "亿亿", "万万", "一千亿亿", "亿两"],
        // Units and figure words.
        ["元", "美元", "米", "公斤", "吨", "%", "％", "‰", "个百分点", "倍", "年前", "年后", "去年", "明年", "今天",
         "月", "号", "时", "分", "秒", "岁", "平方公里", "亿元", "万人次", "成", "折"],
        // Punctuation, Chinese and ASCII, brackets and quotes.
        ["，", "。", "、", "；", "：", "？", "！", "“", "”", "《", "》", "（", "）", "【", "】", "——", "……", "·",
         ",", ".", "(", ")", "\"", "'", "/", "-", "~", "「", "」", "（完）", "（上接第一版）", "（下转第二版）"],
        // Line ends and white space.
        ["\n", "\r", "\r\n", "\n\n", " ", "\t", "\u{3000}", "\u{0C}", "\n\r", "\u{85}", "\u{2028}", "\u{2029}"],
        // Emoji, flags, ZWJ sequences, combining marks.
        ["😀", "🇨🇳", "👨‍👩‍👧", "👍🏽", "e\u{301}", "\u{301}", "\u{20DD}", "1\u{FE0F}\u{20E3}", "❤️"],
        // Odd code points: BOM, zero-width, private use, replacement, noncharacters, far planes.
        ["\u{FEFF}", "\u{200B}", "\u{200D}", "\u{E000}", "\u{FFFD}", "\u{FFFF}", "\u{10FFFF}", "\u{20000}",
         "\u{2F800}", "\u{1F}", "\u{7F}", "\u{202E}", "𠀀", "\u{3400}"],
        // Latin text, links, e-mail.
        ["GDP", "CPI", "iPhone", "http://example.com/a?b=1", "www.example.cn", "a@b.cn", "COVID-19", "5G", "A股"],
    ]

    /// One random input of up to `maximumPieces` pieces.
    static func make(using random: inout SplitMix64, maximumPieces: Int = 120) -> String {
        let count = Int.random(in: 0...maximumPieces, using: &random)
        var text = ""
        // Now and then a long run of one class, to reach long numbers and long lines.
        let favourite = Int.random(in: 0..<classes.count, using: &random)
        for _ in 0..<count {
            let group = Bool.random(using: &random) ? favourite : Int.random(in: 0..<classes.count, using: &random)
            text += classes[group].randomElement(using: &random) ?? ""
        }
        return text
    }
}
