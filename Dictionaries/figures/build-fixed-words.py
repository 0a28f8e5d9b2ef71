#!/usr/bin/env python3
"""Derives the figure stage's list of fixed words that contain numerals.

Reads jieba's lexicon (Dictionaries/jieba/dict.txt, MIT, "word freq tag" lines)
and keeps every all-Han word of 2..8 characters that contains a Chinese numeral
but is not itself a numeric expression (numeral + measure word or unit, ordinal,
approximation, fraction): 一些, 统一, 唯一, 万一, 一心一意, 三亚, 十八大, 两岸 ...
Adds the hand-written words in fixed-words-extra.txt (political slogans, names,
adverbs whose shape looks numeric, such as 十分 "very") and drops those in
fixed-words-not.txt. Writes Dictionaries/figures/fixed-words.txt, one word a line,
sorted, which the figure extractor reads at run time.
Run from anywhere: python3 Dictionaries/figures/build-fixed-words.py
With --check it writes nothing and exits 1 when fixed-words.txt is not current.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))

DIGITS = set('零〇○一二三四五六七八九两壹贰叁肆伍陆柒捌玖')
MULTS = {'十': 1, '拾': 1, '百': 2, '佰': 2, '千': 3, '仟': 3, '万': 4, '亿': 8}
# 廿, 卅, 卌: twenty, thirty, forty in one character, opening a numeral (廿三, 卅日) as the extractor reads them.
TENS = set('廿卅卌')
NUMERALS = DIGITS | set(MULTS) | {'几'} | TENS
# Financial forms double as ordinary characters (陆军, 队伍, 收拾): a word counts
# as numeral-bearing through them only if it also has a plain numeral.
PLAIN = set('零〇○一二三四五六七八九两十百千万亿几') | TENS

# Measure words, units and time words that may follow a numeral in a figure.
UNITS = set('''
人 个 家 项 支 名 位 次 件 条 只 头 辆 架 艘 台 套 座 所 栋 幢 间 处 户 种 类 批 场 届 期 轮 部 本 册 篇 份
张 块 片 根 株 棵 朵 枚 颗 粒 双 对 组 队 省 市 县 区 乡 镇 村 例 起 宗 笔 单 票 股 手 首 集 页 字 层 级 分 点
倍 番 成 折 度 岁 年 月 日 天 周 时 秒 号 米 克 斤 升 吨 亩 瓦 伏 元 门 节 章 款 段 季 关 步 声 句 口 匹 尾 道
卷 幅 封 笔 盏 筐 箱 袋 包 瓶 杯 碗 桶 罐 滴 项 员 员 代 轮 圈 周岁 周年 个月 小时 分钟 秒钟 星期 季度 世纪
年代 年度 公里 千米 平方米 平方公里 平方千米 公顷 厘米 毫米 纳米 微米 海里 英里 公斤 千克 毫升 立方米 千瓦
千瓦时 兆瓦 吉瓦 千伏 赫兹 摄氏度 马力 标准箱 人次 架次 车次 百分点 个百分点 美元 欧元 日元 英镑 港元 港币
澳元 韩元 卢布 万元 亿元 工作日 昼夜 半 多 余 来 几 前 后 内 间 里 以来 左右 上下 以上 以下 之多 有余 开外
局 丈 尺 寸 镑 千卡 发 遍 回 下 拳 班 营 连 排 席 站 任 课 版 阶段 部分 万 亿 千 百 十 点钟 钟头
'''.split())

# The measure words and units the figure extractor reads (units.txt, the one list the
# extractor and the segmenter share) count too, except words whose numeral forms are names
# more often than counts (三国, 八强).
NOT_UNITS = {'国', '强', '个体', '核', '窝', '胎'}


def lexicon_units():
    words = set()
    for line in open(os.path.join(HERE, 'units.txt'), encoding='utf-8'):
        line = line.split('#', 1)[0].split()
        if line and line[1] != 'span-only' and all('\u4e00' <= c <= '\u9fff' for c in line[0]):
            words.add(line[0])
    return words - NOT_UNITS


UNITS |= lexicon_units()

# The extractor's units of two or more characters that begin with a multiplier character (千瓦, 千米,
# 百分点; not the segmenter's 万元, which the extractor reads as 万 and 元).
MULTIPLIER_UNITS = {u for u in lexicon_units() if len(u) >= 2 and u[0] in MULTS}

PREFIXES = ('第', '数', '约', '近', '前', '逾', '上', '超', '达', '共', '仅', '达到', '超过', '不到', '不足')


# Units after 千万 that make it the number ten million rather than an adverb or hyperbole.
MAGNITUDE_UNITS = {'元', '美元', '欧元', '英镑', '港元', '日元', '人次', '吨', '级', '户', '家', '名', '辆', '台',
                   '套', '亩', '千瓦', '平方米', '公里', '美金'}


def canonical(run, alone, rest='', prefixed=False):
    """True if a run of numeral characters reads as one ordinary number."""
    if run[:2] in ('千万', '万万') and rest not in MAGNITUDE_UNITS and not prefixed:
        # adverbs as often as numbers (千万不要, 万万不可) and hyperbole (千万遍, 千万里); before a unit
        # of money or of a measured count, or after a prefix (数千万, 上千万), a number (千万元, 千万人次)
        return False
    if run[0] in MULTS and MULTS[run[0]] >= 2:
        # 百, 千, 万 alone or with an approximation; or magnitudes multiplying upward (百万, 千亿,
        # 万亿). Downward or repeated runs are vague words (万千, 千百, 亿万, 千千万万).
        if len(run) == 1 or run[1] in '余多几':
            return True
        return all(c in MULTS for c in run) and all(MULTS[a] < MULTS[b] for a, b in zip(run, run[1:]))
    prev = None
    last_small = 99
    for k, c in enumerate(run):
        if c in TENS:
            if k != 0:
                return False  # 五卅: after a digit they name an event, no number
            last_small = 1
            prev = None
        elif c in '零〇○':
            prev = None
        elif c in DIGITS or c == '几':
            if prev is not None:
                pair = prev + c
                if pair not in PAIRS or (alone and len(run) == 2):
                    return False  # digit strings (五一, 一一) and bare pairs (三四) are not numbers
                if pair == '三两' and (k != 1 or alone):
                    return False  # 三两 "two or three" opens the numeral and has a unit or multiplier after it
            prev = c
        else:
            e = MULTS[c]
            if e < 4:
                if e >= last_small:
                    return False
                last_small = e
            else:
                last_small = 99
            prev = None
    return True


# Parts of a month or year after N月 or N年 that the figure extractor reads (九月底, 三月中旬).
PERIOD_PARTS = {'初', '底', '末', '中', '中旬', '上旬', '下旬', '中下旬', '上中旬', '初期', '份'}

# Parts of the day after N日 (八日上午).
DAY_PARTS = {'上午', '下午', '晚上', '凌晨', '中午', '早上', '傍晚', '夜间', '晚间', '晚', '早'}

# What may follow the spelled digits after 点 in a decimal or a clock time (二点五万, 十一点二十分).
DECIMAL_TAILS = {'', '万', '亿', '米', '分', '万元', '亿元'}


def spelled_clock_or_decimal(after):
    """True if what follows 点 makes a decimal or a clock time: 整, or Chinese digits (or a
    canonical numeral before 分) and one of DECIMAL_TAILS; 一点一滴, 一点一点, 三点一线 stay words."""
    if after == '整':
        return True
    j = 0
    while j < len(after) and after[j] in DIGITS:
        j += 1
    if j > 0 and after[j:] in DECIMAL_TAILS:
        return True
    while j < len(after) and after[j] in NUMERALS:
        j += 1
    return j > 0 and after[j:] == '分' and canonical(after[:j], False)


PAIRS = {'一两', '两三', '三四', '四五', '五六', '六七', '七八', '八九', '三五', '一二', '二三', '三两'}


def doubling(word):
    """True for 翻一番, 翻两番, 翻了一番: a doubling said as turning over N times, a multiplier the
    figure extractor reads (2^N 倍)."""
    s = word[1:]
    if s.startswith('了'):
        s = s[1:]
    return word.startswith('翻') and len(s) >= 2 and s.endswith('番') and all(c in DIGITS for c in s[:-1])


def numeric(word):
    if doubling(word):
        return True  # 翻一番, 翻了一番: 2 倍
    s = word
    prefixed = False
    for p in PREFIXES:
        if s.startswith(p) and len(s) > len(p):
            s = s[len(p):]
            prefixed = True
            break
    j = 0
    while j < len(s) and s[j] in NUMERALS:
        j += 1
    if j == 0:
        return False
    run, rest = s[:j], s[j:]
    if len(run) >= 2 and run[-1] in MULTS and any((run[-1] + rest).startswith(u) for u in MULTIPLIER_UNITS):
        # 百万千瓦, 万千瓦: the numeral stops before a unit that starts with a multiplier, as the
        # extractor's NumeralParser.startsUnit stops it (千瓦, 千米, 千克, 百分点)
        run, rest = run[:-1], run[-1] + rest
    if rest.startswith('年级'):
        return False  # school grades (三年级) are names of classes, not years
    if len(run) == 4 and rest.startswith('年') and all(c in DIGITS for c in run):
        return True  # a year written digit by digit: 一九四九年
    if len(run) == 2 and rest == '年' and all(c in '零〇○一二三四五六七八九' for c in run) and run not in PAIRS:
        return True  # a two-digit year written digit by digit: 九八年 (not 八九年, "eight or nine years")
    if rest.startswith('点') and canonical(run, False) and spelled_clock_or_decimal(rest[1:]):
        return True  # 二点五, 一点五万, 十一点二十分, 九点整: a decimal or a clock time
    if rest.startswith('天') and rest.endswith('夜') and len(rest) >= 3 and all(c in NUMERALS for c in rest[1:-1]):
        return True  # 三天三夜, 三天两夜: days and their nights, a number of days
    if rest.startswith('日') and rest[1:] in DAY_PARTS and canonical(run, False):
        return True  # 八日上午: a day and its part
    if rest[:1] in ('月', '年') and rest[1:] in PERIOD_PARTS and canonical(run, False):
        return True  # a part of a month or year: 九月底, 三月初, 十月中旬
    if rest == '折' and len(run) == 2 and all(c in DIGITS for c in run):
        return True  # a discount: 七五折
    if rest.startswith('分之'):
        return all(c in NUMERALS for c in rest[2:]) and len(rest) > 2  # fractions: 三分之一
    if not canonical(run, not rest, rest, prefixed):
        return False
    while rest:
        for k in (4, 3, 2, 1):
            if len(rest) >= k and rest[:k] in UNITS:
                rest = rest[k:]
                break
        else:
            return False
    return True


def main():
    src = os.path.join(ROOT, 'Dictionaries', 'jieba', 'dict.txt')
    extra = os.path.join(HERE, 'fixed-words-extra.txt')
    drop = os.path.join(HERE, 'fixed-words-not.txt')
    read_list = lambda p: [l.strip() for l in open(p, encoding='utf-8') if l.strip() and not l.startswith('#')]
    words = set()
    for line in open(src, encoding='utf-8'):
        w = line.split(' ', 1)[0]
        if not (2 <= len(w) <= 8) or not all('\u4e00' <= c <= '\u9fff' or c in '〇○' for c in w):
            continue
        if not any(c in PLAIN for c in w):
            continue
        if numeric(w):
            continue
        words.add(w)
    words |= set(read_list(extra))
    words -= set(read_list(drop))
    out = '\n'.join(sorted(words)) + '\n'
    target = os.path.join(HERE, 'fixed-words.txt')
    if '--check' in sys.argv:
        current = open(target, encoding='utf-8').read() if os.path.exists(target) else ''
        if current != out:
            sys.exit('fixed-words.txt is not current: run python3 Dictionaries/figures/build-fixed-words.py')
        return
    with open(target, 'w', encoding='utf-8') as f:
        f.write(out)
    print('%d fixed words' % out.count('\n'), file=sys.stderr)


if __name__ == '__main__':
    main()
