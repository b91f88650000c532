#!/usr/bin/env python3
"""Benchmark peer: word bigram counts with the standard library.

For each input line: words = re.findall(r"\\w+", line.casefold()), then
Counter(zip(words, words[1:])) (bigrams do not cross a line, as in
ngram), printed as "count<TAB>w1 w2" sorted by count descending, ties in
code point order.
"""
import collections, re, sys

word = re.compile(r"\w+")
counts = collections.Counter()
for line in sys.stdin.buffer:
    words = word.findall(line.decode("utf-8", "replace").casefold())
    counts.update(zip(words, words[1:]))
out = sys.stdout
for (a, b), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    out.write(f"{n}\t{a} {b}\n")
