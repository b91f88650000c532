# bad-input.t - broken and hostile input, for every program: invalid
# UTF-8 of every kind, NUL bytes, a binary file, a directory and an
# unreadable file as operands, unknown encodings, bad option values.
# Each gets its message and exit status, never a crash, a hang or data
# lost without a word; under --invalid=fail nothing after the error is
# passed on as if it were data.  Expected replacement counts and byte
# offsets follow Unicode's "maximal subpart" practice (as Python and ICU).
# Written once: a case naming {prog} runs for every program of
# tests/cli/programs (an "@ TAG" line: for those with the tag), a case
# with "|" rows once per row.  Write errors and usage basics are in
# all-tools.t.

=== {prog}: invalid UTF-8, overlong 2-byte (C0 AF): replaced, one warning
$ printf 'a \300\257 b\012' | {prog} > $T/out; echo "status $?"
> status 0
! {prog}: standard input: 2 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== {prog}: invalid UTF-8, overlong 2-byte (C0 AF): each maximal subpart becomes U+FFFD
@ verbatim
$ printf 'a \300\257 b\012' | {prog} 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 ef bf bd ef bf bd 20 62 0a 

=== {prog}: invalid UTF-8, overlong 2-byte (C0 AF): U+FFFD stays in the text
@ filter !verbatim
$ printf 'a \300\257 b\012' | {prog} 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd ef bf bd 62 

=== {prog}: invalid UTF-8, overlong 3-byte (E0 80 AF): replaced, one warning
$ printf 'a \340\200\257 b\012' | {prog} > $T/out; echo "status $?"
> status 0
! {prog}: standard input: 3 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== {prog}: invalid UTF-8, overlong 3-byte (E0 80 AF): each maximal subpart becomes U+FFFD
@ verbatim
$ printf 'a \340\200\257 b\012' | {prog} 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 ef bf bd ef bf bd ef bf bd 20 62 0a 

=== {prog}: invalid UTF-8, overlong 3-byte (E0 80 AF): U+FFFD stays in the text
@ filter !verbatim
$ printf 'a \340\200\257 b\012' | {prog} 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd ef bf bd ef bf bd 62 

=== {prog}: invalid UTF-8, overlong 4-byte (F0 80 80 AF): replaced, one warning
$ printf 'a \360\200\200\257 b\012' | {prog} > $T/out; echo "status $?"
> status 0
! {prog}: standard input: 4 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== {prog}: invalid UTF-8, overlong 4-byte (F0 80 80 AF): each maximal subpart becomes U+FFFD
@ verbatim
$ printf 'a \360\200\200\257 b\012' | {prog} 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 ef bf bd ef bf bd ef bf bd ef bf bd 20 62 0a 

=== {prog}: invalid UTF-8, overlong 4-byte (F0 80 80 AF): U+FFFD stays in the text
@ filter !verbatim
$ printf 'a \360\200\200\257 b\012' | {prog} 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd ef bf bd ef bf bd ef bf bd 62 

=== {prog}: invalid UTF-8, UTF-16 surrogate (ED A0 80): replaced, one warning
$ printf 'a \355\240\200 b\012' | {prog} > $T/out; echo "status $?"
> status 0
! {prog}: standard input: 3 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== {prog}: invalid UTF-8, UTF-16 surrogate (ED A0 80): each maximal subpart becomes U+FFFD
@ verbatim
$ printf 'a \355\240\200 b\012' | {prog} 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 ef bf bd ef bf bd ef bf bd 20 62 0a 

=== {prog}: invalid UTF-8, UTF-16 surrogate (ED A0 80): U+FFFD stays in the text
@ filter !verbatim
$ printf 'a \355\240\200 b\012' | {prog} 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd ef bf bd ef bf bd 62 

