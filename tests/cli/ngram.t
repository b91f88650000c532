# ngram: word and character n-grams, streams, scores, merge.
# Every option of ngram --help has a case here.

=== bigrams by default, count then byte order
$ printf 'a b c a b\n' | ngram
> 2	a b
> 1	b c
> 1	c a

=== -n sets the order
$ printf 'a b c a b\n' | ngram -n 3
> 1	a b c
> 1	b c a
> 1	c a b

=== --order is -n
$ printf 'a b c d\n' | ngram --order=4
> 1	a b c d

=== -n 1 counts tokens, punctuation included
$ printf 'a, a.\n' | ngram -n 1
> 2	a
> 1	,
> 1	.

=== everygrams: --min-n and --max-n, in text order with --stream
$ printf 'a b c\n' | ngram --min-n=1 --max-n=3 --stream
> a
> a b
> a b c
> b
> b c
> c

=== --max-n alone: from N (default 2) up
$ printf 'a b c\n' | ngram --max-n=3
> 1	a b
> 1	a b c
> 1	b c

=== --min-n alone: from it up to N, or just it when larger
$ printf 'a b c\n' | ngram --min-n=1
$ printf 'a b c\n' | ngram --min-n=3
> 1	a
> 1	a b
> 1	b
> 1	b c
> 1	c
> 1	a b c

=== a line shorter than n gives nothing
$ printf 'a b\n\n' | ngram -n 3

=== n-grams never cross a line
$ printf 'a b\nc d\n' | ngram
> 1	a b
> 1	c d

=== n-grams end at sentence-final punctuation, which they may include
$ printf 'I came. You saw! Did I? yes\n' | ngram --stream
> i came
> came .
> you saw
> saw !
> did i
> i ?

=== commas and other punctuation are ordinary tokens
$ printf 'red , green\n' | ngram --stream
> red ,
> , green

=== -w: n-grams of adjacent words only; a comma ends the run
$ printf 'I came. You saw, I won\n' | ngram -w --stream
> i came
> you saw
> i won

=== --words is -w
$ printf 'x y ; z\n' | ngram --words
> 1	x y

=== -w: no n-gram spans punctuation, a symbol, a URL or an emoji
$ printf 'a b (c) d: e + f https://example.org g \360\237\230\200 h\n' | ngram -w
> 1	a b

=== -w -n 3: runs shorter than 3 words give no trigram
$ printf 'one two, three four five. six seven - eight\n' | ngram -w -n 3
> 1	three four five

=== -w --pad: the markers wrap the sentence, not each run
$ printf 'a b, c\n' | ngram -w --pad --stream
> <s> a
> a b
> c </s>

=== --skip-punct: the old -w, punctuation skipped and its neighbours joined
$ printf 'I came. You saw, I won\n' | ngram -w --skip-punct --stream
> i came
> you saw
> saw i
> i won

=== --skip-punct needs --words
$ ngram --skip-punct </dev/null
? 2
! --skip-punct applies to --words

=== --score -w scores only bigrams of adjacent words
$ printf 'a b, a b\nb a\n' | ngram --score=dice -w
> 0.6667	2	a b
> 0.3333	1	b a

=== -w without --split-contractions: clitics stay on their word
$ printf "don't l'\303\251conomie\n" | ngram -w
> 1	don't l'économie

=== --split-contractions: tokenize's pieces, counted as units
$ printf "don't l'\303\251conomie\n" | ngram -w --split-contractions
> 1	do n't
> 1	l' économie
> 1	n't l'

=== case is folded by default (full case folding)
$ printf 'New York\nnew york NEW YORK\n' | ngram
> 3	new york
> 1	york new
$ printf 'Stra\303\237e STRASSE\n' | ngram -n 1
> 2	strasse

=== --case-sensitive keeps case
$ printf 'New York\nnew york\n' | ngram --case-sensitive
> 1	New York
> 1	new york

=== --across-lines: lines join, a blank line still ends the paragraph
$ printf 'one two\nthree four\n\nfive six\n' | ngram --across-lines --stream
> one two
> two three
> three four
> five six

=== --across-lines: a line of white space is blank too
$ printf 'a\n \t\nb\n' | ngram --across-lines
$ printf 'a\nb\n' | ngram --across-lines
> 1	a b

