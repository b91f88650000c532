# all-tools.t - what every textkit program does the same way: --help,
# --version, usage errors, operands like cat (missing file, directory,
# "-", "--"), empty input, line ends and BOMs, write errors (/dev/full,
# closed stdout, closed pipe).  Written once: each case runs for every
# program of tests/cli/programs, {prog} standing for its name.
# Tool-specific behaviour lives in the tool's own .t file; broken input
# in bad-input.t.

=== {prog}: --help prints the usage to stdout and exits 0
$ {prog} --help > $T/h; echo "status $?"
$ grep -q "^Usage: {prog} " $T/h && echo usage
$ grep -q -e "--help" $T/h && grep -q -e "--version" $T/h && echo options
> status 0
> usage
> options

=== {prog}: --version names the program and the package
$ {prog} --version > $T/v; echo "status $?"
$ sed -n '1s/ [0-9][0-9]*\.[0-9][0-9]*\.[0-9][0-9]*$/ X.Y.Z/p' $T/v
> status 0
> {prog} (textkit) X.Y.Z

=== {prog}: --version names the Unicode version of its properties
$ {prog} --version | grep -c '^Unicode [0-9][0-9]*\.[0-9][0-9]*\.[0-9][0-9]* (character properties: libunistring [0-9][0-9.]*)$'
> 1

=== {prog}: an unknown long option is a usage error with the hint
$ {prog} --no-such-option < /dev/null
? 2
! {prog}: unrecognized option '--no-such-option'
! Try '{prog} --help' for more information.

=== {prog}: an unknown short option is a usage error with the hint
$ {prog} -% < /dev/null
? 2
! {prog}: invalid option -- '%'
! Try '{prog} --help' for more information.

=== {prog}: a missing option argument is a usage error
$ {prog} --encoding
? 2
! {prog}: option '--encoding' requires an argument
! Try '{prog} --help' for more information.

=== {prog}: a missing file is reported, the other operands are still read
$ cd $T && printf 'Hello world. This is it.\nSecond line here.\n' > a
$ {prog} a a > want
$ {prog} nonexistent a missing a > got; echo "status $?"
$ cmp want got && echo same
> status 1
> same
! {prog}: nonexistent: No such file or directory
! {prog}: missing: No such file or directory

=== {prog}: "-" is standard input, read in its place among the operands
$ cd $T && printf 'Hello world. This is it.\nSecond line here.\n' > a
$ {prog} a a a > want
$ {prog} a - a < a > got; echo "status $?"
$ cmp want got && echo same
> status 0
> same

=== {prog}: "--" ends the options (a file named -x)
$ cd $T && printf '{line}\n' > a && cp a ./-x
$ {prog} a > want
$ {prog} -- -x > got; echo "status $?"
$ cmp want got && echo same
> status 0
> same

=== {prog}: empty input gives empty output and status 0
$ {prog} < /dev/null

=== {prog}: an empty file operand gives empty output and status 0
$ : > $T/empty; {prog} $T/empty

=== {prog}: CRLF, lone CR and a missing final newline read like LF lines
$ printf 'Hello world. This is it.\nSecond line,\nhere.\n' | {prog} > $T/want
$ printf 'Hello world. This is it.\r\nSecond line,\rhere.' | {prog} > $T/got
$ cmp $T/want $T/got && echo same
> same

=== {prog}: a UTF-8 byte order mark is dropped
$ printf 'Caf\303\251 au lait.\n' | {prog} > $T/want
$ printf '\357\273\277Caf\303\251 au lait.\n' | {prog} > $T/got
$ cmp $T/want $T/got && echo same
> same

=== {prog}: a UTF-16 byte order mark switches the decoding
$ printf 'Caf\303\251 au lait.\n' | {prog} > $T/want
$ printf '\377\376C\000a\000f\000\351\000 \000a\000u\000 \000l\000a\000i\000t\000.\000\n\000' | {prog} > $T/got
$ cmp $T/want $T/got && echo same
> same

=== {prog}: --encoding decodes a legacy encoding
$ printf 'Caf\303\251 au lait.\n' | {prog} > $T/want
$ printf 'Caf\351 au lait.\n' | {prog} --encoding=latin1 > $T/got
$ cmp $T/want $T/got && echo same
> same

=== {prog}: output to a full disk is a write error, status 1
$ printf '{line}\n' | {prog} > /dev/full
? 1
! {prog}: write error: No space left on device

=== {prog}: --help to a full disk is a write error, status 1
$ {prog} --help > /dev/full
? 1
! {prog}: write error: No space left on device

=== {prog}: a closed stdout is a write error, status 1
$ printf '{line}\n' | {prog} >&-
? 1
! {prog}: write error: Bad file descriptor

=== {prog}: a closed stdout with nothing to write is no error
$ {prog} < /dev/null >&-

=== {prog}: a closed pipe ends the program quietly
$ n=50000000; [ -n "${TK_WRAP:-}" ] && n=1000000
$ yes "some text" 2>/dev/null | head -c $n 2>/dev/null | {prog} | head -n 1 > /dev/null
$ echo done
> done

=== {prog}: with SIGPIPE ignored, a closed pipe still ends it quietly
$ n=5000000; [ -n "${TK_WRAP:-}" ] && n=500000
$ (trap '' PIPE; yes "some text" 2>/dev/null | head -c $n 2>/dev/null | {prog} | head -n 1 > /dev/null)
$ echo done
> done
