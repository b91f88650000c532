# --stem=LANG in tokenize, wordfreq and ngram (Snowball stemmers through
# libstemmer).  The cases that need libstemmer run only where
# `tokenize --version` says so; tests/stem/run-stem checks Snowball's
# whole published vocabularies.

=== tokenize --stem: tokens folded, then words and numbers stemmed
~ stemming: libstemmer
$ tokenize -s --stem=english
< Running RUNS, the Caresses of 3 ponies: https://x.org/Running
> run run , the caress of 3 poni : https://x.org/running

=== tokenize --stem takes an ISO 639 code, and NFD input
~ stemming: libstemmer
$ printf 'CAFE\314\201S Kätzchen\n' | tokenize -s --stem=fr
> caf kätzchen

=== tokenize --stem with --lower
~ stemming: libstemmer
$ tokenize --lower --stem=german
< Häuser
> haus

=== tokenize --stem=russian
~ stemming: libstemmer
$ tokenize -s --stem=russian
< Красивые книги
> красив книг

=== --stem=list lists the languages
~ stemming: libstemmer
$ tokenize --stem=list | grep -x -e english -e russian
> english
> russian

=== --stem: an unknown language is a usage error that lists them
~ stemming: libstemmer
$ tokenize --stem=klingon < /dev/null
? 2
! invalid value 'klingon' for --stem: no such stemmer; the languages: arabic,

=== --stem in a build without libstemmer: exit 1 with a message
~! stemming: libstemmer
$ tokenize --stem=english < /dev/null
? 1
! tokenize: --stem: this build has no stemmer

=== --version names the stemmer
$ tokenize --version | grep -c '^stemming: '
> 1

=== wordfreq --stem counts stems
~ stemming: libstemmer
$ wordfreq --stem=english
< The runners were running; having run, they ran.
< Running is fun
> 3	run
> 1	fun
> 1	have
> 1	is
> 1	ran
> 1	runner
> 1	the
> 1	they
> 1	were

=== wordfreq --stem: stop words go before stemming (having -> have stays)
~ stemming: libstemmer
$ printf 'have\n' > $T/stop
$ wordfreq --stem=english --stopwords=$T/stop
< having had have HAVE
> 1	had
> 1	have

=== wordfreq --stem in threads equals one thread
~ stemming: libstemmer
$ for i in $(seq 3000); do echo "Running runners ran $i"; done > $T/in
$ wordfreq --stem=en -j 1 $T/in > $T/a
$ wordfreq --stem=en -j 3 $T/in > $T/b
$ cmp $T/a $T/b && head -2 $T/a
> 3000	ran
> 3000	run

=== wordfreq --stem with --stopwords=en and --min-length on the stem
~ stemming: libstemmer
$ wordfreq --stem=en --stopwords=en --min-length=4
< the runners are running and the dogs ran
> 1	runner

=== wordfreq --stem is not for --lines, --merge or --case-sensitive
~ stemming: libstemmer
| for o in --lines --merge --case-sensitive
$ wordfreq --stem=english {o} < /dev/null
? 2
! --stem stems case-folded words: not with {o}

=== ngram --stem counts n-grams of stems
~ stemming: libstemmer
$ ngram --stem=english -n 2 -w
< The runners were running
< the RUNNER was running
> 2	the runner
> 1	runner was
> 1	runner were
> 1	was run
> 1	were run

=== ngram --stem --stream
~ stemming: libstemmer
$ ngram --stem=english --stream -n 1
< Ponies running
> poni
> run

=== ngram --stem is not for --chars, --merge or --case-sensitive
~ stemming: libstemmer
| for o in --chars --merge --case-sensitive
$ ngram --stem=english {o} < /dev/null
? 2
! --stem stems case-folded words: not with {o}

=== wordfreq --stem-surface prints each stem's most frequent form
~ stemming: libstemmer
$ wordfreq --stem=english --stem-surface
< Ponies pony ponies running runs run run RUNS
> 5	run
> 3	ponies

=== wordfreq --stem-surface: ties go to the first form in byte order; -j 3 agrees
~ stemming: libstemmer
$ for i in $(seq 2000); do echo "Runs running $i"; done > $T/in
$ wordfreq --stem=en --stem-surface -n 1 -j 1 $T/in
$ wordfreq --stem=en --stem-surface -n 1 -j 3 $T/in
> 4000	running
> 4000	running

=== wordfreq --stem-surface needs --stem, and not --max-memory
$ wordfreq --stem-surface < /dev/null
? 2
! --stem-surface needs --stem