=== --pad wraps each sentence in <s> and </s>
$ printf 'a b. c\n' | ngram --pad --stream
> <s> a
> a b
> b .
> . </s>
> <s> c
> c </s>

=== --pad with n larger than the sentence
$ printf 'a b\n\n' | ngram --pad -n 3 --stream
> <s> a b
> a b </s>

=== -c: grapheme clusters, not code points (e + combining acute is one)
$ printf 'cafe\314\201\n' | ngram -c -n 1
> 1	a
> 1	c
> 1	é
> 1	f

=== --chars: within each token, joined by nothing
$ printf 'the cat\n' | ngram --chars -n 2 --stream
> th
> he
> ca
> at

=== --boundary marks word starts and ends with _
$ printf 'the\n' | ngram --chars -n 2 --boundary --stream
> _t
> th
> he
> e_

=== --boundary=MARK
$ printf 'ab\n' | ngram --chars -n 3 --boundary='#'
> 1	#ab
> 1	ab#

=== --sep joins units
$ printf 'a b c\n' | ngram --sep=_
> 1	a_b
> 1	b_c

=== --sep with --chars
$ printf 'abc\n' | ngram -c -n 3 --sep=+
> 1	a+b+c

=== --stream prints every occurrence in text order
$ printf 'b a b a\n' | ngram --stream
> b a
> a b
> b a

=== --stream with -z ends each n-gram with NUL
$ printf 'a b c' | ngram --stream -z | tr '\0' '|'; echo
> a b|b c|

=== -z reads and writes NUL-terminated records
$ printf 'a b\0c d e\0' | ngram -z | tr '\0' '\n'
> 1	a b
> 1	c d
> 1	d e

=== --null is -z
$ printf 'a b\0a b' | ngram --null | tr '\0' '\n'
> 2	a b

# Scores.  Tokens: a b a b a c / b a: N = 8, c(a) = 4, c(b) = 3,
# c(c) = 1; c(a b) = 2, c(b a) = 3, c(a c) = 1.

=== --score=pmi: log2(c12 N / (c1 c2)); ties by count, then n-gram
$ printf 'a b a b a c\nb a\n' | ngram --score=pmi
> 1.0000	3	b a
> 1.0000	1	a c
> 0.4150	2	a b

=== --score=tscore: (c12 - c1 c2 / N) / sqrt(c12)
$ printf 'a b a b a c\nb a\n' | ngram --score=tscore
> 0.8660	3	b a
> 0.5000	1	a c
> 0.3536	2	a b

=== --score=chi2 with --min-count
$ printf 'a b a b a c\nb a\n' | ngram --score=chi2 --min-count=2
> 4.8000	3	b a
> 0.5333	2	a b

