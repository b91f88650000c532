# wordfreq and ngram --by-doc: each FILE, each line or -z record, or each
# JSON Lines object (--jsonl-in) one document; tidy DOC<TAB>COUNT<TAB>KEY
# rows.  Expected lines use real TABs.

=== --by-doc: one table per operand, the operand first on each row
$ cd $T && printf 'the cat sat\nthe dog\n' > d1 && printf 'a dog and a dog\n' > d2
$ wordfreq --by-doc --header d1 d2
> doc	count	word
> d1	2	the
> d1	1	cat
> d1	1	dog
> d1	1	sat
> d2	2	a
> d2	2	dog
> d2	1	and

=== the documents' counts together are the plain count (wordfreq, ngram, -j)
$ cd $T && printf 'The cat sat. The dog ran!\n' > d1 && printf 'A dog, and a DOG.\nthe end\n' > d2 && cp $TK_TOP/tests/data/sample-article.txt d3
$ wordfreq --by-doc d1 d2 d3 | cut -f2- | wordfreq --merge > by
$ wordfreq d1 d2 d3 > plain; cmp by plain && echo same
$ ngram -w -n 2 --by-doc -j 2 d1 d2 d3 | cut -f2- | ngram --merge > by
$ ngram -w -n 2 d1 d2 d3 > plain; cmp by plain && echo same
$ wordfreq --by-doc -j 2 d3 > j2; wordfreq --by-doc -j 1 d3 > j1; cmp j1 j2 && echo same
> same
> same
> same

=== each document's rows are its table counted alone (wordfreq keeps mapped forms, ngram units, from one document to the next)
$ cd $T && printf 'Stra\303\237e STRASSE \303\211T\303\211 \303\251t\303\251 Running\n\316\243\316\231\316\243\316\245\316\246\316\237\316\243 The the runs\n' > u1 && printf '\303\251t\303\251 \303\211T\303\211 strasse, The end. THE END\n' > u2 && printf '\357\254\201ne \303\211T\303\211 STRASSE\n' > u3
$ for o in '' '--normalize=nfkc' '--stopwords=en --stem=english' '--case-sensitive'; do for f in u1 u2 u3 u1; do wordfreq $o $f | awk -v f=$f '{print f "\t" $0}'; done > each; wordfreq $o --by-doc u1 u2 u3 u1 > by; cmp each by && echo same; done
$ for f in u1 u2 u3 u1; do ngram -w $f | awk -v f=$f '{print f "\t" $0}'; done > each; ngram -w --by-doc u1 u2 u3 u1 > by; cmp each by && echo same
> same
> same
> same
> same
> same

=== ngram --by-doc reports a document from its n-grams sorted as tuples of units where it can (one job, orders up to 4, a separator of one byte below every byte of the units): the same rows as each document counted alone, where it can and where it cannot
$ cd $T && split -l 7 $TK_TOP/tests/data/sample-article.txt art. && printf 'a\\b c\\d a\\b c\\d\nx\001y z x\001y z\n\302\240nbsp a_b a-b a_b A-B\n' > odd && printf 'Stra\303\237e STRASSE \303\211T\303\211 \303\251t\303\251 Running the the\n' > u1 && ls art.* > list && echo odd u1 >> list
$ for o in '' '-w' '-n 1' '-n 3' '--min-n 1 --max-n 4' '-n 5' '--min-n 2 --max-n 6' '-w --pad' '-w --sep=_' "--sep=$(printf '\t')" '--sep=\' '--sep=--' '--sep=' '-c -n 3' '-c --boundary' '--case-sensitive -n 3' '-w --top=3' '-w --min-count=2 --freq --rank --cumulative' '-w --per-million --key-first' '-w --skip-punct' '-w --split-contractions' '--total'; do for f in $(cat list); do ngram $o $f | awk -v f=$f '{print f "\t" $0}'; done > each 2>/dev/null; ngram $o -j 1 --by-doc $(cat list) > by 2>/dev/null; cmp -s each by || echo "differs: $o"; done; echo done
$ for f in $(cat list); do ngram -w -n 3 --format=csv $f | awk -v f=$f '{print f "," $0}'; done > each; ngram -w -n 3 --format=csv --by-doc $(cat list) > by; cmp each by && echo same
$ ngram -w --by-doc -j 2 art.* > j2; ngram -w --by-doc -j 1 art.* > j1; cmp j1 j2 && echo same
> done
> same
> same

