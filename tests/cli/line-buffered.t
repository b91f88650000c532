# line-buffered.t - --line-buffered (every program) changes when output
# is written, never what: the same bytes as without it.  That it is
# written line by line is tested with pipes and a pseudo-terminal in
# tests/pkg/run-linebuf.

=== every program takes --line-buffered and writes the same bytes
$ for p in "normalize --casefold" "tokenize -s" sentence-split wordfreq "ngram -n 2"; do
$   $p < sample-article.txt > $T/a; $p --line-buffered < sample-article.txt > $T/b
$   cmp -s $T/a $T/b && echo "$p: same"; done
> normalize --casefold: same
> tokenize -s: same
> sentence-split: same
> wordfreq: same
> ngram -n 2: same

=== --line-buffered with -z and a long line cut into records
$ printf 'one\0two\0' | normalize -z --line-buffered | tr '\0' '\n'
> one
> two
$ head -c 3000000 /dev/zero | tr '\0' a | tokenize --line-buffered | wc -c
> 3000001

=== --line-buffered into a full disk is still a write error
$ echo x | normalize --line-buffered > /dev/full
? 1
! normalize: write error
