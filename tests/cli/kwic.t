# kwic: keyword in context.  Every option; contexts in display columns
# (CJK, emoji, combining marks); documents; the sort orders.  The common
# matrix (all-tools.t, bad-input.t) runs kwic with the PATTERN of its
# line in tests/cli/programs.  tests/compare/run-kwic checks the hits
# against grep -ow counts, the keyword column against an independent
# width count, and the sorts against Python's.

=== one word, case-folded: every hit with the text around it, the keywords in one column
$ kwic -w 20 beginning kjv-excerpt.txt
> excerpt] 1:1 In the beginning God created the hea
> to Bethlehem in the beginning of barley harvest. 
> ter end than at the beginning, inasmuch as thou f
> t David. 1:1 In the beginning was the Word, and t
> The same was in the beginning with God. 1:3 All t

=== the keyword is shown as written; the context crosses line breaks (as one space) but not files
$ kwic --width=12 the
< THE end of one line
< and The start of
< the next.
>             THE end of one 
> ne line and The start of th
> he start of the next.

=== -w sets the columns of each context; the left one is padded to them
$ kwic -w 6 cat
< a cat
< the black cat sat on the mat
>     a cat the b
> black cat sat o

=== --tokens=N: at most N words each side (punctuation between them comes along), and at most the width
$ kwic -w 20 --tokens=2 God kjv-excerpt.txt | head -n 4
$ kwic -w 8 --tokens=3 God kjv-excerpt.txt | head -n 2
>       the beginning God created the
>           Spirit of God moved upon
>             1:3 And God said, Let
>             1:4 And God saw the
> ginning God created
> irit of God moved u

=== --case-sensitive tells 'Lord' from 'LORD'
$ kwic -w 10 --case-sensitive Lord kjv-excerpt.txt
$ kwic -w 10 --case-sensitive LORD kjv-excerpt.txt | head -n 2
$ kwic -w 10 lord kjv-excerpt.txt | wc -l
> ay of the Lord, as said 
>  that the LORD God made 
> : for the LORD God had n
> 52

=== folding is full Unicode case folding, as wordfreq's
$ cat > $T/in
$ kwic -w 8 straße $T/in
$ kwic -w 8 --case-sensitive straße $T/in
< Die STRASSE und die Straße, die strasse.
>     Die STRASSE und die
> und die Straße, die st
> ße, die strasse.

=== --regex: a POSIX ERE on the whole folded token
$ kwic -w 15 --regex 'light(s|ed)?' kjv-excerpt.txt | head -n 3
$ kwic -w 6 --regex 'l.*t'
< Light, lit, LIGHTS, alight.
> , Let there be light: and there was
>  and there was light. 1:4 And God s
> nd God saw the light, that it was g
>       Light, lit,
> ight, lit, LIGH

=== --regex works on the bytes of UTF-8: . is one byte
$ cat > $T/in
$ kwic -w 4 --regex 'caf.' $T/in
$ kwic -w 4 --regex 'caf..' $T/in
< cafe café
>     cafe caf
> afe café

=== --phrase: several tokens in a row, across a line break; occurrences may overlap
$ kwic -w 20 --phrase 'in the beginning' kjv-excerpt.txt
$ printf 'a a a\n' | kwic -w 3 --phrase 'a a'
> le: an excerpt] 1:1 In the beginning God created the hea
> y came to Bethlehem in the beginning of barley harvest. 
> se begat David. 1:1 In the beginning was the Word, and t
> d. 1:2 The same was in the beginning with God. 1:3 All t
>    a a a
>  a a a

=== --phrase with --regex: one expression per word
$ kwic -w 10 --phrase --regex 'the (lord|word)' kjv-excerpt.txt | head -n 4
>  day that the LORD God made 
> grew: for the LORD God had n
> . 2:7 And the LORD God forme
> . 2:8 And the LORD God plant

