#!/usr/bin/env python3
"""Builds Dictionaries/lexicon.bin, the compact lexicon the segmenter loads.

Sources (see README.md): jieba/dict.txt (MIT) and the user-supplied extra word
lists in lexicon-extra/*.txt ("word freq tag" lines, the same format).

Layout, little-endian:
  header  magic "WXLEX003", u32 slot_count, u32 entry_count, u32 pool_count,
          u32 tag_count, u32 max_word_length, u32 hmm_count, f64 total_frequency
  tags    tag_count x 8 bytes, ASCII, NUL padded (index 0 is "")
  slots   slot_count x u32: entry index + 1, 0 = empty (open addressing, linear probing)
  entries entry_count x (u32 pool_offset, u32 frequency, f32 log(frequency / total),
          u8 length, u8 tag, u16 0): 16 bytes, read in place by the segmenter
          frequency 0 marks a proper prefix of a word that is not a word itself (log 0)
  pool    pool_count x u16 (every lexicon word is in the Basic Multilingual Plane)
  hmm     hmm_count x (u16 scalar, u16 0, 4 x f32 emission log-probabilities B, M, E, S)
          sorted by scalar, from jieba's finalseg tables, then start (4 x f32) and
          transition (16 x f32, from x to) log-probabilities

Hash of a word: FNV-1a over its code points (h = (h ^ c) * 16777619 mod 2^32),
slot = murmur3 fmix32(h) & (slot_count - 1).
"""
import ast, glob, math, os, struct, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def fnv(word):
    h = 0x811C9DC5
    for ch in word:
        h = ((h ^ ord(ch)) * 0x01000193) & 0xFFFFFFFF
    return h


def fmix(h):
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & 0xFFFFFFFF
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & 0xFFFFFFFF
    h ^= h >> 16
    return h


def read_words(path, words, tags):
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                continue
            word = parts[0]
            if any(ord(c) > 0xFFFF for c in word) or len(word) > 255:
                continue
            freq = int(parts[1]) if len(parts) > 1 else 1
            tag = parts[2] if len(parts) > 2 else ""
            words[word] = (freq, tag)


def load_hmm():
    def literal(name):
        with open(os.path.join(HERE, "jieba", name), encoding="utf-8") as f:
            text = f.read()
        return ast.literal_eval(text[text.index("{"):])
    emit, start, trans = literal("prob_emit.py"), literal("prob_start.py"), literal("prob_trans.py")
    states = "BMES"
    scalars = sorted({c for s in states for c in emit[s]})
    low = -1.0e30
    clamp = lambda v: max(v, low)
    rows = [(ord(c), [clamp(emit[s].get(c, low)) for s in states]) for c in scalars if ord(c) <= 0xFFFF]
    starts = [clamp(start[s]) for s in states]
    transitions = [clamp(trans[a].get(b, low)) for a in states for b in states]
    return rows, starts, transitions


def main():
    words = {}
    read_words(os.path.join(HERE, "jieba", "dict.txt"), words, None)
    for extra in sorted(glob.glob(os.path.join(HERE, "lexicon-extra", "*.txt"))):
        read_words(extra, words, None)
    tags = [""] + sorted({t for _, t in words.values() if t})
    tag_index = {t: i for i, t in enumerate(tags)}
    pool = []
    entries = []  # (offset, freq, length, tag)
    index = {}
    total = 0
    for word in sorted(words):
        freq, tag = words[word]
        total += freq
        offset = len(pool)
        pool.extend(ord(c) for c in word)
        if word in index:
            i = index[word]
            o, _, l, _ = entries[i]
            entries[i] = (o, freq, l, tag_index[tag])
        else:
            index[word] = len(entries)
            entries.append((offset, freq, len(word), tag_index[tag]))
        for k in range(1, len(word)):
            prefix = word[:k]
            if prefix not in index:
                index[prefix] = len(entries)
                entries.append((offset, 0, k, 0))
    slot_count = 1
    while slot_count < len(entries) * 2:
        slot_count *= 2
    slots = [0] * slot_count
    mask = slot_count - 1
    for word, i in index.items():
        s = fmix(fnv(word)) & mask
        while slots[s]:
            s = (s + 1) & mask
        slots[s] = i + 1
    rows, starts, transitions = load_hmm()
    max_len = max(len(w) for w in words)
    out = bytearray()
    out += b"WXLEX003"
    out += struct.pack("<6I", slot_count, len(entries), len(pool), len(tags), max_len, len(rows))
    out += struct.pack("<d", float(total))
    for t in tags:
        out += t.encode("ascii")[:8].ljust(8, b"\0")
    out += struct.pack(f"<{slot_count}I", *slots)
    log_total = math.log(float(total))
    for o, f, l, t in entries:
        logp = math.log(f) - log_total if f > 0 else 0.0
        out += struct.pack("<IIfBBH", o, f, logp, l, t, 0)
    out += struct.pack(f"<{len(pool)}H", *pool)
    if len(pool) % 2:
        out += b"\0\0"
    for c, probs in rows:
        out += struct.pack("<HH4f", c, 0, *probs)
    out += struct.pack("<4f", *starts)
    out += struct.pack("<16f", *transitions)
    target = os.path.join(HERE, "lexicon.bin")
    with open(target, "wb") as f:
        f.write(out)
    print(f"{target}: {len(words)} words, {len(entries)} entries, {len(tags)} tags, "
          f"{len(rows)} HMM rows, {len(out)} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
