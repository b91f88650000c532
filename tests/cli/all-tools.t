# all-tools.t - what every textkit program does the same way: --help,
# --version, usage errors, operands like cat (missing file, directory,
# "-", "--"), empty input, line ends and BOMs, write errors (/dev/full,
# closed stdout, closed pipe).  One block per program; keep the blocks
# alike when adding a program.  Tool-specific behaviour lives in the
# tool's own .t file; broken input in bad-input.t.

# ---------------------------------------------------------------- normalize
=== normalize: --help prints the usage to stdout and exits 0
$ normalize --help > $T/h; echo "status $?"
$ grep -q "^Usage: normalize " $T/h && echo usage
$ grep -q -e "--help" $T/h && grep -q -e "--version" $T/h && echo options
> status 0
> usage
> options

=== normalize: --version names the program and the package
$ normalize --version > $T/v; echo "status $?"
$ sed -n '1s/ [0-9][0-9]*\.[0-9][0-9]*\.[0-9][0-9]*$/ X.Y.Z/p' $T/v
> status 0
> normalize (textkit) X.Y.Z

=== normalize: an unknown long option is a usage error with the hint
$ normalize --no-such-option < /dev/null
? 2
! normalize: unrecognized option '--no-such-option'
! Try 'normalize --help' for more information.

=== normalize: an unknown short option is a usage error with the hint
$ normalize -% < /dev/null
? 2
! normalize: invalid option -- '%'
! Try 'normalize --help' for more information.

=== normalize: a missing option argument is a usage error
$ normalize --encoding
? 2
! normalize: option '--encoding' requires an argument
! Try 'normalize --help' for more information.

=== normalize: a missing file is reported, the other operands are still read
$ cd $T && printf 'Hello world. This is it.\nSecond line here.\n' > a
$ normalize a a > want
$ normalize nonexistent a missing a > got; echo "status $?"
$ cmp want got && echo same
> status 1
> same
! normalize: nonexistent: No such file or directory
! normalize: missing: No such file or directory

=== normalize: "-" is standard input, read in its place among the operands
$ cd $T && printf 'Hello world. This is it.\nSecond line here.\n' > a
$ normalize a a a > want
$ normalize a - a < a > got; echo "status $?"
$ cmp want got && echo same
> status 0
> same

=== normalize: "--" ends the options (a file named -x)
$ cd $T && printf 'Hello world. This is it.\n' > a && cp a ./-x
$ normalize a > want
$ normalize -- -x > got; echo "status $?"
$ cmp want got && echo same
> status 0
> same

=== normalize: empty input gives empty output and status 0
$ normalize < /dev/null

=== normalize: an empty file operand gives empty output and status 0
$ : > $T/empty; normalize $T/empty

=== normalize: CRLF, lone CR and a missing final newline read like LF lines
$ printf 'Hello world. This is it.\nSecond line,\nhere.\n' | normalize > $T/want
$ printf 'Hello world. This is it.\r\nSecond line,\rhere.' | normalize > $T/got
$ cmp $T/want $T/got && echo same
> same

=== normalize: a UTF-8 byte order mark is dropped
$ printf 'Caf\303\251 au lait.\n' | normalize > $T/want
$ printf '\357\273\277Caf\303\251 au lait.\n' | normalize > $T/got
$ cmp $T/want $T/got && echo same
> same

=== normalize: a UTF-16 byte order mark switches the decoding
$ printf 'Caf\303\251 au lait.\n' | normalize > $T/want
$ printf '\377\376C\000a\000f\000\351\000 \000a\000u\000 \000l\000a\000i\000t\000.\000\n\000' | normalize > $T/got
$ cmp $T/want $T/got && echo same
> same

=== normalize: --encoding decodes a legacy encoding
$ printf 'Caf\303\251 au lait.\n' | normalize > $T/want
$ printf 'Caf\351 au lait.\n' | normalize --encoding=latin1 > $T/got
$ cmp $T/want $T/got && echo same
> same

=== normalize: output to a full disk is a write error, status 1
$ printf 'Hello world. This is it.\n' | normalize > /dev/full
? 1
! normalize: write error: No space left on device

