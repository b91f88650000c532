# bad-input.t - broken and hostile input, for every program: invalid
# UTF-8 of every kind, NUL bytes, a binary file, a directory and an
# unreadable file as operands, unknown encodings, bad option values.
# Each gets its message and exit status, never a crash, a hang or data
# lost without a word; under --invalid=fail nothing after the error is
# passed on as if it were data.  Expected replacement counts and byte
# offsets follow Unicode's "maximal subpart" practice (as Python and ICU).
# Write errors and usage basics are in all-tools.t.

# ---------------------------------------------------------------- normalize
=== normalize: invalid UTF-8, overlong 2-byte (C0 AF): replaced, one warning
$ printf 'a \300\257 b\012' | normalize > $T/out; echo "status $?"
> status 0
! normalize: standard input: 2 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== normalize: invalid UTF-8, overlong 2-byte (C0 AF): each maximal subpart becomes U+FFFD
$ printf 'a \300\257 b\012' | normalize 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 ef bf bd ef bf bd 20 62 0a 

=== normalize: invalid UTF-8, overlong 3-byte (E0 80 AF): replaced, one warning
$ printf 'a \340\200\257 b\012' | normalize > $T/out; echo "status $?"
> status 0
! normalize: standard input: 3 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== normalize: invalid UTF-8, overlong 3-byte (E0 80 AF): each maximal subpart becomes U+FFFD
$ printf 'a \340\200\257 b\012' | normalize 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 ef bf bd ef bf bd ef bf bd 20 62 0a 

=== normalize: invalid UTF-8, overlong 4-byte (F0 80 80 AF): replaced, one warning
$ printf 'a \360\200\200\257 b\012' | normalize > $T/out; echo "status $?"
> status 0
! normalize: standard input: 4 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== normalize: invalid UTF-8, overlong 4-byte (F0 80 80 AF): each maximal subpart becomes U+FFFD
$ printf 'a \360\200\200\257 b\012' | normalize 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 ef bf bd ef bf bd ef bf bd ef bf bd 20 62 0a 

=== normalize: invalid UTF-8, UTF-16 surrogate (ED A0 80): replaced, one warning
$ printf 'a \355\240\200 b\012' | normalize > $T/out; echo "status $?"
> status 0
! normalize: standard input: 3 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== normalize: invalid UTF-8, UTF-16 surrogate (ED A0 80): each maximal subpart becomes U+FFFD
$ printf 'a \355\240\200 b\012' | normalize 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 ef bf bd ef bf bd ef bf bd 20 62 0a 

=== normalize: invalid UTF-8, low surrogate (ED BF BF): replaced, one warning
$ printf 'a \355\277\277 b\012' | normalize > $T/out; echo "status $?"
> status 0
! normalize: standard input: 3 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== normalize: invalid UTF-8, low surrogate (ED BF BF): each maximal subpart becomes U+FFFD
$ printf 'a \355\277\277 b\012' | normalize 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 ef bf bd ef bf bd ef bf bd 20 62 0a 

=== normalize: invalid UTF-8, above U+10FFFF (F4 90 80 80): replaced, one warning
$ printf 'a \364\220\200\200 b\012' | normalize > $T/out; echo "status $?"
> status 0
! normalize: standard input: 4 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== normalize: invalid UTF-8, above U+10FFFF (F4 90 80 80): each maximal subpart becomes U+FFFD
$ printf 'a \364\220\200\200 b\012' | normalize 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 ef bf bd ef bf bd ef bf bd ef bf bd 20 62 0a 

=== normalize: invalid UTF-8, 5-byte form (F8 88 80 80 80): replaced, one warning
$ printf 'a \370\210\200\200\200 b\012' | normalize > $T/out; echo "status $?"
> status 0
! normalize: standard input: 5 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== normalize: invalid UTF-8, 5-byte form (F8 88 80 80 80): each maximal subpart becomes U+FFFD
$ printf 'a \370\210\200\200\200 b\012' | normalize 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 ef bf bd ef bf bd ef bf bd ef bf bd ef bf bd 20 62 0a 

=== normalize: invalid UTF-8, truncated sequence inside a line (E2 82): replaced, one warning
$ printf 'a \342\202 b\012' | normalize > $T/out; echo "status $?"
> status 0
! normalize: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== normalize: invalid UTF-8, truncated sequence inside a line (E2 82): each maximal subpart becomes U+FFFD
$ printf 'a \342\202 b\012' | normalize 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 ef bf bd 20 62 0a 

=== normalize: invalid UTF-8, truncated sequence at the end of input (F0 9F 98): replaced, one warning
$ printf 'a b \360\237\230' | normalize > $T/out; echo "status $?"
> status 0
! normalize: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 4)

=== normalize: invalid UTF-8, truncated sequence at the end of input (F0 9F 98): each maximal subpart becomes U+FFFD
$ printf 'a b \360\237\230' | normalize 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 62 20 ef bf bd 0a 

=== normalize: invalid UTF-8, stray continuation byte (80): replaced, one warning
$ printf 'a \200 b\012' | normalize > $T/out; echo "status $?"
> status 0
! normalize: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== normalize: invalid UTF-8, stray continuation byte (80): each maximal subpart becomes U+FFFD
$ printf 'a \200 b\012' | normalize 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 ef bf bd 20 62 0a 

=== normalize: invalid UTF-8, stray continuation bytes (BF BF): replaced, one warning
$ printf 'a \277\277 b\012' | normalize > $T/out; echo "status $?"
> status 0
! normalize: standard input: 2 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== normalize: invalid UTF-8, stray continuation bytes (BF BF): each maximal subpart becomes U+FFFD
$ printf 'a \277\277 b\012' | normalize 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 ef bf bd ef bf bd 20 62 0a 

=== normalize: invalid UTF-8, byte FF: replaced, one warning
$ printf 'a \377 b\012' | normalize > $T/out; echo "status $?"
> status 0
! normalize: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== normalize: invalid UTF-8, byte FF: each maximal subpart becomes U+FFFD
$ printf 'a \377 b\012' | normalize 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 ef bf bd 20 62 0a 

=== normalize: invalid UTF-8, byte FE: replaced, one warning
$ printf 'a \376 b\012' | normalize > $T/out; echo "status $?"
> status 0
! normalize: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== normalize: invalid UTF-8, byte FE: each maximal subpart becomes U+FFFD
$ printf 'a \376 b\012' | normalize 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 ef bf bd 20 62 0a 

=== normalize: invalid UTF-8, byte F5: replaced, one warning
$ printf 'a \365 b\012' | normalize > $T/out; echo "status $?"
> status 0
! normalize: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== normalize: invalid UTF-8, byte F5: each maximal subpart becomes U+FFFD
$ printf 'a \365 b\012' | normalize 2>/dev/null | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 20 ef bf bd 20 62 0a 

=== normalize: --invalid=drop drops the bad bytes, with one warning
$ printf 'good line\nbad \377 line\nand \300\257 more\n' | normalize --invalid=drop > $T/drop; echo "status $?"
$ printf 'good line\nbad  line\nand  more\n' | normalize > $T/want
$ cmp $T/want $T/drop && echo same
> status 0
> same
! normalize: standard input: 3 invalid UTF-8 sequences dropped (first at byte 14)

=== normalize: --invalid=fail stops at the first bad byte, names file and offset
$ cd $T && printf 'good line\nbad \377 line\nmore\n' > f
$ normalize --invalid=fail f > out; echo "status $?"
$ grep -c -e bad -e more out || :
> status 1
> 0
! normalize: f: invalid UTF-8 input at byte 14

=== normalize: --invalid=fail reads no operand after the bad one
$ cd $T && printf 'bad \377\n' > f && printf 'fine\n' > g
$ normalize --invalid=fail f g > out; echo "status $?"
$ grep -c fine out || :
> status 1
> 0
! normalize: f: invalid UTF-8 input at byte 4

=== normalize: --invalid=fail passes on the whole lines before the error
$ printf 'good line\n' | normalize > $T/want
$ printf 'good line\nbad \377 line\n' | normalize --invalid=fail > $T/got; echo "status $?"
$ cmp $T/want $T/got && echo same
> status 1
> same
! normalize: standard input: invalid UTF-8 input at byte 14

=== normalize: valid UTF-8 under --invalid=fail is no error
$ printf 'Caf\303\251 \360\237\230\200 \344\275\240\345\245\275.\n' | normalize > $T/want
$ printf 'Caf\303\251 \360\237\230\200 \344\275\240\345\245\275.\n' | normalize --invalid=fail > $T/got; echo "status $?"
$ cmp $T/want $T/got && echo same
> status 0
> same

=== normalize: the warning names each file with bad bytes, once
$ cd $T && printf 'a \377 \377 b\n' > f && printf 'ok\n' > g && printf '\200\n' > h
$ normalize f g h > /dev/null; echo "status $?"
> status 0
! normalize: f: 2 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)
! normalize: h: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 0)

=== normalize: a sequence cut by the end of a file is not joined to the next file
$ cd $T && printf 'a \342\202' > f && printf '\254 b\n' > g
$ normalize f g > /dev/null; echo "status $?"
> status 0
! normalize: f: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)
! normalize: g: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 0)

=== normalize: invalid UTF-16 (lone surrogate, odd length) is replaced with a warning
$ printf '\377\376a\000\000\330 \000b\000\n\000x' | normalize > /dev/null; echo "status $?"
> status 0
! normalize: standard input: 2 invalid UTF-16LE sequences replaced with U+FFFD

=== normalize: NUL bytes are data, not the end of a line or file
$ printf 'one\000two three\nfour\n' | normalize > $T/out; echo "status $?"
$ tr -d ' \n' < $T/out | od -An -c | tr -s ' \n' '  '; echo
> status 0
>  o n e \0 t w o t h r e e f o u r 

=== normalize: a binary file: status 0, one warning, valid UTF-8 out
$ python3 -c 'import random,sys; r=random.Random(9); sys.stdout.buffer.write(bytes(r.randrange(256) for _ in range(300000)))' > $T/bin
$ normalize $T/bin > $T/out 2> $T/err; echo "status $?"
$ iconv -f UTF-8 -t UTF-8 $T/out > /dev/null && echo valid
$ grep -c 'invalid UTF-8 sequences replaced with U+FFFD (first at byte ' $T/err
> status 0
> valid
> 1

