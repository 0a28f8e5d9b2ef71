/// How much the selection trusts each source of a candidate, per code point.
///
/// A candidate's score is `weight · length · (1 + 0.1 · length)` (``RecognitionPass/score(_:_:)``),
/// and the best-scoring set of non-overlapping candidates wins, so between two readings of the
/// same span the heavier source wins, and a long name beats the pieces it is made of unless the
/// pieces come from much surer sources. The order of the values is what matters.
enum SourceWeight {
    /// The user's own list: far above every rule, so it always wins.
    static let user: Float = 1000
    /// A run of country or region abbreviations before a relation word (中美关系): the context is
    /// unambiguous and must beat the lexicon word that swallows the run.
    static let abbreviation: Float = 2.5
    /// A congress named by its ordinal (第十五次全国代表大会): a fixed pattern.
    static let conference: Float = 2.3
    /// A full place name from the gazetteer: the surest list.
    static let listedPlace: Float = 2.2
    /// A feature by its suffix after a known stem (岳麓山).
    static let feature: Float = 2.2
    /// A quoted name ending in an organization suffix (“红枫林读书会”), scored linearly in its
    /// length: the quotes fix both edges, so its pieces should not win.
    static let quotedOrganization: Float = 2.2
    /// A transliterated name joined by a middle dot (约翰·拉贝): the dot is strong evidence.
    static let dottedForeignName: Float = 2.1
    /// A listed organization or one of its short forms.
    static let listedOrganization: Float = 2.1
    /// A township body named by the word before it (柳林乡党委).
    static let namedTownshipBody: Float = 2.1
    /// An organization by the suffix grammar (head, nouns, suffix): just above a listed short
    /// place form so that 绍兴市委 is one body, below full list names.
    static let organizationGrammar: Float = 2.08
    /// 老王, 小李 before a strong context word.
    static let familiarName: Float = 2.05
    /// A level body on its own (县委, 镇党委).
    static let levelBody: Float = 2.0
    /// Han parts joined by a middle dot outside the transliteration set (帕巴拉·格列朗杰).
    static let dottedName: Float = 2.0
    /// A name jieba tags nr that starts with a surname: the lexicon knows it as a name.
    static let taggedPerson: Float = 1.95
    /// A bare surname before a title (江主席): below a full name, so 江泽民主席 stays whole.
    static let surnameTitle: Float = 1.9
    /// A listed Japanese family name and given name (桥本龙太郎).
    static let japaneseName: Float = 1.95
    /// A listed short place form (绍兴 for 绍兴市): could be part of a word, so below full forms.
    static let listedShortPlace: Float = 1.9
    /// A Chinese name by the surname model, confirmed by context.
    static let person: Float = 1.9
    /// A transliterated run confirmed by context (总统克林顿).
    static let foreignName: Float = 1.9
    /// An organization by jieba's nt tag alone: loose, many generic bodies carry it.
    static let taggedOrganization: Float = 1.9
    /// A place by jieba's ns tag alone: the loosest source (城市, 爱国 carry it).
    static let taggedPlace: Float = 1.8
}

/// The evidence for and against a Chinese personal name (surname + given characters), in the
/// units of ``NameModel/givenScore(_:)`` (natural-log likelihood ratios), and the thresholds
/// the person rules use. A candidate is kept when its total reaches the recognizer's
/// `personThreshold` (1.0 by default).
enum PersonEvidence {
    /// The given-score of a character never in names: it ends the name at once.
    static let neverGiven: Float = -20
    /// Weight of the surname's log-strength: common surnames help, but less than the given name.
    static let surnameStrength: Float = 0.3
    /// Two given characters are the usual form of a Chinese name.
    static let twoGiven: Float = 0.5
    /// One given character: common too, but a surname and one character are often a word.
    static let oneGiven: Float = -1.5
    /// A two-character span that jieba tags as a name but uses often: often an ordinary word (祝贺).
    static let frequentTaggedPair: Float = -2.5
    /// A rare two-character span tagged as a name.
    static let rareTaggedPair: Float = 1
    /// A three-character span tagged as a name.
    static let taggedName: Float = 2.5
    /// The span is a lexicon word not tagged as a name (高峰): an ordinary word.
    static let lexiconWord: Float = -4
    /// The span is a lexicon word the lexicon calls a place, proper noun, organization or time
    /// (江华, 万里): names the lexicon mis-tags, so weaker than an ordinary word.
    static let properWord: Float = -2
    /// Surname log-strength below which a surname is rare (楼, under about 50 names in the lexicon):
    /// with one given character that makes a word with it, the word wins without context.
    static let rareSurnameStrength: Float = 4
    /// The span is a listed Chinese name (`names/person-names.txt`): evidence, not proof.
    static let listedName: Float = 2
    /// The given part is a very frequent word (和人民, 都发生).
    static let frequentGivenWord: Float = -4
    /// The given part is a frequent word.
    static let givenWord: Float = -2.5
    /// Frequency from which a given part counts as a frequent word, and as a very frequent one.
    static let givenWordFrequency: UInt32 = 300
    static let veryFrequentGivenWord: UInt32 = 2000
    /// Frequency above which a two-character nr word is mostly an ordinary word.
    static let frequentTaggedPairFrequency: UInt32 = 100
    /// A weak surname (和, 于, 向): more often a function word.
    static let weakSurname: Float = -1.5
    /// The name ends inside a word that starts at its last character (李明|天): almost never a name.
    static let cutsWordAtEnd: Float = -6
    /// The name ends inside a longer word that started earlier.
    static let endsInsideWord: Float = -2.5
    /// The name is only the start of a longer ordinary word (安全感).
    static let startOfLongerWord: Float = -5
    /// The surname and first character begin a frequent word that ends inside the name.
    static let startsFrequentWord: Float = -2.5
    /// The surname and first character begin a rare word.
    static let startsRareWord: Float = -1
    /// A name right next to another plausible one (王涛王海王群): lists of names without commas.
    static let neighbourName: Float = 2
    /// How far below the threshold a candidate is kept as tentative for the neighbour rule.
    static let tentativeMargin: Float = 3
    /// How far below the threshold a neighbour may be and still confirm another.
    static let neighbourMargin: Float = 1
    /// Each point above the threshold adds this much to the selection score, up to ``maximumBonus``.
    static let confidenceBonus: Float = 0.3
    static let maximumBonus: Float = 3