=== normalize: --help to a full disk is a write error, status 1
$ normalize --help > /dev/full
? 1
! normalize: write error: No space left on device

=== normalize: a closed stdout is a write error, status 1
$ printf 'Hello world. This is it.\n' | normalize >&-
? 1
! normalize: write error: Bad file descriptor

=== normalize: a closed stdout with nothing to write is no error
$ normalize < /dev/null >&-

=== normalize: a closed pipe ends the program quietly
$ n=50000000; [ -n "${TK_WRAP:-}" ] && n=1000000
$ yes "some text" 2>/dev/null | head -c $n 2>/dev/null | normalize | head -n 1 > /dev/null
$ echo done
> done

=== normalize: with SIGPIPE ignored, a closed pipe still ends it quietly
$ n=5000000; [ -n "${TK_WRAP:-}" ] && n=500000
$ (trap '' PIPE; yes "some text" 2>/dev/null | head -c $n 2>/dev/null | normalize | head -n 1 > /dev/null)
$ echo done
> done

# ---------------------------------------------------------------- tokenize
=== tokenize: --help prints the usage to stdout and exits 0
$ tokenize --help > $T/h; echo "status $?"
$ grep -q "^Usage: tokenize " $T/h && echo usage
$ grep -q -e "--help" $T/h && grep -q -e "--version" $T/h && echo options
> status 0
> usage
> options

=== tokenize: --version names the program and the package
$ tokenize --version > $T/v; echo "status $?"
$ sed -n '1s/ [0-9][0-9]*\.[0-9][0-9]*\.[0-9][0-9]*$/ X.Y.Z/p' $T/v
> status 0
> tokenize (textkit) X.Y.Z

=== tokenize: an unknown long option is a usage error with the hint
$ tokenize --no-such-option < /dev/null
? 2
! tokenize: unrecognized option '--no-such-option'
! Try 'tokenize --help' for more information.

=== tokenize: an unknown short option is a usage error with the hint
$ tokenize -% < /dev/null
? 2
! tokenize: invalid option -- '%'
! Try 'tokenize --help' for more information.

=== tokenize: a missing option argument is a usage error
$ tokenize --encoding
? 2
! tokenize: option '--encoding' requires an argument
! Try 'tokenize --help' for more information.

=== tokenize: a missing file is reported, the other operands are still read
$ cd $T && printf 'Hello world. This is it.\nSecond line here.\n' > a
$ tokenize a a > want
$ tokenize nonexistent a missing a > got; echo "status $?"
$ cmp want got && echo same
> status 1
> same
! tokenize: nonexistent: No such file or directory
! tokenize: missing: No such file or directory

=== tokenize: "-" is standard input, read in its place among the operands
$ cd $T && printf 'Hello world. This is it.\nSecond line here.\n' > a
$ tokenize a a a > want
$ tokenize a - a < a > got; echo "status $?"
$ cmp want got && echo same
> status 0
> same

=== tokenize: "--" ends the options (a file named -x)
$ cd $T && printf 'Hello world. This is it.\n' > a && cp a ./-x
$ tokenize a > want
$ tokenize -- -x > got; echo "status $?"
$ cmp want got && echo same
> status 0
> same

=== tokenize: empty input gives empty output and status 0
$ tokenize < /dev/null

=== tokenize: an empty file operand gives empty output and status 0
$ : > $T/empty; tokenize $T/empty

=== tokenize: CRLF, lone CR and a missing final newline read like LF lines
$ printf 'Hello world. This is it.\nSecond line,\nhere.\n' | tokenize > $T/want
$ printf 'Hello world. This is it.\r\nSecond line,\rhere.' | tokenize > $T/got
$ cmp $T/want $T/got && echo same
> same

=== tokenize: a UTF-8 byte order mark is dropped
$ printf 'Caf\303\251 au lait.\n' | tokenize > $T/want
$ printf '\357\273\277Caf\303\251 au lait.\n' | tokenize > $T/got
$ cmp $T/want $T/got && echo same
> same

