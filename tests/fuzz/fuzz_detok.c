/* fuzz_detok.c - lib/detok: tokens joined back into text.
 *
 * Input: byte 0 picks English or French; the rest, cut at its first
 * ill-formed byte, is split at spaces into tokens, lines at '\n'.
 * Invariants: nothing is lost or added but single spaces (the output
 * without spaces is the input without white space, line by line), no
 * line starts with a space, and no two spaces meet. */
#include "fuzz.h"
#include "base/buf.h"
#include "text/detok.h"

#include <string.h>
#include <unistr.h>

static void strip(const char *s, size_t n, struct tk_buf *out)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\n')
			tk_buf_addc(out, s[i]);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	struct tk_detok d;
	tk_detok_init(&d, data[0] & 1 ? "fr" : NULL);
	const uint8_t *bad = u8_check(data + 1, size - 1);
	size_t n = bad ? (size_t)(bad - (data + 1)) : size - 1;
	const char *s = (const char *)data + 1;
	struct tk_buf out = TK_BUF_INIT, a = TK_BUF_INIT, b = TK_BUF_INIT;
	size_t i = 0;
	while (i <= n) {
		size_t e = i;
		while (e < n && s[e] != '\n')
			e++;
		size_t start = out.len;
		tk_detok_look(&d, s + i, e - i);
		for (size_t j = i; j < e;) {
			if (s[j] == ' ') {
				j++;
				continue;
			}
			size_t k = j;
			while (k < e && s[k] != ' ')
				k++;
			size_t a0 = k, b0;
			while (a0 < e && s[a0] == ' ')
				a0++;
			for (b0 = a0; b0 < e && s[b0] != ' '; b0++)
				;
			tk_detok_token(&d, s + j, k - j, a0 < e ? s + a0 : NULL,
			               b0 - a0, &out);
			j = k;
		}
		FUZZ_CHECK(out.len == start || out.data[start] != ' ');
		tk_detok_line(&d, out.len == start);
		tk_buf_addc(&out, '\n');
		i = e + 1;
	}
	for (size_t j = 1; j < out.len; j++)
		FUZZ_CHECK(!(out.data[j] == ' ' && out.data[j - 1] == ' '));
	strip(out.data, out.len, &a);
	strip(s, n, &b);
	FUZZ_CHECK(a.len == b.len && (a.len == 0 || memcmp(a.data, b.data, a.len) == 0));
	tk_buf_free(&out);
	tk_buf_free(&a);
	tk_buf_free(&b);
	return 0;
}