=== {prog}: invalid UTF-8, low surrogate (ED BF BF): replaced, one warning
$ printf 'a \355\277\277 b\012' | {prog} > $T/out; echo "status $?"
> status 0
! {prog}: standard input: 3 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== {prog}: invalid UTF-8, low surrogate (ED BF BF): each maximal subpart becomes U+FFFD
@ verbatim
$ printf 'a \355\277\277 b\012' | {prog} 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 ef bf bd ef bf bd ef bf bd 20 62 0a 

=== {prog}: invalid UTF-8, low surrogate (ED BF BF): U+FFFD stays in the text
@ filter !verbatim
$ printf 'a \355\277\277 b\012' | {prog} 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd ef bf bd ef bf bd 62 

=== {prog}: invalid UTF-8, above U+10FFFF (F4 90 80 80): replaced, one warning
$ printf 'a \364\220\200\200 b\012' | {prog} > $T/out; echo "status $?"
> status 0
! {prog}: standard input: 4 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== {prog}: invalid UTF-8, above U+10FFFF (F4 90 80 80): each maximal subpart becomes U+FFFD
@ verbatim
$ printf 'a \364\220\200\200 b\012' | {prog} 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 ef bf bd ef bf bd ef bf bd ef bf bd 20 62 0a 

=== {prog}: invalid UTF-8, above U+10FFFF (F4 90 80 80): U+FFFD stays in the text
@ filter !verbatim
$ printf 'a \364\220\200\200 b\012' | {prog} 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd ef bf bd ef bf bd ef bf bd 62 

=== {prog}: invalid UTF-8, 5-byte form (F8 88 80 80 80): replaced, one warning
$ printf 'a \370\210\200\200\200 b\012' | {prog} > $T/out; echo "status $?"
> status 0
! {prog}: standard input: 5 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== {prog}: invalid UTF-8, 5-byte form (F8 88 80 80 80): each maximal subpart becomes U+FFFD
@ verbatim
$ printf 'a \370\210\200\200\200 b\012' | {prog} 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 ef bf bd ef bf bd ef bf bd ef bf bd ef bf bd 20 62 0a 

=== {prog}: invalid UTF-8, 5-byte form (F8 88 80 80 80): U+FFFD stays in the text
@ filter !verbatim
$ printf 'a \370\210\200\200\200 b\012' | {prog} 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd ef bf bd ef bf bd ef bf bd ef bf bd 62 

=== {prog}: invalid UTF-8, truncated sequence inside a line (E2 82): replaced, one warning
$ printf 'a \342\202 b\012' | {prog} > $T/out; echo "status $?"
> status 0
! {prog}: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== {prog}: invalid UTF-8, truncated sequence inside a line (E2 82): each maximal subpart becomes U+FFFD
@ verbatim
$ printf 'a \342\202 b\012' | {prog} 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 ef bf bd 20 62 0a 

=== {prog}: invalid UTF-8, truncated sequence inside a line (E2 82): U+FFFD stays in the text
@ filter !verbatim
$ printf 'a \342\202 b\012' | {prog} 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd 62 

=== {prog}: invalid UTF-8, truncated sequence at the end of input (F0 9F 98): replaced, one warning
$ printf 'a b \360\237\230' | {prog} > $T/out; echo "status $?"
> status 0
! {prog}: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 4)

=== {prog}: invalid UTF-8, truncated sequence at the end of input (F0 9F 98): each maximal subpart becomes U+FFFD
@ verbatim
$ printf 'a b \360\237\230' | {prog} 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 62 20 ef bf bd 0a 

=== {prog}: invalid UTF-8, truncated sequence at the end of input (F0 9F 98): U+FFFD stays in the text
@ filter !verbatim
$ printf 'a b \360\237\230' | {prog} 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 62 ef bf bd 

=== {prog}: invalid UTF-8, stray continuation byte (80): replaced, one warning
$ printf 'a \200 b\012' | {prog} > $T/out; echo "status $?"
> status 0
! {prog}: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== {prog}: invalid UTF-8, stray continuation byte (80): each maximal subpart becomes U+FFFD
@ verbatim
$ printf 'a \200 b\012' | {prog} 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 ef bf bd 20 62 0a 