=== tokenize: a UTF-16 byte order mark switches the decoding
$ printf 'Caf\303\251 au lait.\n' | tokenize > $T/want
$ printf '\377\376C\000a\000f\000\351\000 \000a\000u\000 \000l\000a\000i\000t\000.\000\n\000' | tokenize > $T/got
$ cmp $T/want $T/got && echo same
> same

=== tokenize: --encoding decodes a legacy encoding
$ printf 'Caf\303\251 au lait.\n' | tokenize > $T/want
$ printf 'Caf\351 au lait.\n' | tokenize --encoding=latin1 > $T/got
$ cmp $T/want $T/got && echo same
> same

=== tokenize: output to a full disk is a write error, status 1
$ printf 'Hello world. This is it.\n' | tokenize > /dev/full
? 1
! tokenize: write error: No space left on device

=== tokenize: --help to a full disk is a write error, status 1
$ tokenize --help > /dev/full
? 1
! tokenize: write error: No space left on device

=== tokenize: a closed stdout is a write error, status 1
$ printf 'Hello world. This is it.\n' | tokenize >&-
? 1
! tokenize: write error: Bad file descriptor

=== tokenize: a closed stdout with nothing to write is no error
$ tokenize < /dev/null >&-

=== tokenize: a closed pipe ends the program quietly
$ n=50000000; [ -n "${TK_WRAP:-}" ] && n=1000000
$ yes "some text" 2>/dev/null | head -c $n 2>/dev/null | tokenize | head -n 1 > /dev/null
$ echo done
> done

=== tokenize: with SIGPIPE ignored, a closed pipe still ends it quietly
$ n=5000000; [ -n "${TK_WRAP:-}" ] && n=500000
$ (trap '' PIPE; yes "some text" 2>/dev/null | head -c $n 2>/dev/null | tokenize | head -n 1 > /dev/null)
$ echo done
> done

# ---------------------------------------------------------------- sentence-split
=== sentence-split: --help prints the usage to stdout and exits 0
$ sentence-split --help > $T/h; echo "status $?"
$ grep -q "^Usage: sentence-split " $T/h && echo usage
$ grep -q -e "--help" $T/h && grep -q -e "--version" $T/h && echo options
> status 0
> usage
> options

=== sentence-split: --version names the program and the package
$ sentence-split --version > $T/v; echo "status $?"
$ sed -n '1s/ [0-9][0-9]*\.[0-9][0-9]*\.[0-9][0-9]*$/ X.Y.Z/p' $T/v
> status 0
> sentence-split (textkit) X.Y.Z

=== sentence-split: an unknown long option is a usage error with the hint
$ sentence-split --no-such-option < /dev/null
? 2
! sentence-split: unrecognized option '--no-such-option'
! Try 'sentence-split --help' for more information.

=== sentence-split: an unknown short option is a usage error with the hint
$ sentence-split -% < /dev/null
? 2
! sentence-split: invalid option -- '%'
! Try 'sentence-split --help' for more information.

=== sentence-split: a missing option argument is a usage error
$ sentence-split --encoding
? 2
! sentence-split: option '--encoding' requires an argument
! Try 'sentence-split --help' for more information.

=== sentence-split: a missing file is reported, the other operands are still read
$ cd $T && printf 'Hello world. This is it.\nSecond line here.\n' > a
$ sentence-split a a > want
$ sentence-split nonexistent a missing a > got; echo "status $?"
$ cmp want got && echo same
> status 1
> same
! sentence-split: nonexistent: No such file or directory
! sentence-split: missing: No such file or directory

=== sentence-split: "-" is standard input, read in its place among the operands
$ cd $T && printf 'Hello world. This is it.\nSecond line here.\n' > a
$ sentence-split a a a > want
$ sentence-split a - a < a > got; echo "status $?"
$ cmp want got && echo same
> status 0
> same

=== sentence-split: "--" ends the options (a file named -x)
$ cd $T && printf 'Hello world. This is it.\n' > a && cp a ./-x
$ sentence-split a > want
$ sentence-split -- -x > got; echo "status $?"
$ cmp want got && echo same
> status 0
> same

=== sentence-split: empty input gives empty output and status 0
$ sentence-split < /dev/null