=== normalize: a binary file under --invalid=fail: status 1, nothing after the error
$ python3 -c 'import sys; sys.stdout.buffer.write(b"text line\n\x7fELF\x02\x01\x01\x00\x00\x00\xff\xfe\n" * 100)' > $T/bin
$ normalize --invalid=fail $T/bin > $T/out; echo "status $?"
$ grep -c ELF $T/out || :
> status 1
> 0
! invalid UTF-8 input at byte 20

=== normalize: a directory operand is reported, the other operands are read
$ cd $T && printf 'Hello world.\n' > a && mkdir d
$ normalize a > want
$ normalize d a > got; echo "status $?"
$ cmp want got && echo same
> status 1
> same
! normalize: d: Is a directory

=== normalize: an unreadable file is reported, the other operands are read
# As root, permission bits do not stop reading: then /proc/self/mem, whose
# read at offset 0 fails (EIO), stands in for the unreadable file.
$ cd $T && printf 'Hello world.\n' > a && printf 'secret\n' > u && chmod 000 u
$ if [ "$(id -u)" = 0 ] && [ -e /proc/self/mem ]; then u=/proc/self/mem; else u=u; fi
$ normalize a > want
$ normalize "$u" a > got 2> err; echo "status $?"
$ cmp want got && echo same
$ grep -c -e "^normalize: u: Permission denied$" -e "^normalize: /proc/self/mem: Input/output error$" err
> status 1
> same
> 1

=== normalize: an unknown --encoding is a usage error
$ normalize --encoding=no-such-encoding < /dev/null
? 2
! normalize: unknown encoding 'no-such-encoding'
! Try 'normalize --help' for more information.

=== normalize: an empty --encoding is a usage error (iconv would take the locale's)
$ normalize --encoding= < /dev/null
? 2
! normalize: unknown encoding ''

=== normalize: an unknown --invalid policy is a usage error listing the choices
$ normalize --invalid=maybe < /dev/null
? 2
! normalize: invalid value 'maybe' for --invalid; valid values are: 'replace', 'drop', 'fail'
! Try 'normalize --help' for more information.

=== normalize: invalid bytes in a legacy encoding are replaced with a warning
$ printf 'a \201 b\n' | normalize --encoding=cp1252 > /dev/null; echo "status $?"
> status 0
! normalize: standard input: 1 invalid cp1252 sequence replaced with U+FFFD (first at byte 2)

=== normalize: a very long line without a newline is processed whole
$ n=3000000; [ -n "${TK_WRAP:-}" ] && n=300000
$ yes 'word ' 2>/dev/null | tr -d '\n' | head -c $n > $T/long
$ normalize $T/long > $T/out; echo "status $?"
$ test -s $T/out && echo output
> status 0
> output

# ---------------------------------------------------------------- tokenize
=== tokenize: invalid UTF-8, overlong 2-byte (C0 AF): replaced, one warning
$ printf 'a \300\257 b\012' | tokenize > $T/out; echo "status $?"
> status 0
! tokenize: standard input: 2 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== tokenize: invalid UTF-8, overlong 2-byte (C0 AF): U+FFFD stays in the text
$ printf 'a \300\257 b\012' | tokenize 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd ef bf bd 62 

=== tokenize: invalid UTF-8, overlong 3-byte (E0 80 AF): replaced, one warning
$ printf 'a \340\200\257 b\012' | tokenize > $T/out; echo "status $?"
> status 0
! tokenize: standard input: 3 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== tokenize: invalid UTF-8, overlong 3-byte (E0 80 AF): U+FFFD stays in the text
$ printf 'a \340\200\257 b\012' | tokenize 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd ef bf bd ef bf bd 62 

=== tokenize: invalid UTF-8, overlong 4-byte (F0 80 80 AF): replaced, one warning
$ printf 'a \360\200\200\257 b\012' | tokenize > $T/out; echo "status $?"
> status 0
! tokenize: standard input: 4 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== tokenize: invalid UTF-8, overlong 4-byte (F0 80 80 AF): U+FFFD stays in the text
$ printf 'a \360\200\200\257 b\012' | tokenize 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd ef bf bd ef bf bd ef bf bd 62 

=== tokenize: invalid UTF-8, UTF-16 surrogate (ED A0 80): replaced, one warning
$ printf 'a \355\240\200 b\012' | tokenize > $T/out; echo "status $?"
> status 0
! tokenize: standard input: 3 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== tokenize: invalid UTF-8, UTF-16 surrogate (ED A0 80): U+FFFD stays in the text
$ printf 'a \355\240\200 b\012' | tokenize 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd ef bf bd ef bf bd 62 

=== tokenize: invalid UTF-8, low surrogate (ED BF BF): replaced, one warning
$ printf 'a \355\277\277 b\012' | tokenize > $T/out; echo "status $?"
> status 0
! tokenize: standard input: 3 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== tokenize: invalid UTF-8, low surrogate (ED BF BF): U+FFFD stays in the text
$ printf 'a \355\277\277 b\012' | tokenize 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd ef bf bd ef bf bd 62 

=== tokenize: invalid UTF-8, above U+10FFFF (F4 90 80 80): replaced, one warning
$ printf 'a \364\220\200\200 b\012' | tokenize > $T/out; echo "status $?"
> status 0
! tokenize: standard input: 4 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== tokenize: invalid UTF-8, above U+10FFFF (F4 90 80 80): U+FFFD stays in the text
$ printf 'a \364\220\200\200 b\012' | tokenize 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd ef bf bd ef bf bd ef bf bd 62 

=== tokenize: invalid UTF-8, 5-byte form (F8 88 80 80 80): replaced, one warning
$ printf 'a \370\210\200\200\200 b\012' | tokenize > $T/out; echo "status $?"
> status 0
! tokenize: standard input: 5 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== tokenize: invalid UTF-8, 5-byte form (F8 88 80 80 80): U+FFFD stays in the text
$ printf 'a \370\210\200\200\200 b\012' | tokenize 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd ef bf bd ef bf bd ef bf bd ef bf bd 62 

=== tokenize: invalid UTF-8, truncated sequence inside a line (E2 82): replaced, one warning
$ printf 'a \342\202 b\012' | tokenize > $T/out; echo "status $?"
> status 0
! tokenize: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== tokenize: invalid UTF-8, truncated sequence inside a line (E2 82): U+FFFD stays in the text
$ printf 'a \342\202 b\012' | tokenize 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd 62 

=== tokenize: invalid UTF-8, truncated sequence at the end of input (F0 9F 98): replaced, one warning
$ printf 'a b \360\237\230' | tokenize > $T/out; echo "status $?"
> status 0
! tokenize: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 4)

=== tokenize: invalid UTF-8, truncated sequence at the end of input (F0 9F 98): U+FFFD stays in the text
$ printf 'a b \360\237\230' | tokenize 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 62 ef bf bd 

=== tokenize: invalid UTF-8, stray continuation byte (80): replaced, one warning
$ printf 'a \200 b\012' | tokenize > $T/out; echo "status $?"
> status 0
! tokenize: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== tokenize: invalid UTF-8, stray continuation byte (80): U+FFFD stays in the text
$ printf 'a \200 b\012' | tokenize 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd 62 

=== tokenize: invalid UTF-8, stray continuation bytes (BF BF): replaced, one warning
$ printf 'a \277\277 b\012' | tokenize > $T/out; echo "status $?"
> status 0
! tokenize: standard input: 2 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== tokenize: invalid UTF-8, stray continuation bytes (BF BF): U+FFFD stays in the text
$ printf 'a \277\277 b\012' | tokenize 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd ef bf bd 62 

=== tokenize: invalid UTF-8, byte FF: replaced, one warning
$ printf 'a \377 b\012' | tokenize > $T/out; echo "status $?"
> status 0
! tokenize: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== tokenize: invalid UTF-8, byte FF: U+FFFD stays in the text
$ printf 'a \377 b\012' | tokenize 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd 62 

=== tokenize: invalid UTF-8, byte FE: replaced, one warning
$ printf 'a \376 b\012' | tokenize > $T/out; echo "status $?"
> status 0
! tokenize: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== tokenize: invalid UTF-8, byte FE: U+FFFD stays in the text
$ printf 'a \376 b\012' | tokenize 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd 62 

=== tokenize: invalid UTF-8, byte F5: replaced, one warning
$ printf 'a \365 b\012' | tokenize > $T/out; echo "status $?"
> status 0
! tokenize: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== tokenize: invalid UTF-8, byte F5: U+FFFD stays in the text
$ printf 'a \365 b\012' | tokenize 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd 62 

=== tokenize: --invalid=drop drops the bad bytes, with one warning
$ printf 'good line\nbad \377 line\nand \300\257 more\n' | tokenize --invalid=drop > $T/drop; echo "status $?"
$ printf 'good line\nbad  line\nand  more\n' | tokenize > $T/want
$ cmp $T/want $T/drop && echo same
> status 0
> same
! tokenize: standard input: 3 invalid UTF-8 sequences dropped (first at byte 14)

=== tokenize: --invalid=fail stops at the first bad byte, names file and offset
$ cd $T && printf 'good line\nbad \377 line\nmore\n' > f
$ tokenize --invalid=fail f > out; echo "status $?"
$ grep -c -e bad -e more out || :
> status 1
> 0
! tokenize: f: invalid UTF-8 input at byte 14

=== tokenize: --invalid=fail reads no operand after the bad one
$ cd $T && printf 'bad \377\n' > f && printf 'fine\n' > g
$ tokenize --invalid=fail f g > out; echo "status $?"
$ grep -c fine out || :
> status 1
> 0
! tokenize: f: invalid UTF-8 input at byte 4

=== tokenize: --invalid=fail passes on the whole lines before the error
$ printf 'good line\n' | tokenize > $T/want
$ printf 'good line\nbad \377 line\n' | tokenize --invalid=fail > $T/got; echo "status $?"
$ cmp $T/want $T/got && echo same
> status 1
> same
! tokenize: standard input: invalid UTF-8 input at byte 14

=== tokenize: valid UTF-8 under --invalid=fail is no error
$ printf 'Caf\303\251 \360\237\230\200 \344\275\240\345\245\275.\n' | tokenize > $T/want
$ printf 'Caf\303\251 \360\237\230\200 \344\275\240\345\245\275.\n' | tokenize --invalid=fail > $T/got; echo "status $?"
$ cmp $T/want $T/got && echo same
> status 0
> same

=== tokenize: the warning names each file with bad bytes, once
$ cd $T && printf 'a \377 \377 b\n' > f && printf 'ok\n' > g && printf '\200\n' > h
$ tokenize f g h > /dev/null; echo "status $?"
> status 0
! tokenize: f: 2 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)
! tokenize: h: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 0)