    // Context, summed by ``RecognitionPass/personContext(_:_:)``.
    /// A title or strong verb right after (王强书记, 王强说).
    static let strongAfter: Float = 3
    /// A weaker verb or word right after (王强在, 王强和).
    static let weakAfter: Float = 1
    /// A title right before (书记王强).
    static let titleBefore: Float = 3
    /// An enumeration comma or quote next to it (、王强、).
    static let listPunctuation: Float = 0.5
    /// An age before (52岁的王建国).
    static let ageBefore: Float = 2
    /// A bracket after (王强（左）).
    static let bracketAfter: Float = 1
    /// Total context a transliterated run needs to be a name.
    static let foreignNameContext: Float = 3
    /// A transliterated run that is a listed foreign name (`names/transliterated-names.txt`): one
    /// more piece of evidence, so a name needs a little context besides (威尔逊说).
    static let listedForeignName: Float = 2
    /// A foreign title before a transliterated run (总统克林顿).
    static let foreignTitle: Float = 2
}

/// Lexicon frequencies (jieba counts) that separate names from ordinary words.
enum FrequencyLimit {
    /// A lone character this frequent is a word of its own, not split off a name.
    static let strayCharacter: UInt32 = 5000
    /// A transliteration-looking ns word more frequent than this is an ordinary word.
    static let transliteratedPlace: UInt32 = 3000
    /// A two-character ns word ending like a place more frequent than this is an ordinary word.
    static let shortTaggedPlace: UInt32 = 500
    /// A longer ns word ending like a place more frequent than this is an ordinary word.
    static let longTaggedPlace: UInt32 = 1500
    /// A two-character word ending in a suffix character this frequent is a common word (全局 724,
    /// 大局), not a body; bodies of two characters (司法 + 局 are three) are rarer.
    static let commonSuffixWord: UInt32 = 500
    /// A word before 乡党委 more frequent than this (and not a noun) names no township.
    static let townshipStem: UInt32 = 1000
    /// Both halves of an nt-tagged word this frequent, and common nouns, verbs or adjectives, make
    /// it an ordinary compound (社会|科学, 国防|工业, 联合|公报): jieba's nt tag is loose. Names of
    /// bodies without a suffix have a rarer or proper half (中共|中央, 全国|工商联, 黄埔|军校).
    static let compoundHalf: UInt32 = 100
    /// A title in 《》 ending in a lone 报 names a paper only when its last two characters are a
    /// rare word or none (星报 14); 简报 46, 公报 847, 通报 870 are kinds of document.
    static let titlePair: UInt32 = 30
}

/// Classes of jieba tags (their first letter) the rules test.
enum TagClass {
    /// Function words, pronouns, numerals, measure words, time words and the like: a lone
    /// character with one of these is a word of its own, not split off a name.
    static let functionWord = Set("pcudrfmqyeot".unicodeScalars)
    /// Adjectives, adverbs, verbs: a surname and given character that make one is an ordinary word
    /// (安全感, 幸福感).
    static let ordinaryStart = Set("adv".unicodeScalars)
    /// The tags of names and proper nouns the lexicon may put on a person's name (江华 ns, 万里 m
    /// is not among them).
    static let properNoun: Set<String> = ["ns", "nz", "nt", "t", "nrt", "nrfg"]
    /// Nouns, adjectives, distinguishing words and idioms that an attributive place name modifies.
    static let modified = Set("anbjlsz".unicodeScalars)
    /// Common nouns, verbs, adjectives, adverbs, distinguishing and time words: the halves of an
    /// ordinary compound the lexicon mistags nt.
    static let commonWord = Set("nvabdt".unicodeScalars)
}