=== sentence-split: an empty file operand gives empty output and status 0
$ : > $T/empty; sentence-split $T/empty

=== sentence-split: CRLF, lone CR and a missing final newline read like LF lines
$ printf 'Hello world. This is it.\nSecond line,\nhere.\n' | sentence-split > $T/want
$ printf 'Hello world. This is it.\r\nSecond line,\rhere.' | sentence-split > $T/got
$ cmp $T/want $T/got && echo same
> same

=== sentence-split: a UTF-8 byte order mark is dropped
$ printf 'Caf\303\251 au lait.\n' | sentence-split > $T/want
$ printf '\357\273\277Caf\303\251 au lait.\n' | sentence-split > $T/got
$ cmp $T/want $T/got && echo same
> same

=== sentence-split: a UTF-16 byte order mark switches the decoding
$ printf 'Caf\303\251 au lait.\n' | sentence-split > $T/want
$ printf '\377\376C\000a\000f\000\351\000 \000a\000u\000 \000l\000a\000i\000t\000.\000\n\000' | sentence-split > $T/got
$ cmp $T/want $T/got && echo same
> same

=== sentence-split: --encoding decodes a legacy encoding
$ printf 'Caf\303\251 au lait.\n' | sentence-split > $T/want
$ printf 'Caf\351 au lait.\n' | sentence-split --encoding=latin1 > $T/got
$ cmp $T/want $T/got && echo same
> same

=== sentence-split: output to a full disk is a write error, status 1
$ printf 'Hello world. This is it.\n' | sentence-split > /dev/full
? 1
! sentence-split: write error: No space left on device

=== sentence-split: --help to a full disk is a write error, status 1
$ sentence-split --help > /dev/full
? 1
! sentence-split: write error: No space left on device

=== sentence-split: a closed stdout is a write error, status 1
$ printf 'Hello world. This is it.\n' | sentence-split >&-
? 1
! sentence-split: write error: Bad file descriptor

=== sentence-split: a closed stdout with nothing to write is no error
$ sentence-split < /dev/null >&-

=== sentence-split: a closed pipe ends the program quietly
$ n=50000000; [ -n "${TK_WRAP:-}" ] && n=1000000
$ yes "some text" 2>/dev/null | head -c $n 2>/dev/null | sentence-split | head -n 1 > /dev/null
$ echo done
> done

=== sentence-split: with SIGPIPE ignored, a closed pipe still ends it quietly
$ n=5000000; [ -n "${TK_WRAP:-}" ] && n=500000
$ (trap '' PIPE; yes "some text" 2>/dev/null | head -c $n 2>/dev/null | sentence-split | head -n 1 > /dev/null)
$ echo done
> done

# ---------------------------------------------------------------- wordfreq
=== wordfreq: --help prints the usage to stdout and exits 0
$ wordfreq --help > $T/h; echo "status $?"
$ grep -q "^Usage: wordfreq " $T/h && echo usage
$ grep -q -e "--help" $T/h && grep -q -e "--version" $T/h && echo options
> status 0
> usage
> options

=== wordfreq: --version names the program and the package
$ wordfreq --version > $T/v; echo "status $?"
$ sed -n '1s/ [0-9][0-9]*\.[0-9][0-9]*\.[0-9][0-9]*$/ X.Y.Z/p' $T/v
> status 0
> wordfreq (textkit) X.Y.Z

=== wordfreq: an unknown long option is a usage error with the hint
$ wordfreq --no-such-option < /dev/null
? 2
! wordfreq: unrecognized option '--no-such-option'
! Try 'wordfreq --help' for more information.

=== wordfreq: an unknown short option is a usage error with the hint
$ wordfreq -% < /dev/null
? 2
! wordfreq: invalid option -- '%'
! Try 'wordfreq --help' for more information.

=== wordfreq: a missing option argument is a usage error
$ wordfreq --encoding
? 2
! wordfreq: option '--encoding' requires an argument
! Try 'wordfreq --help' for more information.

