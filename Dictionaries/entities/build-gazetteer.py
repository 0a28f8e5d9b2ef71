#!/usr/bin/env python3
"""Builds the entity data files in Dictionaries/entities/ from their sources.

usage: build-gazetteer.py [DIVISIONS_DIR]   (default /work/shared/data/divisions)

Inputs
- DIVISIONS_DIR: provinces.csv, cities.csv, areas.csv, streets.csv, HK-MO-TW.json
  (the Chinese administrative divisions, WTFPL).
- Debian iso-codes (LGPL-2.1+): /usr/share/iso-codes/json/iso_3166-1.json and -3.json with their
  zh_CN translations (apt-get install iso-codes).
- ../jieba/dict.txt (MIT): word frequencies and tags, to decide whether a short form is an
  ordinary word and to count how often characters occur in personal names.
- surnames.txt, world-places.txt (hand-compiled, committed).

Outputs (committed)
- places.tsv: name, kind (full | short | shortword), canonical name.
- given-chars.tsv: character, count as a given-name character in jieba's nr names, its frequency in
  other words.
- surname-counts.tsv: surname, count of three-character nr names in jieba that start with it.
"""
import collections, csv, gettext, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIV = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/divisions"

# --- lexicon -----------------------------------------------------------------------------------
lex = {}
with open(os.path.join(HERE, "..", "jieba", "dict.txt"), encoding="utf-8") as f:
    for line in f:
        parts = line.split()
        if len(parts) >= 2:
            lex[parts[0]] = (int(parts[1]), parts[2] if len(parts) > 2 else "")


def ordinary(word):
    """A word the lexicon knows as something other than a place name."""
    if word not in lex:
        return False
    freq, tag = lex[word]
    return tag != "ns" and freq >= 20


# 56 ethnic groups, to strip from autonomous-area names (广西壮族自治区 → 广西).
ETHNIC = ("汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 "
          "景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 "
          "保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺").split()
ETHNIC_RE = re.compile("(?:" + "|".join(sorted((e + "族" for e in ETHNIC), key=len, reverse=True)) + ")+$")