=== tokenize: a sequence cut by the end of a file is not joined to the next file
$ cd $T && printf 'a \342\202' > f && printf '\254 b\n' > g
$ tokenize f g > /dev/null; echo "status $?"
> status 0
! tokenize: f: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)
! tokenize: g: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 0)

=== tokenize: invalid UTF-16 (lone surrogate, odd length) is replaced with a warning
$ printf '\377\376a\000\000\330 \000b\000\n\000x' | tokenize > /dev/null; echo "status $?"
> status 0
! tokenize: standard input: 2 invalid UTF-16LE sequences replaced with U+FFFD

=== tokenize: NUL bytes are data, not the end of a line or file
$ printf 'one\000two three\nfour\n' | tokenize > $T/out; echo "status $?"
$ tr -d ' \n' < $T/out | od -An -c | tr -s ' \n' '  '; echo
> status 0
>  o n e \0 t w o t h r e e f o u r 

=== tokenize: a binary file: status 0, one warning, valid UTF-8 out
$ python3 -c 'import random,sys; r=random.Random(9); sys.stdout.buffer.write(bytes(r.randrange(256) for _ in range(300000)))' > $T/bin
$ tokenize $T/bin > $T/out 2> $T/err; echo "status $?"
$ iconv -f UTF-8 -t UTF-8 $T/out > /dev/null && echo valid
$ grep -c 'invalid UTF-8 sequences replaced with U+FFFD (first at byte ' $T/err
> status 0
> valid
> 1

=== tokenize: a binary file under --invalid=fail: status 1, nothing after the error
$ python3 -c 'import sys; sys.stdout.buffer.write(b"text line\n\x7fELF\x02\x01\x01\x00\x00\x00\xff\xfe\n" * 100)' > $T/bin
$ tokenize --invalid=fail $T/bin > $T/out; echo "status $?"
$ grep -c ELF $T/out || :
> status 1
> 0
! invalid UTF-8 input at byte 20

=== tokenize: a directory operand is reported, the other operands are read
$ cd $T && printf 'Hello world.\n' > a && mkdir d
$ tokenize a > want
$ tokenize d a > got; echo "status $?"
$ cmp want got && echo same
> status 1
> same
! tokenize: d: Is a directory

=== tokenize: an unreadable file is reported, the other operands are read
# As root, permission bits do not stop reading: then /proc/self/mem, whose
# read at offset 0 fails (EIO), stands in for the unreadable file.
$ cd $T && printf 'Hello world.\n' > a && printf 'secret\n' > u && chmod 000 u
$ if [ "$(id -u)" = 0 ] && [ -e /proc/self/mem ]; then u=/proc/self/mem; else u=u; fi
$ tokenize a > want
$ tokenize "$u" a > got 2> err; echo "status $?"
$ cmp want got && echo same
$ grep -c -e "^tokenize: u: Permission denied$" -e "^tokenize: /proc/self/mem: Input/output error$" err
> status 1
> same
> 1

=== tokenize: an unknown --encoding is a usage error
$ tokenize --encoding=no-such-encoding < /dev/null
? 2
! tokenize: unknown encoding 'no-such-encoding'
! Try 'tokenize --help' for more information.

=== tokenize: an empty --encoding is a usage error (iconv would take the locale's)
$ tokenize --encoding= < /dev/null
? 2
! tokenize: unknown encoding ''

=== tokenize: an unknown --invalid policy is a usage error listing the choices
$ tokenize --invalid=maybe < /dev/null
? 2
! tokenize: invalid value 'maybe' for --invalid; valid values are: 'replace', 'drop', 'fail'
! Try 'tokenize --help' for more information.

=== tokenize: invalid bytes in a legacy encoding are replaced with a warning
$ printf 'a \201 b\n' | tokenize --encoding=cp1252 > /dev/null; echo "status $?"
> status 0
! tokenize: standard input: 1 invalid cp1252 sequence replaced with U+FFFD (first at byte 2)

=== tokenize: a very long line without a newline is processed whole
$ n=3000000; [ -n "${TK_WRAP:-}" ] && n=300000
$ yes 'word ' 2>/dev/null | tr -d '\n' | head -c $n > $T/long
$ tokenize $T/long > $T/out; echo "status $?"
$ test -s $T/out && echo output
> status 0
> output

# ---------------------------------------------------------------- sentence-split
=== sentence-split: invalid UTF-8, overlong 2-byte (C0 AF): replaced, one warning
$ printf 'a \300\257 b\012' | sentence-split > $T/out; echo "status $?"
> status 0
! sentence-split: standard input: 2 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== sentence-split: invalid UTF-8, overlong 2-byte (C0 AF): U+FFFD stays in the text
$ printf 'a \300\257 b\012' | sentence-split 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd ef bf bd 62 

=== sentence-split: invalid UTF-8, overlong 3-byte (E0 80 AF): replaced, one warning
$ printf 'a \340\200\257 b\012' | sentence-split > $T/out; echo "status $?"
> status 0
! sentence-split: standard input: 3 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== sentence-split: invalid UTF-8, overlong 3-byte (E0 80 AF): U+FFFD stays in the text
$ printf 'a \340\200\257 b\012' | sentence-split 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd ef bf bd ef bf bd 62 

=== sentence-split: invalid UTF-8, overlong 4-byte (F0 80 80 AF): replaced, one warning
$ printf 'a \360\200\200\257 b\012' | sentence-split > $T/out; echo "status $?"
> status 0
! sentence-split: standard input: 4 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== sentence-split: invalid UTF-8, overlong 4-byte (F0 80 80 AF): U+FFFD stays in the text
$ printf 'a \360\200\200\257 b\012' | sentence-split 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd ef bf bd ef bf bd ef bf bd 62 

=== sentence-split: invalid UTF-8, UTF-16 surrogate (ED A0 80): replaced, one warning
$ printf 'a \355\240\200 b\012' | sentence-split > $T/out; echo "status $?"
> status 0
! sentence-split: standard input: 3 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== sentence-split: invalid UTF-8, UTF-16 surrogate (ED A0 80): U+FFFD stays in the text
$ printf 'a \355\240\200 b\012' | sentence-split 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd ef bf bd ef bf bd 62 

=== sentence-split: invalid UTF-8, low surrogate (ED BF BF): replaced, one warning
$ printf 'a \355\277\277 b\012' | sentence-split > $T/out; echo "status $?"
> status 0
! sentence-split: standard input: 3 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== sentence-split: invalid UTF-8, low surrogate (ED BF BF): U+FFFD stays in the text
$ printf 'a \355\277\277 b\012' | sentence-split 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd ef bf bd ef bf bd 62 

=== sentence-split: invalid UTF-8, above U+10FFFF (F4 90 80 80): replaced, one warning
$ printf 'a \364\220\200\200 b\012' | sentence-split > $T/out; echo "status $?"
> status 0
! sentence-split: standard input: 4 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== sentence-split: invalid UTF-8, above U+10FFFF (F4 90 80 80): U+FFFD stays in the text
$ printf 'a \364\220\200\200 b\012' | sentence-split 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd ef bf bd ef bf bd ef bf bd 62 

=== sentence-split: invalid UTF-8, 5-byte form (F8 88 80 80 80): replaced, one warning
$ printf 'a \370\210\200\200\200 b\012' | sentence-split > $T/out; echo "status $?"
> status 0
! sentence-split: standard input: 5 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== sentence-split: invalid UTF-8, 5-byte form (F8 88 80 80 80): U+FFFD stays in the text
$ printf 'a \370\210\200\200\200 b\012' | sentence-split 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd ef bf bd ef bf bd ef bf bd ef bf bd 62 

=== sentence-split: invalid UTF-8, truncated sequence inside a line (E2 82): replaced, one warning
$ printf 'a \342\202 b\012' | sentence-split > $T/out; echo "status $?"
> status 0
! sentence-split: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== sentence-split: invalid UTF-8, truncated sequence inside a line (E2 82): U+FFFD stays in the text
$ printf 'a \342\202 b\012' | sentence-split 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd 62 

=== sentence-split: invalid UTF-8, truncated sequence at the end of input (F0 9F 98): replaced, one warning
$ printf 'a b \360\237\230' | sentence-split > $T/out; echo "status $?"
> status 0
! sentence-split: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 4)

=== sentence-split: invalid UTF-8, truncated sequence at the end of input (F0 9F 98): U+FFFD stays in the text
$ printf 'a b \360\237\230' | sentence-split 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 62 ef bf bd 

=== sentence-split: invalid UTF-8, stray continuation byte (80): replaced, one warning
$ printf 'a \200 b\012' | sentence-split > $T/out; echo "status $?"
> status 0
! sentence-split: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== sentence-split: invalid UTF-8, stray continuation byte (80): U+FFFD stays in the text
$ printf 'a \200 b\012' | sentence-split 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd 62 

=== sentence-split: invalid UTF-8, stray continuation bytes (BF BF): replaced, one warning
$ printf 'a \277\277 b\012' | sentence-split > $T/out; echo "status $?"
> status 0
! sentence-split: standard input: 2 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== sentence-split: invalid UTF-8, stray continuation bytes (BF BF): U+FFFD stays in the text
$ printf 'a \277\277 b\012' | sentence-split 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd ef bf bd 62 

=== sentence-split: invalid UTF-8, byte FF: replaced, one warning
$ printf 'a \377 b\012' | sentence-split > $T/out; echo "status $?"
> status 0
! sentence-split: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== sentence-split: invalid UTF-8, byte FF: U+FFFD stays in the text
$ printf 'a \377 b\012' | sentence-split 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd 62 

=== sentence-split: invalid UTF-8, byte FE: replaced, one warning
$ printf 'a \376 b\012' | sentence-split > $T/out; echo "status $?"
> status 0
! sentence-split: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== sentence-split: invalid UTF-8, byte FE: U+FFFD stays in the text
$ printf 'a \376 b\012' | sentence-split 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd 62 

=== sentence-split: invalid UTF-8, byte F5: replaced, one warning
$ printf 'a \365 b\012' | sentence-split > $T/out; echo "status $?"
> status 0
! sentence-split: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== sentence-split: invalid UTF-8, byte F5: U+FFFD stays in the text
$ printf 'a \365 b\012' | sentence-split 2>/dev/null | tr -d ' \n' | od -An -tx1 | tr -s ' \n' '  '; echo
>  61 ef bf bd 62 