=== ngram: documents as lines, -z records and JSON Lines give each its table counted alone too
$ cd $T && head -12 $TK_TOP/tests/data/sample-article.txt | grep . > lines && i=0 && while IFS= read -r l; do i=$((i+1)); printf '%s\n' "$l" | ngram -w | awk -v f=$i '{print f "\t" $0}'; done < lines > each
$ ngram -w --by-doc=line lines > by; cmp each by && echo same
$ tr '\n' '\0' < lines | ngram -w -z --by-doc=record | tr '\0' '\n' > by; cmp each by && echo same
$ awk '{gsub(/\\/, "\\\\"); gsub(/"/, "\\\""); print "{\"id\":\"" NR "\",\"text\":\"" $0 "\"}"}' lines | ngram -w --jsonl-in --by-doc > by; cmp each by && echo same
> same
> same
> same

=== per-document filters: --top, --min-count, --stopwords apply to each document
$ cd $T && printf 'a a a b b c the\n' > d1 && printf 'x x y the the\n' > d2
$ wordfreq --by-doc --top=1 d1 d2
$ wordfreq --by-doc --min-count=2 --stopwords=en d1 d2
> d1	3	a
> d2	2	the
> d1	2	b
> d2	2	x

=== standard input is the document "-"; CSV quotes an id that needs it
$ cd $T && echo 'b b' > 'x,y'
$ echo 'a' | wordfreq --by-doc - 'x,y' --format=csv --key-first
> -,a,1
> "x,y",b,2

=== an id that TSV escapes or CSV quotes is so on every row; a plain one is written as it is
$ cd $T && printf 'a b a\n' > 'p\q' && printf 'c\n' > 'say "hi"' && printf 'e\n' > 'x,y' && printf 'd\n' > plain
$ wordfreq --by-doc 'p\q' 'say "hi"' 'x,y' plain
$ wordfreq --by-doc --format=csv 'p\q' 'say "hi"' 'x,y' plain
$ ngram -n 1 --by-doc --format=jsonl 'p\q' plain
> p\\q	2	a
> p\\q	1	b
> say "hi"	1	c
> x,y	1	e
> plain	1	d
> p\q,2,a
> p\q,1,b
> "say ""hi""",1,c
> "x,y",1,e
> plain,1,d
> {"doc":"p\\q","ngram":"a","count":2}
> {"doc":"p\\q","ngram":"b","count":1}
> {"doc":"plain","ngram":"d","count":1}

=== an operand whose name holds a tab cannot be an id
$ cd $T && echo 'a' > "$(printf 'x\ty')" && echo b > ok
$ wordfreq --by-doc "$(printf 'x\ty')" ok; echo "status $?"
> ok	1	b
> status 1
! a document id cannot hold a tab or a line break; skipped

=== --by-doc excludes what would not make one table of rows
$ wordfreq --by-doc --format=json < /dev/null
$ wordfreq --by-doc --total=line < /dev/null
$ wordfreq --by-doc --merge < /dev/null
$ wordfreq --by-doc --reference=x < /dev/null
$ ngram --by-doc --stream < /dev/null
? 2
! wordfreq: --by-doc writes one table of rows: use --format=tsv, csv or jsonl, without --total=line
! wordfreq: --by-doc counts text: not with --merge or --reference
! ngram: --by-doc counts tables: not with --stream

=== --keywords: each document's top keys by tf-idf (scikit-learn's default weights)
$ cd $T && echo 'the cat sat on the mat' > k1 && echo 'the dog ate the bone' > k2 && echo 'the cat and the dog' > k3
$ wordfreq --by-doc --keywords=2 --header k1 k2 k3
> doc	tfidf	count	df	word
> k1	0.529657	2	3	the
> k1	0.448394	1	1	mat
> k2	0.592567	2	3	the
> k2	0.501651	1	1	ate
> k3	0.626747	2	3	the
> k3	0.530587	1	1	and

