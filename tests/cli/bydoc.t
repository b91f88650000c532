# wordfreq and ngram --by-doc: each FILE one document, tidy
# DOC<TAB>COUNT<TAB>KEY rows.  Expected lines use real TABs.

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