=== {prog}: invalid UTF-8, stray continuation byte (80): U+FFFD stays in the text
@ filter !verbatim
$ printf 'a \200 b\012' | {prog} 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd 62 

=== {prog}: invalid UTF-8, stray continuation bytes (BF BF): replaced, one warning
$ printf 'a \277\277 b\012' | {prog} > $T/out; echo "status $?"
> status 0
! {prog}: standard input: 2 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== {prog}: invalid UTF-8, stray continuation bytes (BF BF): each maximal subpart becomes U+FFFD
@ verbatim
$ printf 'a \277\277 b\012' | {prog} 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 ef bf bd ef bf bd 20 62 0a 

=== {prog}: invalid UTF-8, stray continuation bytes (BF BF): U+FFFD stays in the text
@ filter !verbatim
$ printf 'a \277\277 b\012' | {prog} 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd ef bf bd 62 

=== {prog}: invalid UTF-8, byte FF: replaced, one warning
$ printf 'a \377 b\012' | {prog} > $T/out; echo "status $?"
> status 0
! {prog}: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== {prog}: invalid UTF-8, byte FF: each maximal subpart becomes U+FFFD
@ verbatim
$ printf 'a \377 b\012' | {prog} 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 ef bf bd 20 62 0a 

=== {prog}: invalid UTF-8, byte FF: U+FFFD stays in the text
@ filter !verbatim
$ printf 'a \377 b\012' | {prog} 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd 62 

=== {prog}: invalid UTF-8, byte FE: replaced, one warning
$ printf 'a \376 b\012' | {prog} > $T/out; echo "status $?"
> status 0
! {prog}: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== {prog}: invalid UTF-8, byte FE: each maximal subpart becomes U+FFFD
@ verbatim
$ printf 'a \376 b\012' | {prog} 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 ef bf bd 20 62 0a 

=== {prog}: invalid UTF-8, byte FE: U+FFFD stays in the text
@ filter !verbatim
$ printf 'a \376 b\012' | {prog} 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd 62 

=== {prog}: invalid UTF-8, byte F5: replaced, one warning
$ printf 'a \365 b\012' | {prog} > $T/out; echo "status $?"
> status 0
! {prog}: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== {prog}: invalid UTF-8, byte F5: each maximal subpart becomes U+FFFD
@ verbatim
$ printf 'a \365 b\012' | {prog} 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 ef bf bd 20 62 0a 

=== {prog}: invalid UTF-8, byte F5: U+FFFD stays in the text
@ filter !verbatim
$ printf 'a \365 b\012' | {prog} 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd 62 

=== {prog}: --invalid=drop drops the bad bytes, with one warning
$ printf 'good line\nbad \377 line\nand \300\257 more\n' | {prog} --invalid=drop > $T/drop; echo "status $?"
$ printf 'good line\nbad  line\nand  more\n' | {prog} > $T/want
$ cmp $T/want $T/drop && echo same
> status 0
> same
! {prog}: standard input: 3 invalid UTF-8 sequences dropped (first at byte 14)

=== {prog}: --invalid=fail stops at the first bad byte, names file and offset
$ cd $T && printf 'good line\nbad \377 line\nmore\n' > f
$ {prog} --invalid=fail f > out; echo "status $?"
$ grep -c -e bad -e more out || :
> status 1
> 0
! {prog}: f: invalid UTF-8 input at byte 14

=== {prog}: --invalid=fail reads no operand after the bad one
$ cd $T && printf 'bad \377\n' > f && printf 'fine\n' > g
$ {prog} --invalid=fail f g > out; echo "status $?"
$ grep -c fine out || :
> status 1
> 0
! {prog}: f: invalid UTF-8 input at byte 4

