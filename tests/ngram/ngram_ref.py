#!/usr/bin/env python3
"""ngram_ref.py - an independent reference for `ngram`, for differential
tests: the same counts, written from the man page in plain Python, no
textkit code.

Usage: ngram_ref.py [-n N] [--min-n N] [--max-n N] [--sep STR] [--words]
                    [--skip-punct] [--case-sensitive] [--across-lines] [--pad] [--chars]
                    [--boundary MARK] [--stream]
                    [--score MEASURE [--min-count N]] < TOKENIZED-TEXT

The input must already be tokenized: tokens are separated by white space
(what `tokenize -s` writes), so this script needs no tokenizer.  Within
that limit it follows ngram(1):
- a segment is a line (--across-lines: lines up to a blank line), cut
  after every token made only of sentence terminators (. ! ? and a few
  non-ASCII ones); no n-gram spans two segments;
- case is folded (str.casefold) unless --case-sensitive;
- --words keeps tokens with a letter or digit (words) and forms n-grams
  only of adjacent ones: any other token (punctuation) ends the run of
  words but not the segment; with --skip-punct it is dropped and the
  words around it are adjacent; a sentence terminator ends the segment;
- --pad wraps each segment that has a unit in <s> ... </s>: <s> before
  its first unit, </s> after its last run (so with --words, <s> goes
  with the first run and </s> with the last, even an empty one);
- --chars: n-grams of grapheme clusters within each token (its own
  segment), --boundary MARK wrapping each token;
- output: "count<TAB>ngram", count descending, then ngram by bytes; or
  --stream: every n-gram in text order (by start, then by length).
--score prints "score<TAB>count<TAB>ngram" with six decimals (ngram
prints four: compare numerically).  In the tables (not --stream) a key
is a TSV field: TAB, LF, CR and backslash written as \\t \\n \\r \\\\;
ties are ordered by the key's bytes before escaping.
Grapheme clusters are found by a small rule set (marks, ZWJ, Hangul
syllable sequences, CR LF): enough for the text the tests generate.
"""
import argparse
import math
import sys
import unicodedata
from collections import Counter

STERM = set(".!?\u3002\uff01\uff1f\u061f\u0964\u0965\u203c\u2047\u2048\u2049")


def sentence_end(tok):
    return all(c in STERM for c in tok)


def is_word(tok):
    return any(c.isalnum() for c in tok)


def hangul(c):
    cp = ord(c)
    if 0x1100 <= cp <= 0x115F or 0xA960 <= cp <= 0xA97C:
        return "L"
    if 0x1160 <= cp <= 0x11A7 or 0xD7B0 <= cp <= 0xD7C6:
        return "V"
    if 0x11A8 <= cp <= 0x11FF or 0xD7CB <= cp <= 0xD7FB:
        return "T"
    if 0xAC00 <= cp <= 0xD7A3:
        return "LV" if (cp - 0xAC00) % 28 == 0 else "LVT"
    return None


def joins(prev, c):
    """No cluster break between prev and c (a subset of UAX #29)."""
    if prev == "\r" and c == "\n":
        return True
    if unicodedata.category(c) in ("Mn", "Me", "Mc") or c == "\u200d":
        return True
    a, b = hangul(prev), hangul(c)
    if a == "L" and b in ("L", "V", "LV", "LVT"):
        return True
    if a in ("LV", "V") and b in ("V", "T"):
        return True
    if a in ("LVT", "T") and b == "T":
        return True
    return False


def graphemes(s):
    out = []
    for c in s:
        if out and joins(out[-1][-1], c):
            out[-1] += c
        else:
            out.append(c)
    return out


def fold(tok, how):
    return tok.casefold() if how == "fold" else tok


def segments(lines, a):
    """Each segment as a list of runs (lists of units): n-grams are
    formed within a run; the pad markers go on the segment's ends."""
    runs = [[]]

    def close():
        nonlocal runs
        segment = runs
        runs = [[]]
        if any(segment):
            while not segment[0]:
                segment.pop(0)
            if a.pad:
                segment[0] = ["<s>"] + segment[0]
                segment[-1] = segment[-1] + ["</s>"]
            return [segment]
        return []

    for line in lines:
        toks = line.split()
        if not toks:
            yield from close()
            continue
        for t in toks:
            end = not a.chars and sentence_end(t)
            if not a.words or is_word(t):
                t = fold(t, a.case)
                if a.chars:
                    g = graphemes(t)
                    if a.boundary is not None:
                        g = [a.boundary] + g + [a.boundary]
                    yield [g]
                else:
                    runs[-1].append(t)
            elif not end and not a.chars and not a.skip_punct:
                runs.append([])
            if end:
                yield from close()
        if not a.across_lines:
            yield from close()
    yield from close()