=== --keywords with --stopwords, --tf=log --idf=inverse --norm=none
$ cd $T && echo 'the cat sat on the mat' > k1 && echo 'the dog ate the bone' > k2 && echo 'the cat and the dog' > k3
$ wordfreq --by-doc --keywords=1 --stopwords=en k1 k2 k3
$ wordfreq --by-doc --keywords=1 --tf=log --idf=inverse --norm=none k1 k2 k3
> k1	0.622766	1	1	mat
> k2	0.622766	1	1	ate
> k3	0.707107	1	2	cat
> k1	0.477121	1	1	mat
> k2	0.477121	1	1	ate
> k3	0.477121	1	1	and

=== --dispersion: range, Gries's DP and DP_norm, Juilland's D over the documents
$ cd $T && echo 'the cat sat on the mat' > k1 && echo 'the dog ate the bone' > k2 && echo 'the cat and the dog' > k3
$ wordfreq --by-doc --dispersion --header --top=4 k1 k2 k3
> count	range	dp	dp_norm	d	word
> 6	3	0.0416667	0.0606061	0.941176	the
> 2	2	0.3125	0.454545	0.49384	cat
> 2	2	0.375	0.545455	0.5	dog
> 1	1	0.6875	1	0	and

=== --keywords and --dispersion need --by-doc and their own columns
$ wordfreq --keywords=3 < /dev/null
$ wordfreq --by-doc --keywords=3 --dispersion < /dev/null
$ wordfreq --by-doc --tf=log < /dev/null
$ wordfreq --by-doc --dispersion --rank < /dev/null
$ wordfreq --by-doc --keywords=0 < /dev/null
? 2
! wordfreq: --keywords and --dispersion need --by-doc
! wordfreq: --keywords and --dispersion exclude each other
! wordfreq: --tf, --idf and --norm go with --keywords
! wordfreq: --keywords and --dispersion print their own columns

=== --keywords and --dispersion escape TSV keys (a TAB as \t)
$ printf 'x\ty\nz\n' > $T/d1; printf 'x\ty\nq\n' > $T/d2
$ cd $T && wordfreq --lines --by-doc --dispersion d1 d2 | head -n 1
$ cd $T && wordfreq --lines --by-doc --keywords=2 d1 | cut -f 1,5
> 2	2	0	0	1	x\ty
> d1	x\ty
> d1	z

=== --by-doc=line: each line a document, its id the line number in the input as one stream; a blank line is no document
$ cd $T && printf 'the cat\n\nthe dog\n' > a && printf 'a dog\n' > b
$ wordfreq --by-doc=line --header a b
> doc	count	word
> 1	1	cat
> 1	1	the
> 3	1	dog
> 3	1	the
> 4	1	a
> 4	1	dog

=== --by-doc=record with -z: each NUL-ended record a document (record and line are one unit)
$ printf 'x y\0\0y z\0' | wordfreq -z --by-doc=record --format=csv | tr '\0' '|'; echo
$ printf 'x y\ny z\n' | ngram --by-doc=line
> 1,1,x|1,1,y|3,1,y|3,1,z|
> 1	1	x y
> 2	1	y z

=== records: the documents' counts together are the plain count (wordfreq, ngram, -z)
$ wordfreq --by-doc=line sample-article.txt | cut -f2- | wordfreq --merge > $T/by
$ wordfreq sample-article.txt > $T/plain; cmp $T/by $T/plain && echo same
$ ngram -w --by-doc=record sample-article.txt | cut -f2- | ngram --merge > $T/by
$ ngram -w sample-article.txt > $T/plain; cmp $T/by $T/plain && echo same
$ tr '\n' '\0' < sample-article.txt | wordfreq -z --by-doc=record | tr '\0' '\n' | cut -f2- | wordfreq --merge > $T/by
$ wordfreq sample-article.txt > $T/plain; cmp $T/by $T/plain && echo same
> same
> same
> same

=== records give the same --keywords and --dispersion as one file per document
$ cd $T && echo 'the cat sat on the mat' > 1 && echo 'the dog ate the bone' > 2 && echo 'the cat and the dog' > 3 && cat 1 2 3 > all
$ wordfreq --by-doc --keywords=3 1 2 3 > files; wordfreq --by-doc=line --keywords=3 all > lines; cmp files lines && echo same
$ ngram --by-doc --dispersion 1 2 3 > files; ngram --by-doc=line --dispersion all > lines; cmp files lines && echo same
> same
> same

