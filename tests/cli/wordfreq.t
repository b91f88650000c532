# wordfreq: counting, selection, columns, formats, merge, scale-out.
# Expected lines use real TABs.

=== words are case-folded, ties in byte order
$ wordfreq
< The cat saw the CAT. the end
> 3	the
> 2	cat
> 1	end
> 1	saw

=== full Unicode case folding
$ wordfreq
< Straße STRASSE strasse ΣΊΣΥΦΟΣ σίσυφος
> 3	strasse
> 2	σίσυφοσ

=== --case-sensitive
$ wordfreq --case-sensitive
< The the THE the
> 2	the
> 1	THE
> 1	The

=== punctuation and symbols are not counted by default
$ wordfreq
< a , b ; a !
> 2	a
> 1	b

=== --all-tokens counts punctuation too
$ wordfreq --all-tokens
< a , b ; a !
> 2	a
> 1	!
> 1	,
> 1	;
> 1	b

=== --no-numbers
$ wordfreq --no-numbers
< 42 apples and 42 pears 7
> 1	and
> 1	apples
> 1	pears

=== --lines counts whole lines as they are, empty lines too
$ wordfreq --lines
< b line
< a line
<
< b line
< A Line
<
> 2	
> 2	b line
> 1	A Line
> 1	a line

=== --lines agrees with sort | uniq -c | sort -rn in uniq format
$ printf 'x\ny y\nx\nz\ny y\nx\n' > $T/in
$ wordfreq --lines --format=uniq $T/in > $T/a
$ sort $T/in | uniq -c | sort -k1,1nr -k2 > $T/b
$ cmp $T/a $T/b && cat $T/a
>       3 x
>       2 y y
>       1 z

=== --normalize=nfc composes keys
$ printf 'e\314\201t\303\251 \303\251t\303\251\n' | wordfreq --normalize=nfc
> 2	été

=== without --normalize, canonically equivalent keys stay apart
$ printf 'e\314\201t\303\251 \303\251t\303\251\n' | wordfreq | wc -l
> 2

=== --normalize=nfkc folds compatibility characters
$ printf '\357\254\201sh fish\n' | wordfreq --normalize=nfkc
> 2	fish

=== --normalize rejects an unknown form
$ wordfreq --normalize=nfx < /dev/null
? 2
! invalid
! nfkc

=== -n and --top
$ wordfreq -n 2
< a a a b b c
> 3	a
> 2	b

=== --top=2 is the same as -n 2
$ wordfreq --top=2
< a a a b b c
> 3	a
> 2	b

=== --top must be a positive number
$ wordfreq --top=0 < /dev/null
? 2
! --top

=== --top rejects garbage
$ wordfreq -n 3x < /dev/null
? 2
! --top

=== --min-count
$ wordfreq --min-count=2
< a a a b b c
> 3	a
> 2	b

=== --min-length counts characters, not bytes
$ wordfreq --min-length=3
< ab été abc x été
> 2	été
> 1	abc

=== --stopwords=en drops English function words
$ wordfreq --stopwords=en
< The cat and THE dog of the house
> 1	cat
> 1	dog
> 1	house

=== --stopwords=de matches case-folded forms
$ wordfreq --stopwords=de
< Der Hund UND die Katze für dich
> 1	hund
> 1	katze

=== every built-in list loads
$ for l in en de fr es it pt nl ru zh ja th; do echo x | wordfreq --stopwords=$l || echo FAIL $l; done
> 1	x
> 1	x
> 1	x
> 1	x
> 1	x
> 1	x
> 1	x
> 1	x
> 1	x
> 1	x
> 1	x

=== --stopwords=zh drops Chinese function words, simplified and traditional
~ ICU
$ wordfreq --stopwords=zh
< 我们的国家是美丽的地方。這個地方是我們的國家。
> 2	地方
> 1	国家
> 1	國家
> 1	美丽

=== --stopwords=ja drops Japanese particles and auxiliaries
~ MeCab
$ wordfreq --stopwords=ja
< 私は東京に住んでいます。東京の本でした。
> 2	東京
> 1	住ん
> 1	本

=== --stopwords=th drops Thai function words
~ libthai
$ wordfreq --stopwords=th
< เขาไปโรงเรียนและเรียนภาษาไทย
> 1	ภาษา
> 1	เรียน
> 1	โรงเรียน
> 1	ไทย