def ngrams(lines, a):
    lo = a.min_n if a.min_n else (a.max_n if a.max_n and a.max_n < a.n else a.n)
    hi = a.max_n if a.max_n else (a.min_n if a.min_n and a.min_n > a.n else a.n)
    sep = a.sep if a.sep is not None else ("" if a.chars else " ")
    for segment in segments(lines, a):
        for seg in segment:
            for i in range(len(seg)):
                for n in range(lo, hi + 1):
                    if i + n <= len(seg):
                        yield sep.join(seg[i:i + n])


def scores(lines, a):
    """--score: (score, count, key) for every n-gram of the order; None
    scores (undefined) are left out."""
    n = a.n
    sep = a.sep if a.sep is not None else ("" if a.chars else " ")
    uni, grams = Counter(), Counter()
    for segment in segments(lines, a):
        for seg in segment:
            uni.update(seg)
            for i in range(len(seg) - n + 1):
                grams[tuple(seg[i:i + n])] += 1
    N = sum(uni.values())
    out = []
    for g, c in grams.items():
        if c < a.min_count:
            continue
        ci = [uni[w] for w in g]
        s = measure(a.score, c, ci, N)
        if s is not None:
            out.append((s, c, sep.join(g)))
    return out


def measure(m, c12, ci, N):
    """Manning & Schuetze ch. 5; Dunning 1993."""
    if m == "pmi" or len(ci) > 2:
        return math.log2(c12 * N ** (len(ci) - 1) / math.prod(ci))
    c1, c2 = ci
    o = [[c12, c1 - c12], [c2 - c12, N - c1 - c2 + c12]]
    if o[1][1] < 0:
        return None
    r, k = [c1, N - c1], [c2, N - c2]
    if m == "tscore":
        return (c12 - c1 * c2 / N) / math.sqrt(c12)
    if m == "dice":
        return 2 * c12 / (c1 + c2)
    if m == "llr":
        if 0 in r or 0 in k:
            return 0.0
        return 2 * sum(o[i][j] * math.log(o[i][j] * N / (r[i] * k[j]))
                       for i in range(2) for j in range(2) if o[i][j])
    if m == "chi2":
        if 0 in r or 0 in k:
            return None
        return N * (o[0][0] * o[1][1] - o[0][1] * o[1][0]) ** 2 / (
            r[0] * r[1] * k[0] * k[1])
    raise ValueError(m)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("-n", type=int, default=2)
    p.add_argument("-j", "--jobs")  # threads: the counts are the same
    p.add_argument("--min-n", type=int, default=0)
    p.add_argument("--max-n", type=int, default=0)
    p.add_argument("--sep")
    p.add_argument("--words", action="store_true")
    p.add_argument("--skip-punct", action="store_true")
    p.add_argument("--case-sensitive", dest="case", action="store_const",
                   const="none", default="fold")
    p.add_argument("--across-lines", action="store_true")
    p.add_argument("--pad", action="store_true")
    p.add_argument("--chars", action="store_true")
    p.add_argument("--boundary")
    p.add_argument("--stream", action="store_true")
    p.add_argument("--score")
    p.add_argument("--min-count", type=int, default=0)
    a = p.parse_args()
    text = sys.stdin.buffer.read().decode("utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    out = sys.stdout.buffer
    def tsv(k):
        return (k.replace(b"\\", b"\\\\").replace(b"\t", b"\\t")
                 .replace(b"\n", b"\\n").replace(b"\r", b"\\r"))
    if a.score:
        for sc, c, k in sorted(scores(lines, a),
                               key=lambda t: (-t[0], -t[1], t[2].encode())):
            out.write(b"%.6f\t%d\t%s\n" % (sc, c, tsv(k.encode())))
        return
    if a.stream:
        for g in ngrams(lines, a):
            out.write(g.encode() + b"\n")
        return
    c = Counter(g.encode() for g in ngrams(lines, a))
    for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])):
        out.write(b"%d\t%s\n" % (v, tsv(k)))


if __name__ == "__main__":
    main()
