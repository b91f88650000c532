"""shardcut.py - where the map/reduce tests may cut a text into shards
that, counted apart and merged, count as the whole does.

At any line end but one: right after a line whose tokens depend on the
line after it (tokenize(1), T10: one token between white space that ends
with a period, "no."), unless a blank line follows it, since the end of
a shard is a paragraph's end.  White space is Unicode's White_Space, as
lib/base/space.h has it."""

WHITE_SPACE = set("\t\n\v\f\r \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000"
                  + "".join(chr(c) for c in range(0x2000, 0x200B)))


def _text(line):
    if isinstance(line, bytes):
        line = line.decode("utf-8", "replace")
    return line.rstrip("\n")


def blank(line):
    return all(c in WHITE_SPACE for c in _text(line))


def lone_period(line):
    t = _text(line)
    words, cur = [], ""
    for c in t + " ":
        if c in WHITE_SPACE:
            if cur:
                words.append(cur)
            cur = ""
        else:
            cur += c
    return len(words) == 1 and words[0].endswith(".")


def may_cut(lines, i):
    """May a shard start at lines[i] (0 < i < len(lines))?"""
    return not lone_period(lines[i - 1]) or blank(lines[i])


def cut_near(lines, i):
    """The first line index >= i where a shard may start (len(lines) if
    none)."""
    while 0 < i < len(lines) and not may_cut(lines, i):
        i += 1
    return i