=== wordfreq: a missing file is reported, the other operands are still read
$ cd $T && printf 'Hello world. This is it.\nSecond line here.\n' > a
$ wordfreq a a > want
$ wordfreq nonexistent a missing a > got; echo "status $?"
$ cmp want got && echo same
> status 1
> same
! wordfreq: nonexistent: No such file or directory
! wordfreq: missing: No such file or directory

=== wordfreq: "-" is standard input, read in its place among the operands
$ cd $T && printf 'Hello world. This is it.\nSecond line here.\n' > a
$ wordfreq a a a > want
$ wordfreq a - a < a > got; echo "status $?"
$ cmp want got && echo same
> status 0
> same

=== wordfreq: "--" ends the options (a file named -x)
$ cd $T && printf 'Hello world. This is it.\n' > a && cp a ./-x
$ wordfreq a > want
$ wordfreq -- -x > got; echo "status $?"
$ cmp want got && echo same
> status 0
> same

=== wordfreq: empty input gives empty output and status 0
$ wordfreq < /dev/null

=== wordfreq: an empty file operand gives empty output and status 0
$ : > $T/empty; wordfreq $T/empty

=== wordfreq: CRLF, lone CR and a missing final newline read like LF lines
$ printf 'Hello world. This is it.\nSecond line,\nhere.\n' | wordfreq > $T/want
$ printf 'Hello world. This is it.\r\nSecond line,\rhere.' | wordfreq > $T/got
$ cmp $T/want $T/got && echo same
> same

=== wordfreq: a UTF-8 byte order mark is dropped
$ printf 'Caf\303\251 au lait.\n' | wordfreq > $T/want
$ printf '\357\273\277Caf\303\251 au lait.\n' | wordfreq > $T/got
$ cmp $T/want $T/got && echo same
> same

=== wordfreq: a UTF-16 byte order mark switches the decoding
$ printf 'Caf\303\251 au lait.\n' | wordfreq > $T/want
$ printf '\377\376C\000a\000f\000\351\000 \000a\000u\000 \000l\000a\000i\000t\000.\000\n\000' | wordfreq > $T/got
$ cmp $T/want $T/got && echo same
> same

=== wordfreq: --encoding decodes a legacy encoding
$ printf 'Caf\303\251 au lait.\n' | wordfreq > $T/want
$ printf 'Caf\351 au lait.\n' | wordfreq --encoding=latin1 > $T/got
$ cmp $T/want $T/got && echo same
> same

=== wordfreq: output to a full disk is a write error, status 1
$ printf 'Hello world. This is it.\n' | wordfreq > /dev/full
? 1
! wordfreq: write error: No space left on device

=== wordfreq: --help to a full disk is a write error, status 1
$ wordfreq --help > /dev/full
? 1
! wordfreq: write error: No space left on device

=== wordfreq: a closed stdout is a write error, status 1
$ printf 'Hello world. This is it.\n' | wordfreq >&-
? 1
! wordfreq: write error: Bad file descriptor

=== wordfreq: a closed stdout with nothing to write is no error
$ wordfreq < /dev/null >&-

=== wordfreq: a closed pipe ends the program quietly
$ n=50000000; [ -n "${TK_WRAP:-}" ] && n=1000000
$ yes "some text" 2>/dev/null | head -c $n 2>/dev/null | wordfreq | head -n 1 > /dev/null
$ echo done
> done

=== wordfreq: with SIGPIPE ignored, a closed pipe still ends it quietly
$ n=5000000; [ -n "${TK_WRAP:-}" ] && n=500000
$ (trap '' PIPE; yes "some text" 2>/dev/null | head -c $n 2>/dev/null | wordfreq | head -n 1 > /dev/null)
$ echo done
> done

# ---------------------------------------------------------------- ngram
=== ngram: --help prints the usage to stdout and exits 0
$ ngram --help > $T/h; echo "status $?"
$ grep -q "^Usage: ngram " $T/h && echo usage
$ grep -q -e "--help" $T/h && grep -q -e "--version" $T/h && echo options
> status 0
> usage
> options

=== ngram: --version names the program and the package
$ ngram --version > $T/v; echo "status $?"
$ sed -n '1s/ [0-9][0-9]*\.[0-9][0-9]*\.[0-9][0-9]*$/ X.Y.Z/p' $T/v
> status 0
> ngram (textkit) X.Y.Z