=== --stopwords=FILE, repeated, with comments and blank lines
$ printf '# my list\n\nCat\n  dog  \n' > $T/sw
$ echo 'cat dog bird the' | wordfreq --stopwords=$T/sw --stopwords=en
> 1	bird

=== --stopwords=./en reads a file even when named like a list
$ cd $T && printf 'cat\n' > en
$ echo 'cat the' | wordfreq --stopwords=./en
> 1	the

=== the compiled-in lists are generated from data/stopwords
$ "$TK_TOP/scripts/gen-stopwords" "$TK_TOP" | cmp - "$TK_TOP/lib/count/gen/stopword-lists.c" && echo up to date
> up to date

=== stop words are excluded from the totals
$ echo 'the cat the dog' | wordfreq --stopwords=en --freq --total
> 1	0.5	cat
> 1	0.5	dog
! wordfreq: total: 2 tokens, 2 types

=== an unreadable stop-word file is an error
$ echo a | wordfreq --stopwords=$T/missing
? 1
! missing

=== --key-first
$ wordfreq --key-first
< b a b
> b	2
> a	1

=== --freq --per-million --cumulative
$ wordfreq --freq --per-million --cumulative
< a a a b
> 3	0.75	750000.00	0.75	a
> 1	0.25	250000.00	1	b

=== --rank: equal counts share a rank
$ wordfreq --rank
< a a b b c d d d
> 1	3	d
> 2	2	a
> 2	2	b
> 4	1	c

=== --header names the columns in order
$ wordfreq --header --rank --freq --key-first
< a a b
> word	rank	count	freq
> a	1	2	0.666667
> b	2	1	0.333333

=== --merge --lines names the key "line" too
$ printf '2\ta b\n1\ta b\n' | wordfreq --merge --lines --header
> count	line
> 3	a b

=== --header in --lines mode names the key "line"
$ wordfreq --lines --header
< x
> count	line
> 1	x

=== --format=csv quotes commas and quotes per RFC 4180
$ wordfreq --lines --format=csv --header
< say "hi", ok
< plain
< say "hi", ok
> count,line
> 2,"say ""hi"", ok"
> 1,plain

=== --format=csv with every column
$ wordfreq --format=csv --rank --freq --per-million --cumulative --key-first
< a b a
> a,1,2,0.666667,666666.67,0.666667
> b,2,1,0.333333,333333.33,1

=== --format=json parses back, with escapes
$ printf 'a "q" \\ \001\nx\ty\nplain\nplain\n' | wordfreq --lines --format=json --freq --rank > $T/j
$ python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d)); print(d[0]); k=sorted(e["line"] for e in d[1:]); print(k[0] == "a \"q\" " + chr(92) + " " + chr(1), k[1] == "x" + chr(9) + "y")' $T/j
> 3
> {'line': 'plain', 'rank': 1, 'count': 2, 'freq': 0.5}
> True True

=== --format=json keeps non-ASCII as UTF-8
$ echo 'Ünïcödé ünïcödé Ελλάδα' | wordfreq --format=json
> [
> {"word":"ünïcödé","count":2},
> {"word":"ελλάδα","count":1}
> ]

=== --format=json on empty input is an empty array
$ wordfreq --format=json < /dev/null
> [
> ]

=== --format=uniq is uniq -c
$ wordfreq --format=uniq
< b a b
>       2 b
>       1 a

=== --format=uniq takes no extra columns
$ wordfreq --format=uniq --freq < /dev/null
? 2
! uniq

=== --format rejects an unknown format
$ wordfreq --format=xml < /dev/null
? 2
! json

=== --total prints totals to stderr
$ wordfreq --total
< a b a
> 2	a
> 1	b
! wordfreq: total: 3 tokens, 2 types

=== --total=line appends a #total line
$ wordfreq --total=line -n 1
< a b a
> 2	a
> #total	3	2

=== --total=line in JSON is a last object
$ echo 'a b a' | wordfreq --total=line --format=json | python3 -c 'import json,sys; print(json.load(sys.stdin)[-1])'
> {'#total': 3, 'types': 2}

=== --total rejects an unknown place
$ wordfreq --total=file < /dev/null
? 2
! stderr

=== empty input, tsv, prints nothing at all
$ wordfreq < /dev/null | wc -c
> 0

=== --merge sums count tables
$ printf '3\tthe\n1\tcat\n' > $T/a
$ printf '2\tcat\n1\tthe\n5\tdog\n' > $T/b
$ wordfreq --merge $T/a $T/b
> 5	dog
> 4	the
> 3	cat

