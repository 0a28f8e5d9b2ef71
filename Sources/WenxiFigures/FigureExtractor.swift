import WenxiText

/// Finds figures in Chinese news text (numbers, percentages, amounts of money, dates, times,
/// durations, ages and ordinals) and turns them into values.
///
/// ## Kinds and values
/// - `number`: a JSON number; the measure word or unit in `unit` (5000多人 → 5000, 人, more;
///   120万千瓦 → 1200000, 千瓦; 三分之一 → 0.333…). 个百分点 is a number with unit 百分点.
/// - `percentage`: in percent (65% → 65, 百分之三点五 → 3.5, 三成 → 30, 八折 → 80,
///   5‰ and 千分之五 → 0.5, 万分之三 → 0.03).
/// - `money`: the amount, `unit` the ISO 4217 code (8亿元 → 800000000 CNY; 人民币 before a bare amount,
///   and $ ￥ € £ HK$ before it, also make money).
/// - `date`: TIMEX-style strings: "2023", "2023-12", "2023-12-05", "XXXX-11-04" (year unknown),
///   "XXXX-XX-04" (day only, no anchor), "2024-H1" (上半年), "2024-Q3" (三季度), "198" (80年代),
///   "20" (21世纪), "2024-W44" (上周), "-0221" (公元前221年). Fixed-date holidays after a year give the day
///   (2024年国庆节 → "2024-10-01"); lunar ones give the year only (2019年春节 → "2019").
///   Relative dates carry `relative` ("-P5Y" for 5年前, "-P1Y" for 去年, "P0Y" for 今年, "+P3D" for 3天后)
///   and have a value only when the anchor resolves them (5年前 with 2024-11-04 → "2019", at the unit's
///   granularity). 近日, 日前 and 近期 are dates with a null value. Weekdays (周一) are not figures.
///   An event named by its date with a middle dot (5·12地震, 9·11事件) is that day, as 5月12日.
/// - `time`: "T15:30" (15:30, 下午3时30分, 15时30分), "T15:00" (下午3时), seconds when given.
///   A date followed by a time gives two figures. Hours or minutes from now that open a clause
///   (四个小时前, 半小时后) are a time with `relative` ("-PT4H") and a null value: the anchor has no hour.
/// - `duration`: ISO 8601: "P5Y", "P3M", "P2W", "P10D", "PT2.5H", "PT30M"; halves as decimals
///   (一年半 → "P1.5Y", 半年 → "P0.5Y").
/// - `age`: years (68岁 → 68, 3岁半 → 3.5, 年逾九旬 → 90 more, 七旬 → 70 more).
/// - `ordinal`: 第六届 → 6, unit 届; 第三季度 is a date ("XXXX-Q3"), not an ordinal.
///
/// ## Approximations
/// `approximate` is "more" (多, 余, 以上, 逾, 超过, 至少, 有余, 开外, 出头), "less" (不到, 不足, 以下, 以内,
/// 未满, 至多) or "about" (约, 近, 左右, 上下, 许, 将近, 接近, 来 in 十来个). The approximation words are part of
/// the span (近4000平方米). Vague numerals give a lower bound with "more": 十几万 → 100000 (like 十多万),
/// 几十年 → "P10Y", 数千 → 1000, 上万 → 10000. Approximate ranges of adjacent digits are ranges (below).
///
/// ## Ranges
/// One figure with `value` the lower end and `upper` the upper end, in the same format:
/// 3至5年 → "P3Y"…"P5Y"; 20%—30% and 20—30% → 20…30; 3至5万元 → 30000…50000 CNY (the first number takes
/// the second's 万/亿); 三四十个 → 30…40; 一两天 → "P1D"…"P2D"; 1至10月 → "XXXX-01"…"XXXX-10";
/// 前三季度 → "2024-Q1"…"2024-Q3"; 11月4日至6日 → "XXXX-11-04"…"XXXX-11-06". Two complete dates
/// (2019年至2023年) stay two figures.
///
/// ## Anchors
/// `referenceDate` fills missing years (11月4日 → "2024-11-04") and resolves relative dates. When
/// ``Options/anchorToDateline`` is on and the text opens with a dateline (新华社北京11月4日电), the
/// dateline's date is the anchor (its year from the dateline, else from `referenceDate`, the year
/// before if the day would fall after it); a dateline without a year and no reference still gives
/// the month for bare days (4日 → "XXXX-11-04").
///
/// ## Not figures
/// - Party congresses and plenums, sessions: 十八大, 二十届三中全会, 十四届全国人大二次会议 (no figure at all;
///   with 第 they are ordinals: 第十四届 → 14).
/// - Five-year plans: 十三五, "十四五"规划, "九五"时期, 五年规划.
/// - Fixed words and names containing numerals: 一些, 一直, 统一, 万一, 一心一意, 七上八下, 一带一路, 三亚,
///   四川, 第一时间 … — a list derived from jieba's lexicon (every word with a numeral that is not
///   numeral + unit) plus a hand-written list; a word wins when it covers the numeral and reaches at
///   least as far as the figure would.
/// - 一 before a counting classifier (一个, 一种, 一项): a determiner. Bare small Chinese numerals
///   without unit (三, 十五) and bare 百/千/万 (百姓, 万人空巷) unless approximated (近万, 上千).
/// - Designations with 号 (长征五号, 1号线), bus routes (15路), generations (80后), 双11, 1·2·3.
/// - Phone numbers (010-12345678, 13812345678, 400-810-8888), hotlines (12345热线, 拨打110, 12306),
///   digit strings of seven or more digits with no unit, list markers (1、, (2)), codes and models
///   (GB/T 2260, C919, COVID-19, 5G, 4K, 192.168.1.1).
/// - Weekdays (周一, 星期三) and Chinese digit strings not followed by 年.
///
/// - Complexity: O(*n*) in the length of the text: one pass, each candidate read in bounded time.
public struct FigureExtractor: Sendable {
    /// Settings of the extractor.
    public struct Options: Sendable, Hashable {
        /// Use a dateline at the start of the text (新华社北京11月4日电) as the date anchor.
        public var anchorToDateline: Bool
        /// Only these kinds are reported (all when `nil`).
        public var kinds: Set<Figure.Kind>?