=== ngram: an unknown long option is a usage error with the hint
$ ngram --no-such-option < /dev/null
? 2
! ngram: unrecognized option '--no-such-option'
! Try 'ngram --help' for more information.

=== ngram: an unknown short option is a usage error with the hint
$ ngram -% < /dev/null
? 2
! ngram: invalid option -- '%'
! Try 'ngram --help' for more information.

=== ngram: a missing option argument is a usage error
$ ngram --encoding
? 2
! ngram: option '--encoding' requires an argument
! Try 'ngram --help' for more information.

=== ngram: a missing file is reported, the other operands are still read
$ cd $T && printf 'Hello world. This is it.\nSecond line here.\n' > a
$ ngram a a > want
$ ngram nonexistent a missing a > got; echo "status $?"
$ cmp want got && echo same
> status 1
> same
! ngram: nonexistent: No such file or directory
! ngram: missing: No such file or directory

=== ngram: "-" is standard input, read in its place among the operands
$ cd $T && printf 'Hello world. This is it.\nSecond line here.\n' > a
$ ngram a a a > want
$ ngram a - a < a > got; echo "status $?"
$ cmp want got && echo same
> status 0
> same

=== ngram: "--" ends the options (a file named -x)
$ cd $T && printf 'Hello world. This is it.\n' > a && cp a ./-x
$ ngram a > want
$ ngram -- -x > got; echo "status $?"
$ cmp want got && echo same
> status 0
> same

=== ngram: empty input gives empty output and status 0
$ ngram < /dev/null

=== ngram: an empty file operand gives empty output and status 0
$ : > $T/empty; ngram $T/empty

=== ngram: CRLF, lone CR and a missing final newline read like LF lines
$ printf 'Hello world. This is it.\nSecond line,\nhere.\n' | ngram > $T/want
$ printf 'Hello world. This is it.\r\nSecond line,\rhere.' | ngram > $T/got
$ cmp $T/want $T/got && echo same
> same

=== ngram: a UTF-8 byte order mark is dropped
$ printf 'Caf\303\251 au lait.\n' | ngram > $T/want
$ printf '\357\273\277Caf\303\251 au lait.\n' | ngram > $T/got
$ cmp $T/want $T/got && echo same
> same

=== ngram: a UTF-16 byte order mark switches the decoding
$ printf 'Caf\303\251 au lait.\n' | ngram > $T/want
$ printf '\377\376C\000a\000f\000\351\000 \000a\000u\000 \000l\000a\000i\000t\000.\000\n\000' | ngram > $T/got
$ cmp $T/want $T/got && echo same
> same

=== ngram: --encoding decodes a legacy encoding
$ printf 'Caf\303\251 au lait.\n' | ngram > $T/want
$ printf 'Caf\351 au lait.\n' | ngram --encoding=latin1 > $T/got
$ cmp $T/want $T/got && echo same
> same

=== ngram: output to a full disk is a write error, status 1
$ printf 'Hello world. This is it.\n' | ngram > /dev/full
? 1
! ngram: write error: No space left on device

=== ngram: --help to a full disk is a write error, status 1
$ ngram --help > /dev/full
? 1
! ngram: write error: No space left on device

=== ngram: a closed stdout is a write error, status 1
$ printf 'Hello world. This is it.\n' | ngram >&-
? 1
! ngram: write error: Bad file descriptor

=== ngram: a closed stdout with nothing to write is no error
$ ngram < /dev/null >&-

=== ngram: a closed pipe ends the program quietly
$ n=50000000; [ -n "${TK_WRAP:-}" ] && n=1000000
$ yes "some text" 2>/dev/null | head -c $n 2>/dev/null | ngram | head -n 1 > /dev/null
$ echo done
> done

=== ngram: with SIGPIPE ignored, a closed pipe still ends it quietly
$ n=5000000; [ -n "${TK_WRAP:-}" ] && n=500000
$ (trap '' PIPE; yes "some text" 2>/dev/null | head -c $n 2>/dev/null | ngram | head -n 1 > /dev/null)
$ echo done
> done