SUFFIXES = ["特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "新区", "省", "市", "区", "县", "旗", "盟"]

places = {}  # name -> (kind, canonical)


def add(name, kind, canonical):
    name = name.strip()
    if len(name) < 2:
        return
    old = places.get(name)
    if old is None or (old[0] == "short" and kind == "full"):
        places[name] = (kind, canonical)


def short_form(name):
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            stem = ETHNIC_RE.sub("", stem) if "自治" in suffix else stem
            return stem
    return None


NAME_TAGS = ("nr", "nrt", "nrfg", "nz", "j")


def division(name, allow_short=True, prefecture=False):
    """Adds a division. Its short form is kept when it is no ordinary word; for provinces and
    prefectures also when the lexicon calls it a name (盘锦 nr, 本溪 nz: `short`) or another word
    (合肥 n, 开封 v: `shortword`, a place only in an address chain or after a verb of place)."""
    if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划") or "直辖" in name:
        return
    add(name, "full", name)
    if allow_short:
        stem = short_form(name)
        if not stem or len(stem) < 2 or stem in places:
            return
        if not ordinary(stem) or (prefecture and lex[stem][1] in NAME_TAGS):
            add(stem, "short", name)
        elif prefecture:
            add(stem, "shortword", name)


def rows(file):
    with open(os.path.join(DIV, file), encoding="utf-8") as f:
        return list(csv.DictReader(f))


for r in rows("provinces.csv"):
    division(r["name"], prefecture=True)
for r in rows("cities.csv"):
    division(r["name"], prefecture=True)
for r in rows("areas.csv"):
    division(r["name"])
for r in rows("streets.csv"):
    name = r["name"]
    if len(name) >= 3 and name.endswith(("街道", "镇", "乡", "苏木")):
        add(name, "full", name)

with open(os.path.join(DIV, "HK-MO-TW.json"), encoding="utf-8") as f:
    hmt = json.load(f)
for region, subs in hmt.items():
    division(region)
    for sub, areas in subs.items():
        division(sub)
        for area in areas:
            division(re.sub(r"（.*?）", "", area), allow_short=False)

# --- countries: Debian iso-codes ---------------------------------------------------------------
zh = gettext.translation("iso_3166-1", "/usr/share/locale", languages=["zh_CN"])
zh3 = gettext.translation("iso_3166-3", "/usr/share/locale", languages=["zh_CN"], fallback=True)
with open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8") as f:
    for c in json.load(f)["3166-1"]:
        names = [zh.gettext(c[k]) for k in ("common_name", "name", "official_name") if k in c]
        names = [n for n in names if re.fullmatch(r"[\u4e00-\u9fff]{2,}", n)]
        if not names:
            continue
        canonical = names[0]
        for n in names:
            add(n, "full", canonical)
with open("/usr/share/iso-codes/json/iso_3166-3.json", encoding="utf-8") as f:
    for c in json.load(f)["3166-3"]:
        n = zh3.gettext(c["name"])
        if re.fullmatch(r"[\u4e00-\u9fff]{2,}", n):
            add(n, "full", n)
# Spellings iso-codes' translation lacks or spells in a less common way (standard Xinhua usage).
for n, canonical in [("梵蒂冈", "梵蒂冈"), ("柬埔寨", "柬埔寨"), ("玻利维亚", "玻利维亚"), ("苏联", "苏联"),
                     ("南斯拉夫", "南斯拉夫"), ("刚果（金）", "刚果民主共和国"), ("英格兰", "英格兰"),
                     ("苏格兰", "苏格兰"), ("威尔士", "威尔士"), ("北爱尔兰", "北爱尔兰"), ("科索沃", "科索沃"),
                     ("中华人民共和国", "中国"), ("祖国", None), ("大陆", None)]:
    if canonical:
        add(n, "full", canonical)

with open(os.path.join(HERE, "world-places.txt"), encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        add(parts[0], "full", parts[1] if len(parts) > 1 else parts[0])

with open(os.path.join(HERE, "places.tsv"), "w", encoding="utf-8") as f:
    f.write("# Generated by build-gazetteer.py: name, kind (full | short), canonical name.\n")
    for name in sorted(places):
        kind, canonical = places[name]
        f.write(f"{name}\t{kind}\t{canonical}\n")

# --- personal-name statistics from jieba's nr names --------------------------------------------
surnames = set()
with open(os.path.join(HERE, "surnames.txt"), encoding="utf-8") as f:
    for line in f:
        if not line.startswith("#"):
            surnames.update(line.split())
given = collections.Counter()
surname_count = collections.Counter()
general = collections.Counter()
for word, (freq, tag) in lex.items():
    if tag in ("nr", "nrfg", "nrt"):
        for sl in (2, 1):
            if word[:sl] in surnames and 1 <= len(word) - sl <= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", word):
                surname_count[word[:sl]] += 1
                for ch in word[sl:]:
                    given[ch] += 1
                break
    else:
        for ch in word:
            general[ch] += freq
with open(os.path.join(HERE, "given-chars.tsv"), "w", encoding="utf-8") as f:
    f.write("# Generated by build-gazetteer.py: character, count in given names (jieba nr), frequency in other words.\n")
    for ch in sorted(set(given) | {c for c in general if general[c] > 0 and len(c) == 1}):
        if given[ch] or general[ch] >= 1:
            f.write(f"{ch}\t{given[ch]}\t{general[ch]}\n")
with open(os.path.join(HERE, "surname-counts.tsv"), "w", encoding="utf-8") as f:
    f.write("# Generated by build-gazetteer.py: surname, count of jieba nr names that start with it.\n")
    for s in sorted(surnames):
        f.write(f"{s}\t{surname_count[s]}\n")
print(f"{len(places)} places, {len(given)} given-name characters, {len(surnames)} surnames")