=== --merge --key-first reads and writes KEY<TAB>COUNT
$ printf 'the\t3\ncat\t1\n' > $T/a
$ printf 'cat\t2\nthe\t1\n' > $T/b
$ wordfreq --merge --key-first $T/a $T/b
> the	4
> cat	3

=== --merge reads a raw TAB inside a key (a table from before keys were escaped) and writes it escaped
$ printf '1\ta\tb\n2\ta\tb\n' | wordfreq --merge
> 3	a\tb

=== --merge reports a malformed line with file and line number
$ printf '3\tthe\nbogus line\n1\tcat\n' > $T/a
$ wordfreq --merge $T/a
? 1
! a:2: not a COUNT<TAB>KEY line

=== --merge with --invalid=drop skips malformed lines with a warning
$ printf '3\tthe\nbogus line\n-1\tx\n1\tcat\n' > $T/a
$ wordfreq --merge --invalid=drop $T/a
> 3	the
> 1	cat
! a:2: not a COUNT<TAB>KEY line (dropped)
! a:3:

=== --merge line numbers restart in each file
$ printf '1\ta\n' > $T/a
$ printf '1\tb\nbad\n' > $T/b
$ wordfreq --merge $T/a $T/b
? 1
! b:2:

=== --merge detects a count over 64 bits
$ printf '18446744073709551616\tx\n' | wordfreq --merge
? 1
! 64 bits

=== --merge detects a sum over 64 bits
$ printf '18446744073709551615\tx\n1\tx\n' | wordfreq --merge
? 1
! 64 bits

=== --merge accepts the largest count
$ printf '18446744073709551614\tx\n1\tx\n' | wordfreq --merge
> 18446744073709551615	x

=== --merge refuses counting options
$ wordfreq --merge --case-sensitive < /dev/null
? 2
! --merge

=== --merge --sorted sums groups in key order
$ printf 'a\t1\na\t2\nb\t5\nc\t1\nc\t1\n' | wordfreq --merge --sorted --key-first
> a	3
> b	5
> c	2

=== --merge --sorted detects unsorted input
$ printf 'b\t1\na\t2\n' | wordfreq --merge --sorted --key-first
? 1
! standard input:2: input is not sorted by key

=== --merge --sorted keeps --min-count and --total=line
$ printf 'a\t1\na\t2\nb\t1\n' | wordfreq --merge --sorted --key-first --min-count=2 --total=line
> a	3
> #total	4	2

=== --merge --sorted after LC_ALL=C sort equals --merge
$ printf 'the cat the dog a cat the\n' | wordfreq --key-first > $T/a
$ printf 'dog a the zebra\n' | wordfreq --key-first > $T/b
$ cat $T/a $T/b | LC_ALL=C sort | wordfreq --merge --sorted --key-first | wordfreq --merge --key-first > $T/s
$ wordfreq --merge --key-first $T/a $T/b > $T/m
$ cmp $T/s $T/m && cat $T/m
> the	4
> a	2
> cat	2
> dog	2
> zebra	1

=== --sorted needs --merge
$ wordfreq --sorted < /dev/null
? 2
! --merge

=== --merge --sorted refuses whole-table columns
$ wordfreq --merge --sorted --rank < /dev/null
? 2
! whole table

=== -j 2 gives the same output as -j 1
$ wordfreq -j 1 sample-article.txt > $T/a
$ wordfreq -j 2 sample-article.txt > $T/b
$ wordfreq --jobs=3 < sample-article.txt > $T/c
$ cmp $T/a $T/b && cmp $T/a $T/c && echo same
> same

=== --jobs rejects 0
$ wordfreq --jobs=0 < /dev/null
? 2
! --jobs

=== --max-memory spills and gives the same output
$ awk 'BEGIN { for (i = 0; i < 120000; i++) print "w" i, "w" (i % 1000), "x" }' > $T/in
$ wordfreq $T/in > $T/a
$ TMPDIR=$T wordfreq --max-memory=1M $T/in > $T/b
$ cmp $T/a $T/b && head -3 $T/b && ls $T
> 120000	x
> 121	w0
> 121	w1
> a
> b
> in

=== --max-memory spills with -j and with --merge
$ awk 'BEGIN { for (i = 0; i < 120000; i++) print "w" i, "x" }' > $T/in
$ wordfreq --key-first $T/in > $T/a
$ wordfreq --max-memory=1M -j 2 --key-first $T/in > $T/b
$ wordfreq --max-memory=1M --merge --key-first $T/a $T/a > $T/c
$ wordfreq --merge --key-first $T/a $T/a > $T/d
$ cmp $T/a $T/b && cmp $T/c $T/d && echo same
> same