=== --phrase tokenizes the pattern as the text: punctuation is a token of its own
$ cat > $T/in
$ kwic -w 6 --phrase 'a plan,' $T/in
$ kwic -w 6 --phrase 'a plan' $T/in
< A man, a plan, a canal: Panama.
>  man, a plan, a can
>  man, a plan, a ca

=== --stem=LANG matches the stems of words
~ libstemmer
$ kwic -w 10 --stem=english running
< They run. He runs; running is fun.
< Ran away. Runner!
>      They run. He runs;
> y run. He runs; running 
>  He runs; running is fun. R

=== --stem=list lists the languages
~ libstemmer
$ kwic --stem=list | grep -x -e english -e russian
> english
> russian

=== --sort=key sorts by the folded keyword (stable: text order among equals)
$ kwic -w 8 --sort=key --regex 'b.*'
< bee Bay bee BAY ant bay bee
>     bee Bay bee BAY
> Bay bee BAY ant bay
> BAY ant bay bee
>         bee Bay bee
> bee Bay bee BAY ant
> ant bay bee

=== --sort=1L, 2L, 3L: by the keyword, then the 1st/2nd/3rd word to the left (none first)
$ cat > $T/in; for s in 1L 2L 3L; do echo "-- $s"; kwic -w 12 --sort=$s x $T/in; done
< c b a x. b c a x. a a c x. x. c c b x.
> -- 1L
>       c b a x. b c a x. a
>  a x. b c a x. a a c x. x
> x. x. c c b x.
>  a x. a a c x. x. c c b x
> x. a a c x. x. c c b x.
> -- 2L
>  a x. a a c x. x. c c b x
>       c b a x. b c a x. a
>  a x. b c a x. a a c x. x
> x. a a c x. x. c c b x.
> x. x. c c b x.
> -- 3L
>  a x. a a c x. x. c c b x
> x. a a c x. x. c c b x.
>  a x. b c a x. a a c x. x
>       c b a x. b c a x. a
> x. x. c c b x.

=== --sort=1R, 2R, 3R: by the keyword, then the 1st/2nd/3rd word to the right (none first)
$ cat > $T/in; for s in 1R 2R 3R; do echo "-- $s"; kwic -w 12 --sort=$s x $T/in; done
< x c b a. x b c a. x a a c. x b. x
> -- 1R
> a a c. x b. x
> a. x b c a. x a a c. x b.
>    x c b a. x b c a. x a 
> a. x a a c. x b. x
>             x c b a. x b 
> -- 2R
> a a c. x b. x
> a. x b c a. x a a c. x b.
>             x c b a. x b 
>    x c b a. x b c a. x a 
> a. x a a c. x b. x
> -- 3R
> a. x a a c. x b. x
> a a c. x b. x
>             x c b a. x b 
>    x c b a. x b c a. x a 
> a. x b c a. x a a c. x b.

=== --sort orders bytes, not the locale's collation
$ LC_ALL=en_US.UTF-8 kwic -w 3 --sort=1R --tokens=1 x
< x b x B x a x é x e x Z
>  B x a
>    x b
>  b x B
>  é x e
>  e x Z
>  a x é

=== an unknown --sort key is a usage error listing the choices
$ kwic --sort=4L x < /dev/null
? 2
! kwic: invalid value '4L' for --sort; valid values are: 'key', '1L', '2L', '3L', '1R', '2R', '3R'
! Try 'kwic --help' for more information.

=== -H and --offsets: the file name and the byte offset of the keyword in its file
$ cd $T && printf 'one cat\ntwo cat\n' > a && printf 'cat\n' > b
$ kwic -H --offsets -w 4 cat a b
$ kwic --with-filename -w 4 cat < a
> a	4	one cat two
> a	12	two cat
> b	0	    cat
> standard input	one cat two
> standard input	two cat