=== --jsonl-in: the text member of each JSON object, counted as the same text in a file would be
$ cd $T && printf '{"id": "a", "text": "The cat\\nsat. On the mat"}\n{"text": "A dog\\r\\nran\\rhome", "n": [1, {"text": 2}]}\n' > in.jsonl
$ printf 'The cat\nsat. On the mat\nA dog\nran\nhome\n' > in.txt
$ wordfreq --jsonl-in in.jsonl > j; wordfreq in.txt > t; cmp j t && echo same
$ ngram --jsonl-in in.jsonl > j; ngram in.txt > t; cmp j t && echo same
$ ngram --jsonl-in --stream in.jsonl
> same
> same
> the cat
> sat .
> on the
> the mat
> a dog

=== --jsonl-in --by-doc: each object a document, its id the id member (a string or a number) or else the line number
$ printf '{"id":"x","text":"b a b"}\n\n{"text":"c"}\n{"id":7,"text":"d"}\n{"id":null,"text":"e"}\n' | wordfreq --jsonl-in --by-doc
> x	2	b
> x	1	a
> 3	1	c
> 7	1	d
> 5	1	e

=== --jsonl-in=NAME and --jsonl-id=NAME name the members; escapes are decoded
$ printf '{"key":"k1","body":"\\u00e9t\\u00e9 \\u00c9T\\u00c9 caf\\u00e9","text":"no"}\n' | wordfreq --jsonl-in=body --jsonl-id=key --by-doc --format=jsonl
> {"doc":"k1","word":"été","count":2}
> {"doc":"k1","word":"café","count":1}

=== --jsonl-in --by-doc=file: each FILE of JSON Lines one document
$ cd $T && echo '{"text":"a b"}' > j1 && printf '{"text":"b"}\n{"text":"b c"}\n' > j2
$ wordfreq --jsonl-in --by-doc=file j1 j2
> j1	1	a
> j1	1	b
> j2	2	b
> j2	1	c

=== --jsonl-in: an invalid line is an error with its place: exit 1 and no table (--by-doc: the documents before it stay)
$ printf '{"text":"a"}\n{"text": "b",}\n{"text":"c"}\n' | wordfreq --jsonl-in; echo "status $?"
$ printf '{"text":"a"}\n{"text": 5}\n{"text":"c"}\n' | wordfreq --jsonl-in --by-doc; echo "status $?"
$ printf '{"text":"a"}\n[1]\n' | wordfreq --jsonl-in --by-doc --keywords=1; echo "status $?"
> status 1
> 1	1	a
> status 1
> status 1
! wordfreq: standard input:2: not a JSON object (at byte 13) (--invalid=drop skips such lines)
! wordfreq: standard input:2: member "text" is not a string (--invalid=drop skips such lines)
! wordfreq: standard input:2: not a JSON object (at byte 0)

=== --jsonl-in --invalid=drop: invalid lines are skipped with a warning each and a count
$ cd $T && printf '{"text":"a"}\nnot json\n{"id":[1],"text":"b"}\n{"id":"q"}\n{"id":"x\\ty","text":"c"}\n{"text":"d"}\n' > bad.jsonl
$ wordfreq --jsonl-in --by-doc --invalid=drop bad.jsonl; echo "status $?"
> 1	1	a
> 6	1	d
> status 0
! wordfreq: bad.jsonl:2: not a JSON object (at byte 0) (dropped)
! wordfreq: bad.jsonl:3: member "id" is not a string or a number (dropped)
! wordfreq: bad.jsonl:4: no member "text" (dropped)
! wordfreq: bad.jsonl:5: the id in "id" holds a tab, a line break or NUL (dropped)
! wordfreq: 4 invalid JSON lines dropped

=== --by-doc=record: with no document, the header alone
$ wordfreq --by-doc=line --header < /dev/null
$ printf '\n\n' | ngram --by-doc=record --header --format=csv
> doc	count	word
> doc,count,ngram

=== --jsonl-in, --jsonl-id and --by-doc=UNIT: usage errors
$ wordfreq --jsonl-id=x < /dev/null
$ wordfreq --jsonl-in --merge < /dev/null
$ ngram --jsonl-in= < /dev/null
$ wordfreq --by-doc=para < /dev/null
? 2
! wordfreq: --jsonl-id goes with --jsonl-in
! wordfreq: --jsonl-in reads text: not with --merge
! ngram: --jsonl-in=NAME: NAME is empty
! wordfreq: invalid value 'para' for --by-doc; valid values are: 'file', 'record', 'line'