=== --max-memory below 1M is refused
$ wordfreq --max-memory=1000 < /dev/null
? 2
! --max-memory

=== --max-memory reports an unwritable temporary directory
$ awk 'BEGIN { for (i = 0; i < 100000; i++) print "w" i }' | TMPDIR=$T/nonexistent wordfreq --max-memory=1M
? 1
! temporary file

=== raw text and tokenized text give the same table
$ tokenize sample-article.txt | wordfreq > $T/a
$ wordfreq sample-article.txt > $T/b
$ cmp $T/a $T/b && echo same
> same

=== one huge line (over the record limit) counts every word
$ awk 'BEGIN { for (i = 0; i < 400000; i++) printf "word%d ", i % 7; print "end" }' > $T/in
$ wordfreq $T/in
> 57143	word0
> 57143	word1
> 57143	word2
> 57143	word3
> 57143	word4
> 57143	word5
> 57142	word6
> 1	end

=== one huge line in --lines mode is one key
$ awk 'BEGIN { for (i = 0; i < 300000; i++) printf "abcdefgh"; print "" }' > $T/in
$ cat $T/in $T/in | wordfreq --lines -j 2 | cut -c1-12
> 2	abcdefghab

=== invalid UTF-8 is replaced and reported
$ printf 'ok \377 ok\n' | wordfreq
> 2	ok
! wordfreq: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 3)

=== invalid UTF-8 under --invalid=fail: no table of part of the input
$ printf 'ok\n\377 ok\n' | wordfreq --invalid=fail
? 1
! byte 3

=== -z reads and writes NUL-terminated records
$ printf 'a b\000a\000' | wordfreq -z --lines | tr '\000' '\n'
> 1	a
> 1	a b

=== --encoding decodes legacy input
$ printf 'caf\351 CAF\311\n' | wordfreq --encoding=latin1
> 2	café

=== an unreadable operand is reported, the others counted
$ wordfreq $T/missing sample-article.txt | head -1
> 68	the
! missing

=== --help lists every option
$ wordfreq --help | grep -c -e '--'
>*

=== --version
$ wordfreq --version | sed "1s/ $(cat "$TK_TOP/VERSION")\$/ VERSION/" | grep -v -e "^word segmentation: " -e "^stemming: " | sed -e 's/^Unicode [0-9][0-9.]* (character properties: .*)$/Unicode X.Y.Z (character properties: LIB)/' -e 's/^Unicode [0-9][0-9.]* (sentence/Unicode X.Y.Z (sentence/'
> wordfreq (textkit) VERSION
> Unicode X.Y.Z (character properties: LIB)
> Copyright (C) 2026 the textkit authors.
> License MIT: <https://opensource.org/license/mit>.
> This is free software: you are free to change and redistribute it.
> There is NO WARRANTY, to the extent permitted by law.

=== a bad option is a usage error
$ wordfreq --bogus < /dev/null
? 2
! Try 'wordfreq --help'

=== a write error is reported
$ wordfreq sample-article.txt > /dev/full
? 1
! write error

=== tokens keep their clitics by default
$ printf "Don't l'économie reddy's Reddy sons' \n" | wordfreq
> 1	don't
> 1	l'économie
> 1	reddy
> 1	reddy's
> 1	sons'

=== --split-contractions: clitics apart, as tokenize cuts them
$ printf "Don't l'économie reddy's Reddy sons'\n" | wordfreq --split-contractions
> 2	reddy
> 1	's
> 1	do
> 1	l'
> 1	n't
> 1	sons
> 1	économie

=== --split-contractions counts exactly what tokenize --split-contractions writes
$ tokenize --split-contractions --casefold -w sample-article.txt | wordfreq --lines > $T/want
$ wordfreq --split-contractions sample-article.txt > $T/got
$ cmp $T/want $T/got && grep -q "^7	’s$" $T/got && echo same
> same

=== --split-contractions does not apply to --lines or --merge
$ wordfreq --split-contractions --lines </dev/null
? 2
! --split-contractions applies to tokens, not to --lines
$ wordfreq --split-contractions --merge </dev/null
? 2
! --split-contractions applies to tokens, not to --merge