=== --offsets count the bytes of the decoded file: CRLF, BOM and a NUL-ended record
$ printf 'ab\r\ncd cat\n' | kwic --offsets -w 2 cat
$ printf '\357\273\277ab cat\n' | kwic --offsets -w 2 cat
> 6	d cat
> 3	b cat

=== --format=tsv: left, keyword and right in fields, nothing padded
$ kwic --format=tsv -w 10 God kjv-excerpt.txt | head -n 2
$ kwic --format=tsv -H --offsets -w 3 cat
< a cat	sat
> beginning 	God	 created t
> Spirit of 	God	 moved upo
> standard input	2	a 	cat	 sa

=== --format=tsv: fields escaped as every textkit table's (\t \n \r \\): a file name's TAB and a backslash anywhere
$ cd $T && printf 'a cat\n' > "$(printf 'x\ty\\z')"
$ kwic --format=tsv -H -w 2 cat x*
$ printf 'a \\ b cat \\t x\n' | kwic --format=tsv -w 6 cat
> x\ty\\z	a 	cat	
> a \\ b 	cat	 \\t x

=== --format=jsonl: one object per line that parses alone
$ kwic --format=jsonl -H --offsets -w 8 --phrase 'said unto' kjv-excerpt.txt | head -n 2
$ kwic --format=jsonl -w 8 --regex '.+' | python3 -c 'import json,sys; [print(json.loads(l)["keyword"]) for l in sys.stdin]'
< say "hi" \ été
> {"file":"kjv-excerpt.txt","offset":3553,"left":"and God ","keyword":"said unto","right":" them, B"}
> {"file":"kjv-excerpt.txt","offset":7638,"left":" And he ","keyword":"said unto","right":" the wom"}
> say
> "
> hi
> "
> \
> été

=== an unknown --format is a usage error listing the choices
$ kwic --format=csv x < /dev/null
? 2
! kwic: invalid value 'csv' for --format; valid values are: 'text', 'tsv', 'jsonl'
! Try 'kwic --help' for more information.

=== -z: records end with NUL in and out, and each record is a document
$ printf 'a cat\0the cat sat\0' | kwic -z -w 6 cat | tr '\0' '\n'
$ printf 'a cat\0the cat sat\0' | kwic --null -w 6 --format=jsonl cat | tr '\0' '@'; echo
>     a cat
>   the cat sat
> {"left":"a ","keyword":"cat","right":""}@{"left":"the ","keyword":"cat","right":" sat"}@

=== control characters and runs of white space show as one space
$ printf 'a\t\tcat\001sat  \v on\n' | kwic -w 12 cat
>           a cat sat on

=== CJK, emoji and combining marks: columns, whole clusters, one keyword column
$ kwic -w 6 x
< 東京 x 北京 x éééééé x 🇫🇷🇫🇷🇫🇷🇫🇷 x a❤️ x
>  東京 x 北京 
>  北京 x ééééé
> ééééé x 🇫🇷🇫🇷
>  🇫🇷🇫🇷 x a❤️ x
> x a❤️ x

=== a wide character that does not fit is left out whole
$ kwic -w 3 x
< 東京 x 北京
> 京 x 北

=== --encoding decodes the input first
$ printf 'caf\351 au lait\n' | kwic --encoding=latin1 -w 4 café
>     café au 

=== --invalid=fail: the hits before the bad line are written, and the bad line's are not
$ printf 'good cat here\nbad \377 cat\n' | kwic --invalid=fail -w 5 cat; echo "status $?"
> good cat here
> status 1
! kwic: standard input: invalid UTF-8 input at byte 18; if the text is in Windows-1252, use --encoding=cp1252

=== --invalid=drop and the default replacement
$ printf 'a\377cat b\n' | kwic --invalid=drop -w 3 acat
$ printf 'a\377 cat b\n' | kwic -w 3 cat 2>/dev/null
>    acat b
> a� cat b
! kwic: standard input: 1 invalid UTF-8 sequence dropped (first at byte 1); if the text is in Windows-1252, use --encoding=cp1252

