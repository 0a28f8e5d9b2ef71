/// Tells GB18030 from Big5 by how common the characters each reading of the bytes gives are.
///
/// Both standards order their double-byte characters by use: GB2312's level 1 holds the 3,755
/// most used Simplified characters and level 2 another 3,008; Big5's level 1 holds 5,401 frequent
/// Traditional characters and level 2 7,652 rarer ones. Bytes read in the wrong encoding land in
/// rare rows, GBK's extension areas or user-defined (private-use) areas, which running text does
/// not hold. Each multi-byte character of a reading gets a weight from ``weights``; the reading's
/// plausibility is their mean.
enum ChineseEncodingGuess {
    /// What kind of character a byte sequence is under one encoding.
    enum Rank: Hashable, Sendable {
        case common, lessCommon, rare, userDefined
    }

    /// The weight of each rank, each with its reason.
    static let weights: [Rank: Double] = [
        .common: 1.0,        // the frequent-character levels and the punctuation rows: what text is made of
        .lessCommon: 0.3,    // GB2312 level 2: in use, but much less often than level 1
        .rare: -1.0,         // Big5 level 2, GBK's extension areas, GB18030's four-byte forms: seldom in news text
        .userDefined: -4.0,  // private-use areas: no standard character, so almost never in real text
    ]

    /// The least difference in plausibility that decides between two readings.
    static let decisiveMargin = 0.2

    /// The encoding that reads `bytes` best, given which readings decode without error, or why
    /// there is none.
    static func choose(_ bytes: UnsafeBufferPointer<UInt8>, gb18030Decodes: Bool, big5Decodes: Bool) -> Choice {
        let gb = gb18030Decodes ? plausibility(bytes, as: .gb18030) : nil
        let big5 = big5Decodes ? plausibility(bytes, as: .big5) : nil
        switch (gb, big5) {
        case (nil, nil): return .neither
        case (let g?, nil): return g > 0 ? .encoding(.gb18030) : .implausible
        case (nil, let b?): return b > 0 ? .encoding(.big5) : .implausible
        case (let g?, let b?):
            if max(g, b) <= 0 { return .implausible }
            if g - b >= decisiveMargin { return .encoding(.gb18030) }
            if b - g >= decisiveMargin { return .encoding(.big5) }
            return .undecided
        }
    }

    /// The outcome of ``choose(_:gb18030Decodes:big5Decodes:)``.
    enum Choice: Hashable, Sendable {
        case encoding(TextEncoding)
        /// Both readings look like text, about equally.
        case undecided
        /// A reading decodes, but into characters text does not hold.
        case implausible
        /// No reading decodes.
        case neither
    }

    /// The mean weight of the multi-byte characters of `bytes` read as `encoding` (GB18030 or Big5).
    ///
    /// - Complexity: O(*n*).
    static func plausibility(_ bytes: UnsafeBufferPointer<UInt8>, as encoding: TextEncoding) -> Double {
        var total = 0.0
        var count = 0
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            guard lead >= 0x80, i + 1 < bytes.count else { i += 1; continue }
            let trail = bytes[i + 1]
            let rank: Rank
            if encoding == .big5 {
                rank = big5Rank(lead: lead, trail: trail)
                i += 2
            } else if (0x30...0x39).contains(trail) {
                rank = .rare  // a four-byte GB18030 sequence
                i += 4
            } else {
                rank = gbRank(lead: lead, trail: trail)
                i += 2
            }
            total += weights[rank] ?? 0
            count += 1
        }
        return count == 0 ? 0 : total / Double(count)
    }

    /// The rank of a double-byte GBK/GB18030 character.
    static func gbRank(lead: UInt8, trail: UInt8) -> Rank {
        if trail >= 0xA1 {
            switch lead {
            case 0xA1...0xA9, 0xB0...0xD7: return .common      // symbols and punctuation, level 1
            case 0xD8...0xF7: return .lessCommon               // level 2
            case 0xAA...0xAF, 0xF8...0xFE: return .userDefined // user-defined areas 1 and 2
            default: return .rare                              // GBK/3
            }
        }
        return (0xA1...0xA7).contains(lead) ? .userDefined : .rare  // user-defined area 3; GBK/3, GBK/4
    }

    /// The rank of a double-byte Big5 character.
    static func big5Rank(lead: UInt8, trail: UInt8) -> Rank {
        let code = UInt16(lead) << 8 | UInt16(trail)
        switch code {
        case 0xA140...0xA3FE, 0xA440...0xC67E: return .common  // symbols, level 1
        case 0xC940...0xF9D5: return .rare                     // level 2
        default: return .userDefined                           // user-defined and unassigned rows
        }
    }
}