=== sentence-split: --invalid=drop drops the bad bytes, with one warning
$ printf 'good line\nbad \377 line\nand \300\257 more\n' | sentence-split --invalid=drop > $T/drop; echo "status $?"
$ printf 'good line\nbad  line\nand  more\n' | sentence-split > $T/want
$ cmp $T/want $T/drop && echo same
> status 0
> same
! sentence-split: standard input: 3 invalid UTF-8 sequences dropped (first at byte 14)

=== sentence-split: --invalid=fail stops at the first bad byte, names file and offset
$ cd $T && printf 'good line\nbad \377 line\nmore\n' > f
$ sentence-split --invalid=fail f > out; echo "status $?"
$ grep -c -e bad -e more out || :
> status 1
> 0
! sentence-split: f: invalid UTF-8 input at byte 14

=== sentence-split: --invalid=fail reads no operand after the bad one
$ cd $T && printf 'bad \377\n' > f && printf 'fine\n' > g
$ sentence-split --invalid=fail f g > out; echo "status $?"
$ grep -c fine out || :
> status 1
> 0
! sentence-split: f: invalid UTF-8 input at byte 4

=== sentence-split: --invalid=fail passes on the whole lines before the error
$ printf 'good line\n' | sentence-split > $T/want
$ printf 'good line\nbad \377 line\n' | sentence-split --invalid=fail > $T/got; echo "status $?"
$ cmp $T/want $T/got && echo same
> status 1
> same
! sentence-split: standard input: invalid UTF-8 input at byte 14

=== sentence-split: valid UTF-8 under --invalid=fail is no error
$ printf 'Caf\303\251 \360\237\230\200 \344\275\240\345\245\275.\n' | sentence-split > $T/want
$ printf 'Caf\303\251 \360\237\230\200 \344\275\240\345\245\275.\n' | sentence-split --invalid=fail > $T/got; echo "status $?"
$ cmp $T/want $T/got && echo same
> status 0
> same

=== sentence-split: the warning names each file with bad bytes, once
$ cd $T && printf 'a \377 \377 b\n' > f && printf 'ok\n' > g && printf '\200\n' > h
$ sentence-split f g h > /dev/null; echo "status $?"
> status 0
! sentence-split: f: 2 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)
! sentence-split: h: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 0)

=== sentence-split: a sequence cut by the end of a file is not joined to the next file
$ cd $T && printf 'a \342\202' > f && printf '\254 b\n' > g
$ sentence-split f g > /dev/null; echo "status $?"
> status 0
! sentence-split: f: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)
! sentence-split: g: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 0)

=== sentence-split: invalid UTF-16 (lone surrogate, odd length) is replaced with a warning
$ printf '\377\376a\000\000\330 \000b\000\n\000x' | sentence-split > /dev/null; echo "status $?"
> status 0
! sentence-split: standard input: 2 invalid UTF-16LE sequences replaced with U+FFFD

=== sentence-split: NUL bytes are data, not the end of a line or file
$ printf 'one\000two three\nfour\n' | sentence-split > $T/out; echo "status $?"
$ tr -d ' \n' < $T/out | od -An -c | tr -s ' \n' '  '; echo
> status 0
>  o n e \0 t w o t h r e e f o u r 

=== sentence-split: a binary file: status 0, one warning, valid UTF-8 out
$ python3 -c 'import random,sys; r=random.Random(9); sys.stdout.buffer.write(bytes(r.randrange(256) for _ in range(300000)))' > $T/bin
$ sentence-split $T/bin > $T/out 2> $T/err; echo "status $?"
$ iconv -f UTF-8 -t UTF-8 $T/out > /dev/null && echo valid
$ grep -c 'invalid UTF-8 sequences replaced with U+FFFD (first at byte ' $T/err
> status 0
> valid
> 1

=== sentence-split: a binary file under --invalid=fail: status 1, nothing after the error
$ python3 -c 'import sys; sys.stdout.buffer.write(b"text line\n\x7fELF\x02\x01\x01\x00\x00\x00\xff\xfe\n" * 100)' > $T/bin
$ sentence-split --invalid=fail $T/bin > $T/out; echo "status $?"
$ grep -c ELF $T/out || :
> status 1
> 0
! invalid UTF-8 input at byte 20

=== sentence-split: a directory operand is reported, the other operands are read
$ cd $T && printf 'Hello world.\n' > a && mkdir d
$ sentence-split a > want
$ sentence-split d a > got; echo "status $?"
$ cmp want got && echo same
> status 1
> same
! sentence-split: d: Is a directory

=== sentence-split: an unreadable file is reported, the other operands are read
# As root, permission bits do not stop reading: then /proc/self/mem, whose
# read at offset 0 fails (EIO), stands in for the unreadable file.
$ cd $T && printf 'Hello world.\n' > a && printf 'secret\n' > u && chmod 000 u
$ if [ "$(id -u)" = 0 ] && [ -e /proc/self/mem ]; then u=/proc/self/mem; else u=u; fi
$ sentence-split a > want
$ sentence-split "$u" a > got 2> err; echo "status $?"
$ cmp want got && echo same
$ grep -c -e "^sentence-split: u: Permission denied$" -e "^sentence-split: /proc/self/mem: Input/output error$" err
> status 1
> same
> 1

=== sentence-split: an unknown --encoding is a usage error
$ sentence-split --encoding=no-such-encoding < /dev/null
? 2
! sentence-split: unknown encoding 'no-such-encoding'
! Try 'sentence-split --help' for more information.

=== sentence-split: an empty --encoding is a usage error (iconv would take the locale's)
$ sentence-split --encoding= < /dev/null
? 2
! sentence-split: unknown encoding ''

=== sentence-split: an unknown --invalid policy is a usage error listing the choices
$ sentence-split --invalid=maybe < /dev/null
? 2
! sentence-split: invalid value 'maybe' for --invalid; valid values are: 'replace', 'drop', 'fail'
! Try 'sentence-split --help' for more information.

=== sentence-split: invalid bytes in a legacy encoding are replaced with a warning
$ printf 'a \201 b\n' | sentence-split --encoding=cp1252 > /dev/null; echo "status $?"
> status 0
! sentence-split: standard input: 1 invalid cp1252 sequence replaced with U+FFFD (first at byte 2)

=== sentence-split: a very long line without a newline is processed whole
$ n=3000000; [ -n "${TK_WRAP:-}" ] && n=300000
$ yes 'word ' 2>/dev/null | tr -d '\n' | head -c $n > $T/long
$ sentence-split $T/long > $T/out; echo "status $?"
$ test -s $T/out && echo output
> status 0
> output

# ---------------------------------------------------------------- wordfreq
=== wordfreq: invalid UTF-8, overlong 2-byte (C0 AF): replaced, one warning
$ printf 'a \300\257 b\012' | wordfreq > $T/out; echo "status $?"
> status 0
! wordfreq: standard input: 2 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== wordfreq: invalid UTF-8, overlong 3-byte (E0 80 AF): replaced, one warning
$ printf 'a \340\200\257 b\012' | wordfreq > $T/out; echo "status $?"
> status 0
! wordfreq: standard input: 3 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== wordfreq: invalid UTF-8, overlong 4-byte (F0 80 80 AF): replaced, one warning
$ printf 'a \360\200\200\257 b\012' | wordfreq > $T/out; echo "status $?"
> status 0
! wordfreq: standard input: 4 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== wordfreq: invalid UTF-8, UTF-16 surrogate (ED A0 80): replaced, one warning
$ printf 'a \355\240\200 b\012' | wordfreq > $T/out; echo "status $?"
> status 0
! wordfreq: standard input: 3 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== wordfreq: invalid UTF-8, low surrogate (ED BF BF): replaced, one warning
$ printf 'a \355\277\277 b\012' | wordfreq > $T/out; echo "status $?"
> status 0
! wordfreq: standard input: 3 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== wordfreq: invalid UTF-8, above U+10FFFF (F4 90 80 80): replaced, one warning
$ printf 'a \364\220\200\200 b\012' | wordfreq > $T/out; echo "status $?"
> status 0
! wordfreq: standard input: 4 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== wordfreq: invalid UTF-8, 5-byte form (F8 88 80 80 80): replaced, one warning
$ printf 'a \370\210\200\200\200 b\012' | wordfreq > $T/out; echo "status $?"
> status 0
! wordfreq: standard input: 5 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== wordfreq: invalid UTF-8, truncated sequence inside a line (E2 82): replaced, one warning
$ printf 'a \342\202 b\012' | wordfreq > $T/out; echo "status $?"
> status 0
! wordfreq: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== wordfreq: invalid UTF-8, truncated sequence at the end of input (F0 9F 98): replaced, one warning
$ printf 'a b \360\237\230' | wordfreq > $T/out; echo "status $?"
> status 0
! wordfreq: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 4)

=== wordfreq: invalid UTF-8, stray continuation byte (80): replaced, one warning
$ printf 'a \200 b\012' | wordfreq > $T/out; echo "status $?"
> status 0
! wordfreq: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== wordfreq: invalid UTF-8, stray continuation bytes (BF BF): replaced, one warning
$ printf 'a \277\277 b\012' | wordfreq > $T/out; echo "status $?"
> status 0
! wordfreq: standard input: 2 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== wordfreq: invalid UTF-8, byte FF: replaced, one warning
$ printf 'a \377 b\012' | wordfreq > $T/out; echo "status $?"
> status 0
! wordfreq: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== wordfreq: invalid UTF-8, byte FE: replaced, one warning
$ printf 'a \376 b\012' | wordfreq > $T/out; echo "status $?"
> status 0
! wordfreq: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== wordfreq: invalid UTF-8, byte F5: replaced, one warning
$ printf 'a \365 b\012' | wordfreq > $T/out; echo "status $?"
> status 0
! wordfreq: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== wordfreq: --invalid=drop drops the bad bytes, with one warning
$ printf 'good line\nbad \377 line\nand \300\257 more\n' | wordfreq --invalid=drop > $T/drop; echo "status $?"
$ printf 'good line\nbad  line\nand  more\n' | wordfreq > $T/want
$ cmp $T/want $T/drop && echo same
> status 0
> same
! wordfreq: standard input: 3 invalid UTF-8 sequences dropped (first at byte 14)

=== wordfreq: --invalid=fail stops at the first bad byte, names file and offset
$ cd $T && printf 'good line\nbad \377 line\nmore\n' > f
$ wordfreq --invalid=fail f > out; echo "status $?"
$ grep -c -e bad -e more out || :
> status 1
> 0
! wordfreq: f: invalid UTF-8 input at byte 14

