/* fuzz_tsv.c - the --merge row parser (lib/tsv) against a reference.
 *
 * Input: byte 0 picks count-first or key-first; the rest is one row
 * (any bytes: the parser sees rows before anything checks them).
 * Reference (tsv.h): the row splits at the first TAB (count first) or
 * the last TAB (key first); the count is 1+ decimal digits, no sign, no
 * space, at most UINT64_MAX (else TK_EOVERFLOW); otherwise TK_EINVAL.
 * Also tk_u64_add() against __builtin_add_overflow. */
#include "fuzz.h"
#include "cli/tsv.h"

#include <string.h>

static int ref_parse(const char *s, size_t n, bool key_first,
                     const char **key, size_t *keylen, uint64_t *count)
{
	const char *tab = NULL;
	for (size_t i = 0; i < n; i++)
		if (s[i] == '\t') {
			tab = s + i;
			if (!key_first)
				break;
		}
	if (!tab)
		return TK_EINVAL;
	const char *c = key_first ? tab + 1 : s;
	size_t cn = key_first ? (size_t)(s + n - (tab + 1)) : (size_t)(tab - s);
	*key = key_first ? s : tab + 1;
	*keylen = key_first ? (size_t)(tab - s) : (size_t)(s + n - (tab + 1));
	if (cn == 0)
		return TK_EINVAL;
	uint64_t v = 0;
	bool over = false;
	for (size_t i = 0; i < cn; i++) {
		if (c[i] < '0' || c[i] > '9')
			return TK_EINVAL;
		unsigned d = (unsigned)(c[i] - '0');
		if (v > (UINT64_MAX - d) / 10)
			over = true;
		else
			v = v * 10 + d;
	}
	if (over)
		return TK_EOVERFLOW;
	*count = v;
	return TK_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	bool key_first = data[0] & 1;
	const char *s = (const char *)data + 1;
	size_t n = size - 1;

	struct tk_span key = { NULL, 0 };
	uint64_t count = 0;
	int rc = tk_tsv_parse(s, n, key_first, &key, &count);
	const char *rkey = NULL;
	size_t rkeylen = 0;
	uint64_t rcount = 0;
	int want = ref_parse(s, n, key_first, &rkey, &rkeylen, &rcount);
	FUZZ_CHECK(rc == want);
	if (rc == TK_OK) {
		FUZZ_CHECK(key.p == rkey && key.len == rkeylen);
		FUZZ_CHECK(count == rcount);
		/* Checked sums. */
		uint64_t sum = count, r;
		bool of = __builtin_add_overflow(sum, count, &r);
		int arc = tk_u64_add(&sum, count);
		FUZZ_CHECK(of ? (arc == TK_EOVERFLOW && sum == count)
		              : (arc == TK_OK && sum == r));
	}
	/* Unescaping undoes the linear-TSV escaping of any bytes (escaped
	 * here by the reference rule: TAB LF CR backslash as \t \n \r \\)
	 * and never lengthens a field. */
	struct tk_buf esc = TK_BUF_INIT, back = TK_BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		const char *e = s[i] == '\t' ? "\\t" : s[i] == '\n' ? "\\n"
		              : s[i] == '\r' ? "\\r" : s[i] == '\\' ? "\\\\" : NULL;
		if (e)
			tk_buf_add(&esc, e, 2);
		else
			tk_buf_addc(&esc, s[i]);
	}
	tk_tsv_unescape(esc.data, esc.len, &back);
	FUZZ_CHECK(back.len == n && (n == 0 || memcmp(back.data, s, n) == 0));
	tk_buf_clear(&back);
	tk_tsv_unescape(s, n, &back);
	FUZZ_CHECK(back.len <= n);
	tk_buf_free(&esc);
	tk_buf_free(&back);
	return 0;
}
