#!/usr/bin/env python3
"""Benchmark peer: word counts with the standard library.

Counter(re.findall(r"\\w+", text.casefold())) over standard input, printed
as "count<TAB>word" sorted by count descending, ties in code point order
(wordfreq's output order for these keys).
"""
import collections, re, sys

text = sys.stdin.buffer.read().decode("utf-8", "replace")
counts = collections.Counter(re.findall(r"\w+", text.casefold()))
out = sys.stdout
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    out.write(f"{n}\t{word}\n")