=== wordfreq: --invalid=fail reads no operand after the bad one
$ cd $T && printf 'bad \377\n' > f && printf 'fine\n' > g
$ wordfreq --invalid=fail f g > out; echo "status $?"
$ grep -c fine out || :
> status 1
> 0
! wordfreq: f: invalid UTF-8 input at byte 4

=== wordfreq: --invalid=fail prints no partial table
$ printf 'good line\ngood line\nbad \377 line\n' | wordfreq --invalid=fail; echo "status $?"
> status 1
! wordfreq: standard input: invalid UTF-8 input at byte 24

=== wordfreq: valid UTF-8 under --invalid=fail is no error
$ printf 'Caf\303\251 \360\237\230\200 \344\275\240\345\245\275.\n' | wordfreq > $T/want
$ printf 'Caf\303\251 \360\237\230\200 \344\275\240\345\245\275.\n' | wordfreq --invalid=fail > $T/got; echo "status $?"
$ cmp $T/want $T/got && echo same
> status 0
> same

=== wordfreq: the warning names each file with bad bytes, once
$ cd $T && printf 'a \377 \377 b\n' > f && printf 'ok\n' > g && printf '\200\n' > h
$ wordfreq f g h > /dev/null; echo "status $?"
> status 0
! wordfreq: f: 2 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)
! wordfreq: h: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 0)

=== wordfreq: a sequence cut by the end of a file is not joined to the next file
$ cd $T && printf 'a \342\202' > f && printf '\254 b\n' > g
$ wordfreq f g > /dev/null; echo "status $?"
> status 0
! wordfreq: f: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)
! wordfreq: g: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 0)

=== wordfreq: invalid UTF-16 (lone surrogate, odd length) is replaced with a warning
$ printf '\377\376a\000\000\330 \000b\000\n\000x' | wordfreq > /dev/null; echo "status $?"
> status 0
! wordfreq: standard input: 2 invalid UTF-16LE sequences replaced with U+FFFD

=== wordfreq: NUL bytes are data, not the end of a line or file
$ printf 'one\000two three\nfour\n' | wordfreq > $T/out; echo "status $?"
$ tr '\000' '@' < $T/out | grep -o -e one -e two -e three -e four | sort
> status 0
> four
> one
> three
> two

=== wordfreq: a binary file: status 0, one warning, valid UTF-8 out
$ python3 -c 'import random,sys; r=random.Random(9); sys.stdout.buffer.write(bytes(r.randrange(256) for _ in range(300000)))' > $T/bin
$ wordfreq $T/bin > $T/out 2> $T/err; echo "status $?"
$ iconv -f UTF-8 -t UTF-8 $T/out > /dev/null && echo valid
$ grep -c 'invalid UTF-8 sequences replaced with U+FFFD (first at byte ' $T/err
> status 0
> valid
> 1

=== wordfreq: a binary file under --invalid=fail: status 1, nothing after the error
$ python3 -c 'import sys; sys.stdout.buffer.write(b"text line\n\x7fELF\x02\x01\x01\x00\x00\x00\xff\xfe\n" * 100)' > $T/bin
$ wordfreq --invalid=fail $T/bin > $T/out; echo "status $?"
$ grep -c ELF $T/out || :
> status 1
> 0
! invalid UTF-8 input at byte 20

=== wordfreq: a directory operand is reported, the other operands are read
$ cd $T && printf 'Hello world.\n' > a && mkdir d
$ wordfreq a > want
$ wordfreq d a > got; echo "status $?"
$ cmp want got && echo same
> status 1
> same
! wordfreq: d: Is a directory

=== wordfreq: an unreadable file is reported, the other operands are read
# As root, permission bits do not stop reading: then /proc/self/mem, whose
# read at offset 0 fails (EIO), stands in for the unreadable file.
$ cd $T && printf 'Hello world.\n' > a && printf 'secret\n' > u && chmod 000 u
$ if [ "$(id -u)" = 0 ] && [ -e /proc/self/mem ]; then u=/proc/self/mem; else u=u; fi
$ wordfreq a > want
$ wordfreq "$u" a > got 2> err; echo "status $?"
$ cmp want got && echo same
$ grep -c -e "^wordfreq: u: Permission denied$" -e "^wordfreq: /proc/self/mem: Input/output error$" err
> status 1
> same
> 1

=== wordfreq: an unknown --encoding is a usage error
$ wordfreq --encoding=no-such-encoding < /dev/null
? 2
! wordfreq: unknown encoding 'no-such-encoding'
! Try 'wordfreq --help' for more information.

=== wordfreq: an empty --encoding is a usage error (iconv would take the locale's)
$ wordfreq --encoding= < /dev/null
? 2
! wordfreq: unknown encoding ''

=== wordfreq: an unknown --invalid policy is a usage error listing the choices
$ wordfreq --invalid=maybe < /dev/null
? 2
! wordfreq: invalid value 'maybe' for --invalid; valid values are: 'replace', 'drop', 'fail'
! Try 'wordfreq --help' for more information.

=== wordfreq: invalid bytes in a legacy encoding are replaced with a warning
$ printf 'a \201 b\n' | wordfreq --encoding=cp1252 > /dev/null; echo "status $?"
> status 0
! wordfreq: standard input: 1 invalid cp1252 sequence replaced with U+FFFD (first at byte 2)

=== wordfreq: a very long line without a newline is processed whole
$ n=3000000; [ -n "${TK_WRAP:-}" ] && n=300000
$ yes 'word ' 2>/dev/null | tr -d '\n' | head -c $n > $T/long
$ wordfreq $T/long > $T/out; echo "status $?"
$ test -s $T/out && echo output
> status 0
> output

# ---------------------------------------------------------------- ngram
=== ngram: invalid UTF-8, overlong 2-byte (C0 AF): replaced, one warning
$ printf 'a \300\257 b\012' | ngram > $T/out; echo "status $?"
> status 0
! ngram: standard input: 2 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== ngram: invalid UTF-8, overlong 3-byte (E0 80 AF): replaced, one warning
$ printf 'a \340\200\257 b\012' | ngram > $T/out; echo "status $?"
> status 0
! ngram: standard input: 3 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== ngram: invalid UTF-8, overlong 4-byte (F0 80 80 AF): replaced, one warning
$ printf 'a \360\200\200\257 b\012' | ngram > $T/out; echo "status $?"
> status 0
! ngram: standard input: 4 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== ngram: invalid UTF-8, UTF-16 surrogate (ED A0 80): replaced, one warning
$ printf 'a \355\240\200 b\012' | ngram > $T/out; echo "status $?"
> status 0
! ngram: standard input: 3 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== ngram: invalid UTF-8, low surrogate (ED BF BF): replaced, one warning
$ printf 'a \355\277\277 b\012' | ngram > $T/out; echo "status $?"
> status 0
! ngram: standard input: 3 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== ngram: invalid UTF-8, above U+10FFFF (F4 90 80 80): replaced, one warning
$ printf 'a \364\220\200\200 b\012' | ngram > $T/out; echo "status $?"
> status 0
! ngram: standard input: 4 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== ngram: invalid UTF-8, 5-byte form (F8 88 80 80 80): replaced, one warning
$ printf 'a \370\210\200\200\200 b\012' | ngram > $T/out; echo "status $?"
> status 0
! ngram: standard input: 5 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== ngram: invalid UTF-8, truncated sequence inside a line (E2 82): replaced, one warning
$ printf 'a \342\202 b\012' | ngram > $T/out; echo "status $?"
> status 0
! ngram: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== ngram: invalid UTF-8, truncated sequence at the end of input (F0 9F 98): replaced, one warning
$ printf 'a b \360\237\230' | ngram > $T/out; echo "status $?"
> status 0
! ngram: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 4)

=== ngram: invalid UTF-8, stray continuation byte (80): replaced, one warning
$ printf 'a \200 b\012' | ngram > $T/out; echo "status $?"
> status 0
! ngram: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== ngram: invalid UTF-8, stray continuation bytes (BF BF): replaced, one warning
$ printf 'a \277\277 b\012' | ngram > $T/out; echo "status $?"
> status 0
! ngram: standard input: 2 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)

=== ngram: invalid UTF-8, byte FF: replaced, one warning
$ printf 'a \377 b\012' | ngram > $T/out; echo "status $?"
> status 0
! ngram: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== ngram: invalid UTF-8, byte FE: replaced, one warning
$ printf 'a \376 b\012' | ngram > $T/out; echo "status $?"
> status 0
! ngram: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== ngram: invalid UTF-8, byte F5: replaced, one warning
$ printf 'a \365 b\012' | ngram > $T/out; echo "status $?"
> status 0
! ngram: standard input: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)

=== ngram: --invalid=drop drops the bad bytes, with one warning
$ printf 'good line\nbad \377 line\nand \300\257 more\n' | ngram --invalid=drop > $T/drop; echo "status $?"
$ printf 'good line\nbad  line\nand  more\n' | ngram > $T/want
$ cmp $T/want $T/drop && echo same
> status 0
> same
! ngram: standard input: 3 invalid UTF-8 sequences dropped (first at byte 14)

=== ngram: --invalid=fail stops at the first bad byte, names file and offset
$ cd $T && printf 'good line\nbad \377 line\nmore\n' > f
$ ngram --invalid=fail f > out; echo "status $?"
$ grep -c -e bad -e more out || :
> status 1
> 0
! ngram: f: invalid UTF-8 input at byte 14

=== ngram: --invalid=fail reads no operand after the bad one
$ cd $T && printf 'bad \377\n' > f && printf 'fine\n' > g
$ ngram --invalid=fail f g > out; echo "status $?"
$ grep -c fine out || :
> status 1
> 0
! ngram: f: invalid UTF-8 input at byte 4

=== ngram: --invalid=fail prints no partial table
$ printf 'good line\ngood line\nbad \377 line\n' | ngram --invalid=fail; echo "status $?"
> status 1
! ngram: standard input: invalid UTF-8 input at byte 24

=== ngram: valid UTF-8 under --invalid=fail is no error
$ printf 'Caf\303\251 \360\237\230\200 \344\275\240\345\245\275.\n' | ngram > $T/want
$ printf 'Caf\303\251 \360\237\230\200 \344\275\240\345\245\275.\n' | ngram --invalid=fail > $T/got; echo "status $?"
$ cmp $T/want $T/got && echo same
> status 0
> same