=== {prog}: --invalid=fail passes on the whole lines before the error
@ filter
$ printf 'good line\n' | {prog} > $T/want
$ printf 'good line\nbad \377 line\n' | {prog} --invalid=fail > $T/got; echo "status $?"
$ cmp $T/want $T/got && echo same
> status 1
> same
! {prog}: standard input: invalid UTF-8 input at byte 14

=== {prog}: --invalid=fail prints no partial table
@ table
$ printf 'good line\ngood line\nbad \377 line\n' | {prog} --invalid=fail; echo "status $?"
> status 1
! {prog}: standard input: invalid UTF-8 input at byte 24

=== {prog}: valid UTF-8 under --invalid=fail is no error
$ printf 'Caf\303\251 \360\237\230\200 \344\275\240\345\245\275.\n' | {prog} > $T/want
$ printf 'Caf\303\251 \360\237\230\200 \344\275\240\345\245\275.\n' | {prog} --invalid=fail > $T/got; echo "status $?"
$ cmp $T/want $T/got && echo same
> status 0
> same

=== {prog}: the warning names each file with bad bytes, once
$ cd $T && printf 'a \377 \377 b\n' > f && printf 'ok\n' > g && printf '\200\n' > h
$ {prog} f g h > /dev/null; echo "status $?"
> status 0
! {prog}: f: 2 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)
! {prog}: h: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 0)

=== {prog}: a sequence cut by the end of a file is not joined to the next file
$ cd $T && printf 'a \342\202' > f && printf '\254 b\n' > g
$ {prog} f g > /dev/null; echo "status $?"
> status 0
! {prog}: f: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)
! {prog}: g: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 0)

=== {prog}: invalid UTF-16 (lone surrogate, odd length) is replaced with a warning
$ printf '\377\376a\000\000\330 \000b\000\n\000x' | {prog} > /dev/null; echo "status $?"
> status 0
! {prog}: standard input: 2 invalid UTF-16LE sequences replaced with U+FFFD

=== {prog}: NUL bytes are data, not the end of a line or file
@ filter
$ printf 'one\000two three\nfour\n' | {prog} > $T/out; echo "status $?"
$ tr -d ' \n' < $T/out | od -An -c | tr -s ' \n' '  '; echo
> status 0
>  o n e \0 t w o t h r e e f o u r 

=== {prog}: NUL bytes are data, not the end of a line or file
@ table
$ printf 'one\000two three\nfour\n' | {prog} {unigrams} > $T/out; echo "status $?"
$ tr '\000' '@' < $T/out | grep -o -e one -e two -e three -e four | sort
> status 0
> four
> one
> three
> two

=== {prog}: a binary file: status 0, one warning, valid UTF-8 out
$ python3 -c 'import random,sys; r=random.Random(9); sys.stdout.buffer.write(bytes(r.randrange(256) for _ in range(300000)))' > $T/bin
$ {prog} $T/bin > $T/out 2> $T/err; echo "status $?"
$ iconv -f UTF-8 -t UTF-8 $T/out > /dev/null && echo valid
$ grep -c 'invalid UTF-8 sequences replaced with U+FFFD (first at byte ' $T/err
> status 0
> valid
> 1

=== {prog}: a binary file under --invalid=fail: status 1, nothing after the error
$ python3 -c 'import sys; sys.stdout.buffer.write(b"text line\n\x7fELF\x02\x01\x01\x00\x00\x00\xff\xfe\n" * 100)' > $T/bin
$ {prog} --invalid=fail $T/bin > $T/out; echo "status $?"
$ grep -c ELF $T/out || :
> status 1
> 0
! invalid UTF-8 input at byte 20

=== {prog}: a directory operand is reported, the other operands are read
$ cd $T && printf 'Hello world.\n' > a && mkdir d
$ {prog} a > want
$ {prog} d a > got; echo "status $?"
$ cmp want got && echo same
> status 1
> same
! {prog}: d: Is a directory