=== --line-buffered writes the same lines
$ kwic --line-buffered -w 10 God kjv-excerpt.txt > $T/a; kwic -w 10 God kjv-excerpt.txt > $T/b; cmp $T/a $T/b && echo same
> same

=== a long line in pieces: every hit found, contexts cut inside a long token too
$ n=2000000; head -c $n /dev/zero | tr '\0' a > $T/long; printf ' cat x\n' >> $T/long; (printf 'cat '; cat $T/long) | kwic -w 3 cat
>    cat aa
> aa cat x

=== a missing PATTERN is a usage error
$ kwic < /dev/null
? 2
! kwic: missing PATTERN
! Try 'kwic --help' for more information.

=== an empty PATTERN is a usage error
$ kwic '' < /dev/null
? 2
! kwic: empty pattern
! Try 'kwic --help' for more information.

=== a PATTERN with white space or of several tokens needs --phrase
$ kwic 'a b' < /dev/null
$ kwic 'a,' < /dev/null
? 2
! kwic: the pattern holds white space (a token never does): use --phrase
! Try 'kwic --help' for more information.
! kwic: the pattern is 2 tokens: use --phrase
! Try 'kwic --help' for more information.

=== a bad regular expression is a usage error
$ kwic --regex 'a(' < /dev/null
? 2
! kwic: bad regular expression 'a(': Unmatched ( or \(
! Try 'kwic --help' for more information.

=== a long line (tokenized in chunks) gives what the same words one a line give
$ python3 -c "import sys; sys.stdout.write('the cat, ' * 100000 + '\n')" > $T/one; tr ' ' '\n' < $T/one > $T/many
$ kwic -w 9 --offsets --tokens=2 cat $T/one > $T/a; kwic -w 9 --offsets --tokens=2 cat $T/many > $T/b; cmp $T/a $T/b && wc -l < $T/a
$ kwic -w 9 --sort=2L --phrase 'the cat' $T/one > $T/a; kwic -w 9 --sort=2L --phrase 'the cat' $T/many > $T/b; cmp $T/a $T/b && wc -l < $T/a
> 100000
> 100000

=== a line without white space is not kept whole: its hits come out as they are found
$ python3 -c "import sys; sys.stdout.write('x,' * 3000000)" > $T/dense
$ kwic -w 4 x $T/dense | uniq -c | sed 's/^ *//'
$ kwic -w 4 x $T/dense --format=jsonl | tail -n 1
> 1     x,x,x
> 1   x,x,x,x
> 2999996 x,x,x,x,x
> 1 x,x,x,x,
> 1 x,x,x,
> {"left":"x,x,","keyword":"x","right":","}
! a token longer than 4 MiB is cut

=== a regular expression that would take regcomp too much memory is refused
$ kwic --regex 'a++' < /dev/null
$ kwic --regex '(a{1,1000}){1,1000}' < /dev/null
? 2
! kwic: bad regular expression 'a++': a repetition operator follows another
! kwic: bad regular expression '(a{1,1000}){1,1000}': too large (its repetition counts multiply to more than 100000)

=== --stem with --case-sensitive is a usage error
~ libstemmer
$ kwic --stem=english --case-sensitive run < /dev/null
? 2
! kwic: --stem stems case-folded words: not with --case-sensitive
! Try 'kwic --help' for more information.

=== -w and --tokens refuse 0, negatives and junk
$ for v in 0 -1 abc '' 5x; do kwic -w "$v" x < /dev/null; kwic --tokens="$v" x < /dev/null; done 2>&1 | grep -c 'invalid value'
> 10


=== {prog}: in matrix cases the args= of tests/cli/programs come first (kwic: --regex '.+')
| prog=kwic
$ printf 'a b\n' | {prog} -w 2 --format=tsv
> 	a	 b
> a 	b	