=== --score=llr (Dunning's G2)
$ printf 'a b a b a c\nb a\n' | ngram --score=llr --top=1
> 6.0863	3	b a

=== --score=dice with --sep
$ printf 'a b a b a c\nb a\n' | ngram --score=dice --sep=_
> 0.8571	3	b_a
> 0.5714	2	a_b
> 0.4000	1	a_c

=== --score=pmi for trigrams
$ printf 'a b c a b c\n' | ngram --score=pmi -n 3
> 3.1699	2	a b c
> 2.1699	1	b c a
> 2.1699	1	c a b

=== --score leaves out n-grams whose table is impossible (a word paired with itself that makes up most tokens)
$ printf 'a a a\n' | ngram --score=chi2
$ printf 'a a a\n' | ngram --score=llr

=== --score needs one order of 2 or more
$ ngram --score=pmi -n 1 </dev/null
? 2
! --score needs n-grams of 2 or more units
$ ngram --score=pmi --min-n=2 --max-n=3 </dev/null
? 2
! --score scores one order

=== --score: other measures are for bigrams only
$ ngram --score=llr -n 3 </dev/null
? 2
! --score=llr scores bigrams only

=== --score: unknown measure lists the choices
$ ngram --score=mi </dev/null
? 2
! pmi
! dice

# Table options, shared with wordfreq.

=== -j counts in threads, with the same result
$ awk 'BEGIN { for (i = 0; i < 200000; i++) print "x y z", i % 7 }' > $T/big
$ ngram -j 2 $T/big | head -n 3
> 200000	x y
> 200000	y z
> 28572	z 0

=== --max-memory spills to temporary files, with the same result
$ awk 'BEGIN { for (i = 0; i < 100000; i++) print "w" i, "v" i % 10 }' > $T/many
$ ngram $T/many > $T/a
$ ngram --max-memory=1M -j 1 $T/many > $T/b
$ cmp $T/a $T/b && wc -l < $T/b
> 100000
$ ngram --max-memory=10 </dev/null
? 2
! at least 1M

=== --top
$ printf 'a b a b a c\n' | ngram --top=1
> 2	a b

=== --min-count
$ printf 'a b a b a c\n' | ngram --min-count=2
> 2	a b
> 2	b a

=== --format=csv with --header
$ printf 'a b a b a c\n' | ngram --format=csv --header
> count,ngram
> 2,a b
> 2,b a
> 1,a c

=== --format=json with --rank
$ printf 'a b a b a c\n' | ngram --format=json --rank
> [
> {"ngram":"a b","rank":1,"count":2},
> {"ngram":"b a","rank":1,"count":2},
> {"ngram":"a c","rank":3,"count":1}
> ]

=== --format=uniq
$ printf 'a b a b a c\n' | ngram --format=uniq
>       2 a b
>       2 b a
>       1 a c

=== --key-first --freq --per-million --cumulative --total=line
$ printf 'a b a b a c\n' | ngram --key-first --freq --per-million --cumulative --total=line
> a b	2	0.4	400000.00	0.4
> b a	2	0.4	400000.00	0.8
> a c	1	0.2	200000.00	1
> #total	5	3

# Merge.

=== --merge adds tables up
$ printf '2\ta b\n1\tb c\n' > $T/x
$ printf '3\ta b\n' | ngram --merge $T/x -
> 5	a b
> 1	b c

=== --total: totals to stderr
$ printf 'a b a b a c\n' | ngram --total
> 2	a b
> 2	b a
> 1	a c
! ngram: total: 5 n-grams, 3 types

=== --merge: a malformed line is an error, and no table is printed
$ printf '1\ta b\noops\n' | ngram --merge
? 1
! ngram: standard input:2: not a COUNT<TAB>KEY line

=== --merge --invalid=drop skips malformed lines with a warning
$ printf '1\ta b\noops\n2\ta b\n' | ngram --merge --invalid=drop
> 3	a b
! (dropped)

=== --merge --key-first reads and writes key-first tables
$ printf 'a b\t2\na b\t3\n' | ngram --merge --key-first
> a b	5

=== --merge --sorted sums key-sorted tables in key order
$ printf '1\ta b\n2\ta b\n5\tb c\n' | ngram --merge --sorted
> 3	a b
> 5	b c

=== --merge --sorted --key-first, as a Hadoop reducer
$ printf 'a b\t1\na b\t2\nb c\t5\n' | ngram --merge --sorted --key-first --total=line
> a b	3
> b c	5
> #total	8	2

=== --merge --sorted: unsorted input is an error
$ printf '1\tb\n1\ta\n' | ngram --merge --sorted
? 1
! ngram: standard input:2: input is not sorted by key

=== --sorted needs --merge, and not the whole-table columns
$ ngram --sorted </dev/null
? 2
! --sorted works only with --merge
$ ngram --merge --sorted --rank </dev/null
? 2
!*

=== --invalid=fail prints no partial table
$ printf 'a b\nc \377 d\n' | ngram --invalid=fail
? 1
!*

=== one job reads a huge line in bounded pieces, -j holds it whole: same counts
$ awk 'BEGIN { for (i = 0; i < 400000; i++) printf "ab cd "; print "" }' > $T/long
$ ngram -j 1 $T/long > $T/a
$ ngram -j 2 $T/long > $T/b
$ cmp $T/a $T/b && cat $T/a
> 400000	ab cd
> 399999	cd ab

=== modes exclude each other
$ ngram --stream --merge </dev/null
? 2
! exclude each other

=== table options do not apply to --stream
$ ngram --stream --format=csv </dev/null
? 2
$ ngram --stream --top=3 </dev/null
? 2
!*

=== --boundary needs --chars, --pad needs words
$ ngram --boundary </dev/null
? 2
! --boundary applies to --chars
$ ngram --chars --pad </dev/null
? 2
!*

=== -n up to 64
$ printf 'a b\n' | ngram -n 64
$ ngram -n 65 </dev/null
? 2
! must be 1 to 64

=== bad numbers are usage errors
$ ngram -n 0 </dev/null
? 2
! invalid value '0' for -n
$ ngram -n x </dev/null
? 2
!*
$ ngram --min-n=3 --max-n=2 </dev/null
? 2
! --min-n (3) is larger than --max-n (2)

# Input handling, shared with every tool.

=== --encoding
$ printf 'caf\351 ole\n' | ngram --encoding=latin1
> 1	café ole

=== --invalid=fail
$ printf 'a \377 b\n' | ngram --invalid=fail
? 1
! invalid UTF-8 input at byte 2

=== invalid input is replaced and reported by default
$ printf 'a \377 b\n' | ngram -w -n 1
> 1	a
> 1	b
! replaced with U+FFFD

=== an unreadable file is reported, the others still counted
$ printf 'a b\n' > $T/ok
$ ngram $T/nosuch $T/ok
> 1	a b
? 1
! nosuch: No such file or directory

=== several files are one stream, but a line never joins the next file
$ printf 'a b\n' > $T/1
$ printf 'c d\n' > $T/2
$ ngram $T/1 $T/2
> 1	a b
> 1	c d

=== a long line (over the record limit) still counts every n-gram
$ awk 'BEGIN { for (i = 0; i < 300000; i++) printf "ab cd "; print "" }' | ngram
> 300000	ab cd
> 299999	cd ab

=== write error
$ printf 'a b\n' | ngram > /dev/full
? 1
! write error

=== --help lists the options, --version
$ ngram --help | grep -c -e '--score=MEASURE' -e '--across-lines'
> 3
$ ngram --version | sed "1s/ $(cat "$TK_TOP/VERSION")\$/ VERSION/" | grep -v -e "^word segmentation: " -e "^stemming: " | sed -e 's/^Unicode [0-9][0-9.]* (character properties: .*)$/Unicode X.Y.Z (character properties: LIB)/' -e 's/^Unicode [0-9][0-9.]* (sentence/Unicode X.Y.Z (sentence/'
> ngram (textkit) VERSION
> Unicode X.Y.Z (character properties: LIB)
> Copyright (C) 2026 the textkit authors.
> License MIT: <https://opensource.org/license/mit>.
> This is free software: you are free to change and redistribute it.
> There is NO WARRANTY, to the extent permitted by law.

=== --split-contractions counts exactly what tokenize --split-contractions writes
$ tokenize --split-contractions -s sample-article.txt | ngram -n 3 > $T/want
$ ngram -n 3 --split-contractions sample-article.txt > $T/got
$ cmp $T/want $T/got && echo same
> same

=== -w: the words of a sentence end runs at every punctuation token
$ printf 'Yes, sir: the king (of Judah) said, Go.\n' | ngram -w
> 1	of judah
> 1	the king

=== --sep with a TAB: the TSV key escapes it (\t), --merge reads it back, --stream writes it raw
$ printf 'a b c a b\n' | ngram --sep="$(printf '\t')" > $T/t
$ cat $T/t
$ ngram --merge $T/t $T/t --format=jsonl
$ printf 'a b a b a c\nb a\n' | ngram --score=dice --sep="$(printf '\t')" | head -n 1
$ printf 'a b\n' | ngram --stream --sep="$(printf '\t')" | od -An -c | tr -s ' '
> 2	a\tb
> 1	b\tc
> 1	c\ta
> {"ngram":"a\tb","count":4}
> {"ngram":"b\tc","count":2}
> {"ngram":"c\ta","count":2}
> 0.8571	3	b\ta
>  a \t b \n

=== a lone "no." decides by the line after it, record by record and in blocks
$ awk 'BEGIN { for (i = 0; i < 200000; i++) printf "no.\nno.\n\nno.\n5 x\n" }' > $T/f
$ ngram -n 1 -j 1 $T/f; ngram -n 1 -j 2 $T/f; ngram -n 1 < $T/f
> 400000	no.
> 200000	.
> 200000	5
> 200000	no
> 200000	x
> 400000	no.
> 200000	.
> 200000	5
> 200000	no
> 200000	x
> 400000	no.
> 200000	.
> 200000	5
> 200000	no
> 200000	x