=== ngram: the warning names each file with bad bytes, once
$ cd $T && printf 'a \377 \377 b\n' > f && printf 'ok\n' > g && printf '\200\n' > h
$ ngram f g h > /dev/null; echo "status $?"
> status 0
! ngram: f: 2 invalid UTF-8 sequences replaced with U+FFFD (first at byte 2)
! ngram: h: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 0)

=== ngram: a sequence cut by the end of a file is not joined to the next file
$ cd $T && printf 'a \342\202' > f && printf '\254 b\n' > g
$ ngram f g > /dev/null; echo "status $?"
> status 0
! ngram: f: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 2)
! ngram: g: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 0)

=== ngram: invalid UTF-16 (lone surrogate, odd length) is replaced with a warning
$ printf '\377\376a\000\000\330 \000b\000\n\000x' | ngram > /dev/null; echo "status $?"
> status 0
! ngram: standard input: 2 invalid UTF-16LE sequences replaced with U+FFFD

=== ngram: NUL bytes are data, not the end of a line or file
$ printf 'one\000two three\nfour\n' | ngram -n 1 > $T/out; echo "status $?"
$ tr '\000' '@' < $T/out | grep -o -e one -e two -e three -e four | sort
> status 0
> four
> one
> three
> two

=== ngram: a binary file: status 0, one warning, valid UTF-8 out
$ python3 -c 'import random,sys; r=random.Random(9); sys.stdout.buffer.write(bytes(r.randrange(256) for _ in range(300000)))' > $T/bin
$ ngram $T/bin > $T/out 2> $T/err; echo "status $?"
$ iconv -f UTF-8 -t UTF-8 $T/out > /dev/null && echo valid
$ grep -c 'invalid UTF-8 sequences replaced with U+FFFD (first at byte ' $T/err
> status 0
> valid
> 1

=== ngram: a binary file under --invalid=fail: status 1, nothing after the error
$ python3 -c 'import sys; sys.stdout.buffer.write(b"text line\n\x7fELF\x02\x01\x01\x00\x00\x00\xff\xfe\n" * 100)' > $T/bin
$ ngram --invalid=fail $T/bin > $T/out; echo "status $?"
$ grep -c ELF $T/out || :
> status 1
> 0
! invalid UTF-8 input at byte 20

=== ngram: a directory operand is reported, the other operands are read
$ cd $T && printf 'Hello world.\n' > a && mkdir d
$ ngram a > want
$ ngram d a > got; echo "status $?"
$ cmp want got && echo same
> status 1
> same
! ngram: d: Is a directory

=== ngram: an unreadable file is reported, the other operands are read
# As root, permission bits do not stop reading: then /proc/self/mem, whose
# read at offset 0 fails (EIO), stands in for the unreadable file.
$ cd $T && printf 'Hello world.\n' > a && printf 'secret\n' > u && chmod 000 u
$ if [ "$(id -u)" = 0 ] && [ -e /proc/self/mem ]; then u=/proc/self/mem; else u=u; fi
$ ngram a > want
$ ngram "$u" a > got 2> err; echo "status $?"
$ cmp want got && echo same
$ grep -c -e "^ngram: u: Permission denied$" -e "^ngram: /proc/self/mem: Input/output error$" err
> status 1
> same
> 1

=== ngram: an unknown --encoding is a usage error
$ ngram --encoding=no-such-encoding < /dev/null
? 2
! ngram: unknown encoding 'no-such-encoding'
! Try 'ngram --help' for more information.

