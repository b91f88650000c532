/* fuzz_norm.c - lib/norm on any valid UTF-8 text, every form.
 *
 * Input: byte 0 picks the form, byte 1 a piece size; the rest, cut at
 * its first ill-formed byte, is the text.
 * Invariants (norm.h):
 *   - tk_norm() (quick-check fast path) == tk_norm_slow() (libunistring);
 *   - the output is valid UTF-8 and normalizing it again changes nothing;
 *   - TK_FORM_NONE copies;
 *   - tk_norm_quick() prefixes really are unchanged by the form;
 *   - tk_norm_cut(): normalizing s[0..k) and s[k..n) apart gives the
 *     same as the whole;
 *   - streaming with tk_norm_feed() in pieces (cut at character
 *     boundaries) gives the same as the whole (the input is far below
 *     TK_NORM_CARRY_MAX, so the exact path applies). */
#include "fuzz.h"
#include "base/buf.h"
#include "text/norm.h"

#include <string.h>
#include <unistr.h>

static bool same(const struct tk_buf *a, const struct tk_buf *b)
{
	return a->len == b->len && (a->len == 0 || memcmp(a->data, b->data, a->len) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2)
		return 0;
	enum tk_form form = (enum tk_form)(data[0] % 5);
	size_t piece = 1 + data[1] % 29;
	const uint8_t *bad = u8_check(data + 2, size - 2);
	size_t n = bad ? (size_t)(bad - (data + 2)) : size - 2;
	const char *s = (const char *)data + 2;

	struct tk_buf fast = TK_BUF_INIT, slow = TK_BUF_INIT, tmp = TK_BUF_INIT;
	tk_norm(form, s, n, &fast);
	tk_norm_slow(form, s, n, &slow);
	FUZZ_CHECK(same(&fast, &slow));
	FUZZ_CHECK(u8_check((const uint8_t *)fast.data, fast.len) == NULL);
	if (form == TK_FORM_NONE)
		FUZZ_CHECK(fast.len == n && (n == 0 || memcmp(fast.data, s, n) == 0));

	/* Idempotent. */
	tk_norm(form, fast.data, fast.len, &tmp);
	FUZZ_CHECK(same(&tmp, &fast));

	/* The quick-check prefix is already normalized. */
	size_t q = tk_norm_quick(form, s, n);
	FUZZ_CHECK(q <= n);
	tmp.len = 0;
	tk_norm_slow(form, s, q, &tmp);
	FUZZ_CHECK(tmp.len == q && (q == 0 || memcmp(tmp.data, s, q) == 0));

	/* A cut point splits without changing the result. */
	size_t lim = n ? (size_t)data[1] * n / 255 : 0;
	while (lim > 0 && lim < n && (s[lim] & 0xC0) == 0x80)
		lim--;
	size_t k = tk_norm_cut(form, s, lim);
	FUZZ_CHECK(k <= lim);
	tmp.len = 0;
	tk_norm(form, s, k, &tmp);
	tk_norm(form, s + k, n - k, &tmp);
	FUZZ_CHECK(same(&tmp, &fast));

	/* Streaming in pieces. */
	struct tk_norm st;
	tk_norm_init(&st, form);
	tmp.len = 0;
	size_t i = 0;
	do {
		size_t j = i + piece < n ? i + piece : n;
		while (j < n && (s[j] & 0xC0) == 0x80)
			j++;
		tk_norm_feed(&st, s + i, j - i, j < n, &tmp);
		i = j;
	} while (i < n);
	tk_norm_free(&st);
	FUZZ_CHECK(same(&tmp, &fast));

	tk_buf_free(&fast);
	tk_buf_free(&slow);
	tk_buf_free(&tmp);
	return 0;
}