=== {prog}: an unreadable file is reported, the other operands are read
# As root, permission bits do not stop reading: then /proc/self/mem, whose
# read at offset 0 fails (EIO), stands in for the unreadable file.
$ cd $T && printf 'Hello world.\n' > a && printf 'secret\n' > u && chmod 000 u
$ if [ "$(id -u)" = 0 ] && [ -e /proc/self/mem ]; then u=/proc/self/mem; else u=u; fi
$ {prog} a > want
$ {prog} "$u" a > got 2> err; echo "status $?"
$ cmp want got && echo same
$ grep -c -e "^{prog}: u: Permission denied$" -e "^{prog}: /proc/self/mem: Input/output error$" err
> status 1
> same
> 1

=== {prog}: an unknown --encoding is a usage error
$ {prog} --encoding=no-such-encoding < /dev/null
? 2
! {prog}: unknown encoding 'no-such-encoding'
! Try '{prog} --help' for more information.

=== {prog}: an empty --encoding is a usage error (iconv would take the locale's)
$ {prog} --encoding= < /dev/null
? 2
! {prog}: unknown encoding ''

=== {prog}: an unknown --invalid policy is a usage error listing the choices
$ {prog} --invalid=maybe < /dev/null
? 2
! {prog}: invalid value 'maybe' for --invalid; valid values are: 'replace', 'drop', 'fail'
! Try '{prog} --help' for more information.

=== {prog}: invalid bytes in a legacy encoding are replaced with a warning
$ printf 'a \201 b\n' | {prog} --encoding=cp1252 > /dev/null; echo "status $?"
> status 0
! {prog}: standard input: 1 invalid cp1252 sequence replaced with U+FFFD (first at byte 2)

=== {prog}: a very long line without a newline is processed whole
$ n=3000000; [ -n "${TK_WRAP:-}" ] && n=300000
$ yes 'word ' 2>/dev/null | tr -d '\n' | head -c $n > $T/long
$ {prog} $T/long > $T/out; echo "status $?"
$ test -s $T/out && echo output
> status 0
> output

# ---------------------------------------------------------------- option values
# Every number option refuses a negative, a non-number, an empty value,
# trailing junk and a value past 64 bits, with status 2, the option and
# value named, and nothing on stdout.  A program without -n says so.
=== {prog}: -n is not an option of {prog}
| prog=normalize
| prog=tokenize
| prog=sentence-split
$ {prog} -n 5 < /dev/null
? 2
! {prog}: invalid option -- 'n'
! Try '{prog} --help' for more information.

=== {prog}: {opt}'{v}' is refused
| prog=sentence-split opt=--max-length=
| prog=wordfreq opt='-n '
| prog=wordfreq opt=--top=
| prog=wordfreq opt=--min-count=
| prog=wordfreq opt=--min-length=
| prog=wordfreq opt='-j '
| prog=wordfreq opt=--jobs=
| prog=ngram opt='-n '
| prog=ngram opt=--order=
| prog=ngram opt=--min-n=
| prog=ngram opt=--max-n=
| prog=ngram opt=--top=
| prog=ngram opt=--min-count=
| prog=ngram opt='-j '
| prog=ngram opt=--jobs=
| for v in -1 abc 99999999999999999999 '' 5x 0x10
$ {prog} {opt}'{v}' < /dev/null
? 2
! {prog}: invalid value '{v}' for 
! Try '{prog} --help' for more information.

=== {prog}: --max-memory='{v}' is refused
@ table
| for v in -1 abc '' 5X 99999999999999999999 18014398509481984G
$ {prog} --max-memory='{v}' < /dev/null
? 2
! {prog}: invalid 
! Try '{prog} --help' for more information.

# ---------------------------------------------------------------- --merge
# Bad rows are reported as FILE:LINE with status 1 and no table at all;
# counts are 64-bit and never wrap; --invalid=drop skips bad rows with a
# warning.
=== {prog} --merge: {what} is an error with file and line, no table
@ table
| what='a word for a count' row='x\t{key}'
| what='a negative count' row='-1\t{key}'
| what='a signed count' row='+1\t{key}'
| what='a fraction' row='1.5\t{key}'
| what='an empty count' row='\t{key}'
| what='no TAB' row='12 {key}'
| what='a blank before the count' row=' 1\t{key}'
| what='a count with a trailing blank' row='1 \t{key}'
| what='an empty line' row=
$ cd $T && printf '3\t{key}\n{row}\n2\t{key}\n' > t
$ {prog} --merge t; echo "status $?"
> status 1
! {prog}: t:2: not a COUNT<TAB>KEY line

=== {prog} --merge: a count past 64 bits is an error, no table
@ table
$ cd $T && printf '3\t{key}\n18446744073709551616\t{key}\n' > t
$ {prog} --merge t; echo "status $?"
> status 1
! {prog}: t:2: count does not fit in 64 bits

=== {prog} --merge: the largest 64-bit count is kept exactly
@ table
$ printf '18446744073709551615\t{key}\n' | {prog} --merge
> 18446744073709551615	{key}

=== {prog} --merge: a sum past 64 bits across files is an error, no table
@ table
$ cd $T && printf '18446744073709551615\t{key}\n' > a && printf '7\tother\n1\t{key}\n' > b
$ {prog} --merge a b; echo "status $?"
> status 1
! {prog}: b:2: sum does not fit in 64 bits

=== {prog} --merge: a sum just below the limit is exact
@ table
$ cd $T && printf '18446744073709551614\t{key}\n' > a && printf '1\t{key}\n' > b
$ {prog} --merge a b
> 18446744073709551615	{key}

=== {prog} --merge --invalid=drop: bad rows are skipped with a warning
@ table
$ printf '3\t{key}\nx\t{key}\n2\t{key}\n' | {prog} --merge --invalid=drop; echo "status $?"
> 5	{key}
> status 0
! {prog}: standard input:2: not a COUNT<TAB>KEY line (dropped)

=== {prog} --merge: a binary file is refused, no table
@ table
$ python3 -c 'import random,sys; r=random.Random(5); sys.stdout.buffer.write(bytes(r.randrange(256) for _ in range(20000)))' > $T/bin
$ {prog} --merge $T/bin > $T/out 2> $T/err; echo "status $?"
$ wc -c < $T/out
$ grep -c 'not a COUNT<TAB>KEY line' $T/err
> status 1
> 0
> 1

=== {prog}: Windows-1252 text: the warning names the encoding to try
$ printf 'f\374r die Stra\337e und \223uns\224\n' | {prog} > /dev/null; echo "status $?"
$ printf 'f\374r die Stra\337e und \223uns\224\n' | {prog} --invalid=fail > /dev/null; echo "status $?"
$ printf 'f\374r die Stra\337e und \223uns\224\n' | {prog} --encoding=cp1252 > /dev/null; echo "status $?"
> status 0
> status 1
> status 0
! {prog}: standard input: 4 invalid UTF-8 sequences replaced with U+FFFD (first at byte 1); if the text is in Windows-1252, use --encoding=cp1252
! {prog}: standard input: invalid UTF-8 input at byte 1; if the text is in Windows-1252, use --encoding=cp1252

=== {prog}: UTF-16 without a byte-order mark is named in a warning, never guessed
| prog=normalize
| prog=tokenize
| prog=sentence-split
| prog=wordfreq
| prog=ngram
$ printf 'H\000e\000l\000l\000o\000 \000w\000o\000r\000l\000d\000.\000\n\000' | {prog} > /dev/null; echo "status $?"
$ printf 'H\000e\000l\000l\000o\000 \000w\000o\000r\000l\000d\000.\000\n\000' | {prog} --encoding=utf-16le > /dev/null; echo "status $?"
> status 0
> status 0
! {prog}: standard input: looks like utf-16le without a byte-order mark (NUL bytes in a regular pattern); if it is, use --encoding=utf-16le