=== ngram: an empty --encoding is a usage error (iconv would take the locale's)
$ ngram --encoding= < /dev/null
? 2
! ngram: unknown encoding ''

=== ngram: an unknown --invalid policy is a usage error listing the choices
$ ngram --invalid=maybe < /dev/null
? 2
! ngram: invalid value 'maybe' for --invalid; valid values are: 'replace', 'drop', 'fail'
! Try 'ngram --help' for more information.

=== ngram: invalid bytes in a legacy encoding are replaced with a warning
$ printf 'a \201 b\n' | ngram --encoding=cp1252 > /dev/null; echo "status $?"
> status 0
! ngram: standard input: 1 invalid cp1252 sequence replaced with U+FFFD (first at byte 2)

=== ngram: a very long line without a newline is processed whole
$ n=3000000; [ -n "${TK_WRAP:-}" ] && n=300000
$ yes 'word ' 2>/dev/null | tr -d '\n' | head -c $n > $T/long
$ ngram $T/long > $T/out; echo "status $?"
$ test -s $T/out && echo output
> status 0
> output

# ---------------------------------------------------------------- option values
# Every number option refuses a negative, a non-number, an empty value,
# trailing junk and a value past 64 bits, with status 2, the option and
# value named, and nothing on stdout.  A program without -n says so.
=== normalize: -n is not an option of normalize
$ normalize -n 5 < /dev/null
? 2
! normalize: invalid option -- 'n'
! Try 'normalize --help' for more information.

=== tokenize: -n is not an option of tokenize
$ tokenize -n 5 < /dev/null
? 2
! tokenize: invalid option -- 'n'
! Try 'tokenize --help' for more information.

=== sentence-split: -n is not an option of sentence-split
$ sentence-split -n 5 < /dev/null
? 2
! sentence-split: invalid option -- 'n'
! Try 'sentence-split --help' for more information.

=== sentence-split: --max-length -1 is refused
$ sentence-split --max-length='-1' < /dev/null
? 2
! sentence-split: invalid value '-1' for 
! Try 'sentence-split --help' for more information.

=== sentence-split: --max-length abc is refused
$ sentence-split --max-length='abc' < /dev/null
? 2
! sentence-split: invalid value 'abc' for 
! Try 'sentence-split --help' for more information.

=== sentence-split: --max-length 99999999999999999999 is refused
$ sentence-split --max-length='99999999999999999999' < /dev/null
? 2
! sentence-split: invalid value '99999999999999999999' for 
! Try 'sentence-split --help' for more information.

=== sentence-split: --max-length (empty) is refused
$ sentence-split --max-length='' < /dev/null
? 2
! sentence-split: invalid value '' for 
! Try 'sentence-split --help' for more information.

=== sentence-split: --max-length 5x is refused
$ sentence-split --max-length='5x' < /dev/null
? 2
! sentence-split: invalid value '5x' for 
! Try 'sentence-split --help' for more information.

=== sentence-split: --max-length 0x10 is refused
$ sentence-split --max-length='0x10' < /dev/null
? 2
! sentence-split: invalid value '0x10' for 
! Try 'sentence-split --help' for more information.

=== wordfreq: -n -1 is refused
$ wordfreq -n '-1' < /dev/null
? 2
! wordfreq: invalid value '-1' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: -n abc is refused
$ wordfreq -n 'abc' < /dev/null
? 2
! wordfreq: invalid value 'abc' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: -n 99999999999999999999 is refused
$ wordfreq -n '99999999999999999999' < /dev/null
? 2
! wordfreq: invalid value '99999999999999999999' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: -n (empty) is refused
$ wordfreq -n '' < /dev/null
? 2
! wordfreq: invalid value '' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: -n 5x is refused
$ wordfreq -n '5x' < /dev/null
? 2
! wordfreq: invalid value '5x' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: -n 0x10 is refused
$ wordfreq -n '0x10' < /dev/null
? 2
! wordfreq: invalid value '0x10' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: --top -1 is refused
$ wordfreq --top='-1' < /dev/null
? 2
! wordfreq: invalid value '-1' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: --top abc is refused
$ wordfreq --top='abc' < /dev/null
? 2
! wordfreq: invalid value 'abc' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: --top 99999999999999999999 is refused
$ wordfreq --top='99999999999999999999' < /dev/null
? 2
! wordfreq: invalid value '99999999999999999999' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: --top (empty) is refused
$ wordfreq --top='' < /dev/null
? 2
! wordfreq: invalid value '' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: --top 5x is refused
$ wordfreq --top='5x' < /dev/null
? 2
! wordfreq: invalid value '5x' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: --top 0x10 is refused
$ wordfreq --top='0x10' < /dev/null
? 2
! wordfreq: invalid value '0x10' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: --min-count -1 is refused
$ wordfreq --min-count='-1' < /dev/null
? 2
! wordfreq: invalid value '-1' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: --min-count abc is refused
$ wordfreq --min-count='abc' < /dev/null
? 2
! wordfreq: invalid value 'abc' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: --min-count 99999999999999999999 is refused
$ wordfreq --min-count='99999999999999999999' < /dev/null
? 2
! wordfreq: invalid value '99999999999999999999' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: --min-count (empty) is refused
$ wordfreq --min-count='' < /dev/null
? 2
! wordfreq: invalid value '' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: --min-count 5x is refused
$ wordfreq --min-count='5x' < /dev/null
? 2
! wordfreq: invalid value '5x' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: --min-count 0x10 is refused
$ wordfreq --min-count='0x10' < /dev/null
? 2
! wordfreq: invalid value '0x10' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: --min-length -1 is refused
$ wordfreq --min-length='-1' < /dev/null
? 2
! wordfreq: invalid value '-1' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: --min-length abc is refused
$ wordfreq --min-length='abc' < /dev/null
? 2
! wordfreq: invalid value 'abc' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: --min-length 99999999999999999999 is refused
$ wordfreq --min-length='99999999999999999999' < /dev/null
? 2
! wordfreq: invalid value '99999999999999999999' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: --min-length (empty) is refused
$ wordfreq --min-length='' < /dev/null
? 2
! wordfreq: invalid value '' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: --min-length 5x is refused
$ wordfreq --min-length='5x' < /dev/null
? 2
! wordfreq: invalid value '5x' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: --min-length 0x10 is refused
$ wordfreq --min-length='0x10' < /dev/null
? 2
! wordfreq: invalid value '0x10' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: -j -1 is refused
$ wordfreq -j '-1' < /dev/null
? 2
! wordfreq: invalid value '-1' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: -j abc is refused
$ wordfreq -j 'abc' < /dev/null
? 2
! wordfreq: invalid value 'abc' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: -j 99999999999999999999 is refused
$ wordfreq -j '99999999999999999999' < /dev/null
? 2
! wordfreq: invalid value '99999999999999999999' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: -j (empty) is refused
$ wordfreq -j '' < /dev/null
? 2
! wordfreq: invalid value '' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: -j 5x is refused
$ wordfreq -j '5x' < /dev/null
? 2
! wordfreq: invalid value '5x' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: -j 0x10 is refused
$ wordfreq -j '0x10' < /dev/null
? 2
! wordfreq: invalid value '0x10' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: --jobs -1 is refused
$ wordfreq --jobs='-1' < /dev/null
? 2
! wordfreq: invalid value '-1' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: --jobs abc is refused
$ wordfreq --jobs='abc' < /dev/null
? 2
! wordfreq: invalid value 'abc' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: --jobs 99999999999999999999 is refused
$ wordfreq --jobs='99999999999999999999' < /dev/null
? 2
! wordfreq: invalid value '99999999999999999999' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: --jobs (empty) is refused
$ wordfreq --jobs='' < /dev/null
? 2
! wordfreq: invalid value '' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: --jobs 5x is refused
$ wordfreq --jobs='5x' < /dev/null
? 2
! wordfreq: invalid value '5x' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: --jobs 0x10 is refused
$ wordfreq --jobs='0x10' < /dev/null
? 2
! wordfreq: invalid value '0x10' for 
! Try 'wordfreq --help' for more information.

=== wordfreq: --max-memory=-1 is refused
$ wordfreq --max-memory='-1' < /dev/null
? 2
! wordfreq: invalid 
! Try 'wordfreq --help' for more information.

=== wordfreq: --max-memory=abc is refused
$ wordfreq --max-memory='abc' < /dev/null
? 2
! wordfreq: invalid 
! Try 'wordfreq --help' for more information.

=== wordfreq: --max-memory=(empty) is refused
$ wordfreq --max-memory='' < /dev/null
? 2
! wordfreq: invalid 
! Try 'wordfreq --help' for more information.

=== wordfreq: --max-memory=5X is refused
$ wordfreq --max-memory='5X' < /dev/null
? 2
! wordfreq: invalid 
! Try 'wordfreq --help' for more information.

=== wordfreq: --max-memory=99999999999999999999 is refused
$ wordfreq --max-memory='99999999999999999999' < /dev/null
? 2
! wordfreq: invalid 
! Try 'wordfreq --help' for more information.

=== wordfreq: --max-memory=18014398509481984G is refused
$ wordfreq --max-memory='18014398509481984G' < /dev/null
? 2
! wordfreq: invalid 
! Try 'wordfreq --help' for more information.

=== ngram: -n -1 is refused
$ ngram -n '-1' < /dev/null
? 2
! ngram: invalid value '-1' for 
! Try 'ngram --help' for more information.

=== ngram: -n abc is refused
$ ngram -n 'abc' < /dev/null
? 2
! ngram: invalid value 'abc' for 
! Try 'ngram --help' for more information.

=== ngram: -n 99999999999999999999 is refused
$ ngram -n '99999999999999999999' < /dev/null
? 2
! ngram: invalid value '99999999999999999999' for 
! Try 'ngram --help' for more information.

=== ngram: -n (empty) is refused
$ ngram -n '' < /dev/null
? 2
! ngram: invalid value '' for 
! Try 'ngram --help' for more information.

=== ngram: -n 5x is refused
$ ngram -n '5x' < /dev/null
? 2
! ngram: invalid value '5x' for 
! Try 'ngram --help' for more information.

=== ngram: -n 0x10 is refused
$ ngram -n '0x10' < /dev/null
? 2
! ngram: invalid value '0x10' for 
! Try 'ngram --help' for more information.

=== ngram: --order -1 is refused
$ ngram --order='-1' < /dev/null
? 2
! ngram: invalid value '-1' for 
! Try 'ngram --help' for more information.

=== ngram: --order abc is refused
$ ngram --order='abc' < /dev/null
? 2
! ngram: invalid value 'abc' for 
! Try 'ngram --help' for more information.

=== ngram: --order 99999999999999999999 is refused
$ ngram --order='99999999999999999999' < /dev/null
? 2
! ngram: invalid value '99999999999999999999' for 
! Try 'ngram --help' for more information.

=== ngram: --order (empty) is refused
$ ngram --order='' < /dev/null
? 2
! ngram: invalid value '' for 
! Try 'ngram --help' for more information.

=== ngram: --order 5x is refused
$ ngram --order='5x' < /dev/null
? 2
! ngram: invalid value '5x' for 
! Try 'ngram --help' for more information.

=== ngram: --order 0x10 is refused
$ ngram --order='0x10' < /dev/null
? 2
! ngram: invalid value '0x10' for 
! Try 'ngram --help' for more information.

=== ngram: --min-n -1 is refused
$ ngram --min-n='-1' < /dev/null
? 2
! ngram: invalid value '-1' for 
! Try 'ngram --help' for more information.

=== ngram: --min-n abc is refused
$ ngram --min-n='abc' < /dev/null
? 2
! ngram: invalid value 'abc' for 
! Try 'ngram --help' for more information.

=== ngram: --min-n 99999999999999999999 is refused
$ ngram --min-n='99999999999999999999' < /dev/null
? 2
! ngram: invalid value '99999999999999999999' for 
! Try 'ngram --help' for more information.

=== ngram: --min-n (empty) is refused
$ ngram --min-n='' < /dev/null
? 2
! ngram: invalid value '' for 
! Try 'ngram --help' for more information.

=== ngram: --min-n 5x is refused
$ ngram --min-n='5x' < /dev/null
? 2
! ngram: invalid value '5x' for 
! Try 'ngram --help' for more information.

=== ngram: --min-n 0x10 is refused
$ ngram --min-n='0x10' < /dev/null
? 2
! ngram: invalid value '0x10' for 
! Try 'ngram --help' for more information.

=== ngram: --max-n -1 is refused
$ ngram --max-n='-1' < /dev/null
? 2
! ngram: invalid value '-1' for 
! Try 'ngram --help' for more information.

=== ngram: --max-n abc is refused
$ ngram --max-n='abc' < /dev/null
? 2
! ngram: invalid value 'abc' for 
! Try 'ngram --help' for more information.

=== ngram: --max-n 99999999999999999999 is refused
$ ngram --max-n='99999999999999999999' < /dev/null
? 2
! ngram: invalid value '99999999999999999999' for 
! Try 'ngram --help' for more information.

=== ngram: --max-n (empty) is refused
$ ngram --max-n='' < /dev/null
? 2
! ngram: invalid value '' for 
! Try 'ngram --help' for more information.

=== ngram: --max-n 5x is refused
$ ngram --max-n='5x' < /dev/null
? 2
! ngram: invalid value '5x' for 
! Try 'ngram --help' for more information.

=== ngram: --max-n 0x10 is refused
$ ngram --max-n='0x10' < /dev/null
? 2
! ngram: invalid value '0x10' for 
! Try 'ngram --help' for more information.

=== ngram: --top -1 is refused
$ ngram --top='-1' < /dev/null
? 2
! ngram: invalid value '-1' for 
! Try 'ngram --help' for more information.

=== ngram: --top abc is refused
$ ngram --top='abc' < /dev/null
? 2
! ngram: invalid value 'abc' for 
! Try 'ngram --help' for more information.

=== ngram: --top 99999999999999999999 is refused
$ ngram --top='99999999999999999999' < /dev/null
? 2
! ngram: invalid value '99999999999999999999' for 
! Try 'ngram --help' for more information.

=== ngram: --top (empty) is refused
$ ngram --top='' < /dev/null
? 2
! ngram: invalid value '' for 
! Try 'ngram --help' for more information.

=== ngram: --top 5x is refused
$ ngram --top='5x' < /dev/null
? 2
! ngram: invalid value '5x' for 
! Try 'ngram --help' for more information.

=== ngram: --top 0x10 is refused
$ ngram --top='0x10' < /dev/null
? 2
! ngram: invalid value '0x10' for 
! Try 'ngram --help' for more information.

=== ngram: --min-count -1 is refused
$ ngram --min-count='-1' < /dev/null
? 2
! ngram: invalid value '-1' for 
! Try 'ngram --help' for more information.

=== ngram: --min-count abc is refused
$ ngram --min-count='abc' < /dev/null
? 2
! ngram: invalid value 'abc' for 
! Try 'ngram --help' for more information.

=== ngram: --min-count 99999999999999999999 is refused
$ ngram --min-count='99999999999999999999' < /dev/null
? 2
! ngram: invalid value '99999999999999999999' for 
! Try 'ngram --help' for more information.

=== ngram: --min-count (empty) is refused
$ ngram --min-count='' < /dev/null
? 2
! ngram: invalid value '' for 
! Try 'ngram --help' for more information.

=== ngram: --min-count 5x is refused
$ ngram --min-count='5x' < /dev/null
? 2
! ngram: invalid value '5x' for 
! Try 'ngram --help' for more information.

=== ngram: --min-count 0x10 is refused
$ ngram --min-count='0x10' < /dev/null
? 2
! ngram: invalid value '0x10' for 
! Try 'ngram --help' for more information.

=== ngram: -j -1 is refused
$ ngram -j '-1' < /dev/null
? 2
! ngram: invalid value '-1' for 
! Try 'ngram --help' for more information.

=== ngram: -j abc is refused
$ ngram -j 'abc' < /dev/null
? 2
! ngram: invalid value 'abc' for 
! Try 'ngram --help' for more information.

=== ngram: -j 99999999999999999999 is refused
$ ngram -j '99999999999999999999' < /dev/null
? 2
! ngram: invalid value '99999999999999999999' for 
! Try 'ngram --help' for more information.

=== ngram: -j (empty) is refused
$ ngram -j '' < /dev/null
? 2
! ngram: invalid value '' for 
! Try 'ngram --help' for more information.

=== ngram: -j 5x is refused
$ ngram -j '5x' < /dev/null
? 2
! ngram: invalid value '5x' for 
! Try 'ngram --help' for more information.

=== ngram: -j 0x10 is refused
$ ngram -j '0x10' < /dev/null
? 2
! ngram: invalid value '0x10' for 
! Try 'ngram --help' for more information.

=== ngram: --jobs -1 is refused
$ ngram --jobs='-1' < /dev/null
? 2
! ngram: invalid value '-1' for 
! Try 'ngram --help' for more information.

=== ngram: --jobs abc is refused
$ ngram --jobs='abc' < /dev/null
? 2
! ngram: invalid value 'abc' for 
! Try 'ngram --help' for more information.

=== ngram: --jobs 99999999999999999999 is refused
$ ngram --jobs='99999999999999999999' < /dev/null
? 2
! ngram: invalid value '99999999999999999999' for 
! Try 'ngram --help' for more information.

=== ngram: --jobs (empty) is refused
$ ngram --jobs='' < /dev/null
? 2
! ngram: invalid value '' for 
! Try 'ngram --help' for more information.

=== ngram: --jobs 5x is refused
$ ngram --jobs='5x' < /dev/null
? 2
! ngram: invalid value '5x' for 
! Try 'ngram --help' for more information.

=== ngram: --jobs 0x10 is refused
$ ngram --jobs='0x10' < /dev/null
? 2
! ngram: invalid value '0x10' for 
! Try 'ngram --help' for more information.

=== ngram: --max-memory=-1 is refused
$ ngram --max-memory='-1' < /dev/null
? 2
! ngram: invalid 
! Try 'ngram --help' for more information.

=== ngram: --max-memory=abc is refused
$ ngram --max-memory='abc' < /dev/null
? 2
! ngram: invalid 
! Try 'ngram --help' for more information.

=== ngram: --max-memory=(empty) is refused
$ ngram --max-memory='' < /dev/null
? 2
! ngram: invalid 
! Try 'ngram --help' for more information.

=== ngram: --max-memory=5X is refused
$ ngram --max-memory='5X' < /dev/null
? 2
! ngram: invalid 
! Try 'ngram --help' for more information.

=== ngram: --max-memory=99999999999999999999 is refused
$ ngram --max-memory='99999999999999999999' < /dev/null
? 2
! ngram: invalid 
! Try 'ngram --help' for more information.

=== ngram: --max-memory=18014398509481984G is refused
$ ngram --max-memory='18014398509481984G' < /dev/null
? 2
! ngram: invalid 
! Try 'ngram --help' for more information.


# ---------------------------------------------------------------- --merge
# Bad rows are reported as FILE:LINE with status 1 and no table at all;
# counts are 64-bit and never wrap; --invalid=drop skips bad rows with a
# warning.
=== wordfreq --merge: a word for a count is an error with file and line, no table
$ cd $T && printf '3\tfoo\nx\tfoo\n2\tfoo\n' > t
$ wordfreq --merge t; echo "status $?"
> status 1
! wordfreq: t:2: not a COUNT<TAB>KEY line

=== wordfreq --merge: a negative count is an error with file and line, no table
$ cd $T && printf '3\tfoo\n-1\tfoo\n2\tfoo\n' > t
$ wordfreq --merge t; echo "status $?"
> status 1
! wordfreq: t:2: not a COUNT<TAB>KEY line

=== wordfreq --merge: a signed count is an error with file and line, no table
$ cd $T && printf '3\tfoo\n+1\tfoo\n2\tfoo\n' > t
$ wordfreq --merge t; echo "status $?"
> status 1
! wordfreq: t:2: not a COUNT<TAB>KEY line

=== wordfreq --merge: a fraction is an error with file and line, no table
$ cd $T && printf '3\tfoo\n1.5\tfoo\n2\tfoo\n' > t
$ wordfreq --merge t; echo "status $?"
> status 1
! wordfreq: t:2: not a COUNT<TAB>KEY line

=== wordfreq --merge: an empty count is an error with file and line, no table
$ cd $T && printf '3\tfoo\n\tfoo\n2\tfoo\n' > t
$ wordfreq --merge t; echo "status $?"
> status 1
! wordfreq: t:2: not a COUNT<TAB>KEY line

=== wordfreq --merge: no TAB is an error with file and line, no table
$ cd $T && printf '3\tfoo\n12 foo\n2\tfoo\n' > t
$ wordfreq --merge t; echo "status $?"
> status 1
! wordfreq: t:2: not a COUNT<TAB>KEY line

=== wordfreq --merge: a blank before the count is an error with file and line, no table
$ cd $T && printf '3\tfoo\n 1\tfoo\n2\tfoo\n' > t
$ wordfreq --merge t; echo "status $?"
> status 1
! wordfreq: t:2: not a COUNT<TAB>KEY line

=== wordfreq --merge: a count with a trailing blank is an error with file and line, no table
$ cd $T && printf '3\tfoo\n1 \tfoo\n2\tfoo\n' > t
$ wordfreq --merge t; echo "status $?"
> status 1
! wordfreq: t:2: not a COUNT<TAB>KEY line

=== wordfreq --merge: an empty line is an error with file and line, no table
$ cd $T && printf '3\tfoo\n\n2\tfoo\n' > t
$ wordfreq --merge t; echo "status $?"
> status 1
! wordfreq: t:2: not a COUNT<TAB>KEY line

=== wordfreq --merge: a count past 64 bits is an error, no table
$ cd $T && printf '3\tfoo\n18446744073709551616\tfoo\n' > t
$ wordfreq --merge t; echo "status $?"
> status 1
! wordfreq: t:2: count does not fit in 64 bits

=== wordfreq --merge: the largest 64-bit count is kept exactly
$ printf '18446744073709551615\tfoo\n' | wordfreq --merge
> 18446744073709551615	foo

=== wordfreq --merge: a sum past 64 bits across files is an error, no table
$ cd $T && printf '18446744073709551615\tfoo\n' > a && printf '7\tother\n1\tfoo\n' > b
$ wordfreq --merge a b; echo "status $?"
> status 1
! wordfreq: b:2: sum does not fit in 64 bits

=== wordfreq --merge: a sum just below the limit is exact
$ cd $T && printf '18446744073709551614\tfoo\n' > a && printf '1\tfoo\n' > b
$ wordfreq --merge a b
> 18446744073709551615	foo

=== wordfreq --merge --invalid=drop: bad rows are skipped with a warning
$ printf '3\tfoo\nx\tfoo\n2\tfoo\n' | wordfreq --merge --invalid=drop; echo "status $?"
> 5	foo
> status 0
! wordfreq: standard input:2: not a COUNT<TAB>KEY line (dropped)

=== wordfreq --merge: a binary file is refused, no table
$ python3 -c 'import random,sys; r=random.Random(5); sys.stdout.buffer.write(bytes(r.randrange(256) for _ in range(20000)))' > $T/bin
$ wordfreq --merge $T/bin > $T/out 2> $T/err; echo "status $?"
$ wc -c < $T/out
$ grep -c 'not a COUNT<TAB>KEY line' $T/err
> status 1
> 0
> 1

=== ngram --merge: a word for a count is an error with file and line, no table
$ cd $T && printf '3\tfoo bar\nx\tfoo bar\n2\tfoo bar\n' > t
$ ngram --merge t; echo "status $?"
> status 1
! ngram: t:2: not a COUNT<TAB>KEY line

=== ngram --merge: a negative count is an error with file and line, no table
$ cd $T && printf '3\tfoo bar\n-1\tfoo bar\n2\tfoo bar\n' > t
$ ngram --merge t; echo "status $?"
> status 1
! ngram: t:2: not a COUNT<TAB>KEY line

=== ngram --merge: a signed count is an error with file and line, no table
$ cd $T && printf '3\tfoo bar\n+1\tfoo bar\n2\tfoo bar\n' > t
$ ngram --merge t; echo "status $?"
> status 1
! ngram: t:2: not a COUNT<TAB>KEY line

=== ngram --merge: a fraction is an error with file and line, no table
$ cd $T && printf '3\tfoo bar\n1.5\tfoo bar\n2\tfoo bar\n' > t
$ ngram --merge t; echo "status $?"
> status 1
! ngram: t:2: not a COUNT<TAB>KEY line

=== ngram --merge: an empty count is an error with file and line, no table
$ cd $T && printf '3\tfoo bar\n\tfoo bar\n2\tfoo bar\n' > t
$ ngram --merge t; echo "status $?"
> status 1
! ngram: t:2: not a COUNT<TAB>KEY line

=== ngram --merge: no TAB is an error with file and line, no table
$ cd $T && printf '3\tfoo bar\n12 foo bar\n2\tfoo bar\n' > t
$ ngram --merge t; echo "status $?"
> status 1
! ngram: t:2: not a COUNT<TAB>KEY line

=== ngram --merge: a blank before the count is an error with file and line, no table
$ cd $T && printf '3\tfoo bar\n 1\tfoo bar\n2\tfoo bar\n' > t
$ ngram --merge t; echo "status $?"
> status 1
! ngram: t:2: not a COUNT<TAB>KEY line

=== ngram --merge: a count with a trailing blank is an error with file and line, no table
$ cd $T && printf '3\tfoo bar\n1 \tfoo bar\n2\tfoo bar\n' > t
$ ngram --merge t; echo "status $?"
> status 1
! ngram: t:2: not a COUNT<TAB>KEY line

=== ngram --merge: an empty line is an error with file and line, no table
$ cd $T && printf '3\tfoo bar\n\n2\tfoo bar\n' > t
$ ngram --merge t; echo "status $?"
> status 1
! ngram: t:2: not a COUNT<TAB>KEY line

=== ngram --merge: a count past 64 bits is an error, no table
$ cd $T && printf '3\tfoo bar\n18446744073709551616\tfoo bar\n' > t
$ ngram --merge t; echo "status $?"
> status 1
! ngram: t:2: count does not fit in 64 bits

=== ngram --merge: the largest 64-bit count is kept exactly
$ printf '18446744073709551615\tfoo bar\n' | ngram --merge
> 18446744073709551615	foo bar

=== ngram --merge: a sum past 64 bits across files is an error, no table
$ cd $T && printf '18446744073709551615\tfoo bar\n' > a && printf '7\tother\n1\tfoo bar\n' > b
$ ngram --merge a b; echo "status $?"
> status 1
! ngram: b:2: sum does not fit in 64 bits

=== ngram --merge: a sum just below the limit is exact
$ cd $T && printf '18446744073709551614\tfoo bar\n' > a && printf '1\tfoo bar\n' > b
$ ngram --merge a b
> 18446744073709551615	foo bar

=== ngram --merge --invalid=drop: bad rows are skipped with a warning
$ printf '3\tfoo bar\nx\tfoo bar\n2\tfoo bar\n' | ngram --merge --invalid=drop; echo "status $?"
> 5	foo bar
> status 0
! ngram: standard input:2: not a COUNT<TAB>KEY line (dropped)

=== ngram --merge: a binary file is refused, no table
$ python3 -c 'import random,sys; r=random.Random(5); sys.stdout.buffer.write(bytes(r.randrange(256) for _ in range(20000)))' > $T/bin
$ ngram --merge $T/bin > $T/out 2> $T/err; echo "status $?"
$ wc -c < $T/out
$ grep -c 'not a COUNT<TAB>KEY line' $T/err
> status 1
> 0
> 1

