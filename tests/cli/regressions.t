# regressions.t - bugs found by fuzzing and the property suites, one case
# each, stated as the behaviour that is right (the fuzz inputs that found
# them are in tests/fuzz/corpus/; see each case's comment).

=== decode: an invalid UTF-16 unit does not shift the rest of the file
# Found by fuzz_decode (regress-utf16-unit-skip): decoding resumed one
# byte after a lone surrogate, so every later character came out wrong.
$ printf 'a\000\000\330 \000b\000\n\000' | normalize --encoding=utf-16le | od -An -tx1
>  61 ef bf bd 20 62 0a
! normalize: standard input: 1 invalid utf-16le sequence replaced with U+FFFD (first at byte 2)

=== tokenize: re-tokenizing a hashtag before non-ASCII text changes nothing
# Found by run-props and fuzz_token: "#a.ñ" gave "#a" ".ñ", and ".ñ"
# then gave "." "ñ" (the ASCII "#a.b" gives "#a" "." "b" at once).
$ printf '#a.\303\261 #a.b\n' | tokenize > $T/once
$ tokenize < $T/once > $T/twice
$ cmp $T/once $T/twice && echo idempotent
> idempotent

=== tokenize: a token after a hashtag is cut as the same ASCII text would be
$ printf '#a.\303\261\n' | tokenize
> #a
> .
> ñ

=== tokenize --split-contractions: re-tokenizing n't changes nothing
# Found by fuzz_token: "don't" gives "do" "n't", but "n't" alone gives
# "n'" "t".
$ printf "don't\n" | tokenize --split-contractions > $T/once
$ tokenize --split-contractions < $T/once > $T/twice
$ cmp $T/once $T/twice && echo idempotent
> idempotent

=== sentence-split --uax29 --max-length: no cut inside a short sentence
# Found by fuzz_sentence: the length limit counted from before the
# earlier sentences of the window, cutting "No. 5 i 12." (11 bytes).
$ printf 'first\n> quote line\nText after. e.g. this, i.e. that. No. 5 i 12.\n' | sentence-split --uax29 --max-length=64 > $T/cut
$ printf 'first\n> quote line\nText after. e.g. this, i.e. that. No. 5 i 12.\n' | sentence-split --uax29 > $T/whole
$ cmp $T/whole $T/cut && echo same
> same

=== normalize --invisible: removing invisible characters again changes nothing
# Found by fuzz_markup: a ZWJ kept because a ZWNJ (dropped) followed it
# is dropped by a second pass, once its neighbour is ASCII.
$ printf 'a\342\200\246\342\200\215\342\200\214b\n' | normalize --invisible > $T/once
$ normalize --invisible < $T/once > $T/twice
$ cmp $T/once $T/twice && echo idempotent
> idempotent

=== normalize --punct --invisible: a joiner next to folded punctuation
# Found by fuzz_markup: the ZWJ is kept because its neighbour U+201D was
# non-ASCII in the input, but it is '"' in the output, so a second pass
# drops it: the rule should look at the output neighbours.
$ printf '\342\200\235\342\200\215\360\237\222\273\n' | normalize --punct --invisible > $T/once
$ normalize --punct --invisible < $T/once > $T/twice
$ cmp $T/once $T/twice && echo idempotent
> idempotent

=== tokenize: a line over the record limit is tokenized as if whole
# Found by fuzz_token (streaming through tk_token_cut): the open-quote
# state was lost where lib/input cut the line, so the closing quote
# stuck to "parents" only in lines longer than 1 MiB.
$ python3 -c 'import sys; sys.stdout.write("'"'"'a " + "x " * 600000 + "parents'"'"' end\n")' > $T/long
$ tokenize $T/long | tail -n 3
> parents
> '
> end

=== tokenize --uax29 --split-contractions: ASCII-only lines split as others
# Found by fuzz_token: the ASCII fast path split contractions under
# --uax29, the general path (any non-ASCII character in the line) not.
$ printf "don't x\n" | tokenize --uax29 --split-contractions > $T/a
$ printf "don't x\303\251\n" | tokenize --uax29 --split-contractions | head -n 2 > $T/b
$ head -n 2 $T/a | cmp - $T/b && echo same
> same

=== wordfreq, ngram: a line over the record limit counted as if whole
# The open-quote state must survive the cuts of a long line in the
# counting tools too: wordfreq cuts only where no quote is open (its
# pieces may go to other threads), ngram carries the state.
$ python3 -c 'import sys; sys.stdout.write("'"'"'a " + "x " * 600000 + "parents'"'"' end\n")' > $T/long
$ wordfreq -j 1 $T/long | grep parents
$ wordfreq -j 2 $T/long | grep parents
$ ngram -n 1 $T/long | grep parents
> 1	parents
> 1	parents
> 1	parents
