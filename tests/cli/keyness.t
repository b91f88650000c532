# wordfreq and ngram --reference: keyness against a reference table.
# The statistics are checked against an independent implementation in
# tests/compare/run-keyness; here the options, formats and errors.
# Expected lines use real TABs.

=== --reference: counts, signed G2, p, log ratio, %DIFF, chi2, key
$ cd $T && printf '57	word\n74943	other\n' > ref
$ printf '52	word\n49948	other\n' | wordfreq --merge --reference=$T/ref --p-value=1 --header
> target	reference	g2	p	log_ratio	pct_diff	chi2	word
> 52	57	2.65406	0.103286	0.452512	36.8421	2.6996	word
> 49948	74943	-2.65406	0.103286	-0.000404319	-0.0280213	2.6996	other

=== --reference counts the input text as wordfreq does, and keeps p < 0.05
$ cd $T && printf '1000	the\n5	cat\n' > ref
$ printf 'cat cat cat cat cat cat cat cat the the\n' | wordfreq --reference=$T/ref
> 8	5	66.1167	4.25008e-16	7.32912	15980	494.974	cat
> 2	1000	-66.1167	4.25008e-16	-2.31473	-79.9	494.974	the

=== --positive, --negative, --top per direction
$ cd $T && printf '100	a\n100	b\n100	c\n1	x\n1	y\n' > ref
$ printf '1	a\n1	b\n100	x\n90	y\n' > tgt
$ wordfreq --merge --reference=ref --positive tgt | cut -f8
$ wordfreq --merge --reference=ref --negative --top=1 tgt | cut -f8
$ wordfreq --merge --reference=ref --top=1 tgt | cut -f8
> x
> y
> c
> x
> c

=== --sort=log-ratio orders by the effect size; --bonferroni; --yates
$ cd $T && printf '1000	a\n1	b\n1000	c\n' > ref
$ printf '2000	a\n30	b\n1	c\n' > tgt
$ wordfreq --merge --reference=ref --positive --sort=log-ratio tgt | cut -f8
$ wordfreq --merge --reference=ref --positive --sort=g2 tgt | cut -f8
$ wordfreq --merge --reference=ref --bonferroni --p-value=1e-20 tgt | cut -f8
$ wordfreq --merge --reference=ref --yates --positive tgt | cut -f7,8
> b
> a
> a
> b
> a
> c
> 1242.36	a
> 25.0695	b

=== --format=csv and json, --key-first
$ cd $T && printf '10	a,b\n5	c\n' > ref
$ printf '1	a,b\n50	c\n' | wordfreq --merge --reference=ref --format=csv --header
$ printf '1	a,b\n50	c\n' | wordfreq --merge --reference=ref --format=json --positive
$ printf 'c	50\n' | wordfreq --merge --key-first --reference=/dev/null --reference-size=10 --positive --p-value=1
> target,reference,g2,p,log_ratio,pct_diff,chi2,word
> 50,5,30.5347,3.27941e-08,1.55639,194.118,34.9412,c
> 1,10,-30.5347,3.27941e-08,-5.08746,-97.0588,34.9412,"a,b"
> [
> {"word":"c","target":50,"reference":5,"g2":30.5347,"p":3.27941e-08,"log_ratio":1.55639,"pct_diff":194.118,"chi2":34.9412}
> ]
> c	50	0	54.0673	1.93734e-13	4.32193	1e+20	60

=== ngram --reference compares n-gram tables
$ cd $T && printf 'the cat\nthe cat\nthe dog\n' | ngram -n 2 > ref
$ printf 'the dog\nthe dog\nthe dog\nthe dog\nthe dog\nthe dog\n' | ngram -n 2 --reference=ref --p-value=1 | cut -f1,2,8
> 6	1	the dog
> 0	2	the cat

=== the reference table must be readable and well formed
$ cd $T && printf '3	a\nbad line\n' > bad
$ echo a | wordfreq --reference=nonexistent; echo "status $?"
$ echo a | wordfreq --reference=bad; echo "status $?"
$ echo a a a a a a b | wordfreq --reference=bad --invalid=drop --p-value=1 | cut -f8; echo "status $?"
> status 1
> status 1
> b
> a
> status 0
! wordfreq: nonexistent: No such file or directory
! wordfreq: bad:2: not a COUNT<TAB>KEY line
! wordfreq: bad:2: not a COUNT<TAB>KEY line (dropped)

=== an empty side, or a size smaller than its table, is an error
$ cd $T && printf '3	a\n' > ref && : > empty
$ wordfreq --reference=ref < /dev/null; echo "status $?"
$ echo a | wordfreq --reference=empty; echo "status $?"
$ echo a | wordfreq --reference=ref --reference-size=2; echo "status $?"
> status 1
> status 1
> status 1
! wordfreq: the target is empty: nothing to compare
! wordfreq: the reference table is empty: nothing to compare
! wordfreq: --reference-size is smaller than the sum of its table

=== keyness options need --reference, and --reference its own columns
$ wordfreq --p-value=0.01 < /dev/null
$ wordfreq --reference=x --format=uniq < /dev/null
$ wordfreq --reference=x --rank < /dev/null
$ wordfreq --reference=x --max-memory=10M < /dev/null
$ wordfreq --reference=x --p-value=0 < /dev/null
$ wordfreq --reference=x --sort=size < /dev/null
$ ngram --reference=x --score=pmi < /dev/null
? 2
! wordfreq: --p-value, --bonferroni, --positive, --negative, --sort, --yates and the sizes need --reference
! Try 'wordfreq --help' for more information.
! wordfreq: --reference prints its own columns: no --format=uniq, --freq, --per-million, --rank, --cumulative or --total=line
! Try 'wordfreq --help' for more information.
! wordfreq: --reference prints its own columns: no --format=uniq, --freq, --per-million, --rank, --cumulative or --total=line
! Try 'wordfreq --help' for more information.
! wordfreq: --reference needs the whole table in memory: no --max-memory or --sorted
! Try 'wordfreq --help' for more information.
! wordfreq: --p-value must be above 0
! Try 'wordfreq --help' for more information.
! wordfreq: invalid value 'size' for --sort; valid values are: 'g2', 'log-ratio', 'pct-diff', 'chi2'
! ngram: --reference compares counts: not with --score