        public init(anchorToDateline: Bool = true, kinds: Set<Figure.Kind>? = nil) {
            self.anchorToDateline = anchorToDateline
            self.kinds = kinds
        }
    }

    public var options: Options

    public init(options: Options = .init()) {
        self.options = options
    }

    /// Reads the figure stage's data files (the fixed words and the unit table in `Dictionaries/figures/`) now,
    /// throwing when one is missing; otherwise they are read on first use and a missing file
    /// leaves fixed words such as 一些 unrecognised.
    public static func loadData() throws(DataFileError) {
        if case .failure(let error) = FixedWords.loaded { throw error }
        if case .failure(let error) = FigureUnitTable.loaded { throw error }
        if case .failure(let error) = FiveYearPlans.loaded { throw error }
        if let row = FigureLexicon.unknownClasses.first {
            throw DataFileError(name: FigureUnitTable.fileName, reason: "\(row.word): unknown class \(row.unitClass)")
        }
    }

    /// Figures in `text`, in order of position. `referenceDate` anchors relative dates and fills
    /// missing years.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    public func figures(in text: String, referenceDate: CalendarDate? = nil) -> [Figure] {
        figures(inScalars: text.unicodeScalars.map(\.value), referenceDate: referenceDate)
    }

    /// Figures in text given as Unicode scalar values; offsets index into `scalars`.
    /// Text in Traditional characters is read as Simplified (``FigureTraditional``), segmented text
    /// without its word spaces (``FigureSpacing``); the figures keep the text and offsets as written.
    public func figures(inScalars scalars: [UInt32], referenceDate: CalendarDate? = nil) -> [Figure] {
        scan(scalars) { anchor(for: $0, referenceDate: referenceDate) }
    }

    /// The figures of `scalars`, read through the Traditional fold and, for segmented text, without the
    /// spaces between words (``FigureSpacing``); `makeAnchor` gets the text as read.
    func scan(_ scalars: [UInt32], anchor makeAnchor: ([UInt32]) -> DateAnchor) -> [Figure] {
        let folded = FigureTraditional.folded(scalars)
        var read = folded ?? scalars
        var written = scalars
        let kept = FigureSpacing.keptOffsets(read)
        if let kept {
            read = kept.map { read[$0] }
            written = kept.map { scalars[$0] }
        }
        var scanner = FigureScanner(read, original: folded == nil && kept == nil ? nil : written,
                                    anchor: makeAnchor(read), options: options)
        let figures = scanner.scan()
        return kept.map { FigureSpacing.mapped(figures, kept: $0, original: scalars) } ?? figures
    }

    /// Figures in an article's text whose dateline was already taken off: `dateline` (the
    /// article's) anchors its dates, its missing year taken from `referenceDate`.
    public func figures(in text: String, dateline: Dateline?, referenceDate: CalendarDate? = nil) -> [Figure] {
        guard let dateline, let anchor = DateAnchor.from(dateline: dateline, reference: referenceDate) else {
            return figures(in: text, referenceDate: referenceDate)
        }
        return scan(text.unicodeScalars.map(\.value)) { _ in anchor }
    }

    /// The dateline (新华社北京11月4日电, 本报北京2024年3月2日讯) that opens `text`, if any; the article
    /// stage's parser reads it.
    public func dateline(in text: String) -> Dateline? {
        DatelineParser.parse(Array(text.unicodeScalars.prefix(DatelineParser.window)))?.dateline
    }

    func anchor(for scalars: [UInt32], referenceDate: CalendarDate?) -> DateAnchor {
        if options.anchorToDateline,
           let dateline = DatelineParser.parse(scalars.prefix(DatelineParser.window).compactMap(Unicode.Scalar.init))?.dateline,
           let anchor = DateAnchor.from(dateline: dateline, reference: referenceDate) {
            return anchor
        }
        return referenceDate.map(DateAnchor.init) ?? .none
    }
}
