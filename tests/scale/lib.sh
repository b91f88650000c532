# lib.sh - sourced by the tests/scale suites: environment, a temporary
# directory, the test input, pass/fail counters and the summary line.
set -u
: "${TK_BIN:?TK_BIN not set}" "${TK_TOP:?TK_TOP not set}"
PATH=$TK_BIN:$PATH
LC_ALL=C
export PATH LC_ALL
S=$TK_TOP/scripts
T=$(mktemp -d)
trap 'cleanup; rm -rf "$T"' EXIT
trap 'exit 1' HUP INT TERM
cleanup() { :; }
pass=0 fail=0 skip=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $1"; }
skipped() { skip=$((skip + $2)); echo "skip: $1"; }

# same NAME EXPECTED ACTUAL: the two files are equal byte for byte.
same() {
	if [ ! -s "$2" ]; then
		bad "$1: the reference output is empty"
	elif cmp -s "$2" "$3"; then
		ok
	else
		bad "$1: output differs"
		diff "$2" "$3" | head -n 10 | cut -c 1-200
	fi
}

# status NAME EXPECTED ACTUAL
status() {
	if [ "$2" -eq "$3" ]; then ok; else bad "$1: exit status $3, expected $2"; fi
}

# Test input: the sample article 30 times, each copy with a line of its
# own (keys with counts 1..30, accents, Cyrillic, a CRLF line end), so
# that small blocks and splits cut it in many places.
make_input() {
	i=1
	while [ $i -le 30 ]; do
		cat "$TK_TOP/tests/data/sample-article.txt"
		printf 'Edition %d: café-%d naïve Ωmega%d — Привет, мир %d!\r\n\n' \
			$i $i $((i % 7)) $((i % 3))
		i=$((i + 1))
	done > "$T/in.txt"
	head -c 20000 "$T/in.txt" > "$T/small.txt"
	echo "The last line has no newline" >> "$T/small.txt"
	printf 'and ends here' >> "$T/small.txt"
}

summary() {
	echo "$1: $pass passed, $fail failed, $skip skipped"
	[ $fail -eq 0 ]
}