=== --stopwords=fr with whole tokens: the elided article is taken off
$ printf "L'économie et l’économie, d'euros qu'il économie\n" | wordfreq --stopwords=fr
> 3	économie
> 1	euros

=== --stopwords=fr with --split-contractions: l' d' qu' are stop words
$ printf "L'économie et l’économie, d'euros qu'il économie\n" | wordfreq --stopwords=fr --split-contractions
> 3	économie
> 1	euros

=== --stopwords=en: clitics taken off whole tokens, a token of stop words skipped
$ printf "Russia's don't it’s we'll Russia parents'\n" | wordfreq --stopwords=en
> 2	russia
> 1	parents'

=== --stopwords=it: dell' nell' un' match inside and apart
$ printf "dell'anno nell'anno un'altra anno\n" | wordfreq --stopwords=it
> 3	anno
> 1	altra
$ printf "dell'anno nell'anno un'altra anno\n" | wordfreq --stopwords=it --split-contractions
> 3	anno
> 1	altra

=== a stop-word file with an apostrophe matches the curly one too
$ printf "l'\n" > $T/stop
$ printf "l’homme l'homme homme\n" | wordfreq --stopwords=$T/stop
> 3	homme

=== --format=jsonl: one JSON object a line, each parses alone
$ printf 'The cat, "the" CAT\\ the end\n' | wordfreq --all-tokens --format=jsonl --total=line --rank > $T/out
$ cat $T/out
$ python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]; print("ok")' $T/out
> {"word":"the","rank":1,"count":3}
> {"word":"\"","rank":2,"count":2}
> {"word":"cat","rank":2,"count":2}
> {"word":",","rank":4,"count":1}
> {"word":"\\","rank":4,"count":1}
> {"word":"end","rank":4,"count":1}
> {"#total":10,"types":6}
> ok

=== ngram --score and --by-doc take --format=jsonl too
$ cd $T && printf 'new york is big\nnew york is old\n' > a
$ ngram -w --score=pmi --format=jsonl --top=1 a
$ wordfreq --by-doc --format=jsonl --top=1 a
$ ngram -w --score=pmi --format=csv a
? 2
> {"ngram":"new york","score":2.0000,"count":2}
> {"doc":"a","word":"is","count":2}
! ngram: table format options do not apply to --score (but --format=jsonl)

=== TSV keys are escaped: TAB as \t, a backslash as \\ (linear TSV); a row is one line; ties in byte order of the keys (unescaped)
$ printf 'a\tb\na\\b\na\\tb\nx\ny\n' | wordfreq --lines > $T/out
$ cat $T/out
$ awk -F '\t' 'NF != 2 { print "bad: " $0 }' $T/out
> 1	a\tb
> 1	a\\b
> 1	a\\tb
> 1	x
> 1	y

=== -z: a LF inside a key is escaped as \n; a CR (only --merge can make one: input line ends become LF) as \r
$ printf 'a\nb\000a\nb\000' | wordfreq -z --lines | tr '\000' '|'
$ echo
$ printf '1\tc\\rd\n' | wordfreq --merge
$ printf '1\tc\\rd\n' | wordfreq --merge --format=jsonl
> 2	a\nb|
> 1	c\rd
> {"word":"c\rd","count":1}

=== --merge reads escaped keys back: the same table, the keys unescaped in JSON
$ printf 'a\tb\na\\b\na\\tb\nplain\nplain\n' > $T/in
$ wordfreq --lines $T/in > $T/t
$ wordfreq --merge --lines $T/t $T/t
$ wordfreq --merge --lines --format=jsonl $T/t
> 4	plain
> 2	a\tb
> 2	a\\b
> 2	a\\tb
> {"line":"plain","count":2}
> {"line":"a\tb","count":1}
> {"line":"a\\b","count":1}
> {"line":"a\\tb","count":1}

=== round trip: shards counted with --lines, merged, give the whole count (--key-first and --sorted too)
$ printf 'k%d\tv\\%d\n' 1 1 2 2 3 3 1 1 2 2 1 1 > $T/in
$ printf 'a\\tb\nback\\\\slash\\n\n' >> $T/in
$ head -n 4 $T/in > $T/s1; tail -n +5 $T/in > $T/s2
$ wordfreq --lines $T/in > $T/whole
$ wordfreq --lines $T/s1 > $T/c1; wordfreq --lines $T/s2 > $T/c2
$ wordfreq --merge --lines $T/c1 $T/c2 | cmp - $T/whole && echo merge ok
$ wordfreq --lines --key-first $T/s1 > $T/k1; wordfreq --lines --key-first $T/s2 > $T/k2
$ wordfreq --lines --key-first $T/in > $T/whole.k
$ wordfreq --merge --lines --key-first $T/k1 $T/k2 | cmp - $T/whole.k && echo key-first ok
$ cat $T/k1 $T/k2 | LC_ALL=C sort | wordfreq --merge --sorted --key-first --lines | LC_ALL=C sort -t "$(printf '\t')" -k2,2nr -k1,1 | cmp - $T/whole.k && echo sorted ok
$ wordfreq --merge --lines --format=json $T/whole | python3 -c 'import json,sys; print(sorted(e["line"] for e in json.load(sys.stdin)) == sorted(set(open(sys.argv[1]).read().split("\n")[:-1])))' $T/in
> merge ok
> key-first ok
> sorted ok
> True

=== --merge: a backslash before another byte stands for itself (tables written before escaping)
$ printf '2\ta\\b\n1\tc\\\n' | wordfreq --merge --format=jsonl
> {"word":"a\\b","count":2}
> {"word":"c\\","count":1}

=== --format=uniq writes keys raw, byte for byte as uniq -c
$ printf 'a\tb\na\\b\na\tb\n' > $T/in
$ wordfreq --lines --format=uniq $T/in > $T/a
$ LC_ALL=C sort $T/in | uniq -c | LC_ALL=C sort -k1,1nr -k2 > $T/b
$ cmp $T/a $T/b && echo same
> same

=== --by-doc and --reference escape their keys too
$ printf 'x\ty\nz\nz\n' > $T/d
$ wordfreq --lines --by-doc $T/d | sed "s|$T/||"
$ wordfreq --lines $T/d > $T/d.t
$ printf 'x\ty\nx\ty\nz\n' | wordfreq --lines --reference=$T/d.t --p-value=1 | cut -f 1,2,8
> d	2	z
> d	1	x\ty
> 2	1	x\ty
> 1	2	z

=== the installed stop-word lists (data/stopwords) are copies of the built-in ones: each as a FILE stops what the built-in list stops
$ for l in de en es fr it nl pt ru; do cat sample-article.txt ../../data/stopwords/$l.txt > $T/in; wordfreq --stopwords=$l $T/in > $T/a; wordfreq --stopwords=../../data/stopwords/$l.txt $T/in > $T/b; wordfreq $T/in > $T/c; cmp -s $T/a $T/b && ! cmp -s $T/a $T/c && echo $l same; done
> de same
> en same
> es same
> fr same
> it same
> nl same
> pt same
> ru same

=== a token longer than 4 MiB is counted in the pieces tokenize writes
$ awk 'BEGIN { for (i = 0; i < 500000; i++) printf "abcdefghij"; print " ab" }' > $T/long
$ wordfreq $T/long | awk -F'\t' '{ print $1, length($2) }'
$ wordfreq -j 2 $T/long > $T/j; tokenize $T/long 2>/dev/null | wordfreq > $T/t; wordfreq $T/long | cmp - $T/j && cmp $T/j $T/t && echo same
$ ngram -n 1 $T/long | cmp - $T/t && echo ngram same
> 1 2
> 1 4194304
> 1 805696
> same
> ngram same

=== a lone "no." decides by the line after it in every block of every job
$ awk 'BEGIN { for (i = 0; i < 200000; i++) printf "no.\nno.\n\nno.\n5 x\n" }' > $T/f
$ wordfreq -j 1 $T/f; wordfreq -j 2 $T/f; wordfreq -j 2 --max-memory=1M $T/f | sort -k2
> 400000	no.
> 200000	5
> 200000	no
> 200000	x
> 400000	no.
> 200000	5
> 200000	no
> 200000	x
> 200000	5
> 200000	no
> 400000	no.
> 200000	x
$ tokenize $T/f | sort | uniq -c | awk '{ print $1, $2 }'
> 200000 .
> 200000 5
> 200000 no
> 400000 no.
> 200000 x

=== the end of a file, a document or a record ends a lone "no." line
$ printf 'or\nno.\n' > $T/a; printf '5\n' > $T/b; wordfreq -j 2 $T/a $T/b; wordfreq --by-doc $T/a $T/b
> 1	5
> 1	no
> 1	or
>*
$ printf '{"text":"or\\nno.\\n"}\n{"text":"no.\\n5"}\n' | wordfreq --jsonl-in
> 2	no
> 1	5
> 1	or
